// change-failure, stable, failure, and deployments that remediate: the action's steps, run in this
// process as the runner runs them, on a time the test moves, against the strict stand-in for Datadog.
import { describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { type JobRun, readable } from '../../scripts/local/runner.ts';
import { BEFORE_RETIREMENT, TestTime } from '../clock.ts';
import { arrivalsOn, type InProcessJobOptions, runJobInProcess } from '../job.ts';
import { tracked, WRONG_APP_KEY } from '../secrets.ts';
import { standInForEachTest } from '../stand-in.ts';

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));

const job = (options: InProcessJobOptions = {}) =>
  runJobInProcess({
    ...options,
    inputs: { 'api-url': datadog.url, ...options.inputs },
    env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, ...options.env },
  }).then(tracked);

const HOUR = 3_600_000;
// The job's time starts here (runJobInProcess's default), as the stand-in's does.
const now = BEFORE_RETIREMENT.getTime();
/** What the job's own steps between main and post take: post starts this long after main ended. */
const DEPLOY_MS = 10 * 60_000;
const seed = (id: string, service: string, env: string, finishedAt: number) =>
  datadog.deployments.set(id, {
    id,
    attributes: { id, service, env, started_at: finishedAt - 60_000, finished_at: finishedAt },
  });
const writes = () =>
  datadog.requests.filter(
    (r) => r.method !== 'GET' && !(r.method === 'POST' && /\/(deployments|failures)$/.test(r.path)),
  );
const green = (run: JobRun) =>
  expect(run.steps.map((s) => [s.step, s.exitCode])).toEqual([
    ['pre', 0],
    ['main', 0],
    ['post', 0],
  ]);
const annotations = (run: JobRun) => run.steps.flatMap((s) => s.log.match(/^(Warning|Error):.*/gm) ?? []);
const noKeys = (run: JobRun) => {
  expect(run.everything()).not.toContain(API_KEY);
  expect(run.everything()).not.toContain(APP_KEY);
};

