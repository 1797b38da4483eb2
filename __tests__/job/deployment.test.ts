// The action's steps, run in this process as the runner runs them, on a time the test moves,
// against a strict stand-in for Datadog.
import { describe, expect, test } from '@jest/globals';
import { API_KEY, type FakeDatadog, type Misbehaviour, startFakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { type JobRun, readable } from '../../scripts/local/runner.ts';
import { TestTime } from '../clock.ts';
import { arrivalsOn, type InProcessJobOptions, runJobInProcess, turn, until } from '../job.ts';
import { tracked, WRONG_API_KEY } from '../secrets.ts';
import { standInForEachTest } from '../stand-in.ts';

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));

const job = (options: InProcessJobOptions = {}) =>
  runJobInProcess({
    ...options,
    inputs: { 'api-url': datadog.url, service: 'shop-api', env: 'production', ...options.inputs },
    env: { DD_API_KEY: API_KEY, ...options.env },
  }).then(tracked);

const deployments = () => datadog.requests.filter((r) => r.method === 'POST' && r.path === '/api/v2/dora/deployment');
const attributesOf = (index = 0) =>
  (deployments()[index]?.body as { data: { attributes: Record<string, unknown> } }).data.attributes;
const expectNoKeyAnywhere = (run: JobRun) => {
  expect(run.everything()).not.toContain(API_KEY);
  for (const step of run.steps.filter((s) => s.step !== 'pre')) {
    // Masked in every step that reads it, before anything else is printed.
    expect(step.raw.startsWith(`::add-mask::${API_KEY}`)).toBe(true);
  }
};
const green = (run: JobRun) =>
  expect(run.steps.map((s) => [s.step, s.exitCode])).toEqual([
    ['pre', 0],
    ['main', 0],
    ['post', 0],
  ]);

