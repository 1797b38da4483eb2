// Hostile inputs, odd times, unwritable runner files and a slow Datadog before the deploy: the
// action's steps, run in this process as the runner runs them, on a time the test moves, against
// the stand-in for Datadog.
import { describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { type JobRun, readable, type StepRun } from '../../scripts/local/runner.ts';
import { BEFORE_RETIREMENT, TestTime } from '../clock.ts';
import { arrivalsOn, type InProcessJobOptions, runJobInProcess, turn, until } from '../job.ts';
import { tracked } from '../secrets.ts';
import { standInForEachTest } from '../stand-in.ts';

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));

const job = (options: InProcessJobOptions = {}) =>
  runJobInProcess({
    ...options,
    inputs: { 'api-url': datadog.url, service: 'shop-api', env: 'production', ...options.inputs },
    env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, ...options.env },
  }).then(tracked);

/** When each job starts, on the test clock (a new TestTime's): the instant the times given are set by. */
const NOW = BEFORE_RETIREMENT.getTime();

const DEPLOYMENT = '/api/v2/dora/deployment';
const LIST = '/api/v2/dora/deployments';
const sent = () =>
  datadog.requests.filter((r) => r.method !== 'GET' && r.path !== '/api/v1/validate' && r.path !== LIST);
const exits = (run: JobRun) => run.steps.map((s) => [s.step, s.exitCode]);
const annotations = (step: StepRun | undefined) => step?.log.match(/^(Warning|Error):.*/gm) ?? [];
/** Lines the runner would act on: `::` after leading spaces, or a legacy `##[`. */
const commands = (run: JobRun) =>
  run.steps.flatMap((s) => s.raw.split(/\r\n|\r|\n/).filter((line) => /^\s*::/.test(line) || line.includes('##[')));

describe("no input reaches the runner's command channel", () => {
  test.each<[string, Record<string, string>, Record<string, string>]>([
    ['service', { service: 'shop\n::error::injected' }, {}],
    ['version', { version: 'v1\u2028::add-mask::x' }, {}],
    ['env', {}, { DD_ENV: 'prod\r::warning::injected' }],
    ['team', { team: 'web\u202e##[error]legacy' }, {}],
    ['tags', { tags: 'a:b\n   ::set-output name=x::y' }, {}],
    ['deployment-id', { 'deployment-id': 'deploy-0123456789abcdef\u0085::error::x' }, {}],
  ])(
    'a control character in %s fails main naming it, before the deploy, with nothing sent',
    async (input, inputs, env) => {
      const run = await job({ inputs: { ...inputs, ...(input === 'env' ? { env: '' } : {}) }, env });
      expect(exits(run)).toEqual([
        ['pre', 0],
        ['main', 1],
      ]);
      expect(annotations(run.step('main'))).toEqual([
        expect.stringMatching(new RegExp(`^Error: Input ${input}( \\(from env DD_ENV\\))? (is|has)`)),
      ]);
      expect(sent()).toEqual([]);
      // The only commands are the action's own: the masks of the keys and the job's token, and the one error.
      expect(commands(run).map((line) => line.replace(/::.*/s, '').trim() || line.split('::')[1])).toEqual([
        'add-mask',
        'add-mask',
        'add-mask',
        'error',
      ]);
    },
  );

  test('a failure event with a control character in name or severity is refused too', async () => {
    for (const inputs of [{ name: 'Down\n::error::x' }, { severity: 'SEV-1\u2029x' }] as Record<string, string>[]) {
      const run = await job({ inputs: { event: 'failure', ...inputs } });
      expect(exits(run)).toEqual([
        ['pre', 0],
        ['main', 1],
      ]);
    }
    expect(sent()).toEqual([]);
  });

  test('any other Unicode is sent as given, and the summary shows it without opening anything', async () => {
    const version = 'v2 — «ünïcode» 🚀 [x](https://evil.example) <img src=x> # ## | cell';
    const run = await job({ inputs: { version, team: 'équipe-☕' } });
    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    const attributes = (
      datadog.requests.find((r) => r.path === DEPLOYMENT)?.body as { data: { attributes: Record<string, unknown> } }
    ).data.attributes;
    expect(attributes).toMatchObject({ version, team: 'équipe-☕' });
    const summary = run.step('post')!.summary;
    expect(summary.split('\n').filter((line) => line.startsWith('#'))).toEqual(['### ✅ Deployment sent to Datadog']);
    expect(summary).toContain('| Version | `v2 — «ünïcode» 🚀 [x](https://evil.example) <img src=x> # ## \\| cell` |');
    expect(commands(run).filter((line) => !/^::(add-mask|debug)::/.test(line))).toEqual([]);
  });
});

