import { type Clock, systemClock } from '../datadog/retirement.ts';
import { systemTimer, type Timer } from '../datadog/timer.ts';
import type { Source } from '../runner/inputs/read.ts';
import type { Common, Keys } from '../runner/inputs/types.ts';
import { processRunner, type Toolkit, toolkitFor } from '../runner/toolkit.ts';

/**
 * What a step is given by its entrypoint instead of reaching for it: the runner (its environment,
 * files and log, through the toolkit over them) and the time. A test gives its own, and runs the
 * step in-process.
 */
export interface Runtime {
  core: Toolkit;
  /** The time every decision about a date is made by. */
  clock: Clock;
  /** What attempts, backoffs and budgets are timed by. */
  timer: Timer;
}

/** The runtime of the step the runner started: this process, and the system's time. */
export const processRuntime = (): Runtime => ({
  core: toolkitFor(processRunner),
  clock: systemClock,
  timer: systemTimer,
});

/**
 * An event the action reports: what it reads, how it parses it (pure), and what its main step
 * does. Each lives in a folder of its own under events/ and is registered in events/index.ts.
 * `Needs`: what else its main is given, as the loader of an event whose code is a bundle apart.
 */
export interface EventKind<I extends Common & { event: string }, Needs = unknown> {
  /** The inputs it reads besides those every event reads; any other given is named in a warning. */
  reads: readonly string[];
  /** Its own inputs, parsed and checked; inputs given that it ignores go to `warnings`. */
  parse(source: Source, event: I['event'], warnings: string[]): Omit<I, keyof Common | 'event'>;
  /** What the main step does. */
  main(inputs: I, keys: Keys, runtime: Runtime & Needs): Promise<void>;
}