describe('a deploy job with the step', () => {
  test('sends exactly one deployment, timed from pre to post, with the run in it', async () => {
    const run = await job({
      inputs: { version: 'v1.4.2', team: 'payments', tags: 'tier:1' },
      deploy: { durationMs: 300 },
    });

    green(run);
    expect(deployments()).toHaveLength(1);
    const pre = run.step('pre')!;
    const post = run.step('post')!;
    const attributes = attributesOf();
    expect(attributes.started_at).toBeGreaterThanOrEqual(pre.spawnedAt);
    expect(attributes.started_at).toBeLessThanOrEqual(pre.endedAt);
    expect(attributes.finished_at).toBeGreaterThanOrEqual(post.spawnedAt);
    expect(attributes.finished_at).toBeLessThanOrEqual(post.endedAt);
    // The job's own deploy, between main and post, is in it.
    expect((attributes.finished_at as number) - (attributes.started_at as number)).toBe(300);
    expect(attributes).toEqual({
      id: expect.stringMatching(/^8123456789\.1\.deploy\.[a-f0-9]{16}$/),
      service: 'shop-api',
      env: 'production',
      version: 'v1.4.2',
      team: 'payments',
      started_at: expect.any(Number),
      finished_at: expect.any(Number),
      git: { commit_sha: '66adc9350f2cc9b250b69abddab733dd55e1a588', repository_url: 'https://github.com/acme/shop' },
      custom_tags: [
        'tier:1',
        'github.repository:acme/shop',
        'github.workflow:Deploy',
        'github.run_id:8123456789',
        'github.run_attempt:1',
        'github.job:deploy',
      ],
    });

    const main = run.step('main')!;
    expect(main.outputs['deployment-id']).toBe(attributes.id);
    expect(main.outputs['started-at']).toBe(new Date(attributes.started_at as number).toISOString());
    expect(post.summary).toContain('### ✅ Deployment sent to Datadog');
    expect(post.summary).toContain('| Service | `shop-api` |');
    expect(post.summary).toContain(`| Deployment id | \`${String(attributes.id)}\` |`);
    expect(post.summary).toContain(
      '[`66adc9350f2c`](https://github.com/acme/shop/commit/66adc9350f2cc9b250b69abddab733dd55e1a588)',
    );
    expect(post.summary).toContain('(https://app.datadoghq.com/ci/dora)');
    expect(post.log).toContain(`Datadog accepted deployment ${String(attributes.id)} (HTTP 200, 1 attempt).`);
    expect(run.steps.flatMap((s) => s.log.match(/^(Warning|Error):.*/gm) ?? [])).toEqual([]);
    expectNoKeyAnywhere(run);
  });

  test('the API key is checked in main, before the deploy', async () => {
    const time = new TestTime();
    const arrivals = arrivalsOn(datadog, time);
    // A deploy that takes a minute: main and post are a minute apart on the test clock.
    const run = await job({ time, deploy: { durationMs: 60_000 } });
    expect(datadog.requests.map((r) => r.path)).toEqual(['/api/v1/validate', '/api/v2/dora/deployment']);
    const main = run.step('main')!;
    const post = run.step('post')!;
    expect(arrivals[0]).toBeGreaterThanOrEqual(main.spawnedAt);
    expect(arrivals[0]).toBeLessThanOrEqual(main.endedAt);
    expect(arrivals[0]).toBeLessThan(post.spawnedAt);
    expect(arrivals[1]).toBeGreaterThanOrEqual(post.spawnedAt);
  });

  test('without pre (uses: ./), the start is when main ran, and it says so', async () => {
    const run = await job({ skipPre: true });
    const main = run.step('main')!;
    expect(run.steps.map((s) => s.step)).toEqual(['main', 'post']);
    expect(attributesOf().started_at).toBeGreaterThanOrEqual(main.spawnedAt);
    expect(attributesOf().started_at).toBeLessThanOrEqual(main.endedAt);
    expect(main.log).toContain(
      'No start time was recorded when the job started (the runner skips pre for local actions such as "uses: ./", and pre records nothing when it cannot write the runner\'s state)',
    );
  });

  test('a job whose deploy fails sends nothing', async () => {
    const run = await job({ deploy: { succeeds: false } });
    expect(run.steps.map((s) => s.step)).toEqual(['pre', 'main']);
    expect(deployments()).toHaveLength(0);
  });

  test('with started-at and finished-at given, main sends the deployment at once, and post sends nothing', async () => {
    const time = new TestTime();
    const arrivals = arrivalsOn(datadog, time);
    const run = await job({
      time,
      inputs: { 'started-at': '2026-11-27T10:00:00Z', 'finished-at': '1795774500' },
      deploy: { durationMs: 60_000 },
    });
    green(run);
    expect(deployments()).toHaveLength(1);
    expect(attributesOf()).toMatchObject({
      started_at: Date.parse('2026-11-27T10:00:00Z'),
      finished_at: Date.parse('2026-11-27T10:15:00Z'),
    });
    const main = run.step('main')!;
    const sentAt = arrivals[datadog.requests.indexOf(deployments()[0]!)];
    expect(sentAt).toBeGreaterThanOrEqual(main.spawnedAt);
    expect(sentAt).toBeLessThanOrEqual(main.endedAt);
    expect(sentAt).toBeLessThan(run.step('post')!.spawnedAt);
    expect(main.summary).toContain('### ✅ Deployment sent to Datadog');
    expect(main.summary).toContain('| Duration | 15 min 0 s |');
    expect(run.step('post')!.summary).toBe('');
  });

  test('a deployment id given is the one sent', async () => {
    const run = await job({ inputs: { 'deployment-id': 'release-2026-11-27.1' } });
    expect(attributesOf().id).toBe('release-2026-11-27.1');
    expect(run.step('main')!.outputs['deployment-id']).toBe('release-2026-11-27.1');
  });

  test('when Datadog answers with its own id, the log and summary show both', async () => {
    // A stand-in of its own for this test, closed by it: the shared one stays for the checks after each test.
    const ownIds = await startFakeDatadog({ ownIds: true });
    const shared = datadog;
    datadog = ownIds;
    try {
      const run = await job();
      const sent = String(attributesOf().id);
      const post = run.step('post')!;
      expect(post.log).toContain(
        `Datadog knows this deployment as dd00000000000001, not ${sent} as sent: use dd00000000000001 to mark it later.`,
      );
      expect(post.summary).toContain(`| Deployment id | \`dd00000000000001\` (Datadog's; sent as \`${sent}\`) |`);
      expect(post.outputs['deployment-id']).toBe('dd00000000000001');
      expect(ownIds.schemaErrors()).toEqual([]);
    } finally {
      datadog = shared;
      await ownIds.close();
    }
  });

  test('a pull_request run reports the head commit, on a GitHub Enterprise Server', async () => {
    const head = '2222222222222222222222222222222222222222';
    const run = await job({
      eventName: 'pull_request',
      payload: { pull_request: { head: { sha: head } } },
      env: { GITHUB_SERVER_URL: 'https://ghe.corp.example', GITHUB_API_URL: 'https://ghe.corp.example/api/v3' },
    });
    expect(attributesOf().git).toEqual({ commit_sha: head, repository_url: 'https://ghe.corp.example/acme/shop' });
    expect(run.step('post')!.summary).toContain(`(https://ghe.corp.example/acme/shop/commit/${head})`);
  });
});

