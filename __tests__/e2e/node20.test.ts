// On 32-bit ARM Linux the runner runs node24 actions on its own Node 20: the committed dist/ must
// work there too. Jest's globalSetup (scripts/local/setup.ts) installs that Node once.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { smallBackfillHistory } from '../../scripts/local/backfill-history.ts';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { GITHUB_TOKEN, startFakeGitHub } from '../../scripts/local/fake-github.ts';
import { NODE20_ENV, NODE20_VERSION } from '../../scripts/local/node20.ts';
import { type JobOptions, type JobRun, runJob, runNode } from '../../scripts/local/runner.ts';
import { BEFORE_RETIREMENT } from '../clock.ts';
import { tracked } from '../secrets.ts';
import { standInForEachTest } from '../stand-in.ts';

const temp = mkdtempSync(join(tmpdir(), 'dora-node20-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));

function node20(): string {
  const binary = process.env[NODE20_ENV];
  if (!binary)
    throw new Error(`${NODE20_ENV} is not set: run the tests with npm test, whose Jest globalSetup installs Node 20.`);
  return binary;
}

const job = (options: JobOptions) =>
  runJob({
    node: node20(),
    ...options,
    inputs: { 'api-url': datadog.url, service: 'shop-api', env: 'production', ...options.inputs },
    env: { DD_API_KEY: API_KEY, ...options.env },
  }).then(tracked);

const exitCodes = (run: JobRun) => run.steps.map((s) => [s.step, s.exitCode]);
// A crash prints V8's frames; the action's own messages never do.
const stackTraces = (run: JobRun) => run.steps.flatMap((s) => s.raw.match(/^\s+at .*$/gm) ?? []);

test(`the binary is Node ${NODE20_VERSION}`, async () => {
  const run = await runNode(['-p', 'process.version'], { cwd: temp, env: {}, node: node20() });
  expect([run.exitCode, run.raw.trim()]).toEqual([0, `v${NODE20_VERSION}`]);
});

test('a deploy job: pre, main and post exit 0, and exactly one deployment is stored, timed from pre to post', async () => {
  const run = await job({});

  expect(exitCodes(run)).toEqual([
    ['pre', 0],
    ['main', 0],
    ['post', 0],
  ]);
  expect(stackTraces(run)).toEqual([]);
  expect(datadog.deployments.size).toBe(1);
  const attributes = [...datadog.deployments.values()][0]!.attributes as { started_at: number; finished_at: number };
  const pre = run.step('pre')!;
  const post = run.step('post')!;
  expect(attributes.started_at).toBeGreaterThanOrEqual(pre.spawnedAt);
  expect(attributes.started_at).toBeLessThanOrEqual(pre.endedAt);
  expect(attributes.finished_at).toBeGreaterThanOrEqual(post.spawnedAt);
  expect(attributes.finished_at).toBeLessThanOrEqual(post.endedAt);
  expect(run.step('main')!.outputs['deployment-id']).toBe([...datadog.deployments.keys()][0]);
});

test('a failure event: sent from main, post sends nothing', async () => {
  const run = await job({
    clock: BEFORE_RETIREMENT,
    inputs: { event: 'failure', name: 'Checkout down', severity: 'SEV-2' },
  });

  expect(exitCodes(run)).toEqual([
    ['pre', 0],
    ['main', 0],
    ['post', 0],
  ]);
  expect(stackTraces(run)).toEqual([]);
  expect(datadog.failures.size).toBe(1);
  expect(datadog.deployments.size).toBe(0);
  expect(run.step('main')!.outputs['failure-id']).toBe([...datadog.failures.keys()][0]);
});

test('backfill: its bundle loads, and the deployments go out in order, the history streamed as on Node 24', async () => {
  const github = await startFakeGitHub({ repositories: { 'acme/shop': smallBackfillHistory() } });
  try {
    const run = await job({
      clock: new Date('2025-04-01T00:00:00Z'),
      inputs: { event: 'backfill', source: 'deployments', since: '2025-03-01', 'github-token': GITHUB_TOKEN },
      env: { DD_APP_KEY: APP_KEY, GITHUB_API_URL: github.url },
    });
    expect(exitCodes(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    expect(stackTraces(run)).toEqual([]);
    expect([...datadog.deployments.keys()]).toEqual([
      'gh-backfill.4242.deployment.3001',
      'gh-backfill.4242.deployment.3003',
      'gh-backfill.4242.deployment.3005',
      'gh-backfill.4242.deployment.3009',
    ]);
    expect(run.step('main')!.outputs).toMatchObject({ sent: '4', skipped: '0', refused: '0' });
  } finally {
    await github.close();
  }
});

// Node 20 has no module.enableCompileCache: main and post go without; Node 24 keeps V8's cache.
test.each([
  { name: 'Node 20', node: node20, kept: false },
  { name: 'Node 24', node: () => process.execPath, kept: true },
])('$name: the compile cache in RUNNER_TEMP is kept: $kept', async ({ node, kept }) => {
  const runnerTemp = mkdtempSync(join(temp, 'runner-temp-'));
  const run = await job({ node: node(), inputs: { 'dry-run': 'true' }, env: { RUNNER_TEMP: runnerTemp } });

  expect(exitCodes(run)).toEqual([
    ['pre', 0],
    ['main', 0],
    ['post', 0],
  ]);
  const cache = join(runnerTemp, 'datadog-dora-action-cache');
  expect(existsSync(cache) && readdirSync(cache, { recursive: true }).length > 0).toBe(kept);
});
