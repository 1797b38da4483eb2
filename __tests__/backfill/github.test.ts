// Backfill's readers of GitHub's history against the GitHub stand-in over real HTTP on 127.0.0.1:
// deployments through GraphQL, a workflow's runs (and jobs) through REST; their order, ids, times
// and commits; what they leave out; GitHub's refusals said as the input to change; and where the
// budget or GitHub's rate limit stops them, said with how far they read.
import { afterEach, describe, expect, test } from '@jest/globals';
import {
  type BackfillHistory,
  createBackfillHistory,
  SMALL_SHA,
  smallBackfillHistory,
  successfulDeployments,
  successfulRuns,
} from '../../scripts/local/backfill-history.ts';
import {
  type FakeGitHub,
  type FakeGitHubOptions,
  type FakeWorkflowRun,
  GITHUB_TOKEN,
  startFakeGitHub,
} from '../../scripts/local/fake-github.ts';
import { type DeploymentsReading, readDeployments, runOf } from '../../src/events/backfill/github-deployments.ts';
import { type RunsReading, readWorkflowRuns } from '../../src/events/backfill/github-runs.ts';
import type { GitHubHistory, PastDeployment } from '../../src/events/backfill/types.ts';
import { InputError } from '../../src/runner/inputs/types.ts';

let github: FakeGitHub | undefined;
const standIn = async (history: BackfillHistory, options: Partial<FakeGitHubOptions> = {}) => {
  github = await startFakeGitHub({ repositories: { 'acme/shop': history }, ...options });
  return github;
};
afterEach(async () => {
  await github?.close();
  github = undefined;
});

const MARCH = { since: new Date('2025-03-01T00:00:00Z'), until: new Date('2025-04-01T00:00:00Z') };
const reading = (fake: FakeGitHub, extra: Partial<DeploymentsReading> = {}): DeploymentsReading => ({
  apiUrl: fake.url,
  token: GITHUB_TOKEN,
  repository: 'acme/shop',
  ...MARCH,
  ...extra,
});
const runsReading = (fake: FakeGitHub, extra: Partial<RunsReading> = {}): RunsReading => ({
  ...reading(fake),
  workflow: 'deploy.yml',
  ...extra,
});
const all = async (history: GitHubHistory) => {
  const found: PastDeployment[] = [];
  for await (const past of history.deployments) found.push(past);
  return found;
};
const byFinish = (a: PastDeployment, b: PastDeployment) =>
  a.finishedAt.getTime() - b.finishedAt.getTime() || a.objectId - b.objectId;
const at = (time: string) => new Date(time);
/** What a refused reading throws. */
const refused = (reading: Promise<unknown>) => expect(reading).rejects.toThrow(InputError);

