// event report: each step run in this process as the runner runs it (__tests__/job.ts), against the
// stand-ins for Datadog and GitHub's API, over a history whose figures are known by hand, with its
// commits in a real git repository. The same report from the committed dist/: e2e/report-dist.test.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { type FakeGitHub, GITHUB_TOKEN, startFakeGitHub } from '../../scripts/local/fake-github.ts';
import { createGitHistory } from '../../scripts/local/git-history.ts';
import { type JobRun, RUNNER_GITHUB_TOKEN } from '../../scripts/local/runner.ts';
import { weekStart } from '../../src/pipeline/weeks.ts';
import { BEFORE_RETIREMENT } from '../clock.ts';
import { type InProcessJobOptions, runJobInProcess } from '../job.ts';
import { tracked } from '../secrets.ts';
import { standInForEachTest } from '../stand-in.ts';

const HOUR = 3_600_000;
const WEEK = 168 * HOUR;
// The jobs run on the stand-in's day, before DORA incidents retire: the DORA failure list is the
// only source of incidents (report-incidents.test.ts has the days after).
const clock = BEFORE_RETIREMENT;
// The window of `weeks: 4`: the four complete weeks before this one. Every event sits mid-week.
const W = Array.from({ length: 4 }, (_, i) => weekStart(clock).getTime() - (4 - i) * WEEK);
const at = (week: number, hours: number) => W[week]! + hours * HOUR;

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));

let root: string;
let repo: string;
let sha: Record<string, string>;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'report-e2e-'));
  repo = join(root, 'shop');
  const planned = [
    { name: 'c0', message: 'Start', authoredAt: new Date(at(0, -96)) },
    { name: 'c1', message: 'Add the cart', authoredAt: new Date(at(0, 20)) },
    { name: 'c2', message: 'Fix the cart', authoredAt: new Date(at(0, 30)) },
    { name: 'b1', message: 'Feature on a branch', authoredAt: new Date(at(1, 0)), parents: [2], branch: 'feature' },
    { name: 'm1', message: 'Merge the feature', authoredAt: new Date(at(1, 20)), parents: [2, 3] },
    { name: 'c4', message: 'Speed up checkout', authoredAt: new Date(at(1, 30)) },
    { name: 'c5', message: 'A change that fails', authoredAt: new Date(at(2, 20)) },
    { name: 'c6', message: 'A later change', authoredAt: new Date(at(3, 36)) },
  ];
  const shas = await createGitHistory(repo, planned, { origin: 'https://github.com/acme/shop.git' });
  sha = Object.fromEntries(planned.map((commit, i) => [commit.name, shas[i]!]));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The history: shop rolls back by Datadog's rule, cart's fix is tagged; incidents beside them. */
function seed(): void {
  const deployment = (
    id: string,
    service: string,
    finishedAt: number,
    fields: { commit?: string; version?: string; tags?: string[] },
  ) =>
    datadog.deployments.set(id, {
      id,
      attributes: {
        id,
        service,
        env: 'production',
        started_at: finishedAt - 10 * 60_000,
        finished_at: finishedAt,
        ...(fields.version ? { version: fields.version } : {}),
        ...(fields.commit
          ? { git: { commit_sha: sha[fields.commit], repository_url: 'https://github.com/acme/shop' } }
          : {}),
        ...(fields.tags ? { custom_tags: fields.tags } : {}),
      },
    });
  // Before the window: the look-back gives d1 its previous deployment.
  deployment('shop-d0', 'shop', at(0, -72), { commit: 'c0' });
  deployment('shop-d1', 'shop', at(0, 40), { commit: 'c2' });
  deployment('shop-d2', 'shop', at(1, 40), { commit: 'c4' });
  deployment('shop-d3', 'shop', at(2, 40), { commit: 'c5' });
  // Back to c4: a rollback by Datadog's rule, so d3 failed; recovered in 2 h.
  deployment('shop-d4', 'shop', at(2, 42), { commit: 'c4' });
  deployment('shop-d5', 'shop', at(3, 40), { commit: 'c6' });
  deployment('cart-e1', 'cart', at(1, 50), { version: 'v1' });
  deployment('cart-e2', 'cart', at(3, 20), { version: 'v2' });
  // A roll-forward sent with remediates: the tags the action adds; recovered in 3 h.
  deployment('cart-e3', 'cart', at(3, 23), {
    version: 'v3',
    tags: ['dora.remediates:cart-e2', 'dora.remediation:rollforward', 'github.job:deploy'],
  });
  const failure = (id: string, services: string[], env: string | undefined, startedAt: number, finishedAt?: number) =>
    datadog.failures.set(id, {
      id,
      attributes: {
        id,
        services,
        ...(env ? { env } : {}),
        name: `incident ${id}`,
        started_at: startedAt,
        ...(finishedAt ? { finished_at: finishedAt } : {}),
      },
    });
  failure('inc-restored', ['shop'], 'production', at(2, 41), at(2, 41.5));
  failure('inc-open', ['cart'], undefined, at(3, 50));
  failure('inc-before', ['shop'], 'production', at(0, -48), at(0, -47));
}

