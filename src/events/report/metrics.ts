// Each figure the report judges, defined once: its names, unit, which way is better, its value in
// the model, how it is shown, and where it goes out (output, JSON field, gate input). The outputs,
// the headline, the week tables, the charts, the JSON file and the gate all read these.

import { count } from '../../pipeline/summary.ts';
import { decimal, humanDuration, NBSP, orDash, percentText, withOpen } from './summary/format.ts';
import type { Figures, MetricId, Thresholds } from './types.ts';

export type Unit = 'per-week' | 'percent' | 'duration' | 'count';

interface UnitFormat {
  /** In the summary: `12.5 %`, `1 d 7 h`. */
  show: (value: number) => string;
  /** A difference between two figures, in the summary: `2.5 pts`. */
  difference: (magnitude: number) => string;
  /** An output: a plain number. */
  output: (value: number) => string;
  /** A log message, where no-break spaces would be noise: `12.50%`. */
  plain: (value: number) => string;
}

const twoDecimals = (value: number): string => value.toFixed(2);

export const UNITS: Record<Unit, UnitFormat> = {
  'per-week': { show: decimal, difference: decimal, output: twoDecimals, plain: twoDecimals },
  percent: {
    show: percentText,
    difference: (points) => `${decimal(points)} pts`,
    output: twoDecimals,
    plain: (value) => `${twoDecimals(value)}%`,
  },
  duration: {
    show: humanDuration,
    difference: humanDuration,
    output: (seconds) => String(Math.round(seconds)),
    plain: (seconds) => humanDuration(seconds).replaceAll(NBSP, ' '),
  },
  count: { show: decimal, difference: decimal, output: String, plain: String },
};

/** The counts of the model a figure rests on, which the JSON file gives beside it. */
type CountField =
  | 'deployments'
  | 'changeFailures'
  | 'remediations'
  | 'leadTimeCommits'
  | 'leadTimeDeployments'
  | 'openChangeFailures'
  | 'openIncidents';

export interface Metric {
  id: MetricId;
  /** As the gate names it. */
  name: string;
  /** The headline's row, which says how the figure is made where that matters. */
  row: string;
  /** The week tables' column. */
  column: string;
  unit: Unit;
  better: 'lower' | 'higher';
  /** The figure for a span; undefined when there is no data behind it. */
  value: (figures: Figures) => number | undefined;
  /** A week table's cell, the figure written by `show`: with what it rests on, or how many are open. */
  cell: (figures: Figures, show: (value: number) => string) => string;
  /** The headline's cell for a span, where it says more than a table's. */
  headlineCell?: (figures: Figures) => string;
  /** The headline's cell for the whole window, where it says more than a week's. */
  windowCell?: (figures: Figures) => string;
  /** The output that holds the window's figure. */
  output?: string;
  /** Its field in the JSON file, and the counts it rests on. */
  json: { field: string; counts: CountField[] };
  /** The input that gates it: a `max-*` for a figure where lower is better, a `min-*` otherwise. */
  gate?: { input: string; threshold: keyof Thresholds };
  /** The DORA 2024 report's levels for it, where it is one of DORA's metrics. */
  levels?: PublishedLevels;
}

/** Where the levels come from: Google Cloud / DORA's 2024 report (the 2025 report has no four-level table). */
export const DORA_REPORT = {
  name: 'Accelerate State of DevOps Report 2024',
  url: 'https://dora.dev/research/2024/dora-report/',
};

export type Level = 'Elite' | 'High' | 'Medium' | 'Low';
export const LEVELS: readonly Level[] = ['Elite', 'High', 'Medium', 'Low'];

/** A level's published range of the figure, in the metric's unit; an open end leaves its bound out. */
interface RangeLevel {
  level: Level;
  /** As the report words it, shortened. */
  says: string;
  min: number;
  max: number;
  minOpen?: boolean;
  maxOpen?: boolean;
}

/** A level's cluster value, which is the figure typical of the level's teams, not a bound. */
interface ClusterLevel {
  level: Level;
  value: number;
}