describe('change-failure and stable', () => {
  test('marks the named deployment a change failure, remediated by another: one patch with both keys, nothing else written', async () => {
    seed('eG42zNIkVjM', 'shop-api', 'production', now - HOUR);
    seed('z_RwVLi7v4Y', 'shop-api', 'production', now - HOUR / 2);
    const run = await job({
      inputs: {
        event: 'change-failure',
        'deployment-id': 'eG42zNIkVjM',
        'remediation-id': 'z_RwVLi7v4Y',
        'remediation-type': 'rollforward',
      },
    });

    green(run);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual(['PATCH /api/v2/dora/deployments/eG42zNIkVjM']);
    const [patch] = writes();
    expect(patch?.headers['dd-api-key']).toBe(API_KEY);
    expect(patch?.headers['dd-application-key']).toBe(APP_KEY);
    expect(patch?.body).toEqual({
      data: {
        id: 'eG42zNIkVjM',
        type: 'dora_deployment_patch_request',
        attributes: { change_failure: true, remediation: { id: 'z_RwVLi7v4Y', type: 'rollforward' } },
      },
    });
    expect(datadog.deployments.get('eG42zNIkVjM')?.attributes).toMatchObject({ change_failure: true });
    const main = run.step('main')!;
    expect(main.outputs['deployment-id']).toBe('eG42zNIkVjM');
    expect(main.summary).toContain('### 🔴 Mark as a change failure accepted by Datadog');
    expect(main.summary).toContain('| Remediated by | `z_RwVLi7v4Y` (rollforward) |');
    expect(annotations(run)).toEqual([]);
    noKeys(run);
  });

  test('latest: the most recent deployment of the service in the env, looked up with quoted values', async () => {
    seed('old-deployment', 'shop-api', 'production', now - 3 * HOUR);
    seed('the-latest', 'shop-api', 'production', now - HOUR);
    seed('other-env', 'shop-api', 'staging', now - 60_000);
    seed('other-service', 'shop', 'production', now - 60_000);
    const run = await job({
      inputs: { event: 'change-failure', 'deployment-id': 'latest', service: 'shop-api', env: 'production' },
    });

    green(run);
    const lookup = datadog.requests.find((r) => r.path === '/api/v2/dora/deployments');
    expect((lookup?.body as { data: { attributes: object } }).data.attributes).toMatchObject({
      query: 'service:"shop-api" env:"production"',
      sort: '-finished_at',
      limit: 1,
    });
    expect(writes().map((r) => r.path)).toEqual(['/api/v2/dora/deployments/the-latest']);
    expect(run.step('main')!.outputs['deployment-id']).toBe('the-latest');
    expect(readable(run.step('main')!.summary)).toContain(
      '| Found as | the latest deployment of shop-api in production (the last 30 days) |',
    );
  });

  test('latest with nothing to find: a warning saying what to check, a green job, nothing written', async () => {
    seed('other-env', 'shop-api', 'staging', now - 60_000);
    const run = await job({
      inputs: { event: 'change-failure', 'deployment-id': 'latest', service: 'shop-api', env: 'production' },
    });
    green(run);
    expect(writes()).toEqual([]);
    expect(annotations(run)).toEqual([
      'Warning: No deployment of shop-api in production was found (the latest deployment of shop-api in production (the last 30 days)): nothing was marked. Check inputs service and env, or pass the id as deployment-id.',
    ]);
  });

  test("latest answered with another service's deployment: refused with a warning saying what came back, nothing marked", async () => {
    seed('other-service', 'checkout', 'production', now - 60_000);
    datadog.misbehaveOn('/api/v2/dora/deployments', {
      status: 200,
      body: {
        data: [
          {
            id: 'other-service',
            type: 'dora_deployment',
            attributes: {
              service: 'checkout',
              env: 'production',
              started_at: new Date(now - 120_000).toISOString(),
              finished_at: new Date(now - 60_000).toISOString(),
            },
          },
        ],
      },
    });
    const run = await job({
      inputs: { event: 'change-failure', 'deployment-id': 'latest', service: 'shop-api', env: 'production' },
    });
    green(run);
    expect(writes()).toEqual([]);
    expect(datadog.deployments.get('other-service')!.attributes.change_failure).toBeUndefined();
    expect(annotations(run)).toEqual([
      'Warning: Datadog answered the lookup of the latest deployment of shop-api in production (the last 30 days) with deployment "other-service", which does not match it: its service is "checkout", not "shop-api". Nothing was marked. The job keeps its result (fail-on-error is false).',
    ]);
    const main = run.step('main')!;
    expect(main.outputs).toEqual({});
    expect(main.summary).toContain('### ⚠️ Deployment not marked a change failure');
    expect(main.summary).toContain('| Deployment id | — |');
  });

  test('stable marks it back', async () => {
    seed('eG42zNIkVjM', 'shop-api', 'production', now - HOUR);
    datadog.deployments.get('eG42zNIkVjM')!.attributes.change_failure = true;
    const run = await job({ inputs: { event: 'stable', 'deployment-id': 'eG42zNIkVjM' } });
    green(run);
    expect(writes()).toHaveLength(1);
    expect((writes()[0]?.body as { data: { attributes: object } }).data.attributes).toEqual({ change_failure: false });
    expect(datadog.deployments.get('eG42zNIkVjM')?.attributes.change_failure).toBe(false);
    expect(run.step('main')!.summary).toContain('### 🟢 Mark as stable accepted by Datadog');
  });

  test('a missing application key fails main, naming app-key, with nothing sent', async () => {
    const run = await job({
      inputs: { event: 'change-failure', 'deployment-id': 'eG42zNIkVjM' },
      env: { DD_APP_KEY: '' },
    });
    expect(run.steps.map((s) => [s.step, s.exitCode])).toEqual([
      ['pre', 0],
      ['main', 1],
    ]);
    expect(run.step('main')!.log).toContain(
      'Error: Input app-key is required for event change-failure: marking a deployment is a write to Datadog: pass a Datadog application key with the dora_metrics_write and dora_metrics_read permissions from a secret (or set env DATADOG_APP_KEY or DD_APP_KEY).',
    );
    expect(datadog.requests).toEqual([]);
  });

  test('a 403 on the patch names the application key and dora_metrics_write, and the job stays green', async () => {
    const wrongAppKey = WRONG_APP_KEY;
    const run = await job({
      inputs: { event: 'change-failure', 'deployment-id': 'eG42zNIkVjM' },
      env: { DD_APP_KEY: wrongAppKey },
    });
    green(run);
    expect(annotations(run)[0]).toMatch(
      /^Warning: Datadog patch deployment failed after 1 attempt: Datadog answered HTTP 403 Forbidden: Forbidden\. The API key or the application key is not valid for 127\.0\.0\.1:\d+, or the application key lacks the dora_metrics_write permission\./,
    );
    expect(run.step('main')!.summary).toContain('### ⚠️ Deployment not marked a change failure');
    expect(run.everything()).not.toContain(wrongAppKey);
  });

  test('a 403 on the latest lookup names dora_metrics_read; with fail-on-error the step fails', async () => {
    datadog.misbehaveOn('/api/v2/dora/deployments', { status: 403, body: { errors: ['Forbidden'] } });
    const run = await job({
      inputs: {
        event: 'stable',
        'deployment-id': 'latest',
        service: 'shop-api',
        env: 'production',
        'fail-on-error': 'true',
      },
    });
    expect(run.step('main')!.exitCode).toBe(1);
    expect(run.step('main')!.log).toMatch(
      /^Error: Datadog list deployments failed after 1 attempt: .*the application key lacks the dora_metrics_read permission\./m,
    );
    expect(writes()).toEqual([]);
  });

  test('inputs that do not apply to the event are named in warnings', async () => {
    seed('eG42zNIkVjM', 'shop-api', 'production', now - HOUR);
    // version names a deployment to mark, with stable: team does not apply.
    const run = await job({
      inputs: { event: 'stable', 'deployment-id': 'eG42zNIkVjM', severity: 'SEV-1', team: 'payments' },
    });
    green(run);
    expect(annotations(run)).toEqual([
      'Warning: Input team does not apply to event stable; it is ignored.',
      'Warning: Input severity does not apply to event stable; it is ignored.',
    ]);
  });
});

