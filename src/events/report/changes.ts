// Which deployments were change failures, and what remediated them, by Datadog's documented rules
// applied to what its API returns: Datadog's own flags when an answer carries them, then the
// `dora.remediates` tags this action adds, then Datadog's rollback rule.
import { REMEDIATES_TAG, REMEDIATION_TAG } from '../../pipeline/remediation-tags.ts';
import type { DeploymentRecord, RemediationType } from './types.ts';

export interface ChangeFailure {
  failed: DeploymentRecord;
  foundBy: 'datadog' | 'tag' | 'rollback';
  type: RemediationType;
  /** Undefined when nothing the report can see remediated it. */
  remediation?: DeploymentRecord;
}

export interface Changes {
  /** By the failed deployment's id. */
  failures: Map<string, ChangeFailure>;
  /** Deployments that remediate another: rework. */
  remediating: Set<string>;
  /**
   * Ids a `dora.remediates` tag names that were not read (of a service or env not selected, or
   * before the look-back), each with the first deployment to name it.
   */
  unreadFailures: Map<string, DeploymentRecord>;
}

const tagValue = (tags: readonly string[], key: string): string | undefined =>
  tags.find((tag) => tag.startsWith(`${key}:`))?.slice(key.length + 1);

const remediationTypeOf = (tags: readonly string[]): RemediationType =>
  tagValue(tags, REMEDIATION_TAG) === 'rollforward' ? 'rollforward' : 'rollback';

/** What a rollback compares: the commit, or the version where there is no commit. */
const deployedAs = (deployment: DeploymentRecord): string | undefined =>
  deployment.commitSha
    ? `commit ${deployment.commitSha.toLowerCase()}`
    : deployment.version
      ? `version ${deployment.version}`
      : undefined;

/**
 * `sequences` are each service and env's deployments, ordered by `finished_at`; `byId` finds any
 * deployment read. The first rule to decide a deployment wins: Datadog's flag, a tag, the rule.
 */
export function findChanges(
  sequences: readonly DeploymentRecord[][],
  byId: ReadonlyMap<string, DeploymentRecord>,
): Changes {
  const failures = new Map<string, ChangeFailure>();
  const remediating = new Set<string>();
  // Datadog said it is not one: nothing the report finds overrules that.
  const clearedByDatadog = new Set<string>();
  const mark = (failure: ChangeFailure) => {
    if (failures.has(failure.failed.id) || clearedByDatadog.has(failure.failed.id)) return;
    failures.set(failure.failed.id, failure);
    if (failure.remediation) remediating.add(failure.remediation.id);
  };

  for (const sequence of sequences) {
    for (let index = 0; index < sequence.length; index++) {
      const deployment = sequence[index]!;
      if (deployment.changeFailure === false) clearedByDatadog.add(deployment.id);
      if (deployment.changeFailure !== true) continue;
      const { remediation } = deployment;
      const by = remediation?.id
        ? byId.get(remediation.id)
        : remediation?.version
          ? sequence.slice(index + 1).find((later) => later.version === remediation.version)
          : undefined;
      mark({
        failed: deployment,
        foundBy: 'datadog',
        type: remediation?.type ?? 'rollback',
        ...(by ? { remediation: by } : {}),
      });
    }
  }

  const remediatesPrefix = `${REMEDIATES_TAG}:`;
  const tagged = sequences
    .flat()
    .filter((deployment) => deployment.customTags.some((tag) => tag.startsWith(remediatesPrefix)));
  tagged.sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime());
  const unreadFailures = new Map<string, DeploymentRecord>();
  for (const remediation of tagged) {
    const named = tagValue(remediation.customTags, REMEDIATES_TAG) ?? '';
    const failed = byId.get(named);
    if (!failed) {
      if (!unreadFailures.has(named)) unreadFailures.set(named, remediation);
      continue;
    }
    // A tag naming itself, or a deployment finished after its remediation, is not a remediation.
    if (failed.id === remediation.id || failed.finishedAt > remediation.finishedAt) continue;
    remediating.add(remediation.id);
    mark({ failed, foundBy: 'tag', type: remediationTypeOf(remediation.customTags), remediation });
  }

  for (const sequence of sequences) {
    const keys = sequence.map(deployedAs);
    const lastSeen = new Map<string, number>();
    for (let index = 0; index < sequence.length; index++) {
      const deployment = sequence[index]!;
      const key = keys[index];
      if (key === undefined) continue;
      const earlier = lastSeen.get(key);
      lastSeen.set(key, index);
      if (earlier === undefined || index === 0 || keys[index - 1] === key) continue;
      // V1 → V2 → V3 → V1: the deployment after the one rolled back to, V2, is the change failure.
      const failed = sequence[earlier + 1];
      if (!failed) continue;
      remediating.add(deployment.id);
      mark({ failed, foundBy: 'rollback', type: 'rollback', remediation: deployment });
    }
  }
  return { failures, remediating, unreadFailures };
}