type PublishedLevels =
  /** Best first; where two overlap or meet, a figure there is in both. */
  | { ranges: RangeLevel[] }
  | { clusters: ClusterLevel[] }
  /** One of DORA's metrics the report publishes no levels for. */
  | { none: true };

/** Where a figure stands against the published levels, saying no more than the report does. */
export type Standing =
  /** The levels whose range holds it: one, or two whose ranges overlap or meet there. */
  | { levels: Level[] }
  /** In a gap the report leaves between two levels' ranges. */
  | { between: [Level, Level] }
  /** Past the range of the worst level. */
  | { beyond: Level }
  /** The level or levels whose cluster value is nearest. */
  | { nearestCluster: Level[] };

const HOUR = 3600;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** The report says months: counted as 30 days. */
const MONTH = 30 * DAY;

/** Once per day, per week, per month and per six months, as deployments per week. */
const DAILY = 7;
const WEEKLY = 1;
const MONTHLY = WEEK / MONTH;
const HALF_YEARLY = WEEK / (6 * MONTH);

/** A rate with its part, `12.5 % (1)`; and in the headline, of how many deployments: `12.5 % (1 of 8)`. */
const rateOf = (rate: number | undefined, part: number, show: (value: number) => string): string =>
  orDash(rate, (value) => `${show(value)} (${part})`);
const rateOfDeployments = (rate: number | undefined, part: number, figures: Figures): string =>
  orDash(rate, (value) => `${percentText(value)} (${part} of ${figures.deployments})`);

/** Incidents with how many are still open: `18 (1 open)`. */
const incidentsCell = (f: Figures, show: (value: number) => string): string =>
  orDash(f.incidents, (incidents) => withOpen(show(incidents), f.openIncidents ?? 0));

