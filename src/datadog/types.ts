// Typed after Datadog's OpenAPI document (DORA slice). Callers use Dates and camelCase;
// the wire types below are what goes over HTTP.

export interface GitInfo {
  /** 40+ hex characters. */
  commitSha: string;
  repositoryUrl: string;
}

export interface DeploymentEvent {
  /** 16–128 of [A-Za-z0-9_.:-]; generated when absent, so a retried send is the same event. */
  id?: string;
  service: string;
  startedAt: Date;
  finishedAt: Date;
  env?: string;
  version?: string;
  team?: string;
  git?: GitInfo;
  customTags?: string[];
}

export interface FailureEvent {
  id?: string;
  startedAt: Date;
  finishedAt?: Date;
  /** Datadog requires services or team. */
  services?: string[];
  team?: string;
  name?: string;
  severity?: string;
  env?: string;
  version?: string;
  git?: GitInfo;
  customTags?: string[];
}

export type RemediationType = 'rollback' | 'rollforward';

/**
 * The deployment that remediated a failed one, by its id or by its version (Datadog looks the
 * version up in the failed deployment's service and env); never both.
 */
export type Remediation = { id: string; type: RemediationType } | { version: string; type: RemediationType };

export interface DeploymentPatch {
  changeFailure: boolean;
  /** What Datadog needs for failed deployment recovery time. */
  remediation?: Remediation;
}

/** A deployment named by what it deployed, for Datadog to look up. */
export interface DeployedVersion {
  service: string;
  env: string;
  version: string;
}

export interface ListQuery {
  from?: Date;
  to?: Date;
  /** Datadog's event search syntax, e.g. `service:(shopist OR api) env:production`. */
  query?: string;
  /** e.g. `-finished_at`. */
  sort?: string;
  /** 1–1000; Datadog's default is 10. */
  limit?: number;
}

/**
 * A deployment as Datadog's answer holds it, each field held to its grammar (responses.ts): names
 * are one line, tags key:value, the SHA 40 to 64 hexadecimal characters.
 */
export interface Deployment {
  id: string;
  service: string;
  startedAt: Date;
  finishedAt?: Date;
  env?: string;
  version?: string;
  team?: string;
  customTags: string[];
  git?: { commitSha: string; repositoryId?: string };
  /** Datadog's answers carry no mark today; should one ever come, it is kept. */
  changeFailure?: boolean;
  remediation?: { id?: string; version?: string; type: RemediationType };
}

/** A failure as Datadog's answer holds it, held to the same grammar. */
export interface Failure {
  id: string;
  startedAt: Date;
  finishedAt?: Date;
  name?: string;
  severity?: string;
  services: string[];
  team?: string;
  env?: string;
  version?: string;
  customTags: string[];
  git?: { commitSha: string; repositoryUrl?: string };
}

/** What an event of an answer got wrong, in the fields the client reads. */
export interface EventFlaw {
  /** As the answer gave it, made harmless and cut when it is no Datadog id. */
  id: string;
  /** A required field did not parse: the event is left out. Otherwise it is kept without the fields named. */
  leftOut: boolean;
  /** One per field: its name, its value as it came (made harmless, cut), and what was expected. */
  problems: string[];
}

/** A list answer's events, each checked; what did not parse is told, never hidden. */
export interface EventList<T> {
  /** The events whose required fields parsed, each without its optional fields that did not. */
  items: T[];
  /** One per event left out or kept without a field; empty for a well-formed answer. */
  flaws: EventFlaw[];
}

/** How a write went: what the summary of a deploy job reports. */
export interface WriteResult {
  status: number;
  attempts: number;
  durationMs: number;
  /** An earlier attempt's answer was lost on the way: the request went again, and Datadog may have received it twice. */
  resentAfterLostAnswer?: boolean;
}

export interface SendResult extends WriteResult {
  /** The id in Datadog's answer: the one later calls must use. */
  id: string;
  /** The id this client sent; Datadog may answer with another. */
  sentId: string;
}

/** An event as Datadog's list and get answers hold it, every field as it came: for an export. */
export type RawEvent = { id: string } & Record<string, unknown>;

export type AlertStatus = 'error' | 'warn' | 'ok';
export type AlertPriority = '1' | '2' | '3' | '4' | '5';