const report = (options: InProcessJobOptions = {}): Promise<JobRun> =>
  runJobInProcess({
    clock,
    ...options,
    skipPre: false,
    inputs: {
      event: 'report',
      'api-url': datadog.url,
      service: 'shop, cart',
      env: 'production',
      weeks: '4',
      ...options.inputs,
    },
    env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, GITHUB_REPOSITORY: 'acme/shop', ...options.env },
  }).then(tracked);

/** By hand: 8 deployments in 4 weeks; d3 and e2 failed (2 h and 3 h to recover); d4 and e3 remediate. */
const EXPECTED_OUTPUTS = {
  deployments: '8',
  'deployments-per-week': '2.00',
  'change-failure-rate': '25.00',
  'rework-rate': '25.00',
  // Per commit, in hours: d1 20, 10; d2 40 (b1; the merge m1 left out), 10; d3 20; d5 188, 4. Median: 20 h.
  'change-lead-time-seconds': String(20 * 3600),
  'recovery-time-seconds': String(2.5 * 3600),
  'time-to-restore-seconds': '1800',
  incidents: '2',
};

describe('the report, from git in a full checkout', () => {
  test('every output is exact, the JSON file holds each service, and nothing is written anywhere', async () => {
    seed();
    const temp = mkdtempSync(join(root, 'runner-temp-'));
    const run = await report({ workspace: repo, env: { RUNNER_TEMP: temp } });
    const main = run.step('main')!;
    expect(run.steps.map((s) => [s.step, s.exitCode])).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    expect(main.outputs).toMatchObject({ ...EXPECTED_OUTPUTS, gate: 'off' });
    expect(main.log).not.toMatch(/^Warning/m);

    const json = JSON.parse(readFileSync(main.outputs['report-json']!, 'utf8')) as {
      schemaVersion: number;
      groups: { service: string; env: string; window: Record<string, number | null> }[];
      changeFailures: { deploymentId: string; foundBy: string; remediationId: string; recoverySeconds: number }[];
    };
    expect(json.schemaVersion).toBe(1);
    expect(
      json.groups.map((g) => [
        g.service,
        g.env,
        g.window.deployments,
        g.window.changeFailureRate,
        g.window.reworkRate,
        g.window.changeLeadTimeSeconds,
        g.window.changeLeadTimePerDeploymentSeconds,
        g.window.recoveryTimeSeconds,
        g.window.incidents,
      ]),
    ).toEqual([
      ['cart', 'production', 3, (1 / 3) * 100, (1 / 3) * 100, null, null, 3 * 3600, 1],
      // Per deployment, the average: d1 15 h, d2 25 h, d3 20 h, d5 96 h; the median, 22.5 h.
      ['shop', 'production', 5, 20, 20, 20 * 3600, 22.5 * 3600, 2 * 3600, 1],
    ]);
    expect(json.changeFailures.map((f) => [f.deploymentId, f.foundBy, f.remediationId, f.recoverySeconds])).toEqual([
      ['cart-e2', 'tag', 'cart-e3', 3 * 3600],
      ['shop-d3', 'rollback', 'shop-d4', 2 * 3600],
    ]);

    expect(
      datadog.requests
        .map((r) => `${r.method} ${r.path}`)
        .filter((r) => !/^POST \/api\/v2\/dora\/(deployments|failures)$/.test(r)),
    ).toEqual([]);
    const everything = `${run.everything()}${readFileSync(main.outputs['report-json']!, 'utf8')}`;
    for (const secret of [API_KEY, APP_KEY, RUNNER_GITHUB_TOKEN]) expect(everything).not.toContain(secret);
  });
});

