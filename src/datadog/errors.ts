/** A configuration or argument the client cannot work with; nothing was sent. */
export class DatadogConfigError extends Error {
  override name = 'DatadogConfigError';
}

export type Operation =
  | 'send deployment'
  | 'patch deployment'
  | 'get deployment'
  | 'list deployments'
  | 'delete deployment'
  | 'send failure'
  | 'get failure'
  | 'list failures'
  | 'delete failure';

/** Why a call gave up: Datadog's answer, no answer, or no time left to ask again. */
export type FailureKind = 'http' | 'network' | 'timeout' | 'budget';

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
}

/** A call to Datadog that did not succeed. Carries no key and no request headers. */
export class DatadogApiError extends Error {
  override name = 'DatadogApiError';
  readonly operation: Operation;
  readonly kind: FailureKind;
  readonly status: number | undefined;
  readonly details: string[];
  readonly attempts: number;
  readonly hint: string | undefined;

  constructor(init: ApiErrorInit) {
    const tries = init.attempts === 1 ? '1 attempt' : `${init.attempts} attempts`;
    const details = init.details?.length ? `: ${init.details.join('; ')}` : '';
    const hint = init.hint ? ` ${init.hint}` : '';
    super(`Datadog ${init.operation} failed after ${tries}: ${init.summary}${details}.${hint}`);
    this.operation = init.operation;
    this.kind = init.kind;
    this.status = init.status;
    this.details = init.details ?? [];
    this.attempts = init.attempts;
    this.hint = init.hint;
  }

  get retried(): boolean {
    return this.attempts > 1;
  }
}
