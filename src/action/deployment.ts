// Building events from inputs and context: pure, so they are tested without mocks.
import type { DeploymentEvent, FailureEvent, GitInfo } from '../datadog/types.ts';
import type { RunContext } from './context.ts';
import { UNSAFE_CHARACTERS } from './escape.ts';
import type { DeploymentInputs, Described, FailureInputs } from './inputs.ts';

/** Everything but the finish time, which only post knows. */
export type PlannedDeployment = Omit<DeploymentEvent, 'finishedAt' | 'id'> & { id: string };

interface Facts {
  id: string;
  startedAt: Date;
  commitSha?: string;
}

export function planDeployment(inputs: DeploymentInputs, context: RunContext, facts: Facts): PlannedDeployment {
  return { id: facts.id, service: inputs.service, startedAt: facts.startedAt, ...describe(inputs, context, facts.commitSha) };
}

export function planFailure(inputs: FailureInputs, context: RunContext, facts: Facts): FailureEvent & { id: string } {
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

function describe(inputs: Described, context: RunContext, commitSha: string | undefined) {
  const repositoryUrl = inputs.repositoryUrl ?? (context.repository ? `${context.serverUrl}/${context.repository}` : undefined);
  const version = inputs.version ?? tagName(context.ref);
  const git: GitInfo | undefined = commitSha && repositoryUrl ? { commitSha, repositoryUrl } : undefined;
  return {
    ...(inputs.env ? { env: inputs.env } : {}),
    ...(version ? { version } : {}),
    ...(inputs.team ? { team: inputs.team } : {}),
    ...(git ? { git } : {}),
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
  // Names a workflow author chose: one line, within Datadog's 200 characters a tag.
  const unsafe = new RegExp(UNSAFE_CHARACTERS.source, 'g');
  return tags.filter(([, value]) => value?.trim()).map(([key, value]) => `${key}:${value!.replace(unsafe, ' ').trim()}`.slice(0, 200));
}
