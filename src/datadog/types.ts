// What callers give the client, typed after Datadog's OpenAPI document (DORA slice) and its Events
// API: events to send, patches, list queries, searches, in Dates and camelCase. What comes back is
// in results.ts, the bodies that go over HTTP in wire.ts.

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
