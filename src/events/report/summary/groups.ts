// A table per service and env, folded in `<details>`: the window, each week, and the current week
// so far. The week rows are the part the summary drops first among these when it grows too big.

import { count } from '../../../pipeline/summary.ts';
import { metric } from '../metrics.ts';
import type { Figures, GroupReport, Report } from '../types.ts';
import { UNITS } from '../units.ts';
import { decimal, groupNameHtml, shortWeekLabels } from './format.ts';
import { weekRow, weekTableHeader, weekTableNote } from './week-table.ts';

interface GroupTable {
  /** The fold, its heading, and the window's row. */
  head: string[];
  /** One row per week of the window. */
  weeks: string[];
  /** The current week's row, and the fold's end. */
  tail: string[];
}

/** The window in a line, for the fold's title. */
function oneLine(figures: Figures): string {
  const parts = [`${count(figures.deployments, 'deployment')} (${decimal(figures.deploymentsPerWeek)} a week)`];
  for (const id of ['change-failure-rate', 'change-lead-time'] as const) {
    const { column, unit, value } = metric(id);
    const figure = value(figures);
    if (figure !== undefined) parts.push(`${column.toLowerCase()} ${UNITS[unit].show(figure)}`);
  }
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
      ...weekTableHeader,
      weekRow(`**${count(window.weeks.length, 'week')}**`, group.window),
    ],
    weeks: group.weeks.map((figures, index) => weekRow(labels.weeks[index] ?? '', figures)),
    tail: [weekRow(`${labels.current} so far, not counted`, group.current), '', '</details>', ''],
  };
}

export const groupsHeading = (groups: number): string[] => [
  `### By service and env (${groups})`,
  '',
  weekTableNote,
  '',
];
