// What every event's plan shares, from inputs and the run's context: pure, so it is tested without mocks.
import type { GitInfo } from '../datadog/types.ts';
import type { RunContext } from '../runner/context.ts';
import { UNSAFE_CHARACTERS } from '../runner/escape.ts';
import type { Described } from '../runner/inputs/types.ts';

/** What an event's plan is made of besides its inputs. */
export interface Facts {
  id: string;
  startedAt: Date;
  commitSha?: string;
}

/** What deployments and failures both carry, from their inputs and the run. */
export function describe(inputs: Described, context: RunContext, commitSha: string | undefined) {
  const repositoryUrl =
    inputs.repositoryUrl ?? (context.repository ? `${context.serverUrl}/${context.repository}` : undefined);
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
export function runTags(
  context: Pick<RunContext, 'repository' | 'workflow' | 'runId' | 'runAttempt' | 'job'>,
): string[] {
  const tags: [string, string | undefined][] = [
    ['github.repository', context.repository],
    ['github.workflow', context.workflow],
    ['github.run_id', context.runId],
    ['github.run_attempt', context.runAttempt],
    ['github.job', context.job],
  ];
  // Names a workflow author chose: one line, within Datadog's 200 characters a tag.
  const unsafe = new RegExp(UNSAFE_CHARACTERS.source, 'g');
  return tags
    .filter(([, value]) => value?.trim())
    .map(([key, value]) => `${key}:${value!.replace(unsafe, ' ').trim()}`.slice(0, 200));
}
