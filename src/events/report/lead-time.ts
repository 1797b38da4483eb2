// Change lead time, as Datadog computes it: the commits since the previous deployment of the same
// service and env (merge commits left out, at most 5000), each from its author time to the
// deployment's finish; nothing for the first deployment, or after a gap of more than 60 days.
import { type CommitRange, type DeploymentRecord, type RangeCommits, rangeKey } from './types.ts';
import { LOOK_BACK_MS } from './window.ts';

export interface DeploymentLeadTime {
  range: CommitRange;
  previous: DeploymentRecord;
  /** Seconds, one per commit. */
  perCommit: number[];
  average: number;
  max: number;
  /** Cut at 5000 commits. */
  truncated: boolean;
}

/** Why a deployment has no lead time, when the report can say; undefined when it simply has none. */
export type LeadTimeOutcome = { leadTime: DeploymentLeadTime } | { unavailable: string } | { none: true };

/** The range the deployment at `index` shipped, if it has one: a commit, and a previous deployment with one, close enough. */
export function rangeOf(
  sequence: readonly DeploymentRecord[],
  index: number,
): { range: CommitRange; previous: DeploymentRecord } | undefined {
  const deployment = sequence[index];
  if (!deployment?.commitSha || !deployment.repositoryId) return undefined;
  let previous: DeploymentRecord | undefined;
  for (let i = index - 1; i >= 0 && !previous; i--)
    if (sequence[i]?.commitSha && sequence[i]?.repositoryId === deployment.repositoryId) previous = sequence[i];
  if (!previous?.commitSha || deployment.finishedAt.getTime() - previous.finishedAt.getTime() > LOOK_BACK_MS)
    return undefined;
  return {
    range: { repositoryId: deployment.repositoryId, base: previous.commitSha, head: deployment.commitSha },
    previous,
  };
}

export function leadTimeOf(
  deployment: DeploymentRecord,
  shipped: ReturnType<typeof rangeOf>,
  commits: ReadonlyMap<string, RangeCommits>,
): LeadTimeOutcome {
  if (!deployment.commitSha) return { none: true };
  if (!deployment.repositoryId) return { unavailable: 'no repository in Datadog’s answer' };
  // The same commit as the deployment before: nothing new shipped.
  if (!shipped || shipped.range.base === shipped.range.head) return { none: true };
  const found = commits.get(rangeKey(shipped.range));
  if (!found) return { unavailable: 'commits not looked up' };
  if ('unavailable' in found) return { unavailable: found.unavailable };
  const finished = deployment.finishedAt.getTime();
  const perCommit: number[] = [];
  let sum = 0;
  let max = 0;
  for (let k = 0; k < found.commits.length; k++) {
    const seconds = (finished - found.commits[k]!.authoredAt.getTime()) / 1000;
    // A commit authored after the deployment finished cannot have shipped in it: a clock's error.
    if (seconds < 0) continue;
    perCommit.push(seconds);
    sum += seconds;
    if (seconds > max) max = seconds;
  }
  if (perCommit.length === 0) return { none: true };
  return {
    leadTime: {
      range: shipped.range,
      previous: shipped.previous,
      perCommit,
      average: sum / perCommit.length,
      max,
      truncated: found.truncated,
    },
  };
}