/** An alert event of Datadog's Events API (v2, posted to the event intake host). */
export interface AlertEvent {
  /** 1–500 characters. */
  title: string;
  /** Plain text, 1–4000 characters. */
  message?: string;
  status: AlertStatus;
  priority?: AlertPriority;
  /** key:value, at most 100 of 1–200 characters. */
  tags?: string[];
  /** 1–100 characters: groups events, never deduplicates a request. */
  aggregationKey?: string;
  /** At most 18 hours old, or Datadog refuses the event; left out, Datadog stamps the receipt. */
  timestamp?: Date;
  /** Free-form attributes: at most 100 properties an object, 10 levels deep. */
  custom?: Record<string, unknown>;
}

/** The same event as Datadog's v1 Events API takes it (API key only): no custom attributes. */
export interface V1Event {
  title: string;
  /** At most 4000 characters. */
  text: string;
  alertType: 'error' | 'warning' | 'info' | 'success';
  tags?: string[];
  aggregationKey?: string;
  /** At most 18 hours old. */
  dateHappened?: Date;
}

export interface PostedEvent extends WriteResult {
  /** Datadog's id of the event: the v2 answer's `evt.uid`, or v1's `id_str`; undefined when the answer carries none. */
  id?: string;
}

export interface EventSearch {
  /** Datadog's event search syntax, e.g. `dora.failure_id:*`. */
  query: string;
  from: Date;
  to: Date;
  /** The cursor of the page before; none for the first page. */
  cursor?: string;
  /** 1–1000; Datadog's default is 10. */
  limit?: number;
}

/** An event as Datadog's search answers it, each field checked by its type; what does not parse is left out. */
export interface FoundEvent {
  id: string;
  timestamp?: Date;
  title?: string;
  message?: string;
  tags: string[];
  status?: string;
  aggregationKey?: string;
  custom?: Record<string, unknown>;
}

export interface EventPage {
  events: FoundEvent[];
  /** The next page's cursor; undefined on the last page. */
  next?: string;
}

export type KeyCheck =
  | { verdict: 'valid' }
  | { verdict: 'rejected'; reason: string }
  | { verdict: 'unknown'; reason: string }
  /** A dry run sends nothing, the key check included. */
  | { verdict: 'not checked' };

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

// ---- wire types (request and response bodies) ----

export interface WireGitInfo {
  commit_sha: string;
  repository_url: string;
}

export interface WireDeploymentRequest {
  data: {
    attributes: {
      id: string;
      service: string;
      started_at: number;
      finished_at: number;
      env?: string;
      version?: string;
      team?: string;
      git?: WireGitInfo;
      custom_tags?: string[];
    };
  };
}

export interface WireFailureRequest {
  data: {
    attributes: {
      id: string;
      started_at: number;
      finished_at?: number;
      services?: string[];
      team?: string;
      name?: string;
      severity?: string;
      env?: string;
      version?: string;
      git?: WireGitInfo;
      custom_tags?: string[];
    };
  };
}

export interface WireDeploymentPatchRequest {
  data: {
    id: string;
    type: 'dora_deployment_patch_request';
    attributes: { change_failure: boolean; remediation?: Remediation };
  };
}

export interface WireDeploymentPatchByVersionRequest {
  data: {
    type: 'dora_deployment_patch_request';
    attributes: { service: string; env: string; version: string; change_failure: boolean; remediation?: Remediation };
  };
}

export interface WireListRequest {
  data: {
    type: 'dora_deployments_list_request' | 'dora_failures_list_request';
    attributes: { from?: string; to?: string; query?: string; sort?: string; limit?: number };
  };
}

/** Timestamps arrive as RFC 3339 strings, or as integers in older answers. */
export type WireTime = string | number;

export interface WireAlertEventRequest {
  data: {
    type: 'event';
    attributes: {
      title: string;
      category: 'alert';
      message?: string;
      tags?: string[];
      aggregation_key?: string;
      /** ISO 8601. */
      timestamp?: string;
      attributes: { status: AlertStatus; priority?: AlertPriority; custom?: Record<string, unknown> };
    };
  };
}

export interface WireV1EventRequest {
  title: string;
  text: string;
  alert_type: V1Event['alertType'];
  tags?: string[];
  aggregation_key?: string;
  /** POSIX seconds. */
  date_happened?: number;
}

export interface WireEventSearchRequest {
  filter: { query: string; from: string; to: string };
  page: { limit?: number; cursor?: string };
  sort: 'timestamp';
}
