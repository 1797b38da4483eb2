// A table per service and env, folded in `<details>`: the window, each week, and the current week
// so far. The week rows are the part the summary drops first among these when it grows too big.
import type { Figures, GroupReport, Report } from '../types.ts';
import { count, decimal, groupNameHtml, humanDuration, incidentsText, orDash, percentText, shortWeekLabels, withOpen } from './format.ts';

interface GroupTable {
  /** The fold, its heading, and the window's row. */
  head: string[];
  /** One row per week of the window. */
  weeks: string[];
  /** The current week's row, and the fold's end. */
  tail: string[];
}

function row(span: string, figures: Figures): string {
  const cells = [
    span,
    String(figures.deployments),
    orDash(figures.changeFailureRate, (rate) => `${percentText(rate)} (${figures.changeFailures})`),
    orDash(figures.reworkRate, (rate) => `${percentText(rate)} (${figures.remediations})`),
    orDash(figures.leadTimeSeconds, humanDuration),
    orDash(figures.leadTimePerDeploymentSeconds, humanDuration),
    withOpen(orDash(figures.recoveryTimeSeconds, humanDuration), figures.openChangeFailures),
    incidentsText(figures),
    orDash(figures.timeToRestoreSeconds, humanDuration),
  ];
  return `| ${cells.join(' | ')} |`;
}

function oneLine(figures: Figures): string {
  const parts = [`${count(figures.deployments, 'deployment')} (${decimal(figures.deploymentsPerWeek)} a week)`];
  if (figures.changeFailureRate !== undefined) parts.push(`change failure rate ${percentText(figures.changeFailureRate)}`);
  if (figures.leadTimeSeconds !== undefined) parts.push(`lead time ${humanDuration(figures.leadTimeSeconds)}`);
  if (figures.incidents) parts.push(count(figures.incidents, 'incident'));
  return parts.join(', ');
}

export function groupTable(group: GroupReport, report: Report): GroupTable {
  const { window } = report;
  const labels = shortWeekLabels(window);
  return {
    head: [
      `<details><summary>${groupNameHtml(group.service, group.env)}: ${oneLine(group.window)}</summary>`,
      '',
      "| Week | Deployments | Change failure rate | Rework rate | Lead time | Datadog's lead time | Recovery time | Incidents | Time to restore |",
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
      row(`**${count(window.weeks.length, 'week')}**`, group.window),
    ],
    weeks: group.weeks.map((figures, index) => row(labels.weeks[index] ?? '', figures)),
    tail: [row(`${labels.current} so far, not counted`, group.current), '', '</details>', ''],
  };
}

export const groupsHeading = (groups: number): string[] => [
  `### By service and env (${groups})`,
  '',
  "Lead time is the median over commits; Datadog's lead time is the median of per-deployment averages, as its pages headline. Time to restore is the incidents'.",
  '',
];