describe('the event payload is an input: checked, and never a reason to block the deploy', () => {
  const warnings = (run: JobRun) => run.steps.flatMap((s) => s.log.match(/^Warning:.*/gm) ?? []);
  const PAYLOAD = String.raw`The event payload GITHUB_EVENT_PATH \(/[^)]*/event\.json\)`;

  test.each<[string, object | string, string]>([
    [
      'an event file that is not JSON',
      '{"pull_request": {"head": ',
      'is not JSON: its pull_request\\.head\\.sha cannot be read',
    ],
    [
      'a number at pull_request.head.sha',
      { pull_request: { head: { sha: 12345 } } },
      'has pull_request\\.head\\.sha a number: expected a string of 40 or more hexadecimal characters',
    ],
    [
      'a malformed string at pull_request.head.sha',
      { pull_request: { head: { sha: 'deadbeef\n::error::x' } } },
      'has pull_request\\.head\\.sha "deadbeef\\\\n::error::x": expected 40 or more hexadecimal characters',
    ],
  ])(
    'a pull_request with %s: the deployment is sent without a commit, and a warning names the file and the field',
    async (_name, payload, problem) => {
      const run = await job({ eventName: 'pull_request', payload });
      green(run);
      expect(deployments()).toHaveLength(1);
      expect(attributesOf().git).toBeUndefined();
      expect(warnings(run)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^Warning: ${PAYLOAD} ${problem}\\. The event is sent without a commit: GITHUB_SHA and the checkout's HEAD are the pull request's temporary merge commit\\. Set input commit-sha to name the commit\\.$`,
          ),
        ),
      ]);
      expect(run.step('post')!.summary).toContain('| Commit | — |');
      expect(run.everything()).not.toMatch(/Unexpected error|\n\s+at /);
    },
  );

  test('a deployment event with a malformed deployment.sha falls back down the chain, with a warning', async () => {
    const run = await job({ eventName: 'deployment', payload: { deployment: { sha: 'refs/heads/main' } } });
    green(run);
    expect(attributesOf().git).toEqual({
      commit_sha: '66adc9350f2cc9b250b69abddab733dd55e1a588',
      repository_url: 'https://github.com/acme/shop',
    });
    expect(warnings(run)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Warning: ${PAYLOAD} has deployment\\.sha "refs/heads/main": expected 40 or more hexadecimal characters\\. The commit is GITHUB_SHA instead\\.$`,
        ),
      ),
    ]);
  });

  test('a push reads no commit from its payload: a malformed deployment.sha there is not used, nor warned of', async () => {
    const run = await job({ eventName: 'push', payload: { deployment: { sha: 12345 } } });
    green(run);
    expect(attributesOf().git).toEqual({
      commit_sha: '66adc9350f2cc9b250b69abddab733dd55e1a588',
      repository_url: 'https://github.com/acme/shop',
    });
    expect(warnings(run)).toEqual([]);
  });

  test("a repository-url on another host than the job's GitHub is sent, and shown as text, not as a link", async () => {
    const run = await job({ inputs: { 'repository-url': 'https://github.com.evil.example/acme/shop' } });
    green(run);
    expect(attributesOf().git).toMatchObject({ repository_url: 'https://github.com.evil.example/acme/shop' });
    const summary = run.step('post')!.summary;
    expect(summary).toContain('| Commit | `66adc9350f2c` |');
    expect(summary).not.toContain('evil.example');
  });
});

