// event: failure on either side of 2026-12-31, when Datadog retires DORA incident ingestion: the
// action's steps, run in this process as the runner runs them, on a time the test moves, against
// the stand-ins for Datadog's API host and its event intake host, both on that same time.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog, startFakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { type JobRun, readable } from '../../scripts/local/runner.ts';
import { TestTime } from '../clock.ts';
import { type InProcessJobOptions, runJobInProcess } from '../job.ts';
import { tracked } from '../secrets.ts';

const BEFORE = new Date('2026-12-20T10:00:00.000Z');
const AFTER = new Date('2027-01-05T10:00:00.000Z');

let datadog: FakeDatadog;
let time: TestTime;
beforeEach(() => {
  time = new TestTime(AFTER);
});
afterEach(async () => {
  expect(datadog.schemaErrors()).toEqual([]);
  await datadog.close();
});

/**
 * The stand-ins and the job on one time, starting at `at`: the stand-ins read the job's clock, in
 * whole milliseconds as a Date holds them (a backoff moves the timer by fractions of one).
 */
async function at(start: Date): Promise<void> {
  time = new TestTime(start);
  datadog = await startFakeDatadog({ clock: () => time.clock().getTime() });
}

const job = (options: InProcessJobOptions = {}) =>
  runJobInProcess({
    time,
    ...options,
    inputs: { event: 'failure', 'api-url': datadog.url, 'events-url': datadog.intakeUrl, ...options.inputs },
    env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, ...options.env },
  }).then(tracked);

const doraFailureRequests = () => datadog.requests.filter((r) => /^\/api\/v2\/dora\/(failure|incident)/.test(r.path));
const eventRequests = () => datadog.requests.filter((r) => /^\/api\/v[12]\/events$/.test(r.path));
const green = (run: JobRun) =>
  expect(run.steps.map((s) => [s.step, s.exitCode])).toEqual([
    ['pre', 0],
    ['main', 0],
    ['post', 0],
  ]);
const annotations = (run: JobRun) => run.steps.flatMap((s) => s.log.match(/^(Notice|Warning|Error):.*/gm) ?? []);
const failure = { service: 'shop-api, checkout', name: 'Checkout down', severity: 'SEV-1', env: 'production' };