describe('a deployment that remediates another', () => {
  test('sends itself, then marks the failed one a change failure remediated by it', async () => {
    seed('failed-deployment-1', 'shop-api', 'production', now - HOUR);
    const run = await job({
      inputs: {
        service: 'shop-api',
        env: 'production',
        remediates: 'failed-deployment-1',
        'remediation-type': 'rollback',
      },
    });

    green(run);
    const sent = writes();
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/v2/dora/deployment',
      'PATCH /api/v2/dora/deployments/failed-deployment-1',
    ]);
    const id = run.step('main')!.outputs['deployment-id'];
    expect((sent[1]?.body as { data: { attributes: object } }).data.attributes).toEqual({
      change_failure: true,
      remediation: { id, type: 'rollback' },
    });
    // What Datadog needs for recovery time: the failed deployment's finish, and its remediation's.
    const failed = datadog.deployments.get('failed-deployment-1')!.attributes;
    const remediation = datadog.deployments.get(id!)!.attributes;
    expect(failed).toMatchObject({ change_failure: true, remediation: { id, type: 'rollback' } });
    expect(Number(remediation.finished_at)).toBeGreaterThan(Number(failed.finished_at));
    expect(readable(run.step('post')!.summary)).toContain(
      '| Remediates | failed-deployment-1: marking it a change failure, remediated by this deployment (rollback), accepted by Datadog |',
    );
    noKeys(run);
  });

  test('latest: the previous deployment of the service in the env, found in main, patched once this one is sent', async () => {
    seed('previous-deployment', 'shop-api', 'production', now - HOUR);
    const time = new TestTime();
    const arrivals = arrivalsOn(datadog, time);
    const run = await job({
      time,
      deploy: { durationMs: DEPLOY_MS },
      inputs: { service: 'shop-api', env: 'production', remediates: 'latest' },
    });

    green(run);
    const main = run.step('main')!;
    // The deploy takes time, so that what arrived by main's end is told from what post sent.
    expect(run.step('post')!.spawnedAt).toBe(main.endedAt + DEPLOY_MS);
    const lookup = datadog.requests.findIndex((r) => r.path === '/api/v2/dora/deployments');
    expect(lookup).not.toBe(-1);
    expect(arrivals[lookup]).toBeLessThanOrEqual(main.endedAt);
    expect(main.log).toContain(
      'This deployment remediates previous-deployment, the latest deployment of shop-api in production (the last 30 days).',
    );
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/v2/dora/deployment',
      'PATCH /api/v2/dora/deployments/previous-deployment',
    ]);
    expect(datadog.deployments.get('previous-deployment')!.attributes).toMatchObject({
      change_failure: true,
      remediation: { id: main.outputs['deployment-id'], type: 'rollback' },
    });
  });

  test('with finished-at given, all of it happens in main', async () => {
    seed('failed-deployment-1', 'shop-api', 'production', now - HOUR);
    const time = new TestTime();
    const arrivals = arrivalsOn(datadog, time);
    const run = await job({
      time,
      deploy: { durationMs: DEPLOY_MS },
      inputs: {
        service: 'shop-api',
        remediates: 'failed-deployment-1',
        'started-at': new Date(now - 600_000).toISOString(),
        'finished-at': new Date(now).toISOString(),
      },
    });
    green(run);
    const main = run.step('main')!;
    expect(run.step('post')!.spawnedAt).toBe(main.endedAt + DEPLOY_MS);
    expect(arrivals).toHaveLength(datadog.requests.length);
    const writesArrivedAt = writes().map((r) => arrivals[datadog.requests.indexOf(r)]);
    expect(writesArrivedAt.every((at) => at !== undefined && at <= main.endedAt)).toBe(true);
    expect(writes()).toHaveLength(2);
    expect(main.summary).toContain('### ✅ Deployment sent to Datadog');
  });

  test("remediates: latest answered with another env's deployment: this one is sent, nothing is marked, a warning says why", async () => {
    seed('staging-deployment', 'shop-api', 'staging', now - HOUR);
    datadog.misbehaveOn('/api/v2/dora/deployments', {
      status: 200,
      body: {
        data: [
          {
            id: 'staging-deployment',
            type: 'dora_deployment',
            attributes: {
              service: 'shop-api',
              env: 'staging',
              started_at: new Date(now - HOUR - 60_000).toISOString(),
              finished_at: new Date(now - HOUR).toISOString(),
            },
          },
        ],
      },
    });
    const run = await job({ inputs: { service: 'shop-api', env: 'production', remediates: 'latest' } });
    green(run);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/v2/dora/deployment']);
    expect(annotations(run)).toEqual([
      expect.stringMatching(
        /^Warning: Datadog answered the lookup of the latest deployment of shop-api in production \(the last 30 days\) with deployment "staging-deployment", which does not match it: its env is "staging", not "production"\. This deployment is sent without a remediation link\./,
      ),
    ]);
    expect(run.step('post')!.summary).toContain('### ✅ Deployment sent to Datadog');
    expect(run.step('post')!.summary).not.toContain('Remediates');
  });

  test('without the application key, main fails naming app-key before the deploy', async () => {
    const run = await job({
      inputs: { service: 'shop-api', remediates: 'failed-deployment-1' },
      env: { DD_APP_KEY: '' },
    });
    expect(run.steps.map((s) => [s.step, s.exitCode])).toEqual([
      ['pre', 0],
      ['main', 1],
    ]);
    expect(run.step('main')!.log).toContain(
      'Error: Input app-key is required with remediates: marking the remediated deployment a change failure needs it',
    );
    expect(datadog.requests).toEqual([]);
  });
});

