// event report over the bench's history (five services, twelve weeks, thousands of deployments),
// each step run in this process as the runner runs it (__tests__/job.ts): every figure, and the
// summary GitHub would show. The same figures from the committed dist/ on the Node 20 some runners
// fall back to: e2e/report-dist.test.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog, startFakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { createReportHistory, type ReportHistory, seedReportHistory } from '../../scripts/local/report-history.ts';
import type { JobRun } from '../../scripts/local/runner.ts';
import { BEFORE_RETIREMENT, standInBeforeRetirement } from '../clock.ts';
import { runJobInProcess } from '../job.ts';
import { expectOnlyAllowedHtml } from '../report/summary-checks.ts';
import { mermaidBlocks, mermaidParser } from '../report/summary-mermaid.ts';
import { tracked } from '../secrets.ts';

const GITHUB_MAX_SUMMARY_BYTES = 1024 * 1024;

let root: string;
let datadog: FakeDatadog;
let history: ReportHistory;
let run: JobRun;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'report-history-'));
  // A day before DORA incidents retire, for the stand-in, the history and the jobs alike.
  datadog = await startFakeDatadog({ clock: standInBeforeRetirement });
  history = await createReportHistory(join(root, 'repository'), {
    now: BEFORE_RETIREMENT,
    weeks: 12,
    services: 5,
    deploymentsPerWeek: 70,
    incidentsPerWeek: 5.8,
  });
  seedReportHistory(datadog, history);
  run = await report();
}, 60_000);
afterAll(async () => {
  await datadog.close();
  rmSync(root, { recursive: true, force: true });
});

const report = () =>
  runJobInProcess({
    clock: BEFORE_RETIREMENT,
    inputs: { event: 'report', service: '*', 'api-url': datadog.url, 'max-change-failure-rate': '50' },
    env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, RUNNER_TEMP: mkdtempSync(join(root, 'runner-temp-')) },
    workspace: history.directory,
  }).then(tracked);

test('thousands of deployments: every figure, a passing gate, lead time from the checkout, only lists asked of Datadog', () => {
  const main = run.step('main')!;
  expect([main.exitCode, main.outputs.gate]).toEqual([0, 'pass']);
  expect(Number(main.outputs.deployments)).toBeGreaterThan(3500);
  for (const name of [
    'deployments-per-week',
    'change-failure-rate',
    'rework-rate',
    'change-lead-time-seconds',
    'recovery-time-seconds',
    'time-to-restore-seconds',
    'incidents',
  ]) {
    expect({ name, value: main.outputs[name] }).toEqual({ name, value: expect.stringMatching(/^\d+(\.\d\d)?$/) });
  }
  expect(main.log).not.toMatch(/^Warning/m);
  const json = JSON.parse(readFileSync(main.outputs['report-json']!, 'utf8')) as {
    groups: unknown[];
    selection: { weeks: unknown[] };
  };
  expect([json.groups.length, json.selection.weeks.length]).toEqual([6, 12]);
  expect(
    datadog.requests.every((r) => r.method === 'POST' && /^\/api\/v2\/dora\/(deployments|failures)$/.test(r.path)),
  ).toBe(true);
});

test('the summary is what GitHub shows: under 1 MiB, only the HTML it keeps, every chart accepted by Mermaid', async () => {
  const { summary } = run.step('main')!;
  expect(Buffer.byteLength(summary)).toBeLessThan(GITHUB_MAX_SUMMARY_BYTES);
  expect(summary).not.toMatch(/^\s*::/m);
  expectOnlyAllowedHtml(summary);
  const blocks = mermaidBlocks(summary);
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(4);
  const parse = await mermaidParser();
  for (const block of blocks) await expect(parse(block)).resolves.toBeTruthy();
});
