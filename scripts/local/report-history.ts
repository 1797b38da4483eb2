// A made-up but lifelike delivery history for the DORA report, the same for the same options:
// the services of one monorepo deploying on weekdays what pull requests merged into a real git
// repository, some deployments failing and then rolled back (some tagged `dora.remediates` as the
// action sends them, some found only by Datadog's rollback rule) or rolled forward, and incidents,
// some still open. It spans the report's weeks, the 60-day look-back before them, and the current
// week so far. The demo loads a small one; the bench, one of thousands of events.

import { reportWindow } from '../../src/events/report/window.ts';
import { remediationTags } from '../../src/pipeline/remediation-tags.ts';
import type { DeploymentAttributes, FailureAttributes, FakeDatadog } from './fake-datadog.ts';
import { createGitHistory, type PlannedCommit } from './git-history.ts';

export const REPOSITORY_URL = 'https://github.com/acme/shop';

const SERVICES: { service: string; team: string }[] = [
  { service: 'storefront', team: 'web' },
  { service: 'checkout', team: 'payments' },
  { service: 'search', team: 'discovery' },
  { service: 'inventory', team: 'fulfilment' },
  { service: 'accounts', team: 'identity' },
  { service: 'notifications', team: 'platform' },
];

export interface ReportHistoryOptions {
  /** When the report runs: nothing in the history starts or finishes after it. */
  now: Date;
  /** The complete weeks the report covers. */
  weeks: number;
  /** How many services; the first also deploys each build to staging before production. */
  services: number;
  /** Production releases per service and week, on average; remediations come on top. */
  deploymentsPerWeek: number;
  /** Incidents per service and week, on average, besides those a failed deployment causes. */
  incidentsPerWeek: number;
  /** Another seed, another history of the same shape. */
  seed?: number;
}

export interface ReportHistory {
  /** The git repository: every deployed commit, `origin` at REPOSITORY_URL. */
  directory: string;
  deployments: DeploymentAttributes[];
  failures: FailureAttributes[];
  commits: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Share of releases that fail; then how they are remediated, cumulatively. */
const FAILURE_SHARE = 0.07;
const REMEDIATION_CHOICES = [
  { upTo: 0.35, remediation: 'rollback by rule' },
  { upTo: 0.6, remediation: 'tagged rollback' },
  { upTo: 0.9, remediation: 'tagged rollforward' },
  // Marked in Datadog's UI, if at all: nothing the report can see.
  { upTo: 1, remediation: 'none' },
] as const;
const INCIDENT_NAMES = [
  'Error rate above 5%',
  'p99 latency above 2 s',
  'Health checks failing',
  'Queue backlog growing',
  'Elevated 5xx from upstream',
  'Disk usage above 90%',
];

/** Mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Planned {
  service: string;
  team: string;
  env: string;
  startedAt: number;
  finishedAt: number;
  /** When CI took main's head to build: what the deployment ships, unless it redeploys. */
  builtAt: number;
  /** A rollback ships what this earlier deployment shipped. */
  redeploys?: Planned;
  /** Tagged as remediating this failed deployment, as the action does with `remediates`. */
  remediates?: { failed: Planned; type: 'rollback' | 'rollforward' };
  /** The pull request it is the first to ship, merged since the service's previous build: so no two builds ship the same commit. */
  change?: PullRequest;
  /** Sent without git information: only its version tells it apart. */
  withoutCommit: boolean;
  id: string;
  version: string;
  sha: string;
}

interface PullRequest {
  mergedAt: number;
  title: string;
}

