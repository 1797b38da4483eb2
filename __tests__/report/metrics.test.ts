// Each metric defined once, and where its figure stands against the DORA 2024 report's levels:
// the words the summary says, and what the JSON file carries.
import { describe, expect, test } from '@jest/globals';
import { judge } from '../../src/events/report/gate.ts';
import { standingOf } from '../../src/events/report/levels.ts';
import { METRICS, metric } from '../../src/events/report/metrics.ts';
import { reportJson, reportOutputs } from '../../src/events/report/outputs.ts';
import { headlineTable } from '../../src/events/report/summary/headline.ts';
import type { Figures, MetricId, Report } from '../../src/events/report/types.ts';
import { figures, realisticReport } from './summary-fixtures.ts';

const HOUR = 3600;
const DAY = 24 * HOUR;
const plain = (markdown: string): string => markdown.replaceAll('\u00a0', ' ');

test('every output, JSON field and gate input is one metric’s, and none is another’s too', () => {
  const outputs = METRICS.flatMap((m) => m.output ?? []);
  const inputs = METRICS.flatMap((m) => m.gate?.input ?? []);
  expect(new Set(outputs).size).toBe(outputs.length);
  expect(new Set(METRICS.map((m) => m.json.field)).size).toBe(METRICS.length);
  expect(Object.keys(reportOutputs(realisticReport(), judge(realisticReport(), {}))).sort()).toEqual(
    ['deployments', 'gate', ...outputs].sort(),
  );
  expect(inputs.sort()).toEqual([
    'max-change-failure-rate',
    'max-change-lead-time',
    'max-recovery-time',
    'min-deployments-per-week',
  ]);
});

/** The headline's DORA level for each of the four metrics, with the window's figures as given. */
function levels(window: Partial<Figures>): Record<string, string> {
  const report = realisticReport();
  const rows = headlineTable({
    ...report,
    selection: { ...report.selection, window: figures({ deployments: 1, ...window }) },
  } as Report);
  const cells = (name: string) => plain(rows.find((row) => row.startsWith(`| ${name} |`)) ?? '').split(' | ')[2];
  return {
    frequency: cells('Deployments')!,
    changeFailureRate: cells('Change failure rate')!,
    leadTime: cells('Change lead time (median over commits)')!,
    recovery: cells('Failed deployment recovery time (median)')!,
  };
}

describe('the DORA 2024 levels, said no more precisely than the report publishes them', () => {
  test.each([
    ['several a day', 10, 'Elite'],
    ['once a day', 7, 'High'],
    ['twice a week', 2, 'High'],
    [
      'once a week: where two published ranges meet',
      1,
      'High or Medium: the edge of daily to weekly and of weekly to monthly',
    ],
    ['every other week', 0.5, 'Medium'],
    ['every two months', 7 / 60, 'Low'],
    ['once a year', 7 / 365, 'none published: past Low (monthly to every six months)'],
    ['no deployment: nothing to place', 0, '—'],
  ])('deployment frequency, %s', (_, deploymentsPerWeek, said) => {
    expect(levels({ deploymentsPerWeek }).frequency).toBe(said);
  });

  test.each([
    ['hours', 5 * HOUR, 'Elite'],
    ['three days', 3 * DAY, 'High'],
    ['a week exactly', 7 * DAY, 'High or Medium: the edge of a day to a week and of a week to a month'],
    ['two weeks', 14 * DAY, 'Medium'],
    ['two months', 60 * DAY, 'Low'],
    ['a year', 365 * DAY, 'none published: past Low (one to six months)'],
  ])('change lead time, %s', (_, leadTimeSeconds, said) => {
    expect(levels({ leadTimeSeconds }).leadTime).toBe(said);
  });

  test.each([
    ['half an hour', 0.5 * HOUR, 'Elite'],
    [
      'five hours: High and Medium are both published as under a day',
      5 * HOUR,
      'High or Medium: both published as under a day',
    ],
    [
      'three days: the report leaves a gap from a day to a week',
      3 * DAY,
      'none published: between Medium (under a day) and Low (a week to a month)',
    ],
    ['two weeks', 14 * DAY, 'Low'],
    ['two months', 60 * DAY, 'none published: past Low (a week to a month)'],
  ])('failed deployment recovery time, %s', (_, recoveryTimeSeconds, said) => {
    expect(levels({ recoveryTimeSeconds }).recovery).toBe(said);
  });

  test.each([
    [3, "nearest Elite's cluster (5 %)"],
    [7.5, "as near Elite's cluster (5 %) as Medium's (10 %)"],
    [12, "nearest Medium's cluster (10 %)"],
    [18, "nearest High's cluster (20 %)"],
    [35, "nearest Low's cluster (40 %)"],
  ])('change failure rate %d %%: the nearest cluster value, never a rank', (changeFailureRate, said) => {
    expect(levels({ changeFailureRate }).changeFailureRate).toBe(said);
  });

  test('no data is no level; rework rate has none published, and the other rows no column of it', () => {
    expect(levels({}).recovery).toBe('—');
    const rows = headlineTable(realisticReport()).map(plain);
    expect(rows.find((row) => row.startsWith('| Rework rate |'))?.split(' | ')[2]).toBe('none published');
    expect(rows.find((row) => row.startsWith('| Incidents,'))?.split(' | ')[2]).toBe('');
  });

  test('the JSON file carries them for every span, in words a program reads', () => {
    const report = realisticReport();
    const json = reportJson(report, judge(report, {})) as {
      selection: { window: Record<string, unknown>; weeks: Record<string, unknown>[] };
      groups: { window: Record<string, unknown> }[];
    };
    expect(json.selection.window.doraLevels).toEqual({
      'deployments-per-week': { levels: ['High'] },
      'change-failure-rate': { nearestCluster: ['Elite', 'Medium'] },
      'change-lead-time': { levels: ['High'] },
      'recovery-time': { levels: ['High', 'Medium'] },
    });
    expect(json.selection.weeks[4]?.doraLevels).toEqual({
      'deployments-per-week': null,
      'change-failure-rate': null,
      'change-lead-time': null,
      'recovery-time': null,
    });
    expect(json.groups[0]?.window.doraLevels).toBeDefined();
  });

  test('a gap and the edge of the worst level, as the JSON file says them', () => {
    const standing = (id: MetricId, window: Partial<Figures>) => standingOf(metric(id), figures(window));
    expect(standing('recovery-time', { recoveryTimeSeconds: 3 * DAY })).toEqual({ between: ['Medium', 'Low'] });
    expect(standing('change-lead-time', { leadTimeSeconds: 365 * DAY })).toEqual({ beyond: 'Low' });
    expect(standing('rework-rate', { reworkRate: 5 })).toBeUndefined();
  });
});
