// A client for Datadog's DORA Metrics (Delivery Performance) API: all ten of its current
// operations, and the API key check; and for the Events API that succeeds DORA incidents: alert
// events (v2 and v1) and their search. The failure operations follow Datadog's retirement of DORA
// incidents (retirement.ts). The deprecated POST /api/v2/dora/incident is left out on purpose:
// POST /api/v2/dora/failure replaces it. It knows nothing of GitHub or of the action.

export type { AnswerVerdict, RawAnswer } from './answers.ts';
export { checkAnswer, excerpt } from './answers.ts';
export type { ClientOptions, EndpointOptions } from './client.ts';
export { createDoraClient, DEFAULT_USER_AGENT } from './client.ts';
export type { DryRunDoraClient, RecordedRequest } from './dry-run.ts';
export { createDryRunDoraClient } from './dry-run.ts';
export type { FailureKind, Operation } from './errors.ts';
export { DatadogApiError, DatadogConfigError, DatadogRetiredError } from './errors.ts';
export { alertEventRequest, eventSearchRequest, MAX_EVENT_AGE_MS, v1EventRequest } from './events.ts';
export type * from './operations.ts';
export type { Malformed, PagedList, Reading, TimeWindow } from './paging.ts';
export { listAllDeployments, listAllFailures, listAllInWindow } from './paging.ts';
export { deploymentRequest, failureRequest, newEventId, patchByVersionRequest } from './requests.ts';
export type * from './results.ts';
export {
  type Clock,
  day,
  INCIDENT_DATA_ENDS,
  INCIDENT_INGESTION_ENDS,
  type IncidentApi,
  isRetired,
  RETIREMENT_GUIDE,
  systemClock,
} from './retirement.ts';
export type { AttemptResult, RetryDecision, Timing } from './retry.ts';
export { DEFAULT_TIMING, decideRetry } from './retry.ts';
export {
  baseUrlProblem,
  commitShaProblem,
  eventIdProblem,
  lineProblem,
  MAX_CUSTOM_TAGS,
  pathIdProblem,
  repositoryProblem,
  tagProblem,
  versionProblem,
} from './rules.ts';
export { whatWasLeftOut, whyStopped } from './shortfalls.ts';
export type { Site } from './sites.ts';
export { DEFAULT_SITE, resolveSite, SITE_NAMES, SiteError } from './sites.ts';
export type * from './types.ts';
export type * from './wire.ts';
