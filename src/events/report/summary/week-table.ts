// The week tables: a row per span (the window, each week, the current week so far) with a column
// per metric. The tables per service and env and the one behind the charts are both this one.
import { METRICS } from '../metrics.ts';
import type { Figures, MetricId } from '../types.ts';
import { UNITS } from '../units.ts';

/** How to write a metric's figure where the summary's own way would not do (a chart's unit). */
export type Shown = Partial<Record<MetricId, (value: number) => string>>;

export const weekTableHeader: string[] = [
  `| Week | ${METRICS.map((column) => column.column).join(' | ')} |`,
  `|---|${METRICS.map(() => '--:').join('|')}|`,
];

export function weekRow(span: string, figures: Figures, shown: Shown = {}): string {
  const cells = METRICS.map((column) => column.cell(figures, shown[column.id] ?? UNITS[column.unit].show));
  return `| ${span} | ${cells.join(' | ')} |`;
}

/** Said under each table: what its columns of lead time and time to restore are. */
export const weekTableNote =
  "Lead time is the median over commits; Datadog's lead time is the median of per-deployment averages, as its pages headline. " +
  "Time to restore is the incidents'.";
