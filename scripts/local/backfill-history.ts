// Past deployments for the GitHub stand-in to answer backfill from: a small history made by hand,
// where each case backfill must handle is named, and a generator of a lifelike one (a year, up to
// tens of thousands of deployments) that needs no git repository and is the same for the same seed.
//
// In both, as in GitHub Actions, each attempt of a run of the Deploy workflow made one GitHub
// deployment (its environment job's): a re-run's attempt makes another. The deployment's statuses
// point to that job (log URL); a newer success in an environment makes the older one inactive.
import {
  type FakeConclusion,
  type FakeDeployment,
  type FakeDeploymentStatus,
  type FakeDeploymentStatusState,
  type FakeJob,
  type FakeRepository,
  type FakeRunAttempt,
  type FakeTag,
  type FakeWorkflow,
  type FakeWorkflowRun,
  repositoryIdOf,
} from './fake-github.ts';

/** A repository's whole history, as `startFakeGitHub({ repositories: { 'acme/shop': history } })` takes it. */
export interface BackfillHistory extends FakeRepository {
  databaseId: number;
  deployments: FakeDeployment[];
  environments: string[];
  workflows: FakeWorkflow[];
  runs: FakeWorkflowRun[];
  tags: FakeTag[];
  /** The workflow that deploys (its runs made the deployments) and the one that only tests. */
  workflow: { deploy: FakeWorkflow; ci: FakeWorkflow };
}

export interface BackfillHistoryOptions {
  /** How many deployments (each one attempt of a Deploy run): 10,000 for the bench. */
  deployments: number;
  /** The period they are spread over, on workdays' hours; every run and status falls inside it. */
  from: Date | string;
  to: Date | string;
  /** The same seed makes the same history; 1 by default. */
  seed?: number;
  /** `acme/shop` by default: in URLs, and the default repository id. */
  repository?: string;
  /** `https://github.com` by default. */
  serverUrl?: string;
  /** Every release goes to the first; three in four on to the next, and so on. `['staging', 'production']` by default. */
  environments?: string[];
  /** The deploy matrix's legs: jobs `deploy (eu)`, `deploy (us)` by default. */
  regions?: string[];
  /** Runs of the CI workflow too (they deploy nothing); true by default. */
  ciRuns?: boolean;
  /** Every n-th release that reached the last environment is tagged (annotated and lightweight in turn); 5 by default. */
  tagEvery?: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** To the second, as GitHub answers (`2025-03-04T10:00:00Z`); each day's date formatted once. */
const days = new Map<number, string>();
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const iso = (ms: number) => {
  const second = Math.round(ms / 1000);
  const day = Math.floor(second / 86_400);
  let date = days.get(day);
  if (date === undefined) days.set(day, (date = new Date(day * DAY).toISOString().slice(0, 11)));
  const s = second - day * 86_400;
  return `${date}${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}Z`;
};

/** mulberry32: small, fast, and the same numbers for the same seed everywhere. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (low: number, high: number) => low + (high - low) * next(),
    chance: (p: number) => next() < p,
    sha: () =>
      Array.from({ length: 5 }, () =>
        Math.floor(next() * 2 ** 32)
          .toString(16)
          .padStart(8, '0'),
      ).join(''),
  };
}

// Planned objects get their ids once all exist, numbered in the order GitHub would have made them.
interface PlannedJob {
  name: string;
  startedAt: number;
  completedAt: number;
  conclusion: FakeConclusion;
  id?: number;
}
interface PlannedAttempt {
  startedAt: number;
  conclusion: FakeConclusion;
  jobs: PlannedJob[];
  deployment?: PlannedDeployment;
}
interface PlannedRun {
  workflow: FakeWorkflow;
  createdAt: number;
  headSha: string;
  event: string;
  attempts: PlannedAttempt[];
  id?: number;
}
interface PlannedDeployment {
  environment: string;
  createdAt: number;
  commit: string;
  statuses: { state: FakeDeploymentStatusState; at: number }[];
  /** The job its statuses link to. */
  job: PlannedJob;
  run: PlannedRun;
  id?: number;
}