describe("only Datadog's answer is success; a lost answer is a lost answer", () => {
  const lines = (step: StepRun | undefined) => step?.log.split('\n') ?? [];

  test('a gateway answering 200 with an HTML page: not retried, not success, and the warning says who answered', async () => {
    datadog.misbehaveOn(DEPLOYMENT, {
      status: 200,
      text: '<!DOCTYPE html><html><body>Sign in to the corporate proxy</body></html>',
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    const run = await job();
    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    expect(datadog.requests.filter((r) => r.path === DEPLOYMENT)).toHaveLength(1);
    expect(datadog.deployments.size).toBe(0);
    const post = run.step('post')!;
    expect(annotations(post)).toEqual([
      expect.stringMatching(
        /^Warning: Datadog send deployment failed after 1 attempt: 127\.0\.0\.1:\d+ answered HTTP 200 OK with text\/html; charset=utf-8 and "<!DOCTYPE html><html><body>Sign in to the corporate proxy<\/body><\/html>", which is not Datadog's answer; nothing is known to have arrived at Datadog/,
      ),
    ]);
    expect(lines(post).some((line) => line.startsWith('Datadog accepted'))).toBe(false);
    expect(post.summary).toContain('### ⚠️ Deployment not sent to Datadog');
    expect(post.summary).not.toContain('✅');
  });

  test('an answer cut off after Datadog stored the event, then a whole one: the same id and body again, one deployment', async () => {
    datadog.misbehaveOn(DEPLOYMENT, { lose: 'chunked-cut', store: true });
    const run = await job();
    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    const bodies = datadog.requests.filter((r) => r.path === DEPLOYMENT).map((r) => JSON.stringify(r.body));
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toBe(bodies[0]);
    expect(datadog.deployments.size).toBe(1);
    expect(run.step('post')!.summary).toContain('### ✅ Deployment sent to Datadog');
  });

  test('every answer lost: the warning and the summary say it may or may not have arrived, never "not sent"', async () => {
    const time = new TestTime();
    const arrivals = arrivalsOn(datadog, time);
    datadog.misbehaveOn(
      DEPLOYMENT,
      ...(['unframed-cut', 'short-body', 'reset', 'reset-mid-body', 'unframed-cut'] as const).map((lose) => ({
        lose,
        store: true,
      })),
    );
    const run = await job({ time });
    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    const post = run.step('post')!;
    expect(datadog.requests.filter((r) => r.path === DEPLOYMENT)).toHaveLength(5);
    // Each retry waited its backoff on the test clock: 1, 2, 4 and 8 s, with jitter never less than half.
    const sentAt = datadog.requests.flatMap((r, i) => (r.path === DEPLOYMENT ? [arrivals[i]!] : []));
    const waits = sentAt.slice(1).map((at, i) => at - sentAt[i]!);
    expect(waits).toHaveLength(4);
    waits.forEach((wait, i) => {
      expect(wait).toBeGreaterThanOrEqual(500 * 2 ** i);
      expect(wait).toBeLessThanOrEqual(1_000 * 2 ** i);
    });
    expect(post.endedAt - post.spawnedAt).toBe(sentAt.at(-1)! - sentAt[0]!);
    expect(datadog.deployments.size).toBe(1);
    expect(annotations(post)).toEqual([
      expect.stringMatching(
        /^Warning: .*and no attempts are left \(at most 5 per call\).* The deployment may or may not have arrived at Datadog: an answer was lost on the way\./,
      ),
    ]);
    expect(post.summary).toContain('### ⚠️ Deployment may or may not have reached Datadog');
    expect(post.summary).not.toMatch(/not sent/);
    // Its id was output by main, before the deploy: known whatever became of the answer.
    expect(run.step('main')!.outputs['deployment-id']).toBe(
      (datadog.requests.find((r) => r.path === DEPLOYMENT)?.body as { data: { attributes: { id: string } } }).data
        .attributes.id,
    );
  });

  test('X-RateLimit-Reset: 0 does not make a retry sooner than its backoff', async () => {
    const time = new TestTime();
    const arrivals = arrivalsOn(datadog, time);
    datadog.misbehaveOn(DEPLOYMENT, { status: 429, headers: { 'x-ratelimit-reset': '0' } });
    const run = await job({ time });
    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    const [first, second] = datadog.requests.flatMap((r, i) => (r.path === DEPLOYMENT ? [arrivals[i]!] : []));
    // The first backoff is 1 s with jitter: never less than half of it (on the test clock).
    expect(second! - first!).toBeGreaterThanOrEqual(500);
    expect(second! - first!).toBeLessThanOrEqual(1_000);
    expect(datadog.deployments.size).toBe(1);
  });

  test('a proxy variable that cannot be parsed is named in a warning, without its credentials', async () => {
    const run = await job({ env: { HTTP_PROXY: 'http://deploy-bot:pr0xy-s3cret-passw0rd@proxy host:3128' } });
    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    expect(annotations(run.step('post'))).toEqual([
      expect.stringMatching(
        /^Warning: HTTP_PROXY is set but is not a URL, so no proxy is used: 127\.0\.0\.1:\d+ is reached directly\./,
      ),
    ]);
    expect(run.everything()).not.toContain('pr0xy-s3cret-passw0rd');
    expect(datadog.deployments.size).toBe(1);
  });
});

describe('times are checked in main, before the deploy', () => {
  const iso = (ms: number) => new Date(ms).toISOString();

  test.each<[string, () => Record<string, string>, RegExp]>([
    [
      'started-at in the future',
      () => ({ 'started-at': iso(NOW + 3_600_000) }),
      /^Error: Input started-at is "[^"]+", in the future/,
    ],
    [
      'finished-at in the future',
      () => ({ 'finished-at': iso(NOW + 3_600_000) }),
      /^Error: Input finished-at is "[^"]+", in the future/,
    ],
    [
      'started-at older than two years',
      () => ({ 'started-at': iso(NOW - 800 * 86_400_000) }),
      /^Error: Input started-at is "[^"]+", more than two years ago/,
    ],
    [
      'a date that does not exist',
      () => ({ 'started-at': `${new Date(NOW).getUTCFullYear() - 1}-11-31T10:00:00Z` }),
      /^Error: Input started-at is "\d{4}-11-31T10:00:00Z": expected a real instant/,
    ],
    [
      'February 30',
      () => ({ 'finished-at': `${new Date(NOW).getUTCFullYear()}-02-30` }),
      /^Error: Input finished-at is "\d{4}-02-30": expected a real instant/,
    ],
    [
      "finished-at before the job's recorded start",
      () => ({ 'finished-at': iso(NOW - 3_600_000) }),
      /^Error: Input finished-at is "[^"]+", before the job's start, recorded when the job started \(/,
    ],
  ])('%s: refused, named, nothing sent', async (_name, inputs, message) => {
    const run = await job({ inputs: inputs() });
    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 1],
    ]);
    expect(annotations(run.step('main'))).toEqual([expect.stringMatching(message)]);
    expect(sent()).toEqual([]);
  });

  test('a failure with finished-at but no started-at starts now, so an earlier finish is refused', async () => {
    const run = await job({ inputs: { event: 'failure', 'finished-at': iso(NOW - 60_000) } });
    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 1],
    ]);
    expect(annotations(run.step('main'))).toEqual([
      expect.stringMatching(
        /^Error: Input finished-at is "[^"]+", before the start of a failure without started-at, now \(/,
      ),
    ]);
    expect(sent()).toEqual([]);
  });

  test('a start given a little ahead of this clock still ends after it begins', async () => {
    const run = await job({ inputs: { 'started-at': new Date(NOW + 60_000).toISOString() } });
    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    const attributes = (sent()[0]?.body as { data: { attributes: { started_at: number; finished_at: number } } }).data
      .attributes;
    expect(attributes.finished_at).toBeGreaterThanOrEqual(attributes.started_at);
  });
});

