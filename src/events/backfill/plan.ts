// Each past deployment as Datadog gets it (pure): its id, derived from GitHub's numeric ids so that
// a second run sends the same ids and Datadog updates instead of adding; its tags, as the live
// action would have added them; and whether Datadog already holds it, sent live or backfilled.
import type { Deployment } from '../../datadog/results.ts';
import type { DeploymentEvent } from '../../datadog/types.ts';
import { runTags } from '../../pipeline/plan.ts';
import type { BackfillInputs } from './inputs.ts';
import type { BackfillSource, PastDeployment } from './types.ts';

/** The tag every backfilled deployment carries, with its source. */
export const BACKFILL_TAG = 'dora.backfill';
/** A deployment sent live whose finish is this close to a GitHub deployment's, of the same commit and env, is it. */
export const SAME_FINISH_MS = 10 * 60_000;

const OBJECT: Record<BackfillSource, (past: PastDeployment) => string> = {
  deployments: (past) => `deployment.${past.objectId}`,
  'workflow-runs': (past) =>
    past.run && past.run.id !== past.objectId ? `job.${past.objectId}` : `run.${past.objectId}.${past.attempt ?? 1}`,
};

/** `gh-backfill.<repository id>.deployment.<id>`, `….run.<id>.<attempt>`, `….job.<id>`: within Datadog's 16 to 128 characters. */
export const backfillId = (repositoryId: number, past: PastDeployment): string =>
  `gh-backfill.${repositoryId}.${OBJECT[past.source](past)}`;

export interface Repository {
  id: number;
  /** owner/name */
  name: string;
  /** https://github.com/owner/name */
  url: string;
  /** The workflow's name, for the github.workflow tag (workflow-runs). */
  workflow?: string;
}

/** The deployment event of a past deployment: as the live action would have sent it. */
export function eventOf(
  past: PastDeployment,
  inputs: Pick<BackfillInputs, 'service' | 'env' | 'version' | 'team' | 'tags' | 'job'>,
  repository: Repository,
  tagAt: (sha: string) => string | undefined,
): DeploymentEvent & { id: string } {
  const env = inputs.env ?? past.environment;
  const version = inputs.version ?? tagAt(past.commitSha);
  return {
    id: backfillId(repository.id, past),
    service: inputs.service,
    startedAt: past.startedAt,
    finishedAt: past.finishedAt,
    ...(env ? { env } : {}),
    ...(version ? { version } : {}),
    ...(inputs.team ? { team: inputs.team } : {}),
    git: { commitSha: past.commitSha, repositoryUrl: repository.url },
    customTags: [
      ...inputs.tags,
      // The tags the live action adds, held to the same rule.
      ...runTags({
        repository: repository.name,
        workflow: repository.workflow,
        runId: past.run ? String(past.run.id) : undefined,
        runAttempt: past.run?.attempt === undefined ? undefined : String(past.run.attempt),
        job: inputs.job,
      }),
      `${BACKFILL_TAG}:${past.source}`,
    ],
  };
}

export type SkipReason = 'already backfilled' | 'sent live by the action';

/** What Datadog holds for the period, indexed to tell each past deployment it already has. */
export interface Held {
  ids: Set<string>;
  /** `<run id>` and `<run id>.<attempt>` of deployments the live action sent. */
  runs: Set<string>;
  /** Deployments sent live that name no run, by commit: their env and finish. */
  byCommit: Map<string, { env?: string; finishedAt: number }[]>;
}

const tagValue = (tags: string[], key: string) => tags.find((tag) => tag.startsWith(`${key}:`))?.slice(key.length + 1);

/** Indexes Datadog's deployments of the service in the period. */
export function indexHeld(deployments: Iterable<Deployment>): Held {
  const held: Held = { ids: new Set(), runs: new Set(), byCommit: new Map() };
  for (const deployment of deployments) {
    held.ids.add(deployment.id);
    if (tagValue(deployment.customTags, BACKFILL_TAG)) continue;
    const run = tagValue(deployment.customTags, 'github.run_id');
    const attempt = tagValue(deployment.customTags, 'github.run_attempt');
    if (run) {
      held.runs.add(run);
      if (attempt) held.runs.add(`${run}.${attempt}`);
    }
    if (deployment.git && deployment.finishedAt) {
      const sha = deployment.git.commitSha.toLowerCase();
      const found = held.byCommit.get(sha) ?? [];
      found.push({ env: deployment.env, finishedAt: deployment.finishedAt.getTime() });
      held.byCommit.set(sha, found);
    }
  }
  return held;
}

/** Why a past deployment is not sent: Datadog holds it already. */
export function skipReason(
  event: DeploymentEvent & { id: string },
  past: PastDeployment,
  held: Held,
): SkipReason | undefined {
  if (held.ids.has(event.id)) return 'already backfilled';
  if (past.run) {
    const key = past.run.attempt === undefined ? String(past.run.id) : `${past.run.id}.${past.run.attempt}`;
    if (held.runs.has(key)) return 'sent live by the action';
    return undefined;
  }
  // A GitHub deployment whose statuses name no run: the same commit to the same env, finished within 10 minutes.
  const sameCommit = held.byCommit.get(past.commitSha.toLowerCase()) ?? [];
  const finish = past.finishedAt.getTime();
  return sameCommit.some((live) => live.env === event.env && Math.abs(live.finishedAt - finish) <= SAME_FINISH_MS)
    ? 'sent live by the action'
    : undefined;
}