const DEPLOYMENT = '/api/v2/dora/deployment';

describe('when Datadog has a bad minute', () => {
  test.each<[string, Misbehaviour[]]>([
    ['a 503', [{ status: 503 }]],
    ['a 500 twice', [{ status: 500 }, { status: 500 }]],
    [
      'a 429 with X-RateLimit-Reset: 1',
      [{ status: 429, headers: { 'x-ratelimit-reset': '1' }, body: { errors: ['Too many requests'] } }],
    ],
    ['a lost answer (stored, then the connection dropped)', [{ resetAfterStoring: true }]],
  ])('%s: exactly one deployment and a green job', async (_name, faults) => {
    datadog.misbehaveOn(DEPLOYMENT, ...faults);
    const run = await job();

    green(run);
    expect(deployments()).toHaveLength(faults.length + 1);
    expect(
      new Set(deployments().map((r) => (r.body as { data: { attributes: { id: string } } }).data.attributes.id)).size,
    ).toBe(1);
    expect(datadog.deployments.size).toBe(1);
    expect(run.step('post')!.summary).toContain(`${faults.length + 1} attempts`);
    expect(run.steps.flatMap((s) => s.log.match(/^(Warning|Error):.*/gm) ?? [])).toEqual([]);
    expectNoKeyAnywhere(run);
  });

  test('an attempt that hangs is cut after 15 s and the next one lands', async () => {
    datadog.misbehaveOn(DEPLOYMENT, { hang: true });
    const time = new TestTime();
    const arrivals = arrivalsOn(datadog, time);
    const running = job({ time });
    let ended = false;
    void running.then(
      () => (ended = true),
      () => (ended = true),
    );
    await until(() => deployments().length === 1, running, 'the deployment was sent');
    const hangingSince = time.now();

    // A millisecond short of 15 s, the attempt still waits for its answer.
    time.advance(14_999);
    for (let i = 0; i < 100; i++) await turn();
    expect(deployments()).toHaveLength(1);
    expect(ended).toBe(false);

    // At 15 s it is cut, and after its backoff the next attempt lands.
    time.advance(1);
    const run = await running;
    green(run);
    expect(deployments()).toHaveLength(2);
    expect(datadog.deployments.size).toBe(1);
    expect(run.step('post')!.log).toMatch(/no answer from 127\.0\.0\.1:\d+ within 15 s; retrying/);
    // The retry waited the first backoff (1 s, with jitter: never less than half of it) after the cut.
    const [first, second] = deployments().map((r) => arrivals[datadog.requests.indexOf(r)]!);
    expect(first).toBe(hangingSince);
    expect(second! - first!).toBeGreaterThanOrEqual(15_500);
    expect(second! - first!).toBeLessThanOrEqual(16_000);
  });

  test('an outage longer than the budget: a warning saying what to do, and a green job', async () => {
    datadog.misbehaveOn(DEPLOYMENT, { status: 429, headers: { 'x-ratelimit-reset': '3600' } });
    const run = await job();
    green(run);
    expect(run.step('post')!.log).toMatch(
      /^Warning: Datadog send deployment failed after 1 attempt: .*asked to wait 3600 s \(X-RateLimit-Reset\), past this call's 45 s budget.* The job keeps its result \(fail-on-error is false\)\.$/m,
    );
    expect(run.step('post')!.summary).toContain('### ⚠️ Deployment not sent to Datadog');
  });

  test('with fail-on-error: true, the same outage fails the step', async () => {
    datadog.misbehaveOn(DEPLOYMENT, { status: 503 }, { status: 429, headers: { 'x-ratelimit-reset': '3600' } });
    const run = await job({ inputs: { 'fail-on-error': 'true' } });
    expect(run.step('post')!.exitCode).toBe(1);
    expect(run.step('post')!.log).toMatch(/^Error: Datadog send deployment failed after 2 attempts/m);
    expect(run.step('post')!.summary).toContain('### ❌ Deployment not sent to Datadog');
  });
});

