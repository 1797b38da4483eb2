// The release gate and the outputs: what a release workflow reads and what fails it.
import { describe, expect, test } from '@jest/globals';
import { calculate } from '../../src/events/report/calculate.ts';
import { gateMessage, judge } from '../../src/events/report/gate.ts';
import { reportJson, reportOutputs } from '../../src/events/report/outputs.ts';
import type { DeploymentRecord } from '../../src/events/report/types.ts';
import { reportWindow } from '../../src/events/report/window.ts';

const window = reportWindow(2, new Date('2026-11-28T12:00:00Z'));
let n = 0;
const deployment = (service: string, finished: string, version: string): DeploymentRecord => {
  const finishedAt = new Date(finished);
  return { id: `d${++n}`, service, env: 'prod', version, startedAt: finishedAt, finishedAt, customTags: [] };
};
// shop: v1 → v2 → v1 (v2 failed, rolled back 2 h later); cart: two deployments, no failure. 5 in 2 weeks.
const report = calculate(
  window,
  {
    deployments: [
      deployment('shop', '2026-11-10T10:00:00Z', 'v1'),
      deployment('shop', '2026-11-17T10:00:00Z', 'v2'),
      deployment('shop', '2026-11-17T12:00:00Z', 'v1'),
      deployment('cart', '2026-11-11T10:00:00Z', 'c1'),
      deployment('cart', '2026-11-18T10:00:00Z', 'c2'),
    ],
    failures: [],
    incidentSources: { 'failure-list': { state: 'read' }, 'alert-events': { state: 'none-yet' } },
    incompletePages: [],
    malformedAnswers: [],
    partialReadings: [],
  },
  new Map(),
);

describe('the outputs', () => {
  test('plain numbers without units; empty, never 0, without data', () => {
    expect(reportOutputs(report, judge(report, {}))).toEqual({
      deployments: '5',
      'deployments-per-week': '2.50',
      'change-failure-rate': '20.00',
      'rework-rate': '20.00',
      'change-lead-time-seconds': '',
      'recovery-time-seconds': '7200',
      'time-to-restore-seconds': '',
      incidents: '0',
      gate: 'off',
    });
  });

  test('with Datadog out of reach, every figure is empty', () => {
    expect(Object.values(reportOutputs(undefined, judge(undefined, {}))).filter(Boolean)).toEqual(['off']);
  });

  test('the JSON file holds every figure per service, env and week, nulls for no data, and a schema version', () => {
    const json = reportJson(report, judge(report, {})) as {
      schemaVersion: number;
      groups: { service: string; weeks: { week: string; deployments: number; changeLeadTimeSeconds: null }[] }[];
    };
    expect(json.schemaVersion).toBe(1);
    expect(
      json.groups.map((g) => [g.service, g.weeks.map((w) => [w.week, w.deployments, w.changeLeadTimeSeconds])]),
    ).toEqual([
      [
        'cart',
        [
          ['2026-W46', 1, null],
          ['2026-W47', 1, null],
        ],
      ],
      [
        'shop',
        [
          ['2026-W46', 1, null],
          ['2026-W47', 2, null],
        ],
      ],
    ]);
  });
});

describe('the gate', () => {
  test('a breach names the metric, its value, the threshold and the worst service and env', () => {
    const gate = judge(report, { maxChangeFailureRate: 10, minDeploymentsPerWeek: 2 });
    expect(gate.verdict).toBe('breach');
    expect(gateMessage(gate)).toBe(
      'Release gate breached: change failure rate is 20.00%: breaches max-change-failure-rate 10.00%; worst: shop in prod at 33.33%. deployments per week is 2.50: within min-deployments-per-week 2.00; worst: cart in prod at 1.00.',
    );
  });

  test('durations are said as people say them', () => {
    expect(gateMessage(judge(report, { maxRecoveryTime: 5400 }))).toBe(
      'Release gate breached: recovery time is 2 h: breaches max-recovery-time 1 h 30 min; worst: shop in prod at 2 h.',
    );
  });

  test('no data is never a breach; a breach wins over no data; without thresholds it is off', () => {
    expect(judge(report, { maxChangeLeadTime: 3600 }).verdict).toBe('no-data');
    expect(judge(report, { maxChangeLeadTime: 3600, maxRecoveryTime: 3600 }).verdict).toBe('breach');
    expect(judge(report, { maxRecoveryTime: 7200, maxChangeFailureRate: 20 }).verdict).toBe('pass');
    expect(judge(undefined, { maxRecoveryTime: 7200 }).verdict).toBe('no-data');
    expect(judge(report, {}).verdict).toBe('off');
  });

  test('zero deployments, when Datadog answered, is data: below a minimum it breaches', () => {
    const empty = calculate(
      window,
      {
        deployments: [],
        failures: [],
        incidentSources: report.incidentSources,
        incompletePages: [],
        malformedAnswers: [],
        partialReadings: [],
      },
      new Map(),
      { services: ['shop'], envs: ['prod'] },
    );
    expect(judge(empty, { minDeploymentsPerWeek: 1 })).toMatchObject({
      verdict: 'breach',
      checks: [{ value: 0, worst: { service: 'shop', env: 'prod', value: 0 } }],
    });
    expect(reportOutputs(empty, judge(empty, {}))).toMatchObject({
      deployments: '0',
      'deployments-per-week': '0.00',
      'change-failure-rate': '',
    });
  });
});
