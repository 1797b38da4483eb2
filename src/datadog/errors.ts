/** A configuration or argument the client cannot work with; nothing was sent. */
export class DatadogConfigError extends Error {
  override name = 'DatadogConfigError';
}

export type Operation =
  | 'send deployment'
  | 'patch deployment'
  | 'patch deployment by version'
  | 'get deployment'
  | 'list deployments'
  | 'delete deployment'
  | 'send failure'
  | 'get failure'
  | 'list failures'
  | 'delete failure'
  | 'send alert event'
  | 'send event (v1)'
  | 'search events';

/**
 * Why a call gave up: Datadog's answer (http), no answer (network, timeout), Datadog kept
 * answering 429 or 5xx until no time or attempts were left (budget), a 2xx that is not
 * Datadog's answer: a gateway, proxy or portal answered instead (foreign), or Datadog's answer
 * whose event lacks a field it must have (malformed).
 */
export type FailureKind = 'http' | 'network' | 'timeout' | 'budget' | 'foreign' | 'malformed';

export interface ApiErrorInit {
  operation: Operation;
  kind: FailureKind;
  /** What happened, said for a person: never contains a key. */
  summary: string;
  /** What to do about it. */
  hint?: string;
  status?: number;
  /** Datadog's own words: `errors[].detail` (or title), or its list of strings. */
  details?: string[];
  attempts: number;
  /** An attempt went out whole and its answer never came back whole. */
  mayHaveArrived?: boolean;
  notFound?: boolean;
  /** Datadog said the endpoint itself is gone (retired), not that an object is missing. */
  gone?: boolean;
}

const SENT: Record<Operation, string> = {
  'send deployment': 'The deployment',
  'send failure': 'The failure',
  'patch deployment': 'The change to the deployment',
  'patch deployment by version': 'The change to the deployment',
  'delete deployment': 'The deletion',
  'delete failure': 'The deletion',
  'get deployment': 'The request',
  'get failure': 'The request',
  'list deployments': 'The request',
  'list failures': 'The request',
  'send alert event': 'The alert event',
  'send event (v1)': 'The event',
  'search events': 'The request',
};

/** A call to Datadog that did not succeed. Carries no key and no request headers. */
export class DatadogApiError extends Error {
  override name = 'DatadogApiError';
  readonly operation: Operation;
  readonly kind: FailureKind;
  readonly status: number | undefined;
  readonly details: string[];
  readonly attempts: number;
  readonly hint: string | undefined;
  /**
   * Some attempt's request may have reached Datadog without its answer reaching us (a timeout,
   * a connection broken after the request went out, an answer cut short): the event may exist.
   */
  readonly mayHaveArrived: boolean;
  /** Datadog said what was asked for does not exist: HTTP 404, or a 400 whose error's title or detail says not found. */
  readonly notFound: boolean;
  readonly gone: boolean;

  constructor(init: ApiErrorInit) {
    const tries = init.attempts === 1 ? '1 attempt' : `${init.attempts} attempts`;
    const details = init.details?.length ? `: ${init.details.join('; ')}` : '';
    const arrival = init.mayHaveArrived
      ? ` ${SENT[init.operation]} may or may not have arrived at Datadog: an answer was lost on the way.`
      : '';
    const hint = init.hint ? ` ${init.hint}` : '';
    super(`Datadog ${init.operation} failed after ${tries}: ${init.summary}${details}.${arrival}${hint}`);
    this.operation = init.operation;
    this.kind = init.kind;
    this.status = init.status;
    this.details = init.details ?? [];
    this.attempts = init.attempts;
    this.hint = init.hint;
    this.mayHaveArrived = init.mayHaveArrived ?? false;
    this.notFound = init.notFound ?? false;
    this.gone = init.gone ?? false;
  }

  get retried(): boolean {
    return this.attempts > 1;
  }
}

/**
 * An operation of the DORA incident API after Datadog retired it: refused by the client, which
 * sent nothing; or Datadog's answer that it is gone, after which the client sends no more.
 */
export class DatadogRetiredError extends Error {
  override name = 'DatadogRetiredError';
  readonly operation: Operation;
  /** Datadog's answer that said so; undefined when the date alone did. */
  readonly answer: DatadogApiError | undefined;

  constructor(operation: Operation, message: string, answer?: DatadogApiError) {
    super(message);
    this.operation = operation;
    this.answer = answer;
  }
}