/** How an attempt of a Deploy run ends, and what its deployment says. */
type Outcome = 'success' | 'failure' | 'cancelled' | 'never-approved';

/**
 * A lifelike history: releases on workdays (08:00–18:00 UTC) through the period, each deployed to
 * the first environment and most promoted on; some attempts fail (one in two is re-run), some are
 * cancelled, a few wait for an approval that never comes, a few successes are re-run and fail;
 * CI runs besides; tags on some releases. 10,000 deployments take well under a second.
 */
export function createBackfillHistory(options: BackfillHistoryOptions): BackfillHistory {
  const from = new Date(options.from).getTime();
  const to = new Date(options.to).getTime();
  if (!(to > from)) throw new Error('the period must end after it starts');
  const count = Math.max(0, Math.floor(options.deployments));
  const rng = random(options.seed ?? 1);
  const repository = options.repository ?? 'acme/shop';
  const serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const environments = options.environments ?? ['staging', 'production'];
  const regions = options.regions ?? ['eu', 'us'];
  const tagEvery = options.tagEvery ?? 5;
  const ci: FakeWorkflow = {
    id: 61_000_001,
    name: 'CI',
    path: '.github/workflows/ci.yml',
    createdAt: iso(from - 90 * DAY),
  };
  const deploy: FakeWorkflow = {
    id: 61_000_002,
    name: 'Deploy',
    path: '.github/workflows/deploy.yml',
    createdAt: iso(from - 90 * DAY),
  };

  // What each release does, before when: deployments by environment, each one a list of attempts' outcomes.
  const releases: Outcome[][][] = [];
  let planned = 0;
  const outcome = (environment: number): Outcome => {
    const roll = rng.next();
    if (roll < 0.08) return 'failure';
    if (roll < 0.1) return 'cancelled';
    if (environment > 0 && roll < 0.105) return 'never-approved';
    return 'success';
  };
  while (planned < count) {
    const release: Outcome[][] = [];
    for (let e = 0; e < environments.length && planned < count; e++) {
      if (e > 0 && !(release[e - 1] ?? []).includes('success')) break;
      if (e > 0 && !rng.chance(0.75)) break;
      const attempts: Outcome[] = [outcome(e)];
      const first = attempts[0] as Outcome;
      if (first === 'failure' || first === 'cancelled') {
        if (rng.chance(0.5)) attempts.push(rng.chance(0.85) ? 'success' : 'failure');
      } else if (first === 'success' && rng.chance(0.01)) {
        attempts.push(rng.chance(0.5) ? 'failure' : 'success');
      }
      attempts.length = Math.min(attempts.length, count - planned);
      planned += attempts.length;
      release.push(attempts);
    }
    releases.push(release);
  }

  // When: release starts spread over the workdays' hours, leaving a margin at the end for the last one to finish.
  const margin = Math.min(8 * HOUR, (to - from) / 4);
  const scale = Math.min(1, margin / (8 * HOUR));
  const windows: [number, number][] = [];
  for (let day = Math.floor(from / DAY) * DAY; day < to - margin; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const start = Math.max(from, day + 8 * HOUR);
    const end = Math.min(to - margin, day + 18 * HOUR);
    if (end > start) windows.push([start, end]);
  }
  if (!windows.length) windows.push([from, to - margin]);
  const workTime = windows.reduce((sum, [a, b]) => sum + (b - a), 0);
  const offsets = releases.map(() => rng.next() * workTime).sort((a, b) => a - b);
  let w = 0;
  let passed = 0;
  const startOf = (offset: number) => {
    while (
      w < windows.length - 1 &&
      offset - passed >= (windows[w] as [number, number])[1] - (windows[w] as [number, number])[0]
    ) {
      passed += (windows[w] as [number, number])[1] - (windows[w] as [number, number])[0];
      w++;
    }
    return (windows[w] as [number, number])[0] + (offset - passed);
  };
  const minutes = (low: number, high: number) => rng.between(low, high) * MINUTE * scale;

  const runs: PlannedRun[] = [];
  const deployments: PlannedDeployment[] = [];
  const tagged: { sha: string; at: number }[] = [];
  let lastSha = rng.sha();
  for (const [r, release] of releases.entries()) {
    const start = startOf(offsets[r] ?? 0);
    const sha = rng.sha();
    if (options.ciRuns ?? true) {
      // The release's commit and the one before it were pushed and tested.
      for (const [i, commit] of [lastSha, sha].entries()) {
        const created = Math.max(from, start - minutes(20, 60) + i * minutes(5, 15));
        const begun = created + minutes(0.1, 0.5);
        const failed = rng.chance(0.12);
        const jobs = ['lint', 'test (20)', 'test (22)'].map(
          (name, j): PlannedJob => ({
            name,
            startedAt: begun,
            completedAt: begun + minutes(1, 4),
            conclusion: failed && j === 1 ? 'failure' : 'success',
          }),
        );
        runs.push({
          workflow: ci,
          createdAt: created,
          headSha: commit,
          event: 'push',
          attempts: [{ startedAt: begun, conclusion: failed ? 'failure' : 'success', jobs }],
        });
      }
    }
    lastSha = sha;
    let at = start;
    for (const [e, attempts] of release.entries()) {
      const environment = environments[e] as string;
      if (e > 0) at += (rng.between(0.05, 0.45) * margin) / (environments.length - 1);
      const run: PlannedRun = {
        workflow: deploy,
        createdAt: at,
        headSha: sha,
        event: e === 0 ? 'push' : 'workflow_dispatch',
        attempts: [],
      };
      let attemptAt = at + minutes(0.1, 0.5);
      for (const result of attempts) {
        const build: PlannedJob = {
          name: 'build',
          startedAt: attemptAt,
          completedAt: attemptAt + minutes(2, 6),
          conclusion: 'success',
        };
        const statuses: PlannedDeployment['statuses'] = [];
        let ready = build.completedAt;
        if (e > 0 && (result === 'never-approved' || rng.chance(0.3))) {
          statuses.push({ state: 'waiting', at: ready });
          if (result !== 'never-approved') ready += (rng.between(0, 0.2) * margin) / (environments.length - 1);
        }
        const legs = regions.map(
          (region, i): PlannedJob => ({
            name: `deploy (${region})`,
            startedAt: ready + minutes(0.1, 0.4),
            completedAt: ready + minutes(3, 9),
            conclusion:
              result === 'success'
                ? 'success'
                : result === 'failure'
                  ? i === regions.length - 1
                    ? 'failure'
                    : 'success'
                  : 'cancelled',
          }),
        );
        const finished = Math.max(...legs.map((j) => j.completedAt));
        const jobs = result === 'never-approved' ? [build] : [build, ...legs];
        const first = legs[0] as PlannedJob;
        if (result === 'never-approved') {
          // Nobody approved: the run was cancelled after a while, the deployment stays waiting.
          first.completedAt = ready + minutes(20, 60);
        } else {
          statuses.push({ state: 'queued', at: ready }, { state: 'in_progress', at: first.startedAt });
          statuses.push({
            state: result === 'success' ? 'success' : result === 'failure' ? 'failure' : 'error',
            at: finished,
          });
        }
        const attempt: PlannedAttempt = {
          startedAt: attemptAt,
          conclusion:
            result === 'never-approved'
              ? 'cancelled'
              : result === 'success'
                ? 'success'
                : result === 'failure'
                  ? 'failure'
                  : 'cancelled',
          jobs,
        };
        attempt.deployment = { environment, createdAt: ready, commit: sha, statuses, job: first, run };
        deployments.push(attempt.deployment);
        run.attempts.push(attempt);
        attemptAt = (result === 'never-approved' ? first.completedAt : finished) + minutes(5, 40);
      }
      at = Math.max(...run.attempts.flatMap((a) => a.jobs.map((j) => j.completedAt)));
      runs.push(run);
    }
    if (release.length === environments.length && (release.at(-1) ?? []).at(-1) === 'success')
      tagged.push({ sha, at: start });
  }

  // A newer success in an environment makes the one before inactive.
  for (const environment of environments) {
    const succeeded = deployments
      .filter((d) => d.environment === environment && d.statuses.some((s) => s.state === 'success'))
      .map((d) => ({ d, at: (d.statuses.find((s) => s.state === 'success') as { at: number }).at }))
      .sort((a, b) => a.at - b.at);
    for (let i = 0; i + 1 < succeeded.length; i++)
      (succeeded[i] as { d: PlannedDeployment }).d.statuses.push({
        state: 'inactive',
        at: (succeeded[i + 1] as { at: number }).at,
      });
  }

  // Ids in the order GitHub made them.
  runs.sort((a, b) => a.createdAt - b.createdAt);
  runs.forEach((run, i) => {
    run.id = 9_000_000_000 + i * 7;
  });
  const jobs: PlannedJob[] = [];
  for (const run of runs) for (const attempt of run.attempts) jobs.push(...attempt.jobs);
  jobs.sort((a, b) => a.startedAt - b.startedAt);
  jobs.forEach((job, i) => {
    job.id = 25_000_000_000 + i * 3;
  });
  deployments.sort((a, b) => a.createdAt - b.createdAt);
  deployments.forEach((d, i) => {
    d.id = 1_500_000_000 + i * 11;
  });

  // Squeezed towards the start if the last runs would end after the period.
  let end = from;
  for (const job of jobs) end = Math.max(end, job.completedAt);
  for (const d of deployments) for (const status of d.statuses) end = Math.max(end, status.at);
  const squeeze = end > to ? (to - from) / (end - from) : 1;
  const within = (at: number) => iso(from + (at - from) * squeeze);

  const web = `${serverUrl}/${repository}`;
  const jobUrl = (run: PlannedRun, job: PlannedJob) => `${web}/actions/runs/${run.id}/job/${job.id}`;
  const fakeJob = (job: PlannedJob): FakeJob => ({
    id: job.id as number,
    name: job.name,
    conclusion: job.conclusion,
    startedAt: within(job.startedAt),
    completedAt: within(job.completedAt),
  });
  const fakeRuns = runs.map(
    (run): FakeWorkflowRun => ({
      id: run.id as number,
      workflowId: run.workflow.id,
      headSha: run.headSha,
      event: run.event,
      createdAt: within(run.createdAt),
      displayTitle: `${run.workflow.name} ${run.headSha.slice(0, 7)}`,
      attempts: run.attempts.map(
        (a): FakeRunAttempt => ({
          startedAt: within(a.startedAt),
          conclusion: a.conclusion,
          jobs: a.jobs.map(fakeJob),
        }),
      ),
    }),
  );
  const fakeDeployments = deployments.map(
    (d): FakeDeployment => ({
      databaseId: d.id as number,
      createdAt: within(d.createdAt),
      environment: d.environment,
      commitOid: d.commit,
      statuses: d.statuses
        .sort((a, b) => a.at - b.at)
        .map(
          (s): FakeDeploymentStatus => ({
            state: s.state,
            createdAt: within(s.at),
            logUrl: s.state === 'waiting' ? null : jobUrl(d.run, d.job),
            environmentUrl: s.state === 'success' ? `https://${d.environment}.shop.example.com` : null,
          }),
        ),
    }),
  );
  const tags = tagged
    .filter((_, i) => (i + 1) % tagEvery === 0)
    .map(({ sha, at }, i): FakeTag => {
      const name = `v1.${i + 1}.0`;
      return i % 2 === 0
        ? {
            name,
            commit: sha,
            committedAt: within(at - HOUR * scale),
            annotated: { oid: rng.sha(), message: `Release ${name}`, taggedAt: within(at) },
          }
        : { name, commit: sha, committedAt: within(at - HOUR * scale) };
    });
  return {
    databaseId: repositoryIdOf(repository),
    deployments: fakeDeployments,
    environments: [...environments],
    workflows: [ci, deploy],
    runs: fakeRuns,
    tags,
    workflow: { deploy, ci },
  };
}

