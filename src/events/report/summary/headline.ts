// The top of the report's summary: what it covers, the gate's verdict, what went wrong, and the
// headline table of the selection's figures.

import { count } from '../../../pipeline/summary.ts';
import { GUIDES, markdownLink, markdownText } from '../../../runner/escape.ts';
import { DORA_REPORT, LEVELS, type Level, levelSays, standingOf } from '../levels.ts';
import { headlineCellOf, METRICS, type Metric, metric } from '../metrics.ts';
import { median } from '../stats.ts';
import type { Figures, GateResult, Report } from '../types.ts';
import { UNITS } from '../units.ts';
import { code, codeInLine, decimal, groupName, weekLabel } from './format.ts';

/** How many names the heading lists before it says how many more there are. */
const NAMES_IN_HEADING = 5;

function namesList(names: string[], noun: string): string {
  if (names.length === 0) return `no ${noun}s`;
  const shown = names.slice(0, NAMES_IN_HEADING).map((name) => (name ? codeInLine(name) : 'no env'));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${count(more, `more ${noun}`)}` : shown.join(', ');
}

export function heading(report: Report): string {
  const { weeks } = report.window;
  const services = [...new Set(report.groups.map((group) => group.service))].sort();
  const envs = [...new Set(report.groups.map((group) => group.env))].sort();
  const span = weeks.length
    ? `${weekLabel(weeks[0]?.label ?? '')} – ${weekLabel(weeks.at(-1)?.label ?? '')}`
    : 'no complete week';
  const named = (names: string[], noun: string) =>
    `${names.length === 1 ? noun : `${noun}s`} ${namesList(names, noun)}`;
  const asked = (names: string[] | undefined, noun: string) => (names ? named(names, noun) : `every ${noun}`);
  const what = services.length
    ? `${named(services, 'service')} · ${named(envs, 'env')}`
    : `${asked(report.asked.services, 'service')} · ${asked(report.asked.envs, 'env')}: no deployments or incidents found`;
  return `## 📊 DORA report: ${what} · ${span} (${count(weeks.length, 'week')})`;
}

const VERDICTS: Record<Exclude<GateResult['verdict'], 'off'>, string> = {
  pass: '✅ pass: every gated figure is within its threshold',
  breach: '❌ breach: a gated figure is beyond its threshold',
  'no-data': '⚠️ no data: a gated figure has no data behind it (not a breach)',
};

export function gateSection(gate: GateResult): string[] {
  if (gate.verdict === 'off') return [];
  const rows = gate.checks.map((check) => {
    const gated = metric(check.metric);
    const show = UNITS[gated.unit].show;
    const mark = check.breached ? '❌' : check.value === undefined ? '⚠️' : '✅';
    const bound = `${gated.better === 'higher' ? 'at least' : 'at most'} ${show(check.threshold)}`;
    const value = check.value === undefined ? 'no data' : show(check.value);
    const worst = check.worst ? `${groupName(check.worst.service, check.worst.env)}: ${show(check.worst.value)}` : '—';
    return `| ${mark} ${gated.name} (${code(check.input)}) | ${value} | ${bound} | ${worst} |`;
  });
  return [
    `**Gate: ${VERDICTS[gate.verdict]}.**`,
    '',
    '| Check | Value | Threshold | Worst service and env |',
    '|---|--:|--:|---|',
    ...rows,
    '',
  ];
}

export function problemsSection(problems: string[]): string[] {
  return problems.length ? [...problems.map((problem) => `- ⚠️ ${markdownText(problem)}`), ''] : [];
}

const LATE_REMEDIATIONS =
  'A change failure counts in the week its deployment finished: a remediation found later (a rollback this week) ' +
  'can still add one to a past week, as it does in Datadog, so a later report may show more for the same weeks.';

/** The level the window's figure is in, by the DORA 2024 report, in no more words than it publishes. */
function levelCell(judged: Metric, figures: Figures): string {
  if (!judged.levels) return '';
  if ('none' in judged.levels) return 'none published';
  const standing = standingOf(judged, figures);
  if (!standing) return '—';
  const says = (level: Level) => levelSays(judged, level);
  if ('nearestCluster' in standing) {
    const [nearest, asNear] = standing.nearestCluster;
    if (asNear) return `as near ${nearest}'s cluster (${says(nearest!)}) as ${asNear}'s (${says(asNear)})`;
    return `nearest ${nearest}'s cluster (${says(nearest!)})`;
  }
  if ('between' in standing) {
    const [better, worse] = standing.between;
    return `none published: between ${better} (${says(better)}) and ${worse} (${says(worse)})`;
  }
  if ('beyond' in standing) return `none published: past ${standing.beyond} (${says(standing.beyond)})`;
  const [first, second] = standing.levels;
  if (!second) return `${first}`;
  const overlap = says(first!) === says(second);
  return `${first} or ${second}: ${overlap ? `both published as ${says(second)}` : `the edge of ${says(first!)} and of ${says(second)}`}`;
}

const clusterValues = LEVELS.map((level) => `${level} ${levelSays(metric('change-failure-rate'), level)}`).join(', ');
const LEVELS_NOTE =
  "DORA level: the window's figure against the four levels of Google Cloud / DORA's " +
  `${markdownLink(DORA_REPORT.name, DORA_REPORT.url, GUIDES)} (the 2025 report has no four-level table), a month counted as 30 days. ` +
  `For change failure rate it gives each level's cluster value, not a bound (${clusterValues}), so the nearest is named. ` +
  'Where its ranges overlap or leave a gap, the cell says so; it publishes no levels for rework rate.';

/**
 * The last week against the median of the weeks before it, and whether that is better or worse for
 * the metric, in words that need no colour: `▲ 2 h vs 1 d 3 h, worse`; `—` without data.
 */
function comparison(compared: Metric, last: Figures, before: Figures[]): string {
  const latest = compared.value(last);
  const typical = median(before.map(compared.value).filter((value) => value !== undefined));
  if (latest === undefined || typical === undefined) return '—';
  const { show, difference } = UNITS[compared.unit];
  const change = latest - typical;
  if (decimal(change) === '0') return `= ${show(typical)}`;
  const better = change > 0 === (compared.better === 'higher');
  return `${change > 0 ? '▲' : '▼'} ${difference(Math.abs(change))} vs ${show(typical)}, ${better ? 'better' : 'worse'}`;
}

export function headlineTable(report: Report): string[] {
  const { window, selection } = report;
  const lastWeek = window.weeks.at(-1);
  const last = selection.weeks.at(-1);
  const before = selection.weeks.slice(0, -1);
  const against = before.length
    ? `the median of the ${count(before.length, 'week')} before`
    : 'the weeks before (none in the window)';
  const header = `| | ${count(window.weeks.length, 'week')} | DORA level | Last week, ${lastWeek ? weekLabel(lastWeek.label) : '—'} | Last week vs ${against} | ${weekLabel(window.current.label)} so far (not counted) |`;
  const rows = METRICS.map((shown) => {
    const windowCell = shown.windowCell?.(selection.window) ?? headlineCellOf(shown, selection.window);
    const cells = [
      windowCell,
      levelCell(shown, selection.window),
      last ? headlineCellOf(shown, last) : '—',
      last ? comparison(shown, last, before) : '—',
      headlineCellOf(shown, selection.current),
    ];
    return `| ${shown.row} | ${cells.join(' | ')} |`;
  });
  return ['### Headline', '', header, '|---|--:|---|--:|--:|--:|', ...rows, '', LATE_REMEDIATIONS, '', LEVELS_NOTE, ''];
}
