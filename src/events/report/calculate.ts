// The report's arithmetic, pure: from the events read and the commits found, every figure per
// service and env and per ISO week, following Datadog's documented rules.

import type { Selection } from '../../runner/inputs/types.ts';
import { type Bucket, emptyBucket, seriesOf } from './buckets.ts';
import { type Changes, findChanges } from './changes.ts';
import { type DeploymentLeadTime, leadTimeOf, rangeOf } from './lead-time.ts';
import type {
  Blind,
  ChangeFailureDetail,
  CommitRange,
  DeploymentRecord,
  FailureRecord,
  GroupReport,
  IncidentSources,
  LeadTimeDetail,
  RangeCommits,
  Report,
  ReportWindow,
} from './types.ts';
import { rangeKey } from './types.ts';
import { weekIndex } from './window.ts';

export interface Collected {
  deployments: DeploymentRecord[];
  /** One per failure id, from every source read. */
  failures: FailureRecord[];
  incidentSources: IncidentSources;
  /** Pages that could not be completed, said as they are. */
  incompletePages: string[];
  /** What Datadog's answers held malformed or outside the window, and left out, said as it is. */
  malformedAnswers: string[];
  /** Readings Datadog's answers stopped short: the figures are partial. */
  partialReadings: string[];
}

const SLOWEST_SHOWN = 20;

const groupKey = (service: string, env: string): string => `${service}\u0000${env}`;
const byFinish = (a: DeploymentRecord, b: DeploymentRecord): number =>
  a.finishedAt.getTime() - b.finishedAt.getTime() || (a.id < b.id ? -1 : 1);
const seconds = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / 1000;

// The sequences of what was read, made once: both rangesToRead and calculate need them.
const madeSequences = new WeakMap<readonly DeploymentRecord[], ReadonlyMap<string, DeploymentRecord[]>>();

/** Each service and env's deployments, once by id, ordered by finish; a new map each time, its sequences shared. */
function sequencesOf(deployments: readonly DeploymentRecord[]): Map<string, DeploymentRecord[]> {
  const made = madeSequences.get(deployments);
  if (made) return new Map(made);
  const byId = new Map(deployments.map((deployment) => [deployment.id, deployment]));
  const sequences = new Map<string, DeploymentRecord[]>();
  for (const deployment of byId.values()) {
    const key = groupKey(deployment.service, deployment.env);
    const sequence = sequences.get(key) ?? [];
    sequence.push(deployment);
    sequences.set(key, sequence);
  }
  for (const sequence of sequences.values()) sequence.sort(byFinish);
  madeSequences.set(deployments, sequences);
  return new Map(sequences);
}

/** The commit ranges whose commits lead time needs: each deployment's since the report's window began, once. */
export function rangesToRead(window: ReportWindow, deployments: readonly DeploymentRecord[]): CommitRange[] {
  const ranges = new Map<string, CommitRange>();
  for (const sequence of sequencesOf(deployments).values()) {
    for (let index = 0; index < sequence.length; index++) {
      if (sequence[index]!.finishedAt < window.start) continue;
      const shipped = rangeOf(sequence, index);
      if (shipped && shipped.range.base !== shipped.range.head) ranges.set(rangeKey(shipped.range), shipped.range);
    }
  }
  return [...ranges.values()];
}

export function calculate(
  window: ReportWindow,
  collected: Collected,
  commits: ReadonlyMap<string, RangeCommits>,
  selection: Selection = {},
): Report {
  const sequences = sequencesOf(collected.deployments);
  // Named services and envs are reported even with no deployment: zero is a figure too.
  for (const service of selection.services ?? [])
    for (const env of selection.envs ?? [])
      if (!sequences.has(groupKey(service, env))) sequences.set(groupKey(service, env), []);
  const byId = new Map([...sequences.values()].flat().map((deployment) => [deployment.id, deployment]));
  const changes = findChanges([...sequences.values()], byId);
  const tally: Tally = {
    window,
    changes,
    commits,
    withoutCommit: 0,
    unavailable: new Map(),
    truncated: 0,
    leadTimes: [],
  };
  const groups = [...sequences.entries()].map(([key, sequence]) => {
    const [service = '', env = ''] = key.split('\u0000');
    return { service, env, buckets: deploymentBuckets(sequence, tally) };
  });
  const incidents = collected.failures.filter((failure) => inSelection(failure, selection));
  const incidentsRead = Object.values(collected.incidentSources).some((source) => source.state === 'read');
  for (const group of groups)
    addIncidents(
      group.buckets,
      incidents.filter(
        (failure) => failure.services.includes(group.service) && (failure.env === '' || failure.env === group.env),
      ),
      window,
    );
  const selectionIncidents = Array.from({ length: window.weeks.length + 1 }, emptyBucket);
  addIncidents(selectionIncidents, incidents, window);
  const slots = (buckets: readonly Bucket[]) => buckets.map((bucket) => [bucket]);
  const incidentSlots = (buckets: readonly Bucket[]) => (incidentsRead ? slots(buckets) : undefined);

  const inWindow = (at: Date) => at >= window.start && at < window.end;
  const failureDetails: ChangeFailureDetail[] = [...changes.failures.values()]
    .filter((failure) => inWindow(failure.failed.finishedAt))
    .sort((a, b) => byFinish(b.failed, a.failed))
    .map((failure) => {
      const remediated = failure.remediation && failure.remediation.finishedAt <= window.end;
      return {
        failed: failure.failed,
        foundBy: failure.foundBy,
        remediation: { type: failure.type, ...(failure.remediation ? { deployment: failure.remediation } : {}) },
        ...(remediated ? { recoverySeconds: seconds(failure.failed.finishedAt, failure.remediation!.finishedAt) } : {}),
      };
    });
  const blind: Blind = {
    deploymentsWithoutCommit: tally.withoutCommit,
    leadTimeUnavailable: [...tally.unavailable].map(([reason, deployments]) => ({ reason, deployments })),
    truncatedRanges: tally.truncated,
    unreadChangeFailures: [...changes.unreadFailures.values()].filter(
      (remediation) => remediation.finishedAt >= window.start,
    ).length,
    incompletePages: collected.incompletePages,
    malformedAnswers: collected.malformedAnswers,
    partialReadings: collected.partialReadings,
  };
  return {
    window,
    asked: selection,
    selection: seriesOf(
      selectionIncidents.map((_, slot) => groups.map((group) => group.buckets[slot]!)),
      incidentSlots(selectionIncidents),
    ),
    groups: groups
      .map(
        ({ service, env, buckets }): GroupReport => ({
          service,
          env,
          ...seriesOf(slots(buckets), incidentSlots(buckets)),
        }),
      )
      .sort((a, b) => (groupKey(a.service, a.env) < groupKey(b.service, b.env) ? -1 : 1)),
    changeFailures: failureDetails,
    slowestLeadTimes: tally.leadTimes.sort((a, b) => b.averageSeconds - a.averageSeconds).slice(0, SLOWEST_SHOWN),
    incidents: incidents
      .filter((failure) => inWindow(failure.startedAt))
      .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime()),
    incidentSources: collected.incidentSources,
    blind,
  };
}

