// Building the deployment event from inputs and context: pure, so it is tested without mocks.
import type { DeploymentEvent } from '../datadog/types.ts';
import type { RunContext } from './context.ts';
import type { Inputs } from './inputs.ts';

/** Everything but the finish time, which only post knows. */
export type PlannedDeployment = Omit<DeploymentEvent, 'finishedAt' | 'id'> & { id: string };

export function planDeployment(inputs: Inputs, context: RunContext, facts: { id: string; startedAt: Date; commitSha?: string }): PlannedDeployment {
  const repositoryUrl = inputs.repositoryUrl ?? (context.repository ? `${context.serverUrl}/${context.repository}` : undefined);
  const version = inputs.version ?? tagName(context.ref);
  return {
    id: facts.id,
    service: inputs.service,
    startedAt: facts.startedAt,
    ...(inputs.env ? { env: inputs.env } : {}),
    ...(version ? { version } : {}),
    ...(inputs.team ? { team: inputs.team } : {}),
    ...(facts.commitSha && repositoryUrl ? { git: { commitSha: facts.commitSha, repositoryUrl } } : {}),
    customTags: [...inputs.tags, ...runTags(context)],
  };
}

function tagName(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}

/** Tags that lead back to the run; their number is ACTION_TAG_COUNT at most. */
export function runTags(context: RunContext): string[] {
  const tags: [string, string | undefined][] = [
    ['github.repository', context.repository],
    ['github.workflow', context.workflow],
    ['github.run_id', context.runId],
    ['github.run_attempt', context.runAttempt],
    ['github.job', context.job],
  ];
  return tags.filter(([, value]) => value).map(([key, value]) => `${key}:${value}`);
}

/**
 * run id, attempt and job say where a deployment came from; matrix legs and repeated calls of a
 * reusable workflow share all of them, so a random part makes each one its own.
 */
export function newDeploymentId(context: RunContext, random: string = randomPart()): string {
  const job = (context.job ?? '').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60);
  const parts = context.runId ? [context.runId, context.runAttempt ?? '1', job, random] : ['local', random];
  return parts.filter(Boolean).join('.');
}

function randomPart(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 16);
}