// A small history by hand.
export const SMALL_SHA = {
  a: 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1',
  b: 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2',
  c: 'c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3',
  d: 'd4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4',
  e: 'e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5',
  /** The annotated tag v1.1.0's own object (it points to c). */
  tagObject: 'f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6',
} as const;

/**
 * acme/shop in March 2025 (repository id 4242), in full:
 *
 * - Workflows: CI (101, ci.yml), Deploy (102, deploy.yml), Nightly (103, nightly.yml: no run).
 * - CI runs: 1001 (a, success), 1002 (b, failure).
 * - Deploy runs, jobs `build`, `deploy (eu)`, `deploy (us)` in each attempt:
 *   - 2001 a → staging: attempt 1 success.
 *   - 2002 a → production: attempt 1 failure (`deploy (us)` failed), attempt 2 success.
 *   - 2003 b → production: attempt 1 failure, never re-run.
 *   - 2004 c → production: attempt 1 success, re-run: attempt 2 failure (not in `status=success`).
 *   - 2005 d → production: attempt 1 still in progress.
 *   - 2006 e → staging, from branch `feature` (event workflow_dispatch): attempt 1 success.
 * - Deployments (one per Deploy attempt) 3001…3007 in that order, and 3008: made by hand through
 *   the API for `preview`, no status at all. Statuses: 3001 queued, in_progress, success;
 *   3002 queued, in_progress, failure; 3003 queued, in_progress, success, inactive (when 3005
 *   succeeded); 3004 waiting, queued, in_progress, failure; 3005 queued, in_progress, success;
 *   3006 queued, in_progress, failure; 3007 queued, in_progress; 3009 (run 2006) queued,
 *   in_progress, success, and makes 3001 inactive.
 * - Tags: v1.0.0 lightweight on a, v1.1.0 annotated on c, v0.9.0 lightweight on a commit never deployed.
 *
 * A new copy each call: a test may change it before starting the stand-in.
 */