describe('failure events', () => {
  test('one accepted failure with its services, name, severity, env and times; resent with finished-at, the same failure is resolved', async () => {
    const startedAt = '2026-11-27T09:00:00Z';
    const opened = await job({
      clock: BEFORE_RETIREMENT,
      inputs: {
        event: 'failure',
        service: 'shop-api, checkout',
        name: 'Checkout down',
        severity: 'SEV-1',
        env: 'production',
        'started-at': startedAt,
      },
    });

    green(opened);
    const failureId = opened.step('main')!.outputs['failure-id']!;
    expect(failureId).toMatch(/^8123456789\.1\.deploy\.[a-f0-9]{16}$/);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/v2/dora/failure']);
    expect(writes()[0]?.headers['dd-application-key']).toBeUndefined();
    expect((writes()[0]?.body as { data: { attributes: object } }).data.attributes).toEqual({
      id: failureId,
      services: ['shop-api', 'checkout'],
      name: 'Checkout down',
      severity: 'SEV-1',
      env: 'production',
      started_at: Date.parse(startedAt),
      git: { commit_sha: '66adc9350f2cc9b250b69abddab733dd55e1a588', repository_url: 'https://github.com/acme/shop' },
      custom_tags: [
        'github.repository:acme/shop',
        'github.workflow:Deploy',
        'github.run_id:8123456789',
        'github.run_attempt:1',
        'github.job:deploy',
      ],
    });
    expect(opened.step('main')!.summary).toContain('### 🚨 Failure sent to Datadog');
    expect(opened.step('main')!.summary).toContain(
      'not yet: send the same failure-id again with finished-at to resolve it',
    );

    const resolved = await job({
      clock: BEFORE_RETIREMENT,
      inputs: {
        event: 'failure',
        service: 'shop-api, checkout',
        name: 'Checkout down',
        severity: 'SEV-1',
        env: 'production',
        'started-at': startedAt,
        'failure-id': failureId,
        'finished-at': '2026-11-27T09:45:00Z',
      },
    });
    green(resolved);
    expect(resolved.step('main')!.outputs['failure-id']).toBe(failureId);
    expect(datadog.failures.size).toBe(1);
    expect(datadog.failures.get(failureId)!.attributes).toMatchObject({
      started_at: Date.parse(startedAt),
      finished_at: Date.parse('2026-11-27T09:45:00Z'),
    });
    expect(resolved.step('main')!.summary).toContain('| Finished | 2026-11-27T09:45:00.000Z (after 45 min 0 s) |');
    noKeys(resolved);
  });

  test('its answer lost, then the retry refused: failure-id is still output, and the summary says the outcome is unknown', async () => {
    // A lost answer, then a rate limit past the call's budget: the call ends at once, the first attempt perhaps arrived.
    datadog.misbehaveOn(
      '/api/v2/dora/failure',
      { lose: 'reset', store: false },
      { status: 429, headers: { 'x-ratelimit-reset': '3600' }, body: { errors: ['Too many requests'] } },
    );
    const run = await job({
      clock: BEFORE_RETIREMENT,
      inputs: { event: 'failure', service: 'shop-api', name: 'Checkout down' },
    });
    green(run);
    const main = run.step('main')!;
    const sentId = (writes()[0]?.body as { data: { attributes: { id: string } } }).data.attributes.id;
    expect(writes().map((r) => r.path)).toEqual(['/api/v2/dora/failure', '/api/v2/dora/failure']);
    expect(main.outputs['failure-id']).toBe(sentId);
    expect(annotations(run)).toEqual([
      expect.stringMatching(
        /^Warning: .*past this call's 45 s budget.* The failure may or may not have arrived at Datadog: an answer was lost on the way\./,
      ),
    ]);
    expect(main.summary).toContain('### ⚠️ Failure may or may not have reached Datadog');
    expect(main.summary).toContain(`| Failure id | \`${sentId}\` |`);
  });

  test('refused outright: the id it carried is still output, for a later step to send it again', async () => {
    datadog.misbehaveOn('/api/v2/dora/failure', { status: 400, body: { errors: ['Bad Request'] } });
    const run = await job({ clock: BEFORE_RETIREMENT, inputs: { event: 'failure', service: 'shop-api' } });
    green(run);
    const main = run.step('main')!;
    expect(main.outputs['failure-id']).toMatch(/^8123456789\.1\.deploy\.[a-f0-9]{16}$/);
    expect(main.summary).toContain('### ⚠️ Failure not sent to Datadog');
  });

  test('a failure id without its start time is refused before anything is sent', async () => {
    const run = await job({
      clock: BEFORE_RETIREMENT,
      inputs: {
        event: 'failure',
        service: 'shop-api',
        'failure-id': 'incident-2026-11-27-001',
        'finished-at': '2026-11-27T09:45:00Z',
      },
    });
    expect(run.step('main')!.exitCode).toBe(1);
    expect(run.step('main')!.log).toContain('Error: Input started-at is required with failure-id');
    expect(datadog.requests).toEqual([]);
  });
});

