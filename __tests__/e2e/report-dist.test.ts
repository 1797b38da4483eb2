// The report and the export from the committed dist/, each step a node process of its own as the
// runner runs it: once each, with the exit codes the runner reads and the commands it reads from
// stdout, and the report's figures on the Node 20 some runners fall back to. What they do in every
// case is tested in-process (__tests__/job/report*.test.ts, __tests__/job/export.test.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import {
  API_KEY,
  APP_KEY,
  type DeploymentAttributes,
  type FailureAttributes,
  type FakeDatadog,
} from '../../scripts/local/fake-datadog.ts';
import { createGitHistory } from '../../scripts/local/git-history.ts';
import { NODE20_ENV } from '../../scripts/local/node20.ts';
import { createReportHistory, seedReportHistory } from '../../scripts/local/report-history.ts';
import { type JobOptions, type JobRun, RUNNER_GITHUB_TOKEN, readable, runJob } from '../../scripts/local/runner.ts';
import { weekStart } from '../../src/pipeline/weeks.ts';
import { BEFORE_RETIREMENT } from '../clock.ts';
import { tracked } from '../secrets.ts';
import { standInForEachTest } from '../stand-in.ts';

const HOUR = 3_600_000;
const WEEK = 168 * HOUR;
// The jobs run on the stand-in's day, before DORA incidents retire.
const clock = BEFORE_RETIREMENT;

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));

// Every file of these jobs (checkouts, RUNNER_TEMP kept past a job to read its files) lands here.
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'report-dist-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const job = (options: JobOptions): Promise<JobRun> =>
  runJob({
    clock,
    ...options,
    inputs: { 'api-url': datadog.url, ...options.inputs },
    env: {
      DD_API_KEY: API_KEY,
      DD_APP_KEY: APP_KEY,
      RUNNER_TEMP: mkdtempSync(join(root, 'runner-temp-')),
      ...options.env,
    },
  }).then(tracked);

const exitCodes = (run: JobRun) => run.steps.map((s) => [s.step, s.exitCode]);
// A crash prints V8's frames; the action's own messages never do.
const stackTraces = (run: JobRun) => run.steps.flatMap((s) => s.raw.match(/^\s+at .*$/gm) ?? []);
const onlyListsAsked = () =>
  datadog.requests
    .map((r) => `${r.method} ${r.path}`)
    .filter((r) => !/^POST \/api\/v2\/dora\/(deployments|failures)$/.test(r));