test('before the date: one DORA failure request, and the notice once in the log and the summary', async () => {
  await at(BEFORE);
  const run = await job({ inputs: { ...failure, 'started-at': '2026-12-20T09:30:00Z' } });

  green(run);
  expect(doraFailureRequests().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/v2/dora/failure']);
  expect(eventRequests()).toEqual([]);
  const notices = annotations(run);
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatch(
    /^Notice: Datadog retires DORA incidents: from 2026-12-31 it takes no more failure events, and from 2027-03-31 it no longer shows or exports them\./,
  );
  expect(notices[0]).toContain('mark the deployment that failed: event change-failure');
  expect(notices[0]).toContain('export it with event: export before 2027-03-31');
  const summary = readable(run.step('main')!.summary);
  expect(summary).toContain('### 🚨 Failure sent to Datadog');
  expect(summary).toContain('| Sent as | DORA failure (incident) event |');
  expect(summary).toContain('ℹ️ Datadog retires DORA incidents: from 2026-12-31');
  expect(summary).toContain('](https://docs.datadoghq.com/delivery%5Fperformance/guide/dora-incident-deprecation/)');
});

describe('after the date', () => {
  test('no DORA failure request: one valid alert event, then the same id resolved by a second step; times of any age in custom', async () => {
    await at(AFTER);
    const startedAt = '2027-01-02T08:00:00Z';
    const opened = await job({ inputs: { ...failure, 'started-at': startedAt } });

    green(opened);
    const failureId = opened.step('main')!.outputs['failure-id']!;
    expect(failureId).toMatch(/^8123456789\.1\.deploy\.[a-f0-9]{16}$/);
    expect(doraFailureRequests()).toEqual([]);
    expect(eventRequests().map((r) => `${r.host} ${r.method} ${r.path}`)).toEqual(['intake POST /api/v2/events']);
    expect(eventRequests()[0]!.headers['dd-application-key']).toBe(APP_KEY);
    expect(datadog.events).toHaveLength(1);
    const [open] = datadog.events;
    expect(open).toMatchObject({
      via: 'v2',
      category: 'alert',
      status: 'error',
      title: 'Checkout down',
      priority: '1',
      aggregation_key: failureId,
    });
    // Three days old: too old for Datadog's timestamp, so the receipt is stamped and the start kept in custom.
    expect(open!.timestamp).toBeGreaterThanOrEqual(AFTER.getTime());
    expect(open!.custom).toMatchObject({
      failure_id: failureId,
      started_at: '2027-01-02T08:00:00.000Z',
      services: ['shop-api', 'checkout'],
    });
    expect(open!.tags).toEqual(
      expect.arrayContaining([
        `dora.failure_id:${failureId}`,
        'service:shop-api',
        'dora.service:shop-api',
        'dora.service:checkout',
        'env:production',
        'severity:SEV-1',
        'github.repository:acme/shop',
        'github.run_id:8123456789',
      ]),
    );
    expect(annotations(opened)).toEqual([]);
    const summary = readable(opened.step('main')!.summary);
    expect(summary).toContain('| Sent as | alert event, Events API v2 |');
    expect(summary).toContain(`/event/explorer?query=dora.failure%5Fid%3A${failureId}`);
    expect(opened.step('main')!.log).toContain(
      `Datadog accepted failure ${failureId} as an alert event (Events API v2)`,
    );

    const resolved = await job({
      inputs: { ...failure, 'started-at': startedAt, 'failure-id': failureId, 'finished-at': '2027-01-05T09:15:00Z' },
    });
    green(resolved);
    expect(resolved.step('main')!.outputs['failure-id']).toBe(failureId);
    expect(datadog.events).toHaveLength(2);
    expect(datadog.events[1]).toMatchObject({
      status: 'ok',
      aggregation_key: failureId,
      timestamp: Date.parse('2027-01-05T09:15:00Z'),
    });
    expect(datadog.events[1]!.custom).toMatchObject({
      started_at: '2027-01-02T08:00:00.000Z',
      finished_at: '2027-01-05T09:15:00.000Z',
    });
    expect(doraFailureRequests()).toEqual([]);
  });

  test('without an application key: one v1 event on the API host, with the same tags, and a green job', async () => {
    await at(AFTER);
    const run = await job({ inputs: { ...failure, 'started-at': '2027-01-05T09:00:00Z' }, env: { DD_APP_KEY: '' } });

    green(run);
    expect(eventRequests().map((r) => `${r.host} ${r.method} ${r.path}`)).toEqual(['api POST /api/v1/events']);
    expect(eventRequests()[0]!.headers['dd-application-key']).toBeUndefined();
    const failureId = run.step('main')!.outputs['failure-id']!;
    const [event] = datadog.events;
    expect(event).toMatchObject({
      via: 'v1',
      status: 'error',
      aggregation_key: failureId,
      timestamp: Date.parse('2027-01-05T09:00:00Z'),
    });
    expect(event!.tags).toEqual(
      expect.arrayContaining([
        `dora.failure_id:${failureId}`,
        'service:shop-api',
        'dora.service:checkout',
        'dora.started_at:2027-01-05T09:00:00.000Z',
      ]),
    );
    expect(readable(run.step('main')!.summary)).toContain(
      '| Sent as | event, Events API v1 (no application key, or api-url without events-url) |',
    );
    expect(doraFailureRequests()).toEqual([]);
  });

  test('with api-url and no events-url, nothing goes to a host that was not named: v1 on api-url', async () => {
    await at(AFTER);
    const run = await job({ inputs: { ...failure, 'events-url': '' } });
    green(run);
    expect(eventRequests().map((r) => `${r.host} ${r.path}`)).toEqual(['api /api/v1/events']);
  });

  test('a lost answer: the event goes again, and the step says Datadog may hold it twice', async () => {
    await at(AFTER);
    datadog.misbehaveOn('/api/v2/events', { lose: 'reset', store: true });
    const run = await job({ inputs: failure });
    green(run);
    expect(datadog.events).toHaveLength(2);
    const failureId = run.step('main')!.outputs['failure-id']!;
    expect(run.step('main')!.log).toContain(
      `Datadog, which cannot tell the two apart, may hold it twice; the action's report counts failure ${failureId} once.`,
    );
    expect(readable(run.step('main')!.summary)).toContain(
      "| Sent twice? | An attempt's answer was lost and the event went again",
    );
  });
});

test('Datadog answering the DORA failure API 410 before the date: treated as after, one DORA request then the alert event', async () => {
  await at(BEFORE);
  datadog.misbehaveOn('/api/v2/dora/failure', {
    status: 410,
    body: { errors: [{ status: '410', title: 'Gone', detail: 'This API has been retired.' }] },
  });
  const run = await job({ inputs: { ...failure, 'started-at': '2026-12-20T09:30:00Z' } });

  green(run);
  expect(doraFailureRequests()).toHaveLength(1);
  expect(eventRequests().map((r) => `${r.host} ${r.path}`)).toEqual(['intake /api/v2/events']);
  expect(datadog.events[0]).toMatchObject({ status: 'error', timestamp: Date.parse('2026-12-20T09:30:00Z') });
  expect(annotations(run)).toEqual([
    expect.stringMatching(/^Notice: Datadog retires DORA incidents/),
    expect.stringMatching(
      /^Notice: Datadog says DORA incident ingestion \(sending and deleting failure events\) is gone: Datadog send failure failed after 1 attempt: Datadog answered HTTP 410 Gone: This API has been retired\..*The failure goes as an alert event instead\.$/,
    ),
  ]);
  expect(readable(run.step('main')!.summary)).toContain('| Why | Datadog says DORA incident ingestion');
});
