// Every event the action reports, by the name input `event` gives it. Adding one: its module
// here, its inputs in action.yml (and their bounds in inputs/grammar.ts), its tests.
import type { Keys } from '../inputs/types.ts';
import { type DeploymentInputs, deployment } from './deployment.ts';
import { type ExportInputs, historyExport } from './export.ts';
import { type FailureInputs, failure } from './failure.ts';
import type { EventKind, Runtime } from './kind.ts';
import { changeFailure, type MarkInputs, stable } from './mark.ts';
import { type ReportInputs, report } from './report.ts';

export type Inputs = DeploymentInputs | MarkInputs | FailureInputs | ReportInputs | ExportInputs;
export type EventName = Inputs['event'];

// The first is the default.
export const EVENT_KINDS: Record<
  EventName,
  | EventKind<DeploymentInputs>
  | EventKind<MarkInputs>
  | EventKind<FailureInputs>
  | EventKind<ReportInputs>
  | EventKind<ExportInputs>
> = {
  deployment,
  'change-failure': changeFailure,
  stable,
  failure,
  report,
  export: historyExport,
};

export const EVENTS = Object.keys(EVENT_KINDS) as EventName[];

/** Runs the main step of the event the inputs name. */
export function runEvent(inputs: Inputs, keys: Keys, runtime: Runtime): Promise<void> {
  // The registry pairs each name with the kind that parsed these inputs.
  const main = EVENT_KINDS[inputs.event].main as (inputs: Inputs, keys: Keys, runtime: Runtime) => Promise<void>;
  return main(inputs, keys, runtime);
}