describe('marks by version, and outcomes that claim no more than Datadog said', () => {
  const BY_VERSION = '/api/v2/dora/deployments';

  test('change-failure by version, remediated by version: exactly one by-version patch, no lookup, nothing else written', async () => {
    seed('v1-old', 'shop-api', 'production', now - 3 * HOUR);
    seed('v1-latest', 'shop-api', 'production', now - 2 * HOUR);
    for (const id of ['v1-old', 'v1-latest']) datadog.deployments.get(id)!.attributes.version = 'v1.4.2';
    const run = await job({
      inputs: {
        event: 'change-failure',
        version: 'v1.4.2',
        service: 'shop-api',
        env: 'production',
        'remediation-version': 'v1.4.1',
      },
    });

    green(run);
    expect(datadog.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH ${BY_VERSION}`]);
    expect(datadog.requests[0]!.body).toEqual({
      data: {
        type: 'dora_deployment_patch_request',
        attributes: {
          service: 'shop-api',
          env: 'production',
          version: 'v1.4.2',
          change_failure: true,
          remediation: { version: 'v1.4.1', type: 'rollback' },
        },
      },
    });
    expect(datadog.deployments.get('v1-latest')!.attributes).toMatchObject({ change_failure: true });
    expect(datadog.deployments.get('v1-old')!.attributes.change_failure).toBeUndefined();
    const main = run.step('main')!;
    expect(main.outputs).toEqual({});
    expect(main.log).toContain(
      'Datadog accepted marking the most recently finished deployment of shop-api in production with version v1.4.2 a change failure, remediated by version v1.4.1 (rollback) (HTTP 202); its answer does not say whether a deployment matched.',
    );
    expect(main.summary).toContain('### 🔴 Mark as a change failure accepted by Datadog');
    expect(readable(main.summary)).toContain(
      "| Version | the most recently finished deployment of `shop-api` in `production` with version `v1.4.2`, if one matches: Datadog's answer does not say |",
    );
    expect(annotations(run)).toEqual([]);
  });

  test('stable by version, with service and env from DD_SERVICE and DD_ENV', async () => {
    const run = await job({
      inputs: { event: 'stable', version: 'v2' },
      env: { DD_SERVICE: 'shop-api', DD_ENV: 'production' },
    });
    green(run);
    expect(writes().map((r) => (r.body as { data: { attributes: object } }).data.attributes)).toEqual([
      { service: 'shop-api', env: 'production', version: 'v2', change_failure: false },
    ]);
  });

  test('remediation-version reaches Datadog in the patch by id too', async () => {
    seed('eG42zNIkVjM', 'shop-api', 'production', now - HOUR);
    const run = await job({
      inputs: {
        event: 'change-failure',
        'deployment-id': 'eG42zNIkVjM',
        'remediation-version': 'v1.4.1',
        'remediation-type': 'rollforward',
      },
    });
    green(run);
    expect(writes().map((r) => [r.path, (r.body as { data: { attributes: object } }).data.attributes])).toEqual([
      [
        '/api/v2/dora/deployments/eG42zNIkVjM',
        { change_failure: true, remediation: { version: 'v1.4.1', type: 'rollforward' } },
      ],
    ]);
  });

  test.each<[string, Record<string, string>, RegExp]>([
    [
      'both ways of naming it',
      { 'deployment-id': 'eG42zNIkVjM', version: 'v1', service: 'shop-api', env: 'production' },
      /^Error: Inputs deployment-id and version are both given for event change-failure/,
    ],
    [
      'neither',
      { service: 'shop-api', env: 'production' },
      /^Error: Input deployment-id or version is required for event change-failure/,
    ],
    [
      'both remediations',
      { 'deployment-id': 'eG42zNIkVjM', 'remediation-id': 'abc', 'remediation-version': 'v2' },
      /^Error: Inputs remediation-id and remediation-version are both given/,
    ],
  ])('%s: refused before anything is sent', async (_name, inputs, message) => {
    const run = await job({ inputs: { event: 'change-failure', ...inputs } });
    expect(run.steps.map((s) => [s.step, s.exitCode])).toEqual([
      ['pre', 0],
      ['main', 1],
    ]);
    expect(annotations(run)).toEqual([expect.stringMatching(message)]);
    expect(datadog.requests).toEqual([]);
  });

  test('a mark of an id Datadog does not know: accepted, then a warning naming the id; the job keeps its result, even with fail-on-error', async () => {
    const run = await job({
      inputs: {
        event: 'change-failure',
        'deployment-id': 'no-such-deployment',
        'remediation-id': 'nor-this-one',
        'fail-on-error': 'true',
      },
    });
    green(run);
    expect(datadog.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'PATCH /api/v2/dora/deployments/no-such-deployment',
      'GET /api/v2/dora/deployments/no-such-deployment',
      'GET /api/v2/dora/deployments/nor-this-one',
    ]);
    expect(annotations(run)).toEqual([
      'Warning: Datadog knows no deployment no-such-deployment (input deployment-id): if the id is wrong, the mark has no effect. Datadog may also not show yet a deployment sent seconds ago.',
      'Warning: Datadog knows no deployment nor-this-one (input remediation-id): if the id is wrong, the mark has no effect. Datadog may also not show yet a deployment sent seconds ago.',
    ]);
    expect(run.step('main')!.summary).toContain('### 🔴 Mark as a change failure accepted by Datadog');
    expect(run.everything()).not.toMatch(/is marked/);
  });

  test('remediates an id Datadog does not know: the link is accepted, and a warning names it', async () => {
    const run = await job({ inputs: { service: 'shop-api', env: 'production', remediates: 'no-such-deployment' } });
    green(run);
    expect(annotations(run)).toEqual([
      expect.stringMatching(/^Warning: Datadog knows no deployment no-such-deployment \(input remediates\)/),
    ]);
  });

  test('dry run of a change failure by version, remediated by version: the body it would send, nothing sent', async () => {
    const run = await job({
      inputs: {
        event: 'change-failure',
        version: 'v2',
        service: 'shop-api',
        env: 'production',
        'remediation-version': 'v1',
        'dry-run': 'true',
      },
      env: { DD_API_KEY: '', DD_APP_KEY: '' },
    });
    green(run);
    expect(datadog.requests).toEqual([]);
    const shown = run.step('main')!.log;
    expect(JSON.parse(shown.slice(shown.indexOf('{'), shown.lastIndexOf('}') + 1))).toEqual({
      data: {
        type: 'dora_deployment_patch_request',
        attributes: {
          service: 'shop-api',
          env: 'production',
          version: 'v2',
          change_failure: true,
          remediation: { version: 'v1', type: 'rollback' },
        },
      },
    });
  });

  test('dry run by version: the patch it would send, nothing sent', async () => {
    const run = await job({
      inputs: { event: 'stable', version: 'v2', service: 'shop-api', env: 'production', 'dry-run': 'true' },
      env: { DD_API_KEY: '', DD_APP_KEY: '' },
    });
    green(run);
    expect(datadog.requests).toEqual([]);
    expect(run.step('main')!.log).toContain(`PATCH ${datadog.url}${BY_VERSION}\n`);
    expect(run.step('main')!.summary).toContain('### 🧪 Deployment not marked (dry run)');
  });
});

describe('dry run writes nothing, for every event', () => {
  test('change-failure by id shows the patch', async () => {
    const run = await job({
      inputs: { event: 'change-failure', 'deployment-id': 'eG42zNIkVjM', 'dry-run': 'true' },
      env: { DD_API_KEY: '', DD_APP_KEY: '' },
    });
    green(run);
    expect(datadog.requests).toEqual([]);
    expect(run.step('main')!.log).toContain(`PATCH ${datadog.url}/api/v2/dora/deployments/eG42zNIkVjM`);
    expect(run.step('main')!.summary).toContain('### 🧪 Deployment not marked (dry run)');
  });

  test('latest without both keys says what it would look up', async () => {
    const run = await job({
      inputs: { event: 'stable', 'deployment-id': 'latest', service: 'shop-api', env: 'production', 'dry-run': 'true' },
      env: { DD_APP_KEY: '' },
    });
    green(run);
    expect(datadog.requests).toEqual([]);
    expect(run.step('main')!.log).toContain(
      'Dry run: the latest deployment of shop-api in production (the last 30 days) would be looked up (a dry run reads only when both keys are given), and marked stable.',
    );
  });

  test('latest with both keys reads, and writes nothing', async () => {
    seed('the-latest', 'shop-api', 'production', now - HOUR);
    const run = await job({
      inputs: {
        event: 'change-failure',
        'deployment-id': 'latest',
        service: 'shop-api',
        env: 'production',
        'dry-run': 'true',
      },
    });
    green(run);
    expect(datadog.requests.map((r) => r.path)).toEqual(['/api/v2/dora/deployments']);
    expect(writes()).toEqual([]);
    expect(run.step('main')!.outputs['deployment-id']).toBe('the-latest');
    expect(datadog.deployments.get('the-latest')!.attributes.change_failure).toBeUndefined();
  });

  test('failure', async () => {
    const run = await job({
      clock: BEFORE_RETIREMENT,
      inputs: { event: 'failure', team: 'payments', 'dry-run': 'true' },
      env: { DD_API_KEY: '' },
    });
    green(run);
    expect(datadog.requests).toEqual([]);
    expect(run.step('main')!.log).toContain(`POST ${datadog.url}/api/v2/dora/failure`);
    expect(run.step('main')!.outputs['failure-id']).toMatch(/^8123456789\.1\.deploy\./);
  });

  test('a deployment that remediates shows both requests when the job ends', async () => {
    const run = await job({
      inputs: { service: 'shop-api', remediates: 'failed-deployment-1', 'dry-run': 'true' },
      env: { DD_API_KEY: '', DD_APP_KEY: '' },
    });
    green(run);
    expect(datadog.requests).toEqual([]);
    const post = run.step('post')!;
    expect(post.log).toContain(`POST ${datadog.url}/api/v2/dora/deployment`);
    expect(post.log).toContain(`PATCH ${datadog.url}/api/v2/dora/deployments/failed-deployment-1`);
  });
});