describe("the runner's files", () => {
  test('a state file that cannot be written: a warning that says the deployment cannot be sent, and the deploy goes on', async () => {
    for (const as of ['directory', '/dev/full'] as const) {
      const run = await job({ unwritable: [{ step: 'main', file: 'GITHUB_STATE', as }] });
      expect(exits(run)).toEqual([
        ['pre', 0],
        ['main', 0],
        ['post', 0],
      ]);
      expect(annotations(run.step('main'))).toEqual([
        expect.stringMatching(
          /^Warning: The runner's file GITHUB_STATE \(.+\) could not be written \((EISDIR|ENOSPC).*\)\. The deployment cannot be sent when the job ends: give finished-at to send it from this step instead\. The job keeps its result/,
        ),
      ]);
      expect(run.everything()).not.toContain('Unexpected error');
    }
    expect(sent()).toEqual([]);
  });

  test('pre that cannot write its state fails nothing: main times the deployment from its own start, and says so', async () => {
    const run = await job({ unwritable: [{ step: 'pre', file: 'GITHUB_STATE', as: '/dev/full' }] });
    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    expect(run.step('pre')!.raw).toBe('');
    expect(run.step('main')!.log).toContain('No start time was recorded when the job started');
    expect(datadog.deployments.size).toBe(1);
  });

  test('with fail-on-error, the same fails main with that message', async () => {
    const run = await job({
      inputs: { 'fail-on-error': 'true' },
      unwritable: [{ step: 'main', file: 'GITHUB_STATE', as: 'directory' }],
    });
    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 1],
    ]);
    expect(annotations(run.step('main'))).toEqual([
      expect.stringMatching(
        /^Error: The runner's file GITHUB_STATE .* could not be written .*The deployment cannot be sent when the job ends/,
      ),
    ]);
  });

  test('outputs and the summary that cannot be written: warnings, and the deployment is still sent', async () => {
    const run = await job({
      unwritable: [
        { step: 'main', file: 'GITHUB_OUTPUT', as: '/dev/full' },
        { step: 'post', file: 'GITHUB_STEP_SUMMARY', as: 'directory' },
      ],
    });
    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    expect(annotations(run.step('main'))).toEqual([
      expect.stringMatching(
        /^Warning: The runner's file GITHUB_OUTPUT \(\/dev\/full\) could not be written .*Output deployment-id is not set: later steps cannot read it\./,
      ),
      expect.stringMatching(/^Warning: The runner's file GITHUB_OUTPUT .*Output started-at is not set/),
    ]);
    expect(annotations(run.step('post'))).toEqual([
      expect.stringMatching(
        /^Warning: The runner's file GITHUB_STEP_SUMMARY .* could not be written .*This step shows no job summary/,
      ),
    ]);
    expect(datadog.deployments.size).toBe(1);
  });

  test('saved state that is not JSON, or lacks a field: a warning in post, never a stack trace', async () => {
    // finished-at given: main sends and saves nothing, so post sees only the state handed to it here.
    const finished = {
      'started-at': new Date(NOW - 60_000).toISOString(),
      'finished-at': new Date(NOW).toISOString(),
    };
    for (const state of ['{"deployment": {"id": "x"', '{"deployment": {"id": "x"}}']) {
      const run = await job({ inputs: finished, env: { STATE_deployment: state } });
      expect(exits(run)).toEqual([
        ['pre', 0],
        ['main', 0],
        ['post', 0],
      ]);
      expect(annotations(run.step('post'))).toEqual([
        expect.stringMatching(
          /^Warning: What main saved for the end of the job (is not JSON|lacks deployment\.service)/,
        ),
      ]);
      expect(run.step('post')!.raw).not.toMatch(/\n\s+at /);
    }
  });
});

