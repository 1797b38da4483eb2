// The committed dist/, each step a node process of its own as the runner runs it: each deploy-side
// event's lifecycle once, the exit codes the runner reads, and the commands it reads from stdout.
// What the steps do in every case is tested in-process (__tests__/job/); the report and the export
// have their own (report-dist.test.ts), Node 20 and proxies theirs (node20, network).
import { describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { type JobOptions, type JobRun, runJob } from '../../scripts/local/runner.ts';
import { BEFORE_RETIREMENT } from '../clock.ts';
import { tracked } from '../secrets.ts';
import { standInForEachTest } from '../stand-in.ts';

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));

const job = (options: JobOptions = {}) =>
  runJob({
    clock: BEFORE_RETIREMENT,
    ...options,
    inputs: { 'api-url': datadog.url, service: 'shop-api', env: 'production', ...options.inputs },
    env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, ...options.env },
  }).then(tracked);

const exitCodes = (run: JobRun) => run.steps.map((s) => [s.step, s.exitCode]);
const writes = () => datadog.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
// A crash prints V8's frames; the action's own messages never do.
const stackTraces = (run: JobRun) => run.steps.flatMap((s) => s.raw.match(/^\s+at .*$/gm) ?? []);

describe('deployment', () => {
  test('pre, main and post exit 0; one deployment, timed from pre to post; the keys masked first in main and post', async () => {
    // On the machine's own clock: the preload that sets a date starts each process at that same instant.
    const run = await job({ clock: undefined, inputs: { version: 'v1.4.2' }, deploy: { durationMs: 300 } });

    expect(exitCodes(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    expect(writes()).toEqual(['POST /api/v2/dora/deployment']);
    const sent = datadog.requests.find((r) => r.method === 'POST');
    const { started_at, finished_at } = (sent?.body as { data: { attributes: Record<string, number> } }).data
      .attributes;
    const [pre, , post] = run.steps;
    expect(started_at).toBeGreaterThanOrEqual(pre!.spawnedAt);
    expect(started_at).toBeLessThanOrEqual(pre!.endedAt);
    expect(finished_at).toBeGreaterThanOrEqual(post!.spawnedAt);
    expect(finished_at).toBeLessThanOrEqual(post!.endedAt);
    expect(finished_at! - started_at!).toBeGreaterThanOrEqual(300);
    for (const step of run.steps.filter((s) => s.step !== 'pre')) {
      expect(step.raw.startsWith(`::add-mask::${API_KEY}${'\n'}::add-mask::${APP_KEY}`)).toBe(true);
    }
    expect(run.step('main')?.outputs['deployment-id']).toMatch(/^8123456789\.1\.deploy\.[a-f0-9]{16}$/);
    expect(run.step('post')?.summary).toContain('### ✅ Deployment sent to Datadog');
    expect(stackTraces(run)).toEqual([]);
  });

  test('a bad input: main exits 1 with an error command naming it, and nothing is sent', async () => {
    const run = await job({ inputs: { tags: 'not a tag' } });

    // A step that failed fails the job: post, which runs only after success, does not run.
    expect(exitCodes(run)).toEqual([
      ['pre', 0],
      ['main', 1],
    ]);
    expect(run.step('main')?.raw).toMatch(/^::error::Input tags /m);
    expect(datadog.requests).toEqual([]);
  });

  test('Datadog refusing with fail-on-error: post exits 1 with the error; without it, 0 with a warning', async () => {
    datadog.misbehaveOn('/api/v2/dora/deployment', { status: 403, body: { errors: ['Forbidden'] } });
    const failing = await job({ inputs: { 'fail-on-error': 'true' } });
    expect(exitCodes(failing).at(-1)).toEqual(['post', 1]);
    expect(failing.step('post')?.raw).toMatch(/^::error::Datadog send deployment failed/m);

    datadog.misbehaveOn('/api/v2/dora/deployment', { status: 403, body: { errors: ['Forbidden'] } });
    const green = await job();
    expect(exitCodes(green).at(-1)).toEqual(['post', 0]);
    expect(green.step('post')?.raw).toMatch(/^::warning title=DORA deployment not sent::/m);
  });

  test('a job whose deploy fails: post does not run, nothing is sent', async () => {
    const run = await job({ deploy: { succeeds: false } });
    expect(run.steps.map((s) => s.step)).toEqual(['pre', 'main']);
    expect(writes()).toEqual([]);
  });
});

describe('marks and failures', () => {
  test('change-failure by id: main patches it at once, exit codes 0, post sends nothing', async () => {
    const run = await job({
      inputs: {
        event: 'change-failure',
        service: '',
        env: '',
        'deployment-id': 'eG42zNIkVjM',
        'remediation-id': 'z_RwVLi7v4Y',
        'remediation-type': 'rollback',
      },
    });
    expect(exitCodes(run)).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    expect(writes()).toEqual(['PATCH /api/v2/dora/deployments/eG42zNIkVjM']);
    expect(run.step('main')?.outputs['deployment-id']).toBe('eG42zNIkVjM');
  });

  test('stable by version: one patch by version (on the collection, naming the version in its body)', async () => {
    const run = await job({ inputs: { event: 'stable', version: 'v1.4.2' } });
    expect(exitCodes(run).map(([, code]) => code)).toEqual([0, 0, 0]);
    expect(writes()).toEqual(['PATCH /api/v2/dora/deployments']);
  });

  test('failure: before 2026-12-31 a DORA failure, from then an alert event, each from main', async () => {
    const before = await job({ inputs: { event: 'failure', name: 'Checkout down', severity: 'SEV-2' } });
    expect(writes()).toEqual(['POST /api/v2/dora/failure']);
    expect(before.step('main')?.raw).toMatch(/^::notice title=DORA incidents retire on 2026-12-31::/m);

    datadog.requests.length = 0;
    const after = await job({
      clock: new Date('2027-01-05T10:00:00Z'),
      inputs: { event: 'failure', name: 'Checkout down', severity: 'SEV-2', 'events-url': datadog.intakeUrl },
    });
    expect(exitCodes(after).map(([, code]) => code)).toEqual([0, 0, 0]);
    expect(writes()).toEqual(['POST /api/v2/events']);
    expect(after.step('main')?.outputs['failure-id']).toMatch(/^8123456789\.1\.deploy\.[a-f0-9]{16}$/);
  });
});
