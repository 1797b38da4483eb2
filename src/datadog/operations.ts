// The client's operations, one method each: what createDoraClient and createDryRunDoraClient
// return, apart from how they are built (client.ts and the *-operations.ts files).
import type {
  Deployment,
  EventList,
  EventPage,
  Failure,
  KeyCheck,
  PostedEvent,
  RawEvent,
  SendResult,
  WriteResult,
} from './results.ts';
import type {
  AlertEvent,
  DeployedVersion,
  DeploymentEvent,
  DeploymentPatch,
  EventSearch,
  FailureEvent,
  ListQuery,
  V1Event,
} from './types.ts';

export interface DoraClient {
  sendDeployment(event: DeploymentEvent): Promise<SendResult>;
  patchDeployment(id: string, patch: DeploymentPatch): Promise<WriteResult>;
  /**
   * Patches the most recently finished deployment of this service, env and version. Datadog
   * answers 202 whether or not one matched. A preview at Datadog: a site without it answers 404.
   */
  patchDeploymentByVersion(target: DeployedVersion, patch: DeploymentPatch): Promise<WriteResult>;
  /**
   * Undefined when Datadog has no deployment with this id, which it says with a 404, a 400 whose
   * error says not found, or a 200 without data. Any other failure throws, a 403 included: then
   * nothing is known about the deployment; so does an answer whose event's required fields do not
   * parse (kind `malformed`). Optional fields that do not parse are left out.
   */
  getDeployment(id: string): Promise<Deployment | undefined>;
  listDeployments(query?: ListQuery): Promise<EventList<Deployment>>;
  deleteDeployment(id: string): Promise<WriteResult>;
  /**
   * The failure (incident) operations go away with Datadog's DORA incidents: send and delete on
   * 2026-12-31, get and list on 2027-03-31 (retirement.ts), or earlier when Datadog answers that
   * they are gone. From then on the client refuses them with a DatadogRetiredError, sending nothing.
   */
  sendFailure(event: FailureEvent): Promise<SendResult>;
  /** Undefined when Datadog has no failure with this id, said as for getDeployment. */
  getFailure(id: string): Promise<Failure | undefined>;
  listFailures(query?: ListQuery): Promise<EventList<Failure>>;
  deleteFailure(id: string): Promise<WriteResult>;
  /** The list operations' events as Datadog sent them, every field untouched: what an export writes. Only an event without a Datadog id is left out. */
  listDeploymentObjects(query?: ListQuery): Promise<EventList<RawEvent>>;
  listFailureObjects(query?: ListQuery): Promise<EventList<RawEvent>>;
  /** Posts an alert event to the site's event intake host; needs the application key (Datadog's rule for that API). */
  postAlertEvent(event: AlertEvent): Promise<PostedEvent>;
  /** Posts an event through v1 on the API host, with the API key alone. */
  postEventV1(event: V1Event): Promise<PostedEvent>;
  /** One page of events found by Datadog's event search (`events_read`). */
  searchEvents(search: EventSearch): Promise<EventPage>;
  /** Whether Datadog accepts the API key on this site; one short attempt, never throws. */
  checkApiKey(): Promise<KeyCheck>;
}
