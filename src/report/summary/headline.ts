// The top of the report's summary: what it covers, the gate's verdict, what went wrong, and the
// headline table of the selection's figures.
import { markdownText } from '../../action/escape.ts';
import { median } from '../stats.ts';
import type { Figures, GateCheck, GateResult, Report } from '../types.ts';
import { code, count, decimal, groupName, humanDuration, incidentsText, orDash, percentText, weekLabel, withOpen } from './format.ts';

/** How many names the heading lists before it says how many more there are. */
const NAMES_IN_HEADING = 5;

function namesList(names: string[], noun: string): string {
  if (names.length === 0) return `no ${noun}`;
  const shown = names.slice(0, NAMES_IN_HEADING).map((name) => (name ? code(name) : 'no env'));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more ${noun}` : shown.join(', ');
}

export function heading(report: Report): string {
  const { weeks } = report.window;
  const services = [...new Set(report.groups.map((group) => group.service))].sort();
  const envs = [...new Set(report.groups.map((group) => group.env))].sort();
  const span = weeks.length ? `${weekLabel(weeks[0]?.label ?? '')} – ${weekLabel(weeks.at(-1)?.label ?? '')}` : 'no complete week';
  const asked = (names: string[] | undefined, noun: string) => (names ? `${noun}${names.length === 1 ? '' : 's'} ${namesList(names, `${noun}s`)}` : `every ${noun}`);
  const what = services.length
    ? `${services.length === 1 ? 'service' : 'services'} ${namesList(services, 'services')} · ${envs.length === 1 ? 'env' : 'envs'} ${namesList(envs, 'envs')}`
    : `${asked(report.asked.services, 'service')} · ${asked(report.asked.envs, 'env')}: no deployments or incidents found`;
  return `## 📊 DORA report: ${what} · ${span} (${count(weeks.length, 'week')})`;
}

const METRIC_NAMES: Record<GateCheck['metric'], string> = {
  'change-failure-rate': 'Change failure rate',
  'change-lead-time': 'Change lead time',
  'recovery-time': 'Failed deployment recovery time',
  'deployments-per-week': 'Deployments per week',
};

function gateValue(metric: GateCheck['metric'], value: number): string {
  if (metric === 'change-failure-rate') return percentText(value);
  if (metric === 'deployments-per-week') return decimal(value);
  return humanDuration(value);
}

const VERDICTS: Record<Exclude<GateResult['verdict'], 'off'>, string> = {
  pass: '✅ pass: every gated figure is within its threshold',
  breach: '❌ breach: a gated figure is beyond its threshold',
  'no-data': '⚠️ no data: a gated figure has no data behind it (not a breach)',
};

export function gateSection(gate: GateResult): string[] {
  if (gate.verdict === 'off') return [];
  const rows = gate.checks.map((check) => {
    const mark = check.breached ? '❌' : check.value === undefined ? '⚠️' : '✅';
    const bound = `${check.metric === 'deployments-per-week' ? 'at least' : 'at most'} ${gateValue(check.metric, check.threshold)}`;
    const value = check.value === undefined ? 'no data' : gateValue(check.metric, check.value);
    const worst = check.worst ? `${groupName(check.worst.service, check.worst.env)}: ${gateValue(check.metric, check.worst.value)}` : '—';
    return `| ${mark} ${METRIC_NAMES[check.metric]} (${code(check.input)}) | ${value} | ${bound} | ${worst} |`;
  });
  return [`**Gate: ${VERDICTS[gate.verdict]}.**`, '', '| Check | Value | Threshold | Worst service and env |', '|---|--:|--:|---|', ...rows, ''];
}

export function problemsSection(problems: string[]): string[] {
  return problems.length ? [...problems.map((problem) => `- ⚠️ ${markdownText(problem)}`), ''] : [];
}

/** One row of the headline table: how to show a span's figures, and what to compare week by week. */
interface HeadlineRow {
  name: string;
  /** The window's cell, when it says more than a week's. */
  window?: (figures: Figures) => string;
  week: (figures: Figures) => string;
  /** The figure compared, undefined without data. */
  compared: (figures: Figures) => number | undefined;
  difference: (magnitude: number) => string;
  value: (figure: number) => string;
}

const ofDeployments = (part: number, figures: Figures): string => `${part} of ${figures.deployments}`;

