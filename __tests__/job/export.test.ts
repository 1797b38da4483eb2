// event export: each step run in this process as the runner runs it (__tests__/job.ts), against the
// stand-in for Datadog, over a history of several pages whose boundaries fall inside shared
// instants. The same export from the committed dist/: e2e/report-dist.test.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import {
  API_KEY,
  APP_KEY,
  type DeploymentAttributes,
  type FailureAttributes,
  type FakeDatadog,
} from '../../scripts/local/fake-datadog.ts';
import { readable } from '../../scripts/local/runner.ts';
import { BEFORE_RETIREMENT } from '../clock.ts';
import { runJobInProcess } from '../job.ts';
import { tracked } from '../secrets.ts';
import { standInForEachTest } from '../stand-in.ts';

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));
let runnerTemp: string;
beforeEach(() => {
  runnerTemp = mkdtempSync(join(tmpdir(), 'export-e2e-'));
});
afterEach(() => rmSync(runnerTemp, { recursive: true, force: true }));

const HOUR = 3_600_000;
// The job's day, the stand-in's too.
const clock = BEFORE_RETIREMENT;
// Over the last 150 days, three deployments at each instant: pages of 1000 end inside instants.
const START = clock.getTime() - 150 * 24 * HOUR;
const deployments: DeploymentAttributes[] = Array.from({ length: 2500 }, (_, i) => ({
  id: `deploy-${String(i).padStart(8, '0')}`,
  service: i % 2 ? 'shop' : 'cart',
  env: 'production',
  started_at: START + Math.floor(i / 3) * 4 * HOUR,
  finished_at: START + Math.floor(i / 3) * 4 * HOUR + 600_000,
}));
const failures: FailureAttributes[] = Array.from({ length: 1200 }, (_, i) => ({
  id: `failure-${String(i).padStart(8, '0')}`,
  services: ['shop'],
  ...(i % 5 ? { env: 'production' } : {}),
  name: `incident ${i}`,
  started_at: START + i * 2 * HOUR + 1,
}));

/** As the stand-in's list answers render them: what Datadog returned, so what each line must hold. */
const rendered = (
  type: string,
  { id, started_at, finished_at, ...rest }: { id: string; started_at: number; finished_at?: number },
) => ({
  id,
  type,
  attributes: {
    ...rest,
    started_at: new Date(started_at).toISOString(),
    ...(finished_at === undefined ? {} : { finished_at: new Date(finished_at).toISOString() }),
  },
});

const perMonth = (events: { started_at: number }[]) =>
  Map.groupBy(events, (event) => new Date(event.started_at).toISOString().slice(0, 7));

test('every event Datadog holds, once, one a line as it came; counts in the outputs and per month in the summary; nothing written to Datadog', async () => {
  datadog.seed({ deployments, failures });
  const run = tracked(
    await runJobInProcess({
      clock,
      inputs: { event: 'export', 'api-url': datadog.url, since: '180d' },
      env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, RUNNER_TEMP: runnerTemp },
    }),
  );
  const main = run.step('main')!;
  expect(run.steps.map((step) => [step.step, step.exitCode])).toEqual([
    ['pre', 0],
    ['main', 0],
    ['post', 0],
  ]);
  expect(main.log).not.toMatch(/^(Warning|Error)/m);
  expect(main.outputs).toMatchObject({ deployments: '2500', failures: '1200' });

  for (const [name, type, seeded] of [
    ['deployments', 'dora_deployment', deployments],
    ['failures', 'dora_incident', failures],
  ] as const) {
    const path = main.outputs[`${name}-file`]!;
    expect(path.startsWith(join(runnerTemp, 'datadog-dora-export-'))).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text
      .slice(0, -1)
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string });
    expect(new Set(lines.map((line) => line.id)).size).toBe(lines.length);
    expect(lines.toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(seeded.map((event) => rendered(type, event)));
  }
  // Pages asked in order of start; every request a list.
  expect(new Set(datadog.requests.map((r) => `${r.method} ${r.path}`))).toEqual(
    new Set(['POST /api/v2/dora/deployments', 'POST /api/v2/dora/failures']),
  );

  const summary = readable(main.summary);
  const months = new Set([...perMonth(deployments).keys(), ...perMonth(failures).keys()]);
  expect(months.size).toBeGreaterThan(4);
  for (const month of months) {
    expect(summary).toContain(
      `| ${month} | ${perMonth(deployments).get(month)?.length ?? 0} | ${perMonth(failures).get(month)?.length ?? 0} |`,
    );
  }
  expect(summary).toContain('| **Total** | **2500** | **1200** |');
  expect(summary).toContain(main.outputs['deployments-file']);
  expect(summary).toContain('after 90 days by default and 400 at most');
});