/** Creates the history's git repository in `directory` (which must not hold one) and its events. */
export async function createReportHistory(directory: string, options: ReportHistoryOptions): Promise<ReportHistory> {
  const random = randomFrom(options.seed ?? 20_261_130);
  const between = (low: number, high: number) => low + random() * (high - low);
  const window = reportWindow(options.weeks, options.now);
  const start = window.lookBackStart.getTime();
  const end = options.now.getTime();
  const isWeekday = (at: number) => new Date(at).getUTCDay() % 6 !== 0;
  /** A moment in working hours (09:00 to 18:00 UTC, Monday to Friday), from `at` on. */
  const nextWorkingMoment = (at: number) => {
    let day = Math.floor(at / DAY) * DAY;
    const hour = at - day;
    if (isWeekday(day) && hour >= 9 * HOUR && hour < 18 * HOUR) return at;
    if (hour >= 9 * HOUR) day += DAY;
    while (!isWeekday(day)) day += DAY;
    return day + 9 * HOUR + between(0, HOUR);
  };
  /** `perWeek` moments a week on average, in working hours, oldest first. */
  const workingMoments = (perWeek: number) => {
    const moments: number[] = [];
    for (let day = Math.floor(start / DAY) * DAY; day < end; day += DAY) {
      if (!isWeekday(day)) continue;
      const count = Math.floor(between(0.5, 1.5) * (perWeek / 5) + random());
      for (let i = 0; i < count; i++) moments.push(day + between(9 * HOUR, 18 * HOUR));
    }
    return moments.filter((at) => at >= start && at < end).sort((a, b) => a - b);
  };

  const deployments: Planned[] = [];
  const failures: FailureAttributes[] = [];
  const causedIncidents: { failed: Planned; recoveredAt?: number }[] = [];
  for (const { service, team } of SERVICES.slice(0, options.services)) {
    const sequence: Planned[] = [];
    // Id, version and commit are set once every deployment and commit is planned.
    const plan = (startedAt: number, fields: Partial<Planned> = {}): Planned => ({
      service,
      team,
      env: 'production',
      startedAt,
      finishedAt: startedAt + between(3, 15) * MINUTE,
      builtAt: startedAt,
      withoutCommit: false,
      id: '',
      version: '',
      sha: '',
      ...fields,
    });
    // Builds follow one another: each ships main's head a little before it starts, with one more pull request.
    let lastBuiltAt = start - DAY;
    const build = (startedAt: number, title: string, fields: Partial<Planned> = {}): Planned => {
      const builtAt = Math.max(startedAt - between(25, 50) * MINUTE, lastBuiltAt + MINUTE);
      const mergedAt = builtAt - between(0.1, 0.9) * Math.min(builtAt - lastBuiltAt, HOUR);
      lastBuiltAt = builtAt;
      return plan(startedAt, { builtAt, change: { mergedAt, title }, ...fields });
    };
    const add = (deployment: Planned) => {
      if (deployment.finishedAt > end) return false;
      sequence.push(deployment);
      return true;
    };
    // One deployment at a time: a release waits for the one before; after a failure, releases stop until it is dealt with.
    let busyUntil = -Infinity;
    let frozenUntil = -Infinity;
    let fixNext = false;
    // So that every history shows one: the first service's first release on the window's last Friday
    // fails, and is fixed forward only after the weekend, open at the window's end.
    const lastFriday = window.end.getTime() - 3 * DAY;
    let openAtWindowEnd = service === SERVICES[0]?.service;
    for (const at of workingMoments(options.deploymentsPerWeek)) {
      if (at < frozenUntil) continue;
      const release = build(
        Math.max(at, busyUntil),
        fixNext ? `${service}: fix after a failed deployment` : `${service}: change`,
        { withoutCommit: random() < 0.02 },
      );
      if (!add(release)) break;
      fixNext = false;
      busyUntil = release.finishedAt + 2 * MINUTE;
      const target = sequence.at(-2);
      const planted = openAtWindowEnd && release.startedAt >= lastFriday && release.finishedAt < window.end.getTime();
      if (planted) openAtWindowEnd = false;
      if (!target || (!planted && random() >= FAILURE_SHARE)) continue;

      const choice = random();
      const remediation = planted
        ? 'tagged rollforward'
        : (REMEDIATION_CHOICES.find(({ upTo }) => choice < upTo) ?? REMEDIATION_CHOICES[3]).remediation;
      let recovery: Planned | undefined;
      if (remediation === 'rollback by rule' || remediation === 'tagged rollback') {
        // Now and then a fix is tried first and fails too: V1 → V2 → V3 → V1, where V2 is the change failure.
        const attempt =
          random() < 0.2
            ? build(release.finishedAt + between(45, 90) * MINUTE, `${service}: attempt a fix`)
            : undefined;
        const last = attempt && add(attempt) ? attempt : release;
        recovery = plan(last.finishedAt + between(15, 120) * MINUTE, {
          redeploys: target,
          ...(remediation === 'tagged rollback' ? { remediates: { failed: release, type: 'rollback' as const } } : {}),
        });
        fixNext = true;
      } else if (remediation === 'tagged rollforward') {
        const fixedAt = nextWorkingMoment(planted ? window.end.getTime() : release.finishedAt + between(1.5, 6) * HOUR);
        recovery = build(fixedAt, `${service}: fix forward`, { remediates: { failed: release, type: 'rollforward' } });
      }
      const recovered = recovery !== undefined && add(recovery);
      frozenUntil = recovered ? recovery!.finishedAt + 90 * MINUTE : busyUntil;
      if (random() < 0.3)
        causedIncidents.push({ failed: release, ...(recovered ? { recoveredAt: recovery!.finishedAt } : {}) });
    }
    deployments.push(...sequence);
  }

  // Staging first, for the first service: every build it released reached staging just before.
  const [first] = SERVICES;
  for (const release of deployments.filter((d) => d.service === first?.service && !d.redeploys)) {
    const lead = release.startedAt - release.builtAt;
    const startedAt = release.builtAt + between(0.1, 0.4) * lead;
    const { remediates: _productionOnly, ...built } = release;
    deployments.push({ ...built, env: 'staging', startedAt, finishedAt: startedAt + between(0.1, 0.4) * lead });
  }
  deployments.sort((a, b) => a.startedAt - b.startedAt);

  const pullRequests = deployments
    .flatMap((d) => (d.change && d.env === 'production' ? [d.change] : []))
    .sort((a, b) => a.mergedAt - b.mergedAt);
  const { commits, mainAt } = plannedCommits(pullRequests, start, between);
  const shas = await createGitHistory(directory, commits, { origin: `${REPOSITORY_URL}.git` });

  // In order of start: what a rollback redeploys, and the release a staging deployment precedes, come first.
  const counters = new Map<string, number>();
  const releases = new Map<string, number>();
  const versions = new Map<string, string>();
  for (const deployment of deployments) {
    const key = `${deployment.service}-${deployment.env}`;
    counters.set(key, (counters.get(key) ?? 0) + 1);
    deployment.id = `${key}-${String(counters.get(key)).padStart(5, '0')}`;
    if (deployment.redeploys) {
      const { version, sha, withoutCommit } = deployment.redeploys;
      Object.assign(deployment, { version, sha, withoutCommit });
    } else {
      // A staging deployment and its production release share a build: one version, one commit.
      const build = `${deployment.service} ${deployment.builtAt}`;
      if (!versions.has(build)) {
        releases.set(deployment.service, (releases.get(deployment.service) ?? 0) + 1);
        versions.set(build, `v3.${releases.get(deployment.service)}.0`);
      }
      deployment.version = versions.get(build) ?? '';
      deployment.sha = shas[mainAt(deployment.builtAt)] ?? '';
    }
  }

  for (const { service, team } of SERVICES.slice(0, options.services)) {
    const others = SERVICES.slice(0, options.services).filter((s) => s.service !== service);
    const startedAts = Array.from({ length: Math.round(((end - start) / (7 * DAY)) * options.incidentsPerWeek) }, () =>
      between(start, end),
    ).sort((a, b) => a - b);
    const caused = causedIncidents.filter(({ failed }) => failed.service === service);
    for (const [n, startedAt] of startedAts.entries()) {
      const other = others[Math.floor(random() * others.length)];
      const services = other && random() < 0.15 ? [service, other.service] : [service];
      // From ten minutes to about fifteen hours; now and then one is never closed.
      const finishedAt = random() < 0.03 ? undefined : startedAt + 10 * MINUTE * Math.exp(between(0, 4.5));
      failures.push(
        incident(
          `incident-${service}-${String(n + 1).padStart(5, '0')}`,
          services,
          team,
          startedAt,
          finishedAt,
          random,
        ),
      );
    }
    for (const [n, { failed, recoveredAt }] of caused.entries()) {
      const startedAt = failed.finishedAt + between(5, 30) * MINUTE;
      const finishedAt = (recoveredAt ?? startedAt + between(1, 8) * HOUR) + between(5, 20) * MINUTE;
      failures.push(
        incident(
          `incident-${service}-deploy-${String(n + 1).padStart(4, '0')}`,
          [service],
          team,
          startedAt,
          finishedAt,
          random,
        ),
      );
    }
  }

  return {
    directory,
    deployments: deployments.map((deployment, n) => wireDeployment(deployment, 8_100_000_000 + n)),
    failures: failures
      .filter((f) => f.started_at < end)
      .map((f) => (f.finished_at !== undefined && f.finished_at > end ? withoutFinish(f) : f)),
    commits: commits.length,
  };
}