export function smallBackfillHistory(serverUrl = 'https://github.com'): BackfillHistory {
  const web = `${serverUrl}/acme/shop`;
  const ci: FakeWorkflow = { id: 101, name: 'CI', path: '.github/workflows/ci.yml' };
  const deploy: FakeWorkflow = { id: 102, name: 'Deploy', path: '.github/workflows/deploy.yml' };
  const nightly: FakeWorkflow = { id: 103, name: 'Nightly', path: '.github/workflows/nightly.yml' };
  const t = (day: number, time: string) => `2025-03-${String(day).padStart(2, '0')}T${time}Z`;
  let jobId = 50_000;
  const job = (
    name: string,
    conclusion: FakeConclusion | null,
    startedAt: string,
    completedAt: string | null,
  ): FakeJob => ({
    id: jobId++,
    name,
    conclusion,
    startedAt,
    completedAt,
  });
  /** An attempt of Deploy: build 5 min from `start`, then both regions; `failing` fails `deploy (us)`. */
  const deployAttempt = (day: number, start: string, conclusion: FakeConclusion | null): FakeRunAttempt => {
    const [h = 0, m = 0] = start.split(':').map(Number);
    const at = (plus: number) =>
      t(
        day,
        `${String(h + Math.floor((m + plus) / 60)).padStart(2, '0')}:${String((m + plus) % 60).padStart(2, '0')}:00`,
      );
    return {
      startedAt: at(0),
      conclusion,
      jobs: [
        job('build', 'success', at(0), at(5)),
        job('deploy (eu)', conclusion === null ? null : 'success', at(6), conclusion === null ? null : at(10)),
        job('deploy (us)', conclusion, at(6), conclusion === null ? null : at(12)),
      ],
    };
  };
  const runs: FakeWorkflowRun[] = [
    {
      id: 1001,
      workflowId: ci.id,
      headSha: SMALL_SHA.a,
      createdAt: t(3, '09:00:00'),
      attempts: [
        {
          startedAt: t(3, '09:00:05'),
          conclusion: 'success',
          jobs: [
            job('lint', 'success', t(3, '09:00:10'), t(3, '09:01:00')),
            job('test', 'success', t(3, '09:00:10'), t(3, '09:04:00')),
          ],
        },
      ],
    },
    {
      id: 2001,
      workflowId: deploy.id,
      headSha: SMALL_SHA.a,
      createdAt: t(3, '10:00:00'),
      attempts: [deployAttempt(3, '10:00', 'success')],
    },
    {
      id: 2002,
      workflowId: deploy.id,
      headSha: SMALL_SHA.a,
      event: 'workflow_dispatch',
      createdAt: t(4, '10:00:00'),
      attempts: [deployAttempt(4, '10:00', 'failure'), deployAttempt(4, '11:00', 'success')],
    },
    {
      id: 1002,
      workflowId: ci.id,
      headSha: SMALL_SHA.b,
      createdAt: t(5, '09:00:00'),
      attempts: [
        {
          startedAt: t(5, '09:00:05'),
          conclusion: 'failure',
          jobs: [
            job('lint', 'success', t(5, '09:00:10'), t(5, '09:01:00')),
            job('test', 'failure', t(5, '09:00:10'), t(5, '09:03:00')),
          ],
        },
      ],
    },
    {
      id: 2003,
      workflowId: deploy.id,
      headSha: SMALL_SHA.b,
      event: 'workflow_dispatch',
      createdAt: t(5, '10:00:00'),
      attempts: [deployAttempt(5, '10:00', 'failure')],
    },
    {
      id: 2004,
      workflowId: deploy.id,
      headSha: SMALL_SHA.c,
      event: 'workflow_dispatch',
      createdAt: t(10, '10:00:00'),
      attempts: [deployAttempt(10, '10:00', 'success'), deployAttempt(10, '14:00', 'failure')],
    },
    {
      id: 2005,
      workflowId: deploy.id,
      headSha: SMALL_SHA.d,
      event: 'workflow_dispatch',
      createdAt: t(12, '10:00:00'),
      attempts: [deployAttempt(12, '10:00', null)],
    },
    {
      id: 2006,
      workflowId: deploy.id,
      headSha: SMALL_SHA.e,
      headBranch: 'feature',
      event: 'workflow_dispatch',
      createdAt: t(13, '10:00:00'),
      attempts: [deployAttempt(13, '10:00', 'success')],
    },
  ];
  const attempt = (runId: number, n: number) =>
    (runs.find((r) => r.id === runId) as FakeWorkflowRun).attempts[n - 1] as FakeRunAttempt;
  /** The deployment an attempt made: queued when `deploy (eu)` was, in progress when it started, then `end` when the attempt ended. */
  const made = (
    databaseId: number,
    environment: string,
    commitOid: string,
    runId: number,
    n: number,
    end: FakeDeploymentStatusState | undefined,
    extra: FakeDeploymentStatus[] = [],
  ): FakeDeployment => {
    const a = attempt(runId, n);
    const leg = a.jobs[1] as FakeJob;
    const logUrl = `${web}/actions/runs/${runId}/job/${leg.id}`;
    const endedAt =
      a.jobs
        .map((j) => j.completedAt ?? '')
        .sort()
        .at(-1) ?? '';
    return {
      databaseId,
      createdAt: (a.jobs[0] as FakeJob).completedAt as string,
      environment,
      commitOid,
      statuses: [
        ...extra.filter((s) => s.state === 'waiting'),
        { state: 'queued', createdAt: (a.jobs[0] as FakeJob).completedAt as string, logUrl },
        { state: 'in_progress', createdAt: leg.startedAt, logUrl },
        ...(end
          ? [
              {
                state: end,
                createdAt: endedAt,
                logUrl,
                environmentUrl: end === 'success' ? `https://${environment}.shop.example.com` : null,
              },
            ]
          : []),
        ...extra.filter((s) => s.state !== 'waiting'),
      ],
    };
  };
  const deployments: FakeDeployment[] = [
    made(3001, 'staging', SMALL_SHA.a, 2001, 1, 'success', [{ state: 'inactive', createdAt: t(13, '10:12:00') }]),
    made(3002, 'production', SMALL_SHA.a, 2002, 1, 'failure'),
    made(3003, 'production', SMALL_SHA.a, 2002, 2, 'success', [{ state: 'inactive', createdAt: t(10, '10:12:00') }]),
    made(3004, 'production', SMALL_SHA.b, 2003, 1, 'failure', [{ state: 'waiting', createdAt: t(5, '10:05:00') }]),
    made(3005, 'production', SMALL_SHA.c, 2004, 1, 'success'),
    made(3006, 'production', SMALL_SHA.c, 2004, 2, 'failure'),
    made(3007, 'production', SMALL_SHA.d, 2005, 1, undefined),
    {
      databaseId: 3008,
      createdAt: t(12, '15:00:00'),
      environment: 'preview',
      commitOid: SMALL_SHA.d,
      ref: 'feature',
      task: 'deploy',
      creator: 'octocat',
      statuses: [],
    },
    made(3009, 'staging', SMALL_SHA.e, 2006, 1, 'success'),
  ];
  for (const d of deployments) d.ref ??= d.databaseId === 3009 ? 'feature' : 'main';
  return {
    databaseId: 4242,
    deployments,
    environments: ['preview', 'production', 'staging'],
    workflows: [ci, deploy, nightly],
    runs,
    tags: [
      { name: 'v0.9.0', commit: '0909090909090909090909090909090909090909', committedAt: t(1, '12:00:00') },
      { name: 'v1.0.0', commit: SMALL_SHA.a, committedAt: t(2, '17:00:00') },
      {
        name: 'v1.1.0',
        commit: SMALL_SHA.c,
        committedAt: t(9, '17:00:00'),
        annotated: {
          oid: SMALL_SHA.tagObject,
          message: 'Release 1.1.0',
          taggedAt: t(10, '09:00:00'),
          tagger: 'Release Bot',
        },
      },
    ],
    workflow: { deploy, ci },
  };
}

