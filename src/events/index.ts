// Every event the action reports, by the name input `event` gives it. Adding one: its folder
// here, its inputs in action.yml (and their bounds in runner/inputs/grammar.ts), its tests.
import type { EventKind, Runtime } from '../pipeline/kind.ts';
import type { Keys } from '../runner/inputs/types.ts';
import { backfill, type LoadBackfill } from './backfill/event.ts';
import type { BackfillInputs } from './backfill/inputs.ts';
import { type DeploymentInputs, deployment } from './deployment/event.ts';
import { historyExport, type LoadExport } from './export/event.ts';
import type { ExportInputs } from './export/inputs.ts';
import { failure } from './failure/event.ts';
import type { FailureInputs } from './failure/plan.ts';
import { changeFailure, type MarkInputs, stable } from './mark/event.ts';
import { type LoadReport, report } from './report/event.ts';
import type { ReportInputs } from './report/inputs.ts';

export type Inputs = DeploymentInputs | MarkInputs | FailureInputs | ReportInputs | ExportInputs | BackfillInputs;
export type EventName = Inputs['event'];

/**
 * The code main loads only when an event needs it, from bundles of its own beside the steps' shared
 * one (dist/events/report/, dist/events/export/): bundled together, the deploy steps' modules could
 * no longer be joined into one, and every deploy job would pay for the report and the export. What
 * they share with the steps they import from the steps' bundle, through what src/index.ts exports:
 * dist/ holds one copy of each (scripts/build.ts).
 */
export interface Bundles {
  loadReport: LoadReport;
  loadExport: LoadExport;
  loadBackfill: LoadBackfill;
}

// The first is the default.
export const EVENT_KINDS: Record<
  EventName,
  | EventKind<DeploymentInputs>
  | EventKind<MarkInputs>
  | EventKind<FailureInputs>
  | EventKind<ReportInputs, { loadReport: LoadReport }>
  | EventKind<ExportInputs, { loadExport: LoadExport }>
  | EventKind<BackfillInputs, { loadBackfill: LoadBackfill }>
> = {
  deployment,
  'change-failure': changeFailure,
  stable,
  failure,
  report,
  export: historyExport,
  backfill,
};

export const EVENTS = Object.keys(EVENT_KINDS) as EventName[];

/** Runs the main step of the event the inputs name. */
export function runEvent(inputs: Inputs, keys: Keys, runtime: Runtime & Bundles): Promise<void> {
  // The registry pairs each name with the kind that parsed these inputs.
  const main = EVENT_KINDS[inputs.event].main as (
    inputs: Inputs,
    keys: Keys,
    runtime: Runtime & Bundles,
  ) => Promise<void>;
  return main(inputs, keys, runtime);
}