/** Loads the history's events into the stand-in, as if each had been sent. */
export function seedReportHistory(datadog: FakeDatadog, history: ReportHistory): void {
  datadog.seed({ deployments: history.deployments, failures: history.failures });
}

/**
 * Main's history: an initial commit, then each pull request merged in turn, as a merge commit over
 * one to four commits branched from main when the work began, or as one squashed commit. Returns the
 * plan and, for a time, the plan index of main's head then.
 */
function plannedCommits(
  pullRequests: PullRequest[],
  start: number,
  between: (low: number, high: number) => number,
): { commits: PlannedCommit[]; mainAt: (at: number) => number } {
  const commits: PlannedCommit[] = [{ message: 'Initial commit', authoredAt: new Date(start - 30 * DAY), parents: [] }];
  const mainTimes = [start - 30 * DAY];
  const mainIndexes = [0];
  const mainAt = (at: number) => {
    // The last main commit made at or before `at`: a binary search over main's times, in order.
    let low = 0;
    let high = mainTimes.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((mainTimes[middle] ?? Infinity) <= at) low = middle;
      else high = middle - 1;
    }
    return mainIndexes[low] ?? 0;
  };
  for (const [n, { mergedAt, title }] of pullRequests.entries()) {
    const number = n + 1;
    // Work begins from two hours to about four days before the merge.
    const openedAt = mergedAt - 2 * HOUR * Math.exp(between(0, 3.9));
    const head = mainIndexes.at(-1) ?? 0;
    if (between(0, 1) < 0.3) {
      commits.push({
        message: `${title} (#${number})`,
        authoredAt: new Date(openedAt),
        committedAt: new Date(mergedAt),
        parents: [head],
      });
    } else {
      const count = 1 + Math.floor(between(0, 4));
      let parent = mainAt(openedAt);
      for (let i = 0; i < count; i++) {
        const authoredAt = openedAt + ((i + between(0, 1)) / count) * (mergedAt - 10 * MINUTE - openedAt);
        commits.push({
          message: `${title}: part ${i + 1}`,
          authoredAt: new Date(authoredAt),
          parents: [parent],
          branch: 'feature',
        });
        parent = commits.length - 1;
      }
      commits.push({
        message: `Merge pull request #${number} from acme/change-${number}\n\n${title}`,
        authoredAt: new Date(mergedAt),
        parents: [head, parent],
      });
    }
    mainTimes.push(mergedAt);
    mainIndexes.push(commits.length - 1);
  }
  return { commits, mainAt };
}

