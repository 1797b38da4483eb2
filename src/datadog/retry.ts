// When to ask Datadog again, and after how long: a pure decision, so it is tested without waiting.

export interface Timing {
  /** No single attempt waits longer. */
  attemptTimeoutMs: number;
  /** A call gives up once this much time has passed, retries and waits included. */
  budgetMs: number;
  /** First backoff; doubled each retry, with jitter, up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** A call gives up after this many attempts, however much time is left. */
  maxAttempts: number;
}

export const DEFAULT_TIMING: Timing = {
  attemptTimeoutMs: 15_000,
  budgetMs: 45_000,
  backoffMs: 1_000,
  maxBackoffMs: 8_000,
  maxAttempts: 5,
};

/** What one attempt came to, as far as retrying goes. */
export type AttemptResult =
  /** Datadog's answer: `rateLimitReset` is the X-RateLimit-Reset header as received. */
  | { status: number; rateLimitReset?: string }
  /** No answer: `written` when the request had gone out whole, so it may have arrived. */
  | { error: string; written: boolean };

export type RetryDecision =
  | { retry: true; waitMs: number }
  /** final: asking again would not change the answer. attempts: the call's attempts are used up. */
  | { retry: false; reason: 'final' | 'attempts' }
  /** The wait would outlast the time left; `rateLimited` when X-RateLimit-Reset set it. */
  | { retry: false; reason: 'budget'; waitMs: number; rateLimited: boolean };

// Errors before the request went out that say nothing about the next attempt. ENOTFOUND (a wrong
// host), TLS and proxy refusals are not among them.
const TRANSIENT_CODES = new Set([
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ECONNABORTED',
]);

/**
 * After attempt number `attempt` (from 1): 429 and 5xx are retried, and so is every lost answer
 * (a request that went out whole and got no complete answer). A wait is never shorter than the
 * backoff, whatever X-RateLimit-Reset says.
 */
export function decideRetry(
  result: AttemptResult,
  attempt: number,
  timeLeftMs: number,
  timing: Timing,
  random: () => number,
): RetryDecision {
  const retryable =
    'status' in result
      ? result.status === 429 || result.status >= 500
      : result.written || TRANSIENT_CODES.has(result.error);
  if (!retryable) return { retry: false, reason: 'final' };
  if (attempt >= timing.maxAttempts) return { retry: false, reason: 'attempts' };

  const backoff = backoffMs(timing, attempt, random);
  const resetMs = 'status' in result && result.status === 429 ? rateLimitResetMs(result.rateLimitReset) : undefined;
  const waitMs = Math.max(backoff, resetMs ?? 0);
  if (waitMs >= timeLeftMs) return { retry: false, reason: 'budget', waitMs, rateLimited: waitMs > backoff };
  return { retry: true, waitMs };
}

/** Exponential backoff with jitter: half fixed, half random, so retrying clients spread out. */
function backoffMs(timing: Timing, attempt: number, random: () => number): number {
  const ceiling = Math.min(timing.maxBackoffMs, timing.backoffMs * 2 ** (attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/** X-RateLimit-Reset is whole seconds; anything else (negative, garbage) says nothing. */
export function rateLimitResetMs(header: string | undefined): number | undefined {
  const value = header?.trim() ?? '';
  return /^\d+(?:\.\d+)?$/.test(value) ? Number(value) * 1000 : undefined;
}