const ROWS: HeadlineRow[] = [
  {
    name: 'Deployments',
    window: (f) => `${decimal(f.deploymentsPerWeek)} per week (${f.deployments})`,
    week: (f) => String(f.deployments),
    compared: (f) => f.deployments,
    difference: decimal,
    value: decimal,
  },
  {
    name: 'Change failure rate',
    week: (f) => orDash(f.changeFailureRate, (rate) => `${percentText(rate)} (${ofDeployments(f.changeFailures, f)})`),
    compared: (f) => f.changeFailureRate,
    difference: (points) => `${decimal(points)} pts`,
    value: percentText,
  },
  {
    name: 'Incidents, beside the change failure rate (not counted in it)',
    window: (f) => (f.incidents === undefined ? 'not available' : incidentsText(f)),
    week: incidentsText,
    compared: (f) => f.incidents,
    difference: decimal,
    value: decimal,
  },
  {
    name: 'Incident time to restore (median)',
    week: (f) => orDash(f.timeToRestoreSeconds, humanDuration),
    compared: (f) => f.timeToRestoreSeconds,
    difference: humanDuration,
    value: humanDuration,
  },
  {
    name: 'Change lead time (median over commits)',
    window: (f) => orDash(f.leadTimeSeconds, (seconds) => `${humanDuration(seconds)} (${count(f.leadTimeCommits, 'commit')})`),
    week: (f) => orDash(f.leadTimeSeconds, humanDuration),
    compared: (f) => f.leadTimeSeconds,
    difference: humanDuration,
    value: humanDuration,
  },
  {
    name: "Change lead time, median of per-deployment averages (as Datadog's pages headline)",
    window: (f) => orDash(f.leadTimePerDeploymentSeconds, (seconds) => `${humanDuration(seconds)} (${count(f.leadTimeDeployments, 'deployment')})`),
    week: (f) => orDash(f.leadTimePerDeploymentSeconds, humanDuration),
    compared: (f) => f.leadTimePerDeploymentSeconds,
    difference: humanDuration,
    value: humanDuration,
  },
  {
    name: 'Failed deployment recovery time (median)',
    week: (f) => withOpen(orDash(f.recoveryTimeSeconds, humanDuration), f.openChangeFailures),
    compared: (f) => f.recoveryTimeSeconds,
    difference: humanDuration,
    value: humanDuration,
  },
  {
    name: 'Rework rate',
    week: (f) => orDash(f.reworkRate, (rate) => `${percentText(rate)} (${ofDeployments(f.remediations, f)})`),
    compared: (f) => f.reworkRate,
    difference: (points) => `${decimal(points)} pts`,
    value: percentText,
  },
];

/** The last week against the median of the weeks before it: `▲ 2 h vs 1 d 3 h`; `—` without data. */
function comparison(row: HeadlineRow, last: Figures, before: Figures[]): string {
  const latest = row.compared(last);
  const typical = median(before.map(row.compared).filter((value) => value !== undefined));
  if (latest === undefined || typical === undefined) return '—';
  const difference = latest - typical;
  if (decimal(difference) === '0') return `= ${row.value(typical)}`;
  return `${difference > 0 ? '▲' : '▼'} ${row.difference(Math.abs(difference))} vs ${row.value(typical)}`;
}

export function headlineTable(report: Report): string[] {
  const { window, selection } = report;
  const lastWeek = window.weeks.at(-1);
  const last = selection.weeks.at(-1);
  const before = selection.weeks.slice(0, -1);
  const beforeLabel = before.length ? `median of the ${count(before.length, 'week')} before` : 'no week before in the window';
  const header = `| | ${count(window.weeks.length, 'week')} | Last week, ${lastWeek ? weekLabel(lastWeek.label) : '—'} | Last week vs the ${beforeLabel} | ${weekLabel(window.current.label)} so far (not counted) |`;
  const rows = ROWS.map((row) => {
    const cells = [(row.window ?? row.week)(selection.window), last ? row.week(last) : '—', last ? comparison(row, last, before) : '—', row.week(selection.current)];
    return `| ${row.name} | ${cells.join(' | ')} |`;
  });
  return ['### Headline', '', header, '|---|--:|--:|--:|--:|', ...rows, ''];
}
