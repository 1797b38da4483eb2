// The time a call's waits are measured on: the system's, or one a test moves (sockets stay real).

export interface Timer {
  /** Milliseconds on a clock that only moves forward. */
  now(): number;
  /** Resolves once `ms` have passed: a backoff. */
  sleep(ms: number): Promise<void>;
  /** Aborts, with a reason named TimeoutError, once `ms` have passed: an attempt's deadline. */
  deadline(ms: number): AbortSignal;
}

export const systemTimer: Timer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  // AbortSignal.timeout takes whole milliseconds only; times here are performance.now()'s fractions.
  deadline: (ms) => AbortSignal.timeout(Math.max(1, Math.ceil(ms))),
};