describe('a rollback the action sent with remediates', () => {
  test('is found by its tags, with its recovery time, though Datadog’s answers carry no mark', async () => {
    const finishedAt = at(3, 30);
    datadog.deployments.set('shop-failed-0123456789', {
      id: 'shop-failed-0123456789',
      attributes: {
        id: 'shop-failed-0123456789',
        service: 'shop',
        env: 'production',
        version: 'v2',
        started_at: finishedAt - 600_000,
        finished_at: finishedAt,
      },
    });
    // The rollback, sent by the action as a deploy job would, 90 minutes after the failed deployment.
    const rollback = await runJobInProcess({
      clock,
      inputs: {
        'api-url': datadog.url,
        service: 'shop',
        env: 'production',
        version: 'v1',
        remediates: 'shop-failed-0123456789',
        'started-at': new Date(finishedAt + 80 * 60_000).toISOString(),
        'finished-at': new Date(finishedAt + 90 * 60_000).toISOString(),
      },
      env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY },
    }).then(tracked);
    expect(rollback.steps.map((s) => s.exitCode)).toEqual([0, 0, 0]);
    const sent = datadog.requests.find((r) => r.path === '/api/v2/dora/deployment')?.body as {
      data: { attributes: { custom_tags: string[] } };
    };
    expect(sent.data.attributes.custom_tags).toEqual(
      expect.arrayContaining(['dora.remediates:shop-failed-0123456789', 'dora.remediation:rollback']),
    );

    const main = (
      await report({ inputs: { service: 'shop' }, env: { RUNNER_TEMP: mkdtempSync(join(root, 'runner-temp-')) } })
    ).step('main')!;
    expect(main.outputs).toMatchObject({
      deployments: '2',
      'change-failure-rate': '50.00',
      'rework-rate': '50.00',
      'recovery-time-seconds': String(90 * 60),
    });
    const json = JSON.parse(readFileSync(main.outputs['report-json']!, 'utf8')) as {
      changeFailures: { deploymentId: string; foundBy: string; remediationType: string }[];
    };
    expect(json.changeFailures).toEqual([
      expect.objectContaining({ deploymentId: 'shop-failed-0123456789', foundBy: 'tag', remediationType: 'rollback' }),
    ]);
  });
});

describe('the report, from GitHub’s compare API without a checkout', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub({ repositories: { 'acme/shop': repo } });
  });
  afterAll(() => github.close());

  test('gives the same lead time as git, asking each pair of commits once, reading only', async () => {
    seed();
    const run = await report({ inputs: { 'github-token': GITHUB_TOKEN }, env: { GITHUB_API_URL: github.url } });
    expect(run.step('main')?.outputs).toMatchObject(EXPECTED_OUTPUTS);
    const asked = github.requests.map((r) => `${r.method} ${r.path}`);
    expect(asked.every((r) => r.startsWith('GET /repos/acme/shop/compare/'))).toBe(true);
    expect(new Set(asked).size).toBe(asked.length);
    // d1, d2, d3, d4 (the rollback: no commit new to it) and d5.
    expect(asked).toHaveLength(5);
    expect(run.everything()).not.toContain(GITHUB_TOKEN);
  });

  test('GitHub out of reach: no lead time and a warning; a failure only with fail-on-error', async () => {
    seed();
    const closed = await startFakeGitHub({ repositories: {} });
    await closed.close();
    const env = { GITHUB_API_URL: closed.url };
    const quiet = await report({ inputs: { 'github-token': GITHUB_TOKEN }, env });
    expect([
      quiet.step('main')?.exitCode,
      quiet.step('main')?.outputs['change-lead-time-seconds'],
      quiet.step('main')?.outputs.deployments,
    ]).toEqual([0, '', '8']);
    expect(quiet.step('main')?.log).toMatch(
      /^Warning: Lead time is partial: GitHub's API at http:\/\/127\.0\.0\.1:\d+ could not be reached; 5 of 5 commit ranges were not read\. The job keeps its result \(fail-on-error is false\)\.$/m,
    );
    const strict = await report({ inputs: { 'github-token': GITHUB_TOKEN, 'fail-on-error': 'true' }, env });
    expect(strict.step('main')?.exitCode).toBe(1);
    expect(strict.step('main')?.outputs.deployments).toBe('8');
  });

  test.each([
    [
      'HTTP 500',
      { status: 500, body: { message: 'Server Error' } },
      'answered HTTP 500 with application/json; charset=utf-8 and "{"message":"Server Error"}"',
    ],
    [
      'an HTML page with HTTP 200',
      { status: 200, text: '<!DOCTYPE html><title>Sign in</title>', headers: { 'content-type': 'text/html' } },
      `answered HTTP 200 with text/html and "<!DOCTYPE html><title>Sign in</title>", which is not GitHub's answer (not JSON),`,
    ],
  ])(
    'GitHub’s compare answering %s: a warning naming its answer; with fail-on-error, the step fails with it',
    async (_name, misbehaviour, came) => {
      seed();
      github.misbehave(() => misbehaviour);
      try {
        const env = { GITHUB_API_URL: github.url };
        const said = `Lead time is partial: ${new URL(github.url).host} ${came} to the compare of github.com/acme/shop ${sha.c0!.slice(0, 12)}...${sha.c2!.slice(0, 12)} (the first of 3 failures); GitHub failed 3 times in a row, so no more was asked; 5 of 5 commit ranges were not read.`;
        const quiet = (await report({ inputs: { 'github-token': GITHUB_TOKEN }, env })).step('main')!;
        expect([quiet.exitCode, quiet.outputs['change-lead-time-seconds'], quiet.outputs.deployments]).toEqual([
          0,
          '',
          '8',
        ]);
        expect(quiet.log).toContain(`Warning: ${said} The job keeps its result (fail-on-error is false).`);
        const strict = (await report({ inputs: { 'github-token': GITHUB_TOKEN, 'fail-on-error': 'true' }, env })).step(
          'main',
        )!;
        expect([strict.exitCode, strict.outputs.deployments]).toEqual([1, '8']);
        expect(strict.log).toContain(`Error: ${said}`);
      } finally {
        github.misbehave(undefined);
      }
    },
  );

  test('a token that cannot read the repository gives no lead time, never a zero, and says why', async () => {
    seed();
    const run = await report({
      inputs: { 'github-token': 'ghs_SomeoneElsesToken00000000000000000000' },
      env: { GITHUB_API_URL: github.url },
    });
    const main = run.step('main')!;
    expect(main.exitCode).toBe(0);
    expect(main.outputs).toMatchObject({ ...EXPECTED_OUTPUTS, 'change-lead-time-seconds': '' });
    expect(main.log).toMatch(/^Warning: .*(cannot read|token)/m);
  });
});

