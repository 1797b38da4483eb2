// backfill as whole jobs in-process, against the GitHub and Datadog stand-ins: acme/shop's March
// 2025 by hand (scripts/local/backfill-history.ts), on a time the test moves.
import { afterEach, describe, expect, test } from '@jest/globals';
import { createBackfillHistory, smallBackfillHistory } from '../../scripts/local/backfill-history.ts';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import {
  type FakeGitHub,
  type FakeGitHubOptions,
  GITHUB_TOKEN,
  startFakeGitHub,
} from '../../scripts/local/fake-github.ts';
import { TestTime } from '../clock.ts';
import { type InProcessJobOptions, runJobInProcess } from '../job.ts';
import { tracked } from '../secrets.ts';
import { standInForEachTest } from '../stand-in.ts';

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));
let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

const APRIL = new Date('2025-04-01T00:00:00Z');
const job = async (options: InProcessJobOptions = {}, gitHub: Partial<FakeGitHubOptions> = {}) => {
  github ??= await startFakeGitHub({ repositories: { 'acme/shop': smallBackfillHistory() }, ...gitHub });
  return runJobInProcess({
    time: new TestTime(APRIL),
    ...options,
    inputs: {
      event: 'backfill',
      service: 'shop-api',
      since: '2025-03-01',
      'api-url': datadog.url,
      'github-token': GITHUB_TOKEN,
      ...options.inputs,
    },
    env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, GITHUB_API_URL: github.url, ...options.env },
  }).then(tracked);
};
type Sent = {
  id: string;
  env?: string;
  version?: string;
  started_at: number;
  finished_at: number;
  git: { commit_sha: string };
  custom_tags: string[];
};
const sent = () =>
  datadog.requests
    .filter((r) => r.method === 'POST' && r.path === '/api/v2/dora/deployment')
    .map((r) => (r.body as { data: { attributes: Sent } }).data.attributes);

const iso = (ms: number) => new Date(ms).toISOString();
const shortly = (sentEvents: Sent[]) =>
  sentEvents.map((e) => [e.id, e.env ?? '', e.version ?? '', iso(e.started_at), iso(e.finished_at), e.git.commit_sha]);
const writes = () => datadog.requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('/deployments'));
const gitHubWrites = () => github!.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
const annotations = (log: string | undefined) => log?.match(/^::(warning|error)[^:]*::.*$/gm) ?? [];
const { a, c, e } = { a: 'a1'.repeat(20), c: 'c3'.repeat(20), e: 'e5'.repeat(20) };

/** March's four GitHub deployments that succeeded, as Datadog gets them, oldest first by finish. */
const MARCH_DEPLOYMENTS = [
  ['gh-backfill.4242.deployment.3001', 'staging', 'v1.0.0', '2025-03-03T10:05:00.000Z', '2025-03-03T10:12:00.000Z', a],
  [
    'gh-backfill.4242.deployment.3003',
    'production',
    'v1.0.0',
    '2025-03-04T11:05:00.000Z',
    '2025-03-04T11:12:00.000Z',
    a,
  ],
  [
    'gh-backfill.4242.deployment.3005',
    'production',
    'v1.1.0',
    '2025-03-10T10:05:00.000Z',
    '2025-03-10T10:12:00.000Z',
    c,
  ],
  ['gh-backfill.4242.deployment.3009', 'staging', '', '2025-03-13T10:05:00.000Z', '2025-03-13T10:12:00.000Z', e],
];

