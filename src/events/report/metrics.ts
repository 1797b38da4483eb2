// Each figure the report judges, defined once: its names, unit, which way is better, its value in
// the model, how it is shown, and where it goes out (output, JSON field, gate input). The outputs,
// the headline, the week tables, the charts, the JSON file and the gate all read these.

import { count } from '../../pipeline/summary.ts';
import type { Leveled } from './levels.ts';
import { decimal, humanDuration, orDash, percentText, withOpen } from './summary/format.ts';
import type { Figures, MetricId, Thresholds } from './types.ts';
import { UNITS } from './units.ts';

/** The counts of the model a figure rests on, which the JSON file gives beside it. */
type CountField =
  | 'deployments'
  | 'changeFailures'
  | 'remediations'
  | 'leadTimeCommits'
  | 'leadTimeDeployments'
  | 'openChangeFailures'
  | 'openIncidents';

/** A figure the report judges; its unit, which way is better, its value and its levels are what placing it needs (levels.ts). */
export interface Metric extends Leveled {
  id: MetricId;
  /** As the gate names it. */
  name: string;
  /** The headline's row, which says how the figure is made where that matters. */
  row: string;
  /** The week tables' column. */
  column: string;
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
}

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
