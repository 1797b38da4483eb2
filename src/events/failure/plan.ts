// A failure as main plans it: its inputs, the failure event made from them, and the facts an
// alert event tells of the same failure. What both the input parsing and the sending take.
import type { FailureEvent } from '../../datadog/types.ts';
import type { FailureFacts } from '../../pipeline/incidents.ts';
import { describe, type Facts } from '../../pipeline/plan.ts';
import type { RunContext } from '../../runner/context.ts';
import type { Common, Described } from '../../runner/inputs/types.ts';

export interface FailureInputs extends Common, Described {
  event: 'failure';
  services: string[];
  failureId?: string;
  name?: string;
  severity?: string;
  /** Input events-url: where alert events go when api-url replaces the site's hosts. */
  eventsUrl?: string;
}

export type PlannedFailure = FailureEvent & { id: string };

export function planFailure(inputs: FailureInputs, context: RunContext, facts: Facts): PlannedFailure {
  return {
    id: facts.id,
    startedAt: facts.startedAt,
    ...(inputs.finishedAt ? { finishedAt: inputs.finishedAt } : {}),
    ...(inputs.services.length ? { services: inputs.services } : {}),
    ...(inputs.name ? { name: inputs.name } : {}),
    ...(inputs.severity ? { severity: inputs.severity } : {}),
    ...describe(inputs, context, facts.commitSha),
  };
}

/** The same failure as an alert event tells it. */
export function failureFacts(failure: PlannedFailure, context: RunContext): FailureFacts {
  return {
    id: failure.id,
    startedAt: failure.startedAt,
    ...(failure.finishedAt ? { finishedAt: failure.finishedAt } : {}),
    services: failure.services ?? [],
    ...(failure.name ? { name: failure.name } : {}),
    ...(failure.severity ? { severity: failure.severity } : {}),
    ...(failure.env ? { env: failure.env } : {}),
    ...(failure.team ? { team: failure.team } : {}),
    ...(failure.version ? { version: failure.version } : {}),
    tags: failure.customTags ?? [],
    ...(failure.git ? { repositoryUrl: failure.git.repositoryUrl, commitSha: failure.git.commitSha } : {}),
    ...(context.repository && context.runId
      ? { runUrl: `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}` }
      : {}),
  };
}