describe('source deployments', () => {
  test("a known history: exactly its successful deployments, with GitHub's ids, times, commits, envs and tags, oldest first", async () => {
    const run = await job({ inputs: { source: 'deployments' } });
    const main = run.step('main')!;
    expect(main.exitCode).toBe(0);
    expect(shortly(sent())).toEqual(MARCH_DEPLOYMENTS);
    expect(sent()[0]!.custom_tags).toEqual([
      'github.repository:acme/shop',
      'github.run_id:2001',
      'dora.backfill:deployments',
    ]);
    // The oldest was read back before anything else was sent.
    const order = datadog.requests.map((r) => `${r.method} ${r.path}`);
    expect(order.slice(0, 3)).toEqual([
      'POST /api/v2/dora/deployments',
      'POST /api/v2/dora/deployment',
      'GET /api/v2/dora/deployments/gh-backfill.4242.deployment.3001',
    ]);
    expect(main.outputs).toMatchObject({ sent: '4', skipped: '0', refused: '0' });
    expect(main.summary).toContain('### ✅ Backfill: 4 deployments sent to Datadog');
    expect(main.summary).toContain('| 2025-W10 | 2 | 0 | 0 | 0 |');
    expect(main.summary).toContain('| 2025-W11 | 2 | 0 | 0 | 0 |');
    expect(main.summary).toContain('5 deployments never successful');
    expect(main.summary).toContain('(https://app.datadoghq.com/ci/dora?from%5Fts=1740787200000&to%5Fts=1743465600000');
    expect(annotations(main.raw)).toEqual([]);
    expect(gitHubWrites()).toEqual([]);
  });

  test('a second run sends nothing new: every one is skipped as already backfilled', async () => {
    await job({ inputs: { source: 'deployments' } });
    const before = writes().length;
    const again = (await job({ inputs: { source: 'deployments' } })).step('main')!;
    expect(writes()).toHaveLength(before);
    expect(again.outputs).toMatchObject({ sent: '0', skipped: '4', refused: '0' });
    expect(again.summary).toContain('| Skipped | 4 already backfilled, 0 sent live by the action |');
  });

  test('a history partly sent live by the action is not counted twice: the run it came from is matched', async () => {
    // The live action sent run 2004's deployment (3005) itself, with its run's tags.
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
    const main = (await job({ inputs: { source: 'deployments' } })).step('main')!;
    expect(sent().map((event) => event.id)).toEqual([
      'gh-backfill.4242.deployment.3001',
      'gh-backfill.4242.deployment.3003',
      'gh-backfill.4242.deployment.3009',
    ]);
    expect(main.outputs).toMatchObject({ sent: '3', skipped: '1' });
    expect(main.summary).toContain('| 2025-W11 | 1 | 0 | 1 | 0 |');
  });

  test('the probe: Datadog accepting the oldest but never showing it stops everything, and says so with its age', async () => {
    datadog.misbehaveOn('/api/v2/dora/deployment', {
      status: 202,
      body: { data: { id: 'x', type: 'dora_deployment' } },
    });
    const main = (await job({ inputs: { source: 'deployments' } })).step('main')!;
    expect(writes().map((r) => r.path)).toEqual(['/api/v2/dora/deployment']);
    expect(main.exitCode).toBe(0);
    expect(annotations(main.raw)).toEqual([
      expect.stringMatching(
        /^::warning title=DORA backfill stopped::Datadog accepted the oldest deployment, gh-backfill\.4242\.deployment\.3001, but did not show it within a minute/,
      ),
    ]);
    expect(main.summary).toContain('### ⚠️ Backfill stopped: 0 deployments sent to Datadog');
    expect(main.summary).toContain('(`gh-backfill.4242.deployment.3001`, 28 days old)');
    expect(main.outputs).toMatchObject({ sent: '0' });
  });

  test('a dry run reads both sides, sends nothing, and lists what it would send', async () => {
    const main = (await job({ inputs: { source: 'deployments', 'dry-run': 'true' } })).step('main')!;
    expect(writes()).toEqual([]);
    expect(main.summary).toContain('### 🧪 Backfill (dry run): 4 deployments would be sent to Datadog');
    expect(main.summary).toContain('| First | `gh-backfill.4242.deployment.3001`, finished 2025-03-03T10:12:00.000Z |');
    expect(main.summary).toContain('| Last | `gh-backfill.4242.deployment.3009`, finished 2025-03-13T10:12:00.000Z |');
    expect(main.outputs).toMatchObject({ sent: '4', skipped: '0' });
  });
});