/** What the deployments of every group add up to beyond their buckets: the blind spots and the details. */
interface Tally {
  window: ReportWindow;
  changes: Changes;
  commits: ReadonlyMap<string, RangeCommits>;
  withoutCommit: number;
  unavailable: Map<string, number>;
  truncated: number;
  leadTimes: LeadTimeDetail[];
}

function deploymentBuckets(sequence: readonly DeploymentRecord[], tally: Tally): Bucket[] {
  const { window, changes } = tally;
  const buckets = Array.from({ length: window.weeks.length + 1 }, emptyBucket);
  // Index loops, not for…of, where thousands of deployments pass, before the code is warm.
  for (let index = 0; index < sequence.length; index++) {
    const deployment = sequence[index]!;
    const slot = weekIndex(window, deployment.finishedAt);
    const bucket = buckets[slot];
    if (!bucket) continue;
    const inWindow = slot < window.weeks.length;
    bucket.deployments++;
    if (changes.remediating.has(deployment.id)) bucket.remediations++;
    const failure = changes.failures.get(deployment.id);
    if (failure) {
      bucket.changeFailures++;
      // Open means not remediated by the end of the span: the window's, or now for the current week.
      const remediated = failure.remediation && failure.remediation.finishedAt <= (inWindow ? window.end : window.now);
      if (remediated) bucket.recoveries.push(seconds(deployment.finishedAt, failure.remediation!.finishedAt));
      else bucket.openChangeFailures++;
    }
    const outcome = leadTimeOf(deployment, rangeOf(sequence, index), tally.commits);
    if (inWindow && !deployment.commitSha) tally.withoutCommit++;
    if (inWindow && 'unavailable' in outcome)
      tally.unavailable.set(outcome.unavailable, (tally.unavailable.get(outcome.unavailable) ?? 0) + 1);
    if ('leadTime' in outcome) {
      bucket.leadTimes.push(...outcome.leadTime.perCommit);
      bucket.averages.push(outcome.leadTime.average);
      if (inWindow && outcome.leadTime.truncated) tally.truncated++;
      if (inWindow) tally.leadTimes.push(leadTimeDetail(deployment, outcome.leadTime));
    }
  }
  return buckets;
}

function addIncidents(buckets: Bucket[], failures: readonly FailureRecord[], window: ReportWindow): void {
  for (const failure of failures) {
    const slot = weekIndex(window, failure.startedAt);
    const bucket = buckets[slot];
    if (!bucket) continue;
    bucket.incidents++;
    const cutoff = slot < window.weeks.length ? window.end : window.now;
    if (failure.finishedAt && failure.finishedAt <= cutoff)
      bucket.restores.push(seconds(failure.startedAt, failure.finishedAt));
    else bucket.openIncidents++;
  }
}

const inSelection = (failure: FailureRecord, selection: Selection): boolean =>
  (!selection.services || failure.services.some((service) => selection.services!.includes(service))) &&
  (!selection.envs || failure.env === '' || selection.envs.includes(failure.env));

const leadTimeDetail = (deployment: DeploymentRecord, leadTime: DeploymentLeadTime): LeadTimeDetail => ({
  deployment,
  previous: leadTime.previous,
  commits: leadTime.perCommit.length,
  averageSeconds: leadTime.average,
  maxSeconds: leadTime.max,
});
