// event report across Datadog's retirement of DORA incidents: each step run in this process
// (__tests__/job.ts) on a time the test sets, against the stand-in for Datadog on the same time. A
// failure the action sent before 2026-12-31 (to the DORA API) and resolved after it (as an alert
// event) counts once.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog, startFakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { type JobRun, readable } from '../../scripts/local/runner.ts';
import { TestTime } from '../clock.ts';
import { type InProcessJobOptions, runJobInProcess } from '../job.ts';
import { tracked } from '../secrets.ts';

let datadog: FakeDatadog;
/** The time of the stand-in and of the jobs alike, as a test moves on from day to day. */
let time: TestTime;
const moveTo = (at: string) => {
  time = new TestTime(new Date(at));
};
// Kept past the job, which empties its own: the JSON file is read after.
let runnerTemp: string;
beforeAll(() => {
  runnerTemp = mkdtempSync(join(tmpdir(), 'report-incidents-'));
});
afterAll(() => rmSync(runnerTemp, { recursive: true, force: true }));
afterEach(async () => {
  expect(datadog.schemaErrors()).toEqual([]);
  await datadog.close();
});

const job = (options: InProcessJobOptions): Promise<JobRun> =>
  runJobInProcess({
    time,
    ...options,
    env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, GITHUB_REPOSITORY: 'acme/shop', ...options.env },
  }).then(tracked);
const failure = (inputs: Record<string, string>) =>
  job({
    inputs: {
      event: 'failure',
      'api-url': datadog.url,
      'events-url': datadog.intakeUrl,
      service: 'shop-api, checkout',
      env: 'production',
      name: 'Checkout down',
      ...inputs,
    },
  });

test('a failure sent to the DORA API, then resolved as an alert event, counts once, resolved; the summary says where incidents came from', async () => {
  moveTo('2026-12-20T10:00:00Z');
  datadog = await startFakeDatadog({ clock: () => time.now() });
  const opened = await failure({ 'started-at': '2026-12-20T09:30:00Z' });
  const failureId = opened.step('main')!.outputs['failure-id']!;
  expect(datadog.failures.has(failureId)).toBe(true);

  moveTo('2027-01-05T10:00:00Z');
  // The same failure resolved, now as an alert event; and a new one, open, sent only that way.
  const resolved = await failure({
    'failure-id': failureId,
    'started-at': '2026-12-20T09:30:00Z',
    'finished-at': '2027-01-05T09:15:00Z',
  });
  const another = await failure({ 'started-at': '2027-01-05T09:00:00Z' });
  expect([opened, resolved, another].map((run) => run.step('main')!.exitCode)).toEqual([0, 0, 0]);
  expect(datadog.events.map((event) => event.status)).toEqual(['ok', 'error']);

  moveTo('2027-01-13T09:00:00Z');
  const report = await job({
    inputs: { event: 'report', 'api-url': datadog.url, service: 'shop-api, checkout', env: 'production', weeks: '4' },
    env: { RUNNER_TEMP: runnerTemp },
  });
  const main = report.step('main')!;
  expect(main.exitCode).toBe(0);
  expect(main.log).not.toMatch(/^Warning/m);
  expect(main.outputs).toMatchObject({
    incidents: '2',
    'time-to-restore-seconds': String((Date.parse('2027-01-05T09:15:00Z') - Date.parse('2026-12-20T09:30:00Z')) / 1000),
  });
  expect(datadog.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
    expect.arrayContaining(['POST /api/v2/dora/failures', 'POST /api/v2/events/search']),
  );

  const summary = readable(main.summary).replaceAll('\u00a0', ' ');
  expect(summary).toContain(
    "**Incidents in the window**: 1 from Datadog's DORA failure list, 2 from alert events (1 in both, counted once).",
  );
  expect(summary).toContain('| Incidents, beside the change failure rate (not counted in it) | 2 (1 open) |');
  // After 2026-12-31 the notice has done its work.
  expect(summary).not.toContain('Datadog retires DORA incidents');
  const json = JSON.parse(readFileSync(main.outputs['report-json']!, 'utf8')) as {
    incidents: { id: string; sources: string[]; finishedAt: string | null }[];
  };
  expect(json.incidents.find((incident) => incident.id === failureId)).toMatchObject({
    sources: ['failure-list', 'alert-events'],
    finishedAt: '2027-01-05T09:15:00.000Z',
  });
});

test('the event search refused: a warning naming events_read, never a failure, even with fail-on-error; the list still counts', async () => {
  moveTo('2027-01-13T09:00:00Z');
  datadog = await startFakeDatadog({ clock: () => time.now() });
  datadog.seed({
    failures: [
      {
        id: 'incident-list-000001',
        services: ['shop-api'],
        env: 'production',
        started_at: Date.parse('2027-01-06T09:00:00Z'),
      },
    ],
  });
  datadog.misbehaveOn('/api/v2/events/search', { status: 403, body: { errors: ['Forbidden'] } });
  const main = (
    await job({
      inputs: {
        event: 'report',
        'api-url': datadog.url,
        service: 'shop-api',
        env: 'production',
        weeks: '4',
        'fail-on-error': 'true',
      },
    })
  ).step('main')!;
  expect([main.exitCode, main.outputs.incidents]).toEqual([0, '1']);
  expect(main.log).toMatch(
    /^Warning: Incidents from alert events are missing: Datadog refused the event search \(403\): the application key needs the events_read permission\.$/m,
  );
  expect(readable(main.summary)).toContain(
    '- Incidents from alert events are missing: Datadog refused the event search (403): the application key needs the events_read permission.',
  );
});