describe('source workflow-runs', () => {
  test('each successful job execution, the successful attempt only, timed by the job', async () => {
    const run = await job({
      inputs: { source: 'workflow-runs', workflow: 'deploy.yml', job: 'deploy', env: 'production' },
    });
    expect(run.step('main')!.exitCode).toBe(0);
    expect(shortly(sent())).toEqual([
      ['gh-backfill.4242.job.50003', 'production', 'v1.0.0', '2025-03-03T10:06:00.000Z', '2025-03-03T10:10:00.000Z', a],
      ['gh-backfill.4242.job.50004', 'production', 'v1.0.0', '2025-03-03T10:06:00.000Z', '2025-03-03T10:12:00.000Z', a],
      ['gh-backfill.4242.job.50009', 'production', 'v1.0.0', '2025-03-04T11:06:00.000Z', '2025-03-04T11:10:00.000Z', a],
      ['gh-backfill.4242.job.50010', 'production', 'v1.0.0', '2025-03-04T11:06:00.000Z', '2025-03-04T11:12:00.000Z', a],
      ['gh-backfill.4242.job.50026', 'production', '', '2025-03-13T10:06:00.000Z', '2025-03-13T10:10:00.000Z', e],
      ['gh-backfill.4242.job.50027', 'production', '', '2025-03-13T10:06:00.000Z', '2025-03-13T10:12:00.000Z', e],
    ]);
    expect(sent()[2]!.custom_tags).toEqual([
      'github.repository:acme/shop',
      'github.workflow:Deploy',
      'github.run_id:2002',
      'github.run_attempt:2',
      'github.job:deploy',
      'dora.backfill:workflow-runs',
    ]);
  });

  test('without job, each successful run once: run 2004, whose re-run failed, is not one', async () => {
    await job({ inputs: { source: 'workflow-runs', workflow: 'deploy.yml' } });
    expect(sent().map((event) => event.id)).toEqual([
      'gh-backfill.4242.run.2001.1',
      'gh-backfill.4242.run.2002.2',
      'gh-backfill.4242.run.2006.1',
    ]);
  });
});

test("GitHub's budget for the token nearly spent: it stops at the reserve, sends what it read, and says how far it got", async () => {
  const history = createBackfillHistory({ deployments: 500, from: '2025-01-01', to: '2025-03-31' });
  github = await startFakeGitHub({
    repositories: { 'acme/shop': history },
    // Three queries short of the reserve GitHub's token keeps for its other users (100 of 1,000).
    rateLimits: { graphql: { limit: 1000, remaining: 103 } },
  });
  const run = await job({ inputs: { source: 'deployments', since: '2025-01-01', version: '1' } });
  const main = run.step('main')!;
  expect(main.exitCode).toBe(0);
  const count = Number(main.outputs.sent);
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(500);
  expect(sent()).toHaveLength(count);
  expect(annotations(main.raw)).toEqual([
    expect.stringMatching(
      /^::warning title=DORA backfill partial::GitHub's history was read only through 2025-0.*spare the GitHub token.*Run backfill again later/,
    ),
  ]);
});

describe('what stops it before anything is sent', () => {
  const failsNaming = async (options: InProcessJobOptions, gitHub: Partial<FakeGitHubOptions>, message: RegExp) => {
    const run = await job(options, gitHub);
    expect(run.step('main')!.exitCode).toBe(1);
    expect(annotations(run.step('main')!.raw)).toEqual([expect.stringMatching(message)]);
    expect(writes()).toEqual([]);
  };

  test('a token that cannot read deployments: the permission the job needs', () =>
    failsNaming(
      { inputs: { source: 'deployments' } },
      { permissions: { deployments: false } },
      /^::error::.*deployments: read/,
    ));

  test('a token that cannot read actions: the permission the job needs', () =>
    failsNaming(
      { inputs: { source: 'workflow-runs', workflow: 'deploy.yml' } },
      { permissions: { actions: false } },
      /^::error::.*actions: read/,
    ));

  test('a workflow file that does not exist, named', () =>
    failsNaming(
      { inputs: { source: 'workflow-runs', workflow: 'release.yml' } },
      {},
      /^::error::.*[Ii]nput workflow .*release\.yml/,
    ));

  test('an environment that matches nothing, named with those the repository has', () =>
    failsNaming(
      { inputs: { source: 'deployments', environment: 'prod' } },
      {},
      /^::error::.*[Ii]nput environment .*prod.*production/,
    ));

  test('a source that is not one, named with those accepted', () =>
    failsNaming(
      { inputs: { source: 'releases' } },
      {},
      /^::error::Input source is "releases": expected deployments .* or workflow-runs/,
    ));
});