describe('nothing holds the deploy', () => {
  test('remediates latest while Datadog stalls: main moves on within its short budget; post looks again and links', async () => {
    const failedAt = NOW - 3_600_000;
    datadog.deployments.set('failed-deployment-1', {
      id: 'failed-deployment-1',
      attributes: {
        id: 'failed-deployment-1',
        service: 'shop-api',
        env: 'production',
        started_at: failedAt - 60_000,
        finished_at: failedAt,
      },
    });
    datadog.misbehaveOn('/api/v1/validate', { hang: true });
    datadog.misbehaveOn(LIST, { hang: true });
    const time = new TestTime();
    const arrivals = arrivalsOn(datadog, time);
    const running = job({ time, inputs: { remediates: 'latest' } });
    const arrived = (path: string) => datadog.requests.filter((r) => r.path === path).length;
    /** Lets the job run on without moving time: whatever it was waiting for, it still waits. */
    const stillWaiting = async () => {
      const before = datadog.requests.length;
      for (let i = 0; i < 100; i++) await turn();
      expect(datadog.requests).toHaveLength(before);
    };

    // The key check hangs: it is given 5 s of the short budget, and not a millisecond more.
    await until(() => arrived('/api/v1/validate') === 1, running, 'the key check');
    const checkedAt = time.now();
    time.advance(4_999);
    await stillWaiting();
    expect(arrived(LIST)).toBe(0);
    time.advance(1);
    // Then the lookup hangs, with what is left of the 10 s.
    await until(() => arrived(LIST) === 1, running, 'the lookup');
    expect(time.now() - checkedAt).toBe(5_000);
    time.advance(4_999);
    await stillWaiting();
    // At 10 s main moves on; post looks again, at once, and sends.
    time.advance(1);
    const run = await running;

    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    const main = run.step('main')!;
    // The key check and the lookup share 10 s; the job's own deploy waits no longer.
    expect(main.endedAt - main.spawnedAt).toBe(10_000);
    expect(main.log).toMatch(
      /could not be looked up before the deploy .* It is looked up again when the job ends, before this deployment is sent\./,
    );
    expect(annotations(main)).toEqual([]);
    const lookups = datadog.requests.filter((r) => r.path === LIST);
    const deployment = datadog.requests.find((r) => r.path === DEPLOYMENT)!;
    const patch = datadog.requests.find((r) => r.method === 'PATCH')!;
    // The second lookup, in post, came before this deployment was sent: the latest was still the failed one.
    expect(lookups).toHaveLength(2);
    expect(arrivals[datadog.requests.indexOf(lookups[0]!)]).toBeLessThan(main.endedAt);
    expect(arrivals[datadog.requests.indexOf(lookups[1]!)]).toBeGreaterThanOrEqual(run.step('post')!.spawnedAt);
    expect(datadog.requests.indexOf(lookups[1]!)).toBeLessThan(datadog.requests.indexOf(deployment));
    // Each lookup's window ends at the step's own time, not the machine's.
    const windowEnds = lookups.map((r) => (r.body as { data: { attributes: { to: string } } }).data.attributes.to);
    expect(windowEnds).toEqual(
      lookups.map((r) => new Date(Math.floor(arrivals[datadog.requests.indexOf(r)]! / 1000) * 1000).toISOString()),
    );
    expect(patch.path).toBe(`${LIST}/failed-deployment-1`);
    expect(datadog.deployments.get('failed-deployment-1')?.attributes).toMatchObject({
      change_failure: true,
      remediation: { type: 'rollback' },
    });
  });

  test('nothing found to remediate is a warning, even with fail-on-error', async () => {
    const run = await job({ inputs: { remediates: 'latest', 'fail-on-error': 'true' } });
    expect(exits(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    expect(annotations(run.step('main'))).toEqual([
      expect.stringMatching(/^Warning: No deployment of shop-api in production was found to remediate/),
    ]);
    expect(datadog.deployments.size).toBe(1);
  });
});

describe('links to the right Datadog', () => {
  test('behind api-url, the summary links to the app of the site given', async () => {
    const run = await job({ inputs: { site: 'datadoghq.eu' } });
    expect(readable(run.step('post')!.summary)).toContain(
      'See it in [Delivery Performance](https://app.datadoghq.eu/ci/dora).',
    );
  });

  test('with no site at all, it says which app it assumes', async () => {
    const run = await job();
    expect(readable(run.step('post')!.summary)).toContain(
      'See it in [Delivery Performance](https://app.datadoghq.com/ci/dora) (on datadoghq.com, assumed: no site was given).',
    );
  });
});