describe('deployments (GraphQL)', () => {
  test('each successful deployment, from its creation to its first success, with the run its log URL names', async () => {
    const fake = await standIn(smallBackfillHistory());
    const history = await readDeployments(reading(fake));
    expect(history.repositoryId).toBe(4242);
    const found = await all(history);
    const expected = successfulDeployments(smallBackfillHistory()).map((d) => ({
      source: 'deployments',
      objectId: d.databaseId,
      startedAt: at(d.createdAt),
      finishedAt: at(d.succeededAt),
      commitSha: d.commitOid,
      environment: d.environment,
      run: { id: Number(/runs\/(\d+)/.exec(d.logUrl ?? '')?.[1]) },
      url: d.logUrl,
    }));
    expect(found).toEqual(expected);
    expect(found.map((past) => [past.objectId, past.run?.id, past.commitSha])).toEqual([
      [3001, 2001, SMALL_SHA.a],
      [3003, 2002, SMALL_SHA.a],
      [3005, 2004, SMALL_SHA.c],
      [3009, 2006, SMALL_SHA.e],
    ]);
    // Failed, never finished, or never reported on: left out, and counted.
    expect(history.leftOut()).toEqual({ unsuccessful: 5, malformed: 0, beyondCap: 0 });
    expect(history.stopped()).toBeUndefined();
    expect(history.requests()).toBe(1);
    expect(fake.writes()).toEqual([]);
    expect(fake.requests[0]?.graphql?.variables).toEqual({ owner: 'acme', name: 'shop', after: null });
  });

  test('oldest first by finish: one created earlier that finishes later comes after', async () => {
    const history = smallBackfillHistory();
    // Created before 3009, succeeded a day later; and a success reported twice, the first one counts.
    history.deployments.push(
      {
        databaseId: 3010,
        createdAt: '2025-03-13T09:00:00Z',
        environment: 'preview',
        commitOid: SMALL_SHA.e,
        statuses: [
          { state: 'in_progress', createdAt: '2025-03-13T09:00:00Z' },
          { state: 'success', createdAt: '2025-03-14T09:00:00Z', logUrl: null },
          { state: 'success', createdAt: '2025-03-14T12:00:00Z' },
        ],
      },
      {
        databaseId: 3011,
        createdAt: '2025-03-13T09:30:00Z',
        environment: 'preview',
        commitOid: SMALL_SHA.e,
        statuses: [
          {
            state: 'success',
            createdAt: '2025-03-13T09:40:00Z',
            logUrl: 'https://github.com/acme/shop/actions/runs/2006/attempts/2',
          },
        ],
      },
    );
    const fake = await standIn(history, { deploymentStatusOrder: 'newest-first' });
    const found = await all(await readDeployments(reading(fake)));
    expect(found.map((past) => past.objectId)).toEqual([3001, 3003, 3005, 3011, 3009, 3010]);
    expect(found.find((past) => past.objectId === 3010)).toMatchObject({
      startedAt: at('2025-03-13T09:00:00Z'),
      finishedAt: at('2025-03-14T09:00:00Z'),
    });
    expect(found.find((past) => past.objectId === 3010)?.run).toBeUndefined();
    expect(found.find((past) => past.objectId === 3011)?.run).toEqual({ id: 2006, attempt: 2 });
  });

  test('pages of 100 by cursor: those created before the period skipped, the reading ends past it', async () => {
    const history = createBackfillHistory({ deployments: 450, from: '2025-01-01', to: '2025-06-30', seed: 7 });
    const fake = await standIn(history);
    const period = { since: at('2025-02-01T00:00:00Z'), until: at('2025-03-31T00:00:00Z') };
    const within = (d: { createdAt: string }) => at(d.createdAt) >= period.since && at(d.createdAt) <= period.until;
    const found = await all(await readDeployments(reading(fake, period)));
    const expected = successfulDeployments(history).filter(within);
    expect(found.map((past) => [past.objectId, past.finishedAt.toISOString()])).toEqual(
      expected.map((d) => [d.databaseId, at(d.succeededAt).toISOString()]),
    );
    expect(found.length).toBeGreaterThan(50);
    expect([...found].sort(byFinish)).toEqual(found);
    // Pages up to the one holding the first deployment created past the period, no more.
    const sorted = [...history.deployments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    const firstPast = sorted.findIndex((d) => at(d.createdAt) > period.until);
    expect(fake.requests).toHaveLength(Math.floor(firstPast / 100) + 1);
    expect(fake.requests.slice(1).every((r) => typeof r.graphql?.variables.after === 'string')).toBe(true);
  });

  test('an environment: only its deployments', async () => {
    const fake = await standIn(smallBackfillHistory());
    const history = await readDeployments(reading(fake, { environment: 'production' }));
    expect((await all(history)).map((past) => [past.objectId, past.environment])).toEqual([
      [3003, 'production'],
      [3005, 'production'],
    ]);
    expect(fake.requests[0]?.graphql?.variables.environments).toEqual(['production']);
    expect(history.leftOut().unsuccessful).toBe(4);
  });

  test('an environment that matches nothing: the input named, with the environments the repository has', async () => {
    const fake = await standIn(smallBackfillHistory());
    const attempt = readDeployments(reading(fake, { environment: 'prod' }));
    await refused(attempt);
    await expect(attempt).rejects.toThrow(
      'Input environment is "prod": no deployment of acme/shop went to an environment by that name; acme/shop has "preview", "production", "staging".',
    );
    // One it has, with no deployment: nothing to backfill, no error.
    const history = smallBackfillHistory();
    history.environments.push('qa');
    await github?.close();
    const again = await standIn(history);
    expect(await all(await readDeployments(reading(again, { environment: 'qa' })))).toEqual([]);
    // Without actions: read, the environments cannot be listed: it says so.
    again.setPermissions({ actions: false });
    await expect(readDeployments(reading(again, { environment: 'prod' }))).rejects.toThrow(
      /^Input environment is "prod": .*; its environments could not be listed\.$/,
    );
  });

  test('a token without deployments: read, or no valid token: what to change', async () => {
    const fake = await standIn(smallBackfillHistory(), { permissions: { deployments: false } });
    const attempt = readDeployments(reading(fake));
    await refused(attempt);
    await expect(attempt).rejects.toThrow(
      'The github-token cannot read the deployments of acme/shop (GitHub said "Resource not accessible by integration"): the job needs the permission deployments: read. Set it in the workflow, under the job (or the workflow): permissions: { deployments: read, contents: read }.',
    );
    await expect(readDeployments(reading(fake, { token: 'ghs_wrong' }))).rejects.toThrow(
      /^The github-token is not valid: GitHub answered HTTP 401 \(Bad credentials\) to the deployments of acme\/shop\.$/,
    );
    await expect(readDeployments(reading(fake, { repository: 'acme/other' }))).rejects.toThrow(
      'The github-token cannot read acme/other: GitHub says it has no repository by that name the token may see.',
    );
  });

  test('a malformed node is left out and counted, never thrown on', async () => {
    const fake = await standIn(smallBackfillHistory());
    fake.misbehave(() => ({
      alterBody: (body) => {
        const nodes = body.data.repository.deployments.nodes;
        nodes[0].commitOid = 'not-a-sha';
        nodes[1].environment = 'prod\nuction';
        nodes[2].createdAt = 'yesterday';
        nodes[8].databaseId = -1;
        return body;
      },
    }));
    const history = await readDeployments(reading(fake));
    expect((await all(history)).map((past) => past.objectId)).toEqual([3005]);
    expect(history.leftOut()).toEqual({
      unsuccessful: 4,
      malformed: 4,
      malformedExample: "deployment 3001's commitOid is not a commit SHA",
      beyondCap: 0,
    });
  });

  test('GraphQL on GitHub Enterprise Server: at /api/graphql beside /api/v3', async () => {
    const fake = await standIn(smallBackfillHistory(), { pathPrefix: '/api/v3' });
    expect(fake.url).toMatch(/\/api\/v3$/);
    expect(await all(await readDeployments(reading(fake)))).toHaveLength(4);
  });

  test('the run a log or target URL names, in this repository only', () => {
    const runs = [
      'https://github.com/acme/shop/actions/runs/2001/job/50001',
      'https://github.com/acme/shop/actions/runs/2001/attempts/3',
      'https://github.com/Acme/Shop/actions/runs/2001/attempt/2/',
      'https://ghe.example.com/acme/shop/actions/runs/2001?check_suite_focus=true',
      'https://github.com/acme/other/actions/runs/2001',
      'https://github.com/acme/shop/actions/runs/0',
      'https://github.com/acme/shop/actions/runs/2001/artifacts',
      'not a url',
    ].map((url) => runOf(url, 'acme/shop'));
    expect(runs).toEqual([
      { id: 2001 },
      { id: 2001, attempt: 3 },
      { id: 2001, attempt: 2 },
      { id: 2001 },
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('workflow runs (REST)', () => {
  test('each successful run: its successful attempt, from its start to its update', async () => {
    const history = smallBackfillHistory();
    const fake = await standIn(history);
    const read = await readWorkflowRuns(runsReading(fake));
    expect(read.repositoryId).toBe(4242);
    expect(read.workflow).toEqual({ id: 102, name: 'Deploy', path: '.github/workflows/deploy.yml' });
    const found = await all(read);
    expect(found).toEqual(
      successfulRuns(history, 102).map((run) => ({
        source: 'workflow-runs',
        objectId: run.id,
        attempt: run.runAttempt,
        startedAt: at(run.runStartedAt),
        finishedAt: at(run.completedAt),
        commitSha: run.headSha,
        run: { id: run.id, attempt: run.runAttempt },
        url: `https://github.com/acme/shop/actions/runs/${run.id}`,
      })),
    );
    // 2002 succeeded on its re-run; 2004's re-run failed, so GitHub does not list it as a success.
    expect(found.map((past) => [past.objectId, past.attempt])).toEqual([
      [2001, 1],
      [2002, 2],
      [2006, 1],
    ]);
    expect(fake.requests.map((r) => `${r.path} ${new URLSearchParams(r.query)}`)).toEqual([
      '/repos/acme/shop ',
      '/repos/acme/shop/actions/workflows/deploy.yml ',
      '/repos/acme/shop/actions/workflows/102/runs status=success&created=2025-03-01T00%3A00%3A00Z..2025-04-01T00%3A00%3A00Z&per_page=100',
    ]);
    expect(read.requests()).toBe(3);
  });

  test('with job: each successful job of that name or a matrix instance of it, in the successful attempt', async () => {
    const history = smallBackfillHistory();
    const fake = await standIn(history);
    const read = await readWorkflowRuns(runsReading(fake, { job: 'deploy' }));
    const found = await all(read);
    const attempts = (id: number) => history.runs.find((run) => run.id === id) as FakeWorkflowRun;
    const expected = successfulRuns(history, 102).flatMap((run) =>
      (attempts(run.id).attempts[run.runAttempt - 1]?.jobs ?? [])
        .filter((job) => job.name.startsWith('deploy ('))
        .map(
          (job): PastDeployment => ({
            source: 'workflow-runs',
            objectId: job.id,
            attempt: run.runAttempt,
            startedAt: at(job.startedAt),
            finishedAt: at(job.completedAt ?? ''),
            commitSha: run.headSha,
            run: { id: run.id, attempt: run.runAttempt },
            url: `https://github.com/acme/shop/actions/runs/${run.id}/job/${job.id}`,
          }),
        ),
    );
    expect(found).toEqual([...expected].sort(byFinish));
    expect(found).toHaveLength(6);
    expect(fake.requests.map((r) => r.path).slice(3)).toEqual([
      '/repos/acme/shop/actions/runs/2001/attempts/1/jobs',
      '/repos/acme/shop/actions/runs/2002/attempts/2/jobs',
      '/repos/acme/shop/actions/runs/2006/attempts/1/jobs',
    ]);

    // A name exactly; one no job has: every run counted, none found.
    for (const [job, count] of [
      ['build', 3],
      ['deploy (eu)', 3],
      ['deplo', 0],
    ] as const) {
      const one = await readWorkflowRuns(runsReading(fake, { job }));
      expect(await all(one)).toHaveLength(count);
      expect(one.leftOut().unsuccessful).toBe(count ? 0 : 3);
    }
  });

  test('a workflow not in the repository: the input named, and where the file must be', async () => {
    const fake = await standIn(smallBackfillHistory());
    const attempt = readWorkflowRuns(runsReading(fake, { workflow: 'deploy-prod.yml' }));
    await refused(attempt);
    await expect(attempt).rejects.toThrow(
      'Input workflow is "deploy-prod.yml": acme/shop has no such workflow; the file must be in .github/workflows of this repository (its file name, as deploy.yml, or its numeric id).',
    );
    // By its id, as GitHub takes it.
    expect(await all(await readWorkflowRuns(runsReading(fake, { workflow: '102' })))).toHaveLength(3);
  });

  test('a token without actions: read, or no valid token: what to change', async () => {
    const fake = await standIn(smallBackfillHistory(), { permissions: { actions: false } });
    await expect(readWorkflowRuns(runsReading(fake))).rejects.toThrow(
      'The github-token cannot read the workflows of acme/shop (GitHub said "Resource not accessible by integration"): the job needs the permission actions: read. Set it in the workflow, under the job (or the workflow): permissions: { actions: read, contents: read }.',
    );
    await expect(readWorkflowRuns(runsReading(fake, { token: 'ghs_wrong' }))).rejects.toThrow(
      /^The github-token is not valid: GitHub answered HTTP 401 \(Bad credentials\)/,
    );
  });

  test('over 1,000 runs: the range halved until each holds fewer, oldest first, every run once', async () => {
    const history = manyRuns(1_500);
    const fake = await standIn(history);
    const read = await readWorkflowRuns(runsReading(fake));
    const found = await all(read);
    expect(found.map((past) => past.objectId)).toEqual(successfulRuns(history, 102).map((run) => run.id));
    expect(new Set(found.map((past) => past.objectId)).size).toBe(1_500);
    // Some finish after one created later: the order is by finish all the same.
    const created = new Map(history.runs.map((run) => [run.id, Date.parse(run.createdAt)]));
    expect(
      found.some(
        (past, i) => i > 0 && (created.get(past.objectId) ?? 0) < (created.get(found[i - 1]?.objectId ?? 0) ?? 0),
      ),
    ).toBe(true);
    const listed = fake.requests
      .filter((r) => r.path.endsWith('/runs'))
      .map((r) => `${r.query.created} ${r.query.page ?? 1}`);
    expect(listed).toEqual([
      '2025-03-01T00:00:00Z..2025-04-01T00:00:00Z 1',
      '2025-03-01T00:00:00Z..2025-03-16T12:00:00Z 1',
      ...[2, 3, 4, 5, 6, 7, 8].map((page) => `2025-03-01T00:00:00Z..2025-03-16T12:00:00Z ${page}`),
      '2025-03-16T12:00:01Z..2025-04-01T00:00:00Z 1',
      ...[2, 3, 4, 5, 6, 7, 8].map((page) => `2025-03-16T12:00:01Z..2025-04-01T00:00:00Z ${page}`),
    ]);
    expect(read.leftOut()).toEqual({ unsuccessful: 0, malformed: 0, beyondCap: 0 });
  });

  test('over 1,000 runs created within one second: the 1,000 GitHub lists, the rest counted', async () => {
    const history = manyRuns(1_003, 0);
    const fake = await standIn(history);
    const second = at('2025-03-01T00:00:00Z');
    const read = await readWorkflowRuns(runsReading(fake, { since: second, until: second }));
    expect(await all(read)).toHaveLength(1_000);
    expect(read.leftOut().beyondCap).toBe(3);
    expect(fake.requests.filter((r) => r.path.endsWith('/runs'))).toHaveLength(10);
  });

  test('a Link header that is not GitHub’s stops the reading as GitHub’s failure', async () => {
    const fake = await standIn(manyRuns(150));
    fake.misbehave((request) =>
      request.path.endsWith('/runs')
        ? {
            status: 200,
            headers: { 'content-type': 'application/json', link: '<https://evil.example/runs?page=9>; rel="last"' },
            body: { total_count: 150, workflow_runs: [] },
          }
        : undefined,
    );
    const read = await readWorkflowRuns(runsReading(fake));
    expect(await all(read)).toEqual([]);
    expect(read.stopped()).toEqual({
      message: expect.stringMatching(
        /^127\.0\.0\.1:\d+ answered HTTP 200 with application\/json and .*, which is not GitHub's answer \(its Link header's last page 9 does not fit its 150 runs\), to the runs of "deploy\.yml" created 2025-03-01T00:00:00Z\.\.2025-04-01T00:00:00Z$/,
      ),
      failed: true,
    });
  });

  test('a malformed run is left out and counted', async () => {
    const fake = await standIn(smallBackfillHistory());
    fake.misbehave((request) =>
      request.path.endsWith('/runs')
        ? {
            alterBody: (body) => {
              body.workflow_runs[0].head_sha = 'HEAD';
              body.workflow_runs[1].updated_at = '2025-03-04T25:00:00Z';
              return body;
            },
          }
        : undefined,
    );
    const read = await readWorkflowRuns(runsReading(fake));
    expect((await all(read)).map((past) => past.objectId)).toEqual([2001]);
    expect(read.leftOut()).toMatchObject({ malformed: 2, malformedExample: "run 2006's head_sha is not a commit SHA" });
  });
});

describe('budgets and rate limits: the reading stops, says why and how far it read', () => {
  test("never past the token's reserve", async () => {
    const fake = await standIn(smallBackfillHistory(), { rateLimits: { core: { limit: 1000, remaining: 103 } } });
    const read = await readWorkflowRuns(runsReading(fake, { job: 'deploy' }));
    const found = await all(read);
    expect(found).toEqual([]);
    expect(read.stopped()).toEqual({
      message: "stopped to spare the GitHub token's rate limit: 100 of its 1000 requests an hour were left",
      failed: false,
    });
    expect(fake.requests).toHaveLength(3);
    expect(fake.rateLimits().core.remaining).toBe(100);
  });

  test('at most the requests the caller gives; what finished by the last creation read is yielded', async () => {
    const history = createBackfillHistory({ deployments: 450, from: '2025-03-01', to: '2025-03-31', seed: 3 });
    const fake = await standIn(history);
    const read = await readDeployments(reading(fake, { maxRequests: 2 }));
    const found = await all(read);
    const created = [...history.deployments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    const through = at(created[199]?.createdAt ?? '');
    expect(read.stopped()).toEqual({
      message: "stopped to spare the GitHub token's rate limit: a backfill makes at most 2 requests",
      failed: false,
      readThrough: through,
    });
    expect(found.map((past) => past.objectId)).toEqual(
      successfulDeployments(history)
        .filter((d) => at(d.succeededAt) <= through)
        .map((d) => d.databaseId),
    );
    expect(read.requests()).toBe(2);
    expect(fake.requests).toHaveLength(2);
  });

  test("GitHub's rate limit reached mid-way (REST): GitHub's failure, until its reset", async () => {
    const fake = await standIn(manyRuns(250));
    let count = 0;
    fake.misbehave(() => {
      if (++count === 5) fake.exhaustRateLimit('core');
      return undefined;
    });
    const read = await readWorkflowRuns(runsReading(fake));
    expect(await all(read)).toEqual([]);
    expect(read.stopped()).toEqual({
      message: expect.stringMatching(
        /^GitHub's rate limit for the token was reached \(HTTP 403 from 127\.0\.0\.1:\d+\) until \d\d:\d\d UTC$/,
      ),
      failed: true,
    });
  });

  test('a secondary rate limit (429, retry-after) stops it too, and nothing is retried', async () => {
    const fake = await standIn(smallBackfillHistory());
    let jobs = 0;
    fake.misbehave((request) =>
      request.path.includes('/jobs') && ++jobs === 2
        ? { secondaryRateLimit: { status: 429, retryAfter: 60 } }
        : undefined,
    );
    const read = await readWorkflowRuns(runsReading(fake, { job: 'deploy' }));
    expect(await all(read)).toEqual([]);
    expect(read.stopped()).toMatchObject({
      message: expect.stringMatching(
        /^GitHub's rate limit for the token was reached \(HTTP 429 from 127\.0\.0\.1:\d+\)/,
      ),
      failed: true,
      // Run 2001 was read, its jobs are held: both finished after it was created.
      readThrough: at('2025-03-03T10:00:00Z'),
    });
    expect(fake.requests.filter((r) => r.path.includes('/jobs'))).toHaveLength(2);
  });

  test("GitHub's GraphQL rate limit, either way it says it: through the last page read", async () => {
    for (const type of ['RATE_LIMITED', 'RATE_LIMIT'] as const) {
      const history = createBackfillHistory({ deployments: 250, from: '2025-03-01', to: '2025-03-31', seed: 5 });
      const fake = await standIn(history, { graphqlRateLimitType: type });
      let count = 0;
      fake.misbehave(() => {
        if (++count === 2) fake.exhaustRateLimit('graphql');
        return undefined;
      });
      const read = await readDeployments(reading(fake));
      const found = await all(read);
      const created = [...history.deployments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
      expect(read.stopped()).toEqual({
        message: expect.stringMatching(
          new RegExp(
            `^GitHub's rate limit for the token was reached \\(${type} from 127\\.0\\.0\\.1:\\d+\\) until \\d\\d:\\d\\d UTC$`,
          ),
        ),
        failed: true,
        readThrough: at(created[99]?.createdAt ?? ''),
      });
      expect(found.length).toBeGreaterThan(0);
      await fake.close();
      github = undefined;
    }
  });

  test('GitHub out of reach, or failing, at the start: a Stop thrown, not an input error', async () => {
    const fake = await standIn(smallBackfillHistory());
    fake.misbehave(() => ({ status: 502, text: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } }));
    await expect(readDeployments(reading(fake))).rejects.toThrow(
      /^127\.0\.0\.1:\d+ answered HTTP 502 with text\/html and "<html>Bad gateway<\/html>" to the deployments of acme\/shop$/,
    );
    const url = fake.url;
    await fake.close();
    github = undefined;
    await expect(readWorkflowRuns({ ...runsReading(fake), apiUrl: url })).rejects.toThrow(
      `GitHub's API at ${url} could not be reached`,
    );
  });
});

/** `count` successful runs of Deploy created through March, every `spacing` seconds; every third one lasts 90 minutes. */
function manyRuns(count: number, spacing = Math.floor((31 * 86_400) / count)): BackfillHistory {
  const history = smallBackfillHistory();
  const start = Date.parse('2025-03-01T00:00:00Z');
  const time = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  history.runs = Array.from({ length: count }, (_, i): FakeWorkflowRun => {
    const created = start + i * spacing * 1000;
    const minutes = i % 3 === 0 ? 90 : 5;
    return {
      id: 10_000 + i,
      workflowId: 102,
      headSha: (i % 2 ? SMALL_SHA.a : SMALL_SHA.b) as string,
      createdAt: time(created),
      attempts: [
        {
          startedAt: time(created + 1000),
          updatedAt: time(created + minutes * 60_000),
          conclusion: 'success',
          jobs: [],
        },
      ],
    };
  });
  return history;
}
