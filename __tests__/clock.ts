// Tests of what Datadog switches off on a date set the clock, so that they mean the same on any day
// they run: this one is before DORA incident ingestion ends (2026-12-31).
export const BEFORE_RETIREMENT = new Date('2026-12-01T00:00:00.000Z');
export const beforeRetirement = () => BEFORE_RETIREMENT;
/** The stand-in for Datadog on the same day: it switches DORA incidents off by its own clock. */
export const standInBeforeRetirement = () => BEFORE_RETIREMENT.getTime();

/**
 * Time a test moves: the clock a step takes for now, and the timer its attempts, backoffs and
 * budgets run on. A backoff passes at once, moving time by its length; an attempt's deadline fires
 * when time passes it, by a backoff or by the test (`advance`), never by itself. Sockets stay real.
 */
export class TestTime {
  #at: number;
  #deadlines: { at: number; controller: AbortController }[] = [];

  constructor(start: Date = BEFORE_RETIREMENT) {
    this.#at = start.getTime();
  }

  now = (): number => this.#at;
  clock = (): Date => new Date(this.#at);
  timer = {
    now: this.now,
    sleep: async (ms: number): Promise<void> => this.advance(ms),
    deadline: (ms: number): AbortSignal => {
      const controller = new AbortController();
      this.#deadlines.push({ at: this.#at + ms, controller });
      return controller.signal;
    },
  };

  /** Whole milliseconds, as Date keeps them: a jittered backoff's fraction is rounded up. */
  advance(ms: number): void {
    this.#at += Math.ceil(ms);
    const due = this.#deadlines.filter((deadline) => deadline.at <= this.#at);
    this.#deadlines = this.#deadlines.filter((deadline) => deadline.at > this.#at);
    for (const { controller } of due) controller.abort(new DOMException('The attempt timed out.', 'TimeoutError'));
  }
}
