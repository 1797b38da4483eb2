// backfill from the committed dist/, each step a node process as the runner runs it: its bundle
// loaded apart, the exit codes, and the commands on stdout. What it does in every case is tested
// in-process (__tests__/job/backfill.test.ts).
import { afterEach, expect, test } from '@jest/globals';
import { smallBackfillHistory } from '../../scripts/local/backfill-history.ts';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { type FakeGitHubOptions, GITHUB_TOKEN, startFakeGitHub } from '../../scripts/local/fake-github.ts';
import { type JobRun, runJob } from '../../scripts/local/runner.ts';
import { tracked } from '../secrets.ts';
import { standInForEachTest } from '../stand-in.ts';

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));
const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

async function backfillJob(
  gitHub: Partial<FakeGitHubOptions> = {},
  inputs: Record<string, string> = {},
): Promise<JobRun> {
  const github = await startFakeGitHub({ repositories: { 'acme/shop': smallBackfillHistory() }, ...gitHub });
  closing.push(() => github.close());
  return runJob({
    clock: new Date('2025-04-01T00:00:00Z'),
    inputs: {
      event: 'backfill',
      source: 'deployments',
      service: 'shop-api',
      since: '2025-03-01',
      'api-url': datadog.url,
      'github-token': GITHUB_TOKEN,
      ...inputs,
    },
    env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, GITHUB_API_URL: github.url },
  }).then(tracked);
}
const sentIds = () =>
  datadog.requests
    .filter((r) => r.method === 'POST' && r.path === '/api/v2/dora/deployment')
    .map((r) => (r.body as { data: { attributes: { id: string } } }).data.attributes.id);

test('pre, main and post exit 0; the four deployments sent from main, the keys and the token masked first; again, none', async () => {
  const run = await backfillJob();
  expect(run.steps.map((s) => [s.step, s.exitCode])).toEqual([
    ['pre', 0],
    ['main', 0],
    ['post', 0],
  ]);
  const main = run.step('main')!;
  expect(main.raw.startsWith(`::add-mask::${API_KEY}\n::add-mask::${APP_KEY}\n::add-mask::${GITHUB_TOKEN}\n`)).toBe(
    true,
  );
  expect(sentIds()).toEqual([
    'gh-backfill.4242.deployment.3001',
    'gh-backfill.4242.deployment.3003',
    'gh-backfill.4242.deployment.3005',
    'gh-backfill.4242.deployment.3009',
  ]);
  expect(main.outputs).toMatchObject({ sent: '4', skipped: '0', refused: '0' });
  expect(main.summary).toContain('### ✅ Backfill: 4 deployments sent to Datadog');
  expect(main.raw).not.toMatch(/^\s+at /m);

  const again = (await backfillJob()).step('main')!;
  expect(sentIds()).toHaveLength(4);
  expect(again.outputs).toMatchObject({ sent: '0', skipped: '4' });
});

test('a token without deployments: read: main exits 1 with an error command naming it, and nothing is sent', async () => {
  const run = await backfillJob({ permissions: { deployments: false } });
  expect(run.steps.map((s) => [s.step, s.exitCode])).toEqual([
    ['pre', 0],
    ['main', 1],
  ]);
  expect(run.step('main')?.raw).toMatch(/^::error::.*deployments: read/m);
  expect(sentIds()).toEqual([]);
});

test('a history partly sent live by the action: the deployment of the run it sent is not sent again', async () => {
  datadog.seed({
    deployments: [
      {
        id: '2004.1.deploy.0123456789abcdef',
        service: 'shop-api',
        env: 'production',
        started_at: Date.parse('2025-03-10T10:00:00Z'),
        finished_at: Date.parse('2025-03-10T10:13:00Z'),
        custom_tags: ['github.repository:acme/shop', 'github.run_id:2004', 'github.run_attempt:1'],
      },
    ],
  });
  const main = (await backfillJob()).step('main')!;
  expect(sentIds()).toEqual([
    'gh-backfill.4242.deployment.3001',
    'gh-backfill.4242.deployment.3003',
    'gh-backfill.4242.deployment.3009',
  ]);
  expect(main.outputs).toMatchObject({ sent: '3', skipped: '1' });
});

test.each([
  [{ source: 'workflow-runs', workflow: 'release.yml' }, /^::error::.*[Ii]nput workflow .*release\.yml/m],
  [{ environment: 'prod' }, /^::error::.*[Ii]nput environment .*prod.*production/m],
])('%j: main exits 1 naming it, and nothing is sent', async (inputs, message) => {
  const run = await backfillJob({}, inputs);
  expect(run.step('main')?.exitCode).toBe(1);
  expect(run.step('main')?.raw).toMatch(message);
  expect(sentIds()).toEqual([]);
});