describe('inputs', () => {
  test.each([
    ['a token too long', 'g'.repeat(501), 'Input github-token is 501 characters long: at most 500 are accepted.'],
    [
      'a token with a space',
      'ghs_abc def',
      'Input github-token holds spaces or characters no GitHub token has (its value is not shown).',
    ],
  ])('%s fails main naming github-token, without its value, before anything is read', async (_name, token, message) => {
    const main = (await report({ inputs: { 'github-token': token } })).step('main')!;
    expect(main.exitCode).toBe(1);
    expect(main.log).toContain(`Error: ${message}`);
    expect(main.log).not.toContain(token.slice(4));
    expect(datadog.requests).toEqual([]);
  });

  test('without an application key, main fails saying what it is for', async () => {
    const main = (await report({ env: { DD_APP_KEY: '' } })).step('main')!;
    expect(main.exitCode).toBe(1);
    expect(main.log).toMatch(
      /^Error: Input app-key is required for event report: reading events needs an application key \(dora_metrics_read\)/m,
    );
  });
});

describe('the gate', () => {
  test('a breach fails the step, naming the metric, its value, the threshold and the worst service and env', async () => {
    seed();
    const run = await report({ workspace: repo, inputs: { 'max-change-failure-rate': '20%' } });
    const main = run.step('main')!;
    expect([main.exitCode, main.outputs.gate]).toEqual([1, 'breach']);
    expect(main.log).toContain(
      'Error: Release gate breached: change failure rate is 25.00%: breaches max-change-failure-rate 20.00%; worst: cart in production at 33.33%.',
    );
  });

  test('passes within every threshold', async () => {
    seed();
    const run = await report({
      workspace: repo,
      inputs: {
        'max-change-failure-rate': '25',
        'max-recovery-time': '3h',
        'max-change-lead-time': '1d',
        'min-deployments-per-week': '2',
      },
    });
    expect([run.step('main')?.exitCode, run.step('main')?.outputs.gate]).toEqual([0, 'pass']);
  });

  test('no data is a warning, never a failure, without fail-on-error', async () => {
    seed();
    // No checkout, no API: lead time has no data.
    const run = await report({ inputs: { 'max-change-lead-time': '1d', 'github-token': '' } });
    const main = run.step('main')!;
    expect([main.exitCode, main.outputs.gate]).toEqual([0, 'no-data']);
    expect(main.log).toMatch(/^Warning: Release gate: a gated metric has no data/m);
  });

  test('Datadog refusing to answer: every figure empty, a warning; a failure only with fail-on-error', async () => {
    const refusal = { status: 403, body: { errors: ['Forbidden'] } };
    datadog.misbehaveOn('/api/v2/dora/deployments', refusal, refusal);
    const quiet = await report({ inputs: { 'min-deployments-per-week': '1' } });
    const main = quiet.step('main')!;
    expect([main.exitCode, main.outputs.gate, main.outputs.deployments, main.outputs['change-failure-rate']]).toEqual([
      0,
      'no-data',
      '',
      '',
    ]);
    expect(main.log).toMatch(/^Warning: .*403/m);
    expect(main.summary).toContain('DORA report not made');
    const strict = await report({ inputs: { 'fail-on-error': 'true' } });
    expect(strict.step('main')?.exitCode).toBe(1);
  });
});