/** In the order the summary shows them: the incidents beside the change failure rate, not in it. */
export const METRICS: readonly Metric[] = [
  {
    id: 'deployments-per-week',
    name: 'Deployments per week',
    row: 'Deployments',
    column: 'Deployments',
    unit: 'per-week',
    better: 'higher',
    value: (f) => f.deploymentsPerWeek,
    // A week's figure is its count; the window's count is the one the tables show.
    cell: (f) => String(f.deployments),
    windowCell: (f) => `${decimal(f.deploymentsPerWeek)} per week (${f.deployments})`,
    output: 'deployments-per-week',
    json: { field: 'deploymentsPerWeek', counts: ['deployments'] },
    gate: { input: 'min-deployments-per-week', threshold: 'minDeploymentsPerWeek' },
    levels: {
      ranges: [
        { level: 'Elite', says: 'on demand, several a day', min: DAILY, max: Infinity, minOpen: true },
        { level: 'High', says: 'daily to weekly', min: WEEKLY, max: DAILY },
        { level: 'Medium', says: 'weekly to monthly', min: MONTHLY, max: WEEKLY },
        { level: 'Low', says: 'monthly to every six months', min: HALF_YEARLY, max: MONTHLY },
      ],
    },
  },
  {
    id: 'change-failure-rate',
    name: 'Change failure rate',
    row: 'Change failure rate',
    column: 'Change failure rate',
    unit: 'percent',
    better: 'lower',
    value: (f) => f.changeFailureRate,
    cell: (f, show) => rateOf(f.changeFailureRate, f.changeFailures, show),
    headlineCell: (f) => rateOfDeployments(f.changeFailureRate, f.changeFailures, f),
    output: 'change-failure-rate',
    json: { field: 'changeFailureRate', counts: ['changeFailures'] },
    gate: { input: 'max-change-failure-rate', threshold: 'maxChangeFailureRate' },
    levels: {
      clusters: [
        { level: 'Elite', value: 5 },
        { level: 'High', value: 20 },
        { level: 'Medium', value: 10 },
        { level: 'Low', value: 40 },
      ],
    },
  },
  {
    id: 'incidents',
    name: 'Incidents',
    row: 'Incidents, beside the change failure rate (not counted in it)',
    column: 'Incidents',
    unit: 'count',
    better: 'lower',
    value: (f) => f.incidents,
    cell: incidentsCell,
    // None read is said in words once, for the window; a week's is a dash.
    windowCell: (f) => (f.incidents === undefined ? 'not available' : incidentsCell(f, UNITS.count.show)),
    output: 'incidents',
    json: { field: 'incidents', counts: ['openIncidents'] },
  },
  {
    id: 'time-to-restore',
    name: 'Incident time to restore',
    row: 'Incident time to restore (median)',
    column: 'Time to restore',
    unit: 'duration',
    better: 'lower',
    value: (f) => f.timeToRestoreSeconds,
    cell: (f, show) => orDash(f.timeToRestoreSeconds, show),
    output: 'time-to-restore-seconds',
    json: { field: 'timeToRestoreSeconds', counts: [] },
  },
  {
    id: 'change-lead-time',
    name: 'Change lead time',
    row: 'Change lead time (median over commits)',
    column: 'Lead time',
    unit: 'duration',
    better: 'lower',
    value: (f) => f.leadTimeSeconds,
    cell: (f, show) => orDash(f.leadTimeSeconds, show),
    windowCell: (f) =>
      orDash(f.leadTimeSeconds, (seconds) => `${humanDuration(seconds)} (${count(f.leadTimeCommits, 'commit')})`),
    output: 'change-lead-time-seconds',
    json: { field: 'changeLeadTimeSeconds', counts: ['leadTimeCommits'] },
    gate: { input: 'max-change-lead-time', threshold: 'maxChangeLeadTime' },
    levels: {
      ranges: [
        { level: 'Elite', says: 'under a day', min: -Infinity, max: DAY, maxOpen: true },
        { level: 'High', says: 'a day to a week', min: DAY, max: WEEK },
        { level: 'Medium', says: 'a week to a month', min: WEEK, max: MONTH },
        { level: 'Low', says: 'one to six months', min: MONTH, max: 6 * MONTH },
      ],
    },
  },
  {
    id: 'change-lead-time-per-deployment',
    name: 'Change lead time, median of per-deployment averages',
    row: "Change lead time, median of per-deployment averages (as Datadog's pages headline)",
    column: "Datadog's lead time",
    unit: 'duration',
    better: 'lower',
    value: (f) => f.leadTimePerDeploymentSeconds,
    cell: (f, show) => orDash(f.leadTimePerDeploymentSeconds, show),
    windowCell: (f) =>
      orDash(
        f.leadTimePerDeploymentSeconds,
        (seconds) => `${humanDuration(seconds)} (${count(f.leadTimeDeployments, 'deployment')})`,
      ),
    json: { field: 'changeLeadTimePerDeploymentSeconds', counts: ['leadTimeDeployments'] },
  },
  {
    id: 'recovery-time',
    name: 'Failed deployment recovery time',
    row: 'Failed deployment recovery time (median)',
    column: 'Recovery time',
    unit: 'duration',
    better: 'lower',
    value: (f) => f.recoveryTimeSeconds,
    cell: (f, show) => withOpen(orDash(f.recoveryTimeSeconds, show), f.openChangeFailures),
    output: 'recovery-time-seconds',
    json: { field: 'recoveryTimeSeconds', counts: ['openChangeFailures'] },
    gate: { input: 'max-recovery-time', threshold: 'maxRecoveryTime' },
    levels: {
      // High and Medium are both published as under a day, and no level holds a day to a week.
      // What Elite holds, under an hour, is no longer theirs: the levels are ranked.
      ranges: [
        { level: 'Elite', says: 'under an hour', min: -Infinity, max: HOUR, maxOpen: true },
        { level: 'High', says: 'under a day', min: HOUR, max: DAY, maxOpen: true },
        { level: 'Medium', says: 'under a day', min: HOUR, max: DAY, maxOpen: true },
        { level: 'Low', says: 'a week to a month', min: WEEK, max: MONTH },
      ],
    },
  },
  {
    id: 'rework-rate',
    name: 'Rework rate',
    row: 'Rework rate',
    column: 'Rework rate',
    unit: 'percent',
    better: 'lower',
    value: (f) => f.reworkRate,
    cell: (f, show) => rateOf(f.reworkRate, f.remediations, show),
    headlineCell: (f) => rateOfDeployments(f.reworkRate, f.remediations, f),
    output: 'rework-rate',
    json: { field: 'reworkRate', counts: ['remediations'] },
    levels: { none: true },
  },
];

