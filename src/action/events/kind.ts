import type { Clock } from '../../datadog/retirement.ts';
import type { Source } from '../inputs/read.ts';
import type { Common, Keys } from '../inputs/types.ts';

/**
 * Code main loads only when an event needs it, from bundles of its own beside the steps' shared
 * one (dist/report/, dist/export/): bundled together, the deploy steps' modules could no longer be
 * joined into one, and every deploy job would pay for the report and the export. What they share
 * with the steps (the modules of action/ and datadog/) they import from the steps' bundle, through
 * what src/index.ts exports: dist/ holds one copy of each (scripts/build.ts).
 */
export interface Bundles {
  loadReport(): Promise<typeof import('../../report/run.ts')>;
  loadExport(): Promise<typeof import('../../export/run.ts')>;
}

/** What main is given by its entrypoint instead of reaching for it: the code it loads apart, and the time. */
export interface Runtime {
  bundles: Bundles;
  /** The time every decision about a date is made by; tests set it. */
  clock: Clock;
}

/**
 * An event the action reports: what it reads, how it parses it (pure), and what its main step
 * does. Each lives in its own module under events/ and is registered in events/index.ts.
 */
export interface EventKind<I extends Common & { event: string }> {
  /** The inputs it reads besides those every event reads; any other given is named in a warning. */
  reads: readonly string[];
  /** Its own inputs, parsed and checked; inputs given that it ignores go to `warnings`. */
  parse(source: Source, event: I['event'], warnings: string[]): Omit<I, keyof Common | 'event'>;
  /** What the main step does. */
  main(inputs: I, keys: Keys, runtime: Runtime): Promise<void>;
}