function incident(
  id: string,
  services: string[],
  team: string,
  startedAt: number,
  finishedAt: number | undefined,
  random: () => number,
): FailureAttributes {
  const severity = random();
  return {
    id,
    services,
    team,
    env: 'production',
    name: `${services[0]}: ${INCIDENT_NAMES[Math.floor(random() * INCIDENT_NAMES.length)]}`,
    severity: severity < 0.1 ? 'SEV-1' : severity < 0.4 ? 'SEV-2' : 'SEV-3',
    started_at: Math.round(startedAt),
    ...(finishedAt === undefined ? {} : { finished_at: Math.round(finishedAt) }),
  };
}

function withoutFinish({ finished_at: _open, ...failure }: FailureAttributes): FailureAttributes {
  return failure;
}

/** As the action sends it: milliseconds, the run's tags, and the remediation's when it has one. */
function wireDeployment(deployment: Planned, runId: number): DeploymentAttributes {
  const tags = [
    'github.repository:acme/shop',
    `github.workflow:Deploy ${deployment.service}`,
    `github.run_id:${runId}`,
    'github.run_attempt:1',
    `github.job:deploy-${deployment.env}`,
  ];
  return {
    id: deployment.id,
    service: deployment.service,
    env: deployment.env,
    version: deployment.version,
    team: deployment.team,
    started_at: Math.round(deployment.startedAt),
    finished_at: Math.round(deployment.finishedAt),
    ...(deployment.withoutCommit ? {} : { git: { commit_sha: deployment.sha, repository_url: REPOSITORY_URL } }),
    custom_tags: [
      ...tags,
      ...(deployment.remediates ? remediationTags(deployment.remediates.failed.id, deployment.remediates.type) : []),
    ],
  };
}