describe('a wrong key', () => {
  const WRONG = WRONG_API_KEY;

  test('warns in main before the deploy, is tried once in post, and the job stays green', async () => {
    const run = await job({ env: { DD_API_KEY: WRONG } });
    green(run);
    expect(run.step('main')!.log).toMatch(
      /^Warning: Datadog rejected the API key: 127\.0\.0\.1:\d+ answered HTTP 403: the API key is not valid on this Datadog site\. Check input api-key \(or env DATADOG_API_KEY, DD_API_KEY\) and input site/m,
    );
    expect(deployments()).toHaveLength(1);
    expect(run.step('post')!.log).toMatch(
      /^Warning: Datadog send deployment failed after 1 attempt: Datadog answered HTTP 403 Forbidden: Forbidden\. The API key is not valid/m,
    );
    expect(run.everything()).not.toContain(WRONG);
  });

  test('with fail-on-error: true, main fails before the deploy and nothing is sent', async () => {
    const run = await job({ env: { DD_API_KEY: WRONG }, inputs: { 'fail-on-error': 'true' } });
    expect(run.steps.map((s) => [s.step, s.exitCode])).toEqual([
      ['pre', 0],
      ['main', 1],
    ]);
    expect(run.step('main')!.log).toMatch(/^Error: Datadog rejected the API key/m);
    expect(deployments()).toHaveLength(0);
  });
});

describe('inputs', () => {
  test.each<[string, Record<string, string>, Record<string, string>, string]>([
    [
      'a missing service',
      { service: '' },
      {},
      'Error: Input service is required: the name of the service deployed (or set env DD_SERVICE).',
    ],
    [
      'a missing key',
      {},
      { DD_API_KEY: '' },
      'Error: Input api-key is required to send a deployment to Datadog: pass a Datadog API key from a secret (or set env DATADOG_API_KEY or DD_API_KEY), or set dry-run: true to send nothing.',
    ],
    [
      'an unknown site',
      { 'api-url': '', site: 'datadoghq.co' },
      {},
      'Error: Input site is "datadoghq.co": not a Datadog site; expected one of datadoghq.com,',
    ],
    [
      'a bad tag',
      { tags: 'tier' },
      {},
      'Error: Input tags has "tier": expected key:value tags separated by commas or newlines.',
    ],
  ])('%s fails main before the deploy, naming the input, and sends nothing', async (_name, inputs, env, message) => {
    const run = await job({ inputs, env });
    expect(run.steps.map((s) => [s.step, s.exitCode])).toEqual([
      ['pre', 0],
      ['main', 1],
    ]);
    expect(run.step('main')!.log).toContain(message);
    expect(datadog.requests).toHaveLength(0);
  });

  test('the key from the api-key input, masked in main and post', async () => {
    const run = await job({ inputs: { 'api-key': API_KEY }, env: { DD_API_KEY: '' } });
    green(run);
    expect(deployments()[0]?.headers['dd-api-key']).toBe(API_KEY);
    expectNoKeyAnywhere(run);
  });

  test('the key from DATADOG_API_KEY before DD_API_KEY', async () => {
    const run = await job({ env: { DATADOG_API_KEY: API_KEY, DD_API_KEY: WRONG_API_KEY } });
    green(run);
    expect(deployments()[0]?.headers['dd-api-key']).toBe(API_KEY);
  });
});

describe('dry run', () => {
  test('sends nothing, needs no key, and shows the event and where it would go', async () => {
    const run = await job({
      inputs: { 'dry-run': 'true', 'api-url': '', site: 'datadoghq.eu' },
      env: { DD_API_KEY: '' },
    });
    green(run);
    expect(datadog.requests).toHaveLength(0);
    const post = run.step('post')!;
    expect(post.log).toContain(
      'Dry run: nothing is sent. This is the request that would go to Datadog:\nPOST https://api.datadoghq.eu/api/v2/dora/deployment\n{',
    );
    expect(post.log).toContain('"service": "shop-api"');
    expect(post.summary).toContain('### 🧪 Deployment not sent (dry run)');
    expect(readable(post.summary)).toContain(
      'Dry run: it would have been sent to https://api.datadoghq.eu/api/v2/dora/deployment.',
    );
    expect(post.summary).toContain(`| Deployment id | \`${run.step('main')!.outputs['deployment-id']}\` |`);
  });
});