test('report: a full report from git; a breached gate exits main 1 with an error command, and post does not run; within every threshold, each step exits 0', async () => {
  // The history of job/report.test.ts, whose figures are known by hand: 8 deployments in the 4 weeks
  // before this one; d3 and e2 failed (2 h and 3 h to recover); a change failure rate of 25%.
  const W = Array.from({ length: 4 }, (_, i) => weekStart(clock).getTime() - (4 - i) * WEEK);
  const at = (week: number, hours: number) => W[week]! + hours * HOUR;
  const repo = join(root, 'shop');
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
  const sha = Object.fromEntries(planned.map((commit, i) => [commit.name, shas[i]!]));
  const deployment = (id: string, service: string, finishedAt: number, fields: { commit?: string; tags?: string[] }) =>
    datadog.deployments.set(id, {
      id,
      attributes: {
        id,
        service,
        env: 'production',
        started_at: finishedAt - 10 * 60_000,
        finished_at: finishedAt,
        ...(fields.commit
          ? { git: { commit_sha: sha[fields.commit], repository_url: 'https://github.com/acme/shop' } }
          : { version: id }),
        ...(fields.tags ? { custom_tags: fields.tags } : {}),
      },
    });
  deployment('shop-d0', 'shop', at(0, -72), { commit: 'c0' });
  deployment('shop-d1', 'shop', at(0, 40), { commit: 'c2' });
  deployment('shop-d2', 'shop', at(1, 40), { commit: 'c4' });
  deployment('shop-d3', 'shop', at(2, 40), { commit: 'c5' });
  deployment('shop-d4', 'shop', at(2, 42), { commit: 'c4' });
  deployment('shop-d5', 'shop', at(3, 40), { commit: 'c6' });
  deployment('cart-e1', 'cart', at(1, 50), {});
  deployment('cart-e2', 'cart', at(3, 20), {});
  deployment('cart-e3', 'cart', at(3, 23), {
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
  const report = (thresholds: Record<string, string>) =>
    job({
      workspace: repo,
      inputs: { event: 'report', service: 'shop, cart', env: 'production', weeks: '4', ...thresholds },
      env: { GITHUB_REPOSITORY: 'acme/shop' },
    });

  const breached = await report({ 'max-change-failure-rate': '20%' });
  // A step that failed fails the job: post, which runs only after success, does not run.
  expect(exitCodes(breached)).toEqual([
    ['pre', 0],
    ['main', 1],
  ]);
  expect(breached.step('main')?.outputs.gate).toBe('breach');
  // The runner reads the error command from stdout, its % escaped, and shows the message.
  expect(breached.step('main')?.raw).toMatch(/^::error::Release gate breached: change failure rate is 25\.00%25: /m);
  expect(breached.step('main')?.log).toContain(
    'Error: Release gate breached: change failure rate is 25.00%: breaches max-change-failure-rate 20.00%; worst: cart in production at 33.33%.',
  );

  const passed = await report({
    'max-change-failure-rate': '25',
    'max-recovery-time': '3h',
    'max-change-lead-time': '1d',
    'min-deployments-per-week': '2',
  });
  expect(exitCodes(passed)).toEqual([
    ['pre', 0],
    ['main', 0],
    ['post', 0],
  ]);
  const main = passed.step('main')!;
  expect(main.outputs).toMatchObject({
    gate: 'pass',
    deployments: '8',
    'deployments-per-week': '2.00',
    'change-failure-rate': '25.00',
    'rework-rate': '25.00',
    'change-lead-time-seconds': String(20 * 3600),
    'recovery-time-seconds': String(2.5 * 3600),
    'time-to-restore-seconds': '1800',
    incidents: '2',
  });
  expect(main.raw).not.toMatch(/^::(warning|error)/m);
  const text = readFileSync(main.outputs['report-json']!, 'utf8');
  const json = JSON.parse(text) as {
    schemaVersion: number;
    groups: { service: string; window: { deployments: number } }[];
    changeFailures: { deploymentId: string; foundBy: string; remediationId: string }[];
  };
  expect(json.schemaVersion).toBe(1);
  expect(json.groups.map((g) => [g.service, g.window.deployments])).toEqual([
    ['cart', 3],
    ['shop', 5],
  ]);
  expect(json.changeFailures.map((f) => [f.deploymentId, f.foundBy, f.remediationId])).toEqual([
    ['cart-e2', 'tag', 'cart-e3'],
    ['shop-d3', 'rollback', 'shop-d4'],
  ]);
  expect(readable(main.summary)).toContain('**Gate: ✅ pass: every gated figure is within its threshold.**');
  expect(onlyListsAsked()).toEqual([]);
  for (const secret of [API_KEY, APP_KEY, RUNNER_GITHUB_TOKEN]) expect(text).not.toContain(secret);
  expect([...stackTraces(breached), ...stackTraces(passed)]).toEqual([]);
});

test('report on Node 20: over thousands of deployments, the same figures as on this Node', async () => {
  const node20 = process.env[NODE20_ENV];
  if (!node20)
    throw new Error(`${NODE20_ENV} is not set: run the tests with npm test, whose Jest globalSetup installs Node 20.`);
  // The bench's history (five services, twelve weeks), a day before DORA incidents retire.
  const history = await createReportHistory(join(root, 'repository'), {
    now: clock,
    weeks: 12,
    services: 5,
    deploymentsPerWeek: 70,
    incidentsPerWeek: 5.8,
  });
  seedReportHistory(datadog, history);
  const report = (node?: string) =>
    job({
      ...(node ? { node } : {}),
      workspace: history.directory,
      inputs: { event: 'report', service: '*', 'max-change-failure-rate': '50' },
    });
  // Two processes of their own: they run side by side.
  const [here, onNode20] = await Promise.all([report(), report(node20)]);
  const { 'report-json': _path, ...figures } = onNode20.step('main')!.outputs;
  const { 'report-json': _expectedPath, ...expected } = here.step('main')!.outputs;
  expect(Number(expected.deployments)).toBeGreaterThan(3500);
  expect(expected.gate).toBe('pass');
  expect([exitCodes(onNode20), figures]).toEqual([exitCodes(here), expected]);
  expect(exitCodes(onNode20).map(([, code]) => code)).toEqual([0, 0, 0]);
  expect([...stackTraces(here), ...stackTraces(onNode20)]).toEqual([]);
}, 60_000);

test('export: every event Datadog holds, once, one a line, over pages that end inside shared instants; each step exits 0', async () => {
  // Over the 150 days before the job, three deployments at each instant: pages of 1000 end inside instants.
  const start = clock.getTime() - 150 * 24 * HOUR;
  const deployments: DeploymentAttributes[] = Array.from({ length: 2500 }, (_, i) => ({
    id: `deploy-${String(i).padStart(8, '0')}`,
    service: i % 2 ? 'shop' : 'cart',
    env: 'production',
    started_at: start + Math.floor(i / 3) * 4 * HOUR,
    finished_at: start + Math.floor(i / 3) * 4 * HOUR + 600_000,
  }));
  const failures: FailureAttributes[] = Array.from({ length: 1200 }, (_, i) => ({
    id: `failure-${String(i).padStart(8, '0')}`,
    services: ['shop'],
    ...(i % 5 ? { env: 'production' } : {}),
    name: `incident ${i}`,
    started_at: start + i * 2 * HOUR + 1,
  }));
  datadog.seed({ deployments, failures });
  const runnerTemp = mkdtempSync(join(root, 'runner-temp-'));
  const run = await job({ inputs: { event: 'export', since: '180d' }, env: { RUNNER_TEMP: runnerTemp } });
  expect(exitCodes(run)).toEqual([
    ['pre', 0],
    ['main', 0],
    ['post', 0],
  ]);
  const main = run.step('main')!;
  expect(main.raw).not.toMatch(/^::(warning|error)/m);
  expect(main.outputs).toMatchObject({ deployments: '2500', failures: '1200' });
  for (const [name, seeded] of [
    ['deployments', deployments],
    ['failures', failures],
  ] as const) {
    const path = main.outputs[`${name}-file`]!;
    expect(path.startsWith(join(runnerTemp, 'datadog-dora-export-'))).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const ids = text
      .slice(0, -1)
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids.toSorted()).toEqual(seeded.map((event) => event.id));
  }
  expect(new Set(datadog.requests.map((r) => `${r.method} ${r.path}`))).toEqual(
    new Set(['POST /api/v2/dora/deployments', 'POST /api/v2/dora/failures']),
  );
  expect(readable(main.summary)).toContain('| **Total** | **2500** | **1200** |');
  expect(stackTraces(run)).toEqual([]);
});