const BY_ID = new Map(METRICS.map((metric) => [metric.id, metric]));

export const metric = (id: MetricId): Metric => BY_ID.get(id)!;

/** A week's cell in the headline. */
export const headlineCellOf = (shown: Metric, figures: Figures): string =>
  shown.headlineCell?.(figures) ?? shown.cell(figures, UNITS[shown.unit].show);

const holds = (range: RangeLevel, value: number): boolean =>
  (range.minOpen ? value > range.min : value >= range.min) && (range.maxOpen ? value < range.max : value <= range.max);
const isAbove = (range: RangeLevel, value: number): boolean => (range.minOpen ? value <= range.min : value < range.min);
const isBelow = (range: RangeLevel, value: number): boolean => (range.maxOpen ? value >= range.max : value > range.max);

/** Where a span's figure stands; undefined without data to place, or for a metric without published levels. */
export function standingOf(judged: Metric, figures: Figures): Standing | undefined {
  const value = judged.value(figures);
  const levels = judged.levels;
  if (value === undefined || !levels || 'none' in levels) return undefined;
  // None where more is better (no deployment) says only that none happened in the window's weeks,
  // not how rare they are.
  if (value === 0 && judged.better === 'higher') return undefined;
  if ('clusters' in levels) {
    const distance = (cluster: ClusterLevel) => Math.abs(cluster.value - value);
    const nearest = Math.min(...levels.clusters.map(distance));
    return {
      nearestCluster: levels.clusters
        .filter((cluster) => distance(cluster) === nearest)
        .map((cluster) => cluster.level),
    };
  }
  const { ranges } = levels;
  const holding = ranges.filter((range) => holds(range, value)).map((range) => range.level);
  if (holding.length) return { levels: holding };
  // The first level past the figure on the worse side; the best level is open on the better side.
  const worse = ranges.findIndex((range) =>
    judged.better === 'lower' ? isAbove(range, value) : isBelow(range, value),
  );
  if (worse === -1) return { beyond: ranges.at(-1)!.level };
  return { between: [ranges[worse - 1]!.level, ranges[worse]!.level] };
}

/** How the DORA report words a level of a metric, e.g. `a day to a week`; for clusters, the value: `10 %`. */
export function levelSays(judged: Metric, level: Level): string {
  const levels = judged.levels;
  if (levels && 'ranges' in levels) return levels.ranges.find((range) => range.level === level)?.says ?? '';
  if (levels && 'clusters' in levels)
    return UNITS[judged.unit].show(levels.clusters.find((cluster) => cluster.level === level)?.value ?? 0);
  return '';
}

/**
 * A span's figures in the JSON file: one with no data behind it is null, so every key is there for
 * its readers; and where each of DORA's metrics stands against the 2024 report's levels.
 */
export function figuresJson(
  figures: Figures,
): Record<string, number | null | Partial<Record<MetricId, Standing | null>>> {
  const json: Record<string, number | null | Partial<Record<MetricId, Standing | null>>> = {};
  const doraLevels: Partial<Record<MetricId, Standing | null>> = {};
  for (const shown of METRICS) {
    json[shown.json.field] = shown.value(figures) ?? null;
    for (const count of shown.json.counts) json[count] = figures[count] ?? null;
    if (shown.levels && !('none' in shown.levels)) doraLevels[shown.id] = standingOf(shown, figures) ?? null;
  }
  json.doraLevels = doraLevels;
  return json;
}