/** What a correct reading finds among GitHub deployments: each that succeeded, by when it did. */
export function successfulDeployments(
  history: FakeRepository,
  environment?: string,
): {
  databaseId: number;
  environment: string;
  commitOid: string;
  createdAt: string;
  succeededAt: string;
  logUrl?: string | null;
}[] {
  return (history.deployments ?? [])
    .filter((d) => environment === undefined || d.environment === environment)
    .flatMap((d) => {
      const success = d.statuses.find((s) => s.state === 'success');
      return success
        ? [
            {
              databaseId: d.databaseId,
              environment: d.environment,
              commitOid: d.commitOid,
              createdAt: d.createdAt,
              succeededAt: success.createdAt,
              logUrl: success.logUrl,
            },
          ]
        : [];
    })
    .sort((a, b) => Date.parse(a.succeededAt) - Date.parse(b.succeededAt) || a.databaseId - b.databaseId);
}

/**
 * The runs of a workflow that `status=success` lists (their last attempt succeeded), by when that
 * attempt ended; a run whose earlier attempt succeeded but last failed is not among them.
 */
export function successfulRuns(
  history: FakeRepository,
  workflowId: number,
): { id: number; runAttempt: number; headSha: string; createdAt: string; runStartedAt: string; completedAt: string }[] {
  return (history.runs ?? [])
    .filter((run) => run.workflowId === workflowId && run.attempts.at(-1)?.conclusion === 'success')
    .map((run) => {
      const last = run.attempts.at(-1) as FakeRunAttempt;
      const completedAt =
        last.updatedAt ??
        last.jobs
          .map((j) => j.completedAt ?? j.startedAt)
          .sort((a, b) => Date.parse(a) - Date.parse(b))
          .at(-1) ??
        last.startedAt;
      return {
        id: run.id,
        runAttempt: run.attempts.length,
        headSha: run.headSha,
        createdAt: run.createdAt,
        runStartedAt: last.startedAt,
        completedAt,
      };
    })
    .sort((a, b) => Date.parse(a.completedAt) - Date.parse(b.completedAt) || a.id - b.id);
}
