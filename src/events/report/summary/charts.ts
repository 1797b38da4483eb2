// The selection's weeks as at most four Mermaid `xychart-beta` charts, and the same numbers in a
// table, so the summary reads where a chart does not render. No value from Datadog enters a
// chart: titles and axis names are ours, x labels are ISO weeks reduced to a safe alphabet.
import { type Metric, metric } from '../metrics.ts';
import type { Figures, Report } from '../types.ts';
import { decimal, NBSP, shortWeekLabels, weekLabel } from './format.ts';
import { type Shown, weekRow, weekTableHeader, weekTableNote } from './week-table.ts';

/**
 * Colours that read on GitHub's light and dark backgrounds alike (Mermaid's default palette draws
 * a lone series nearly white on white). Mermaid gives a chart's series its palette in order.
 */
const BLUE = '#1f6feb';
const RED = '#e5534b';
const PURPLE = '#a371f7';
const ORANGE = '#db6d28';

/** A duration unit a chart counts in, chosen by the chart's largest figure. */
interface Unit {
  name: string;
  symbol: string;
  seconds: number;
}

const UNITS: Unit[] = [
  { name: 'Minutes', symbol: 'min', seconds: 60 },
  { name: 'Hours', symbol: 'h', seconds: 3600 },
  { name: 'Days', symbol: 'd', seconds: 86_400 },
];

const [MINUTES, HOURS, DAYS] = UNITS as [Unit, Unit, Unit];

/** Minutes below 3 hours, hours below 3 days, else days: the chart's numbers stay readable. */
function unitFor(seconds: (number | undefined)[]): Unit {
  const largest = Math.max(0, ...seconds.map((value) => Math.abs(value ?? 0)));
  if (largest < 3 * HOURS.seconds) return MINUTES;
  return largest < 3 * DAYS.seconds ? HOURS : DAYS;
}

/** A duration in a chart's unit, as the chart and the table both write it. */
const inUnit = (seconds: number, unit: Unit): string => decimal(seconds / unit.seconds, 1);
const inUnitText =
  (unit: Unit) =>
  (seconds: number): string =>
    `${inUnit(seconds, unit)}${NBSP}${unit.symbol}`;

interface Series {
  /** Per week; undefined when the week has no data, drawn at 0. */
  values: (number | undefined)[];
  colour: string;
  /** A line over bars: Mermaid draws a zero bar as a stub, which would look like a failure in every week. */
  line?: boolean;
}

interface Chart {
  title: string;
  axis: string;
  /** What the colours mean, and what the table holds: charts here have no legend. */
  caption: string;
  series: Series[];
}

/** The axis's top: the largest value rounded up to a round number, leaving little empty room. */
function axisTop(largest: number): number {
  if (largest <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((step) => step * power).find((top) => top >= largest) ?? 10 * power;
}

/** Past this many weeks the x axis's labels would overlap: the caption says the span instead. */
const LABELLED_WEEKS = 20;

function mermaid(chart: Chart, labels: string[], span: string): string[] {
  const numbers = chart.series.map((series) =>
    series.values.map((value) => (value === undefined || !Number.isFinite(value) ? 0 : value)),
  );
  const all = numbers.flat();
  const bottom = Math.min(0, ...all);
  const palette = chart.series.map((series) => series.colour).join(', ');
  const labelled = labels.length <= LABELLED_WEEKS;
  const config = labelled ? '' : '"xyChart": {"xAxis": {"showLabel": false}}, ';
  return [
    labelled ? chart.caption : `${chart.caption} Weeks ${span}, left to right.`,
    '',
    '```mermaid',
    `%%{init: {${config}"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `    title "${chart.title}"`,
    `    x-axis [${labels.map((label) => `"${label}"`).join(', ')}]`,
    `    y-axis "${chart.axis}" ${decimal(bottom < 0 ? -axisTop(-bottom) : 0)} --> ${decimal(axisTop(Math.max(...all)))}`,
    ...numbers.map(
      (values, index) =>
        `    ${chart.series[index]?.line ? 'line' : 'bar'} [${values.map((value) => decimal(value, 1)).join(', ')}]`,
    ),
    '```',
    '',
  ];
}

const durations = (weeks: Figures[], charted: Metric, unit: Unit): (number | undefined)[] =>
  weeks.map((figures) => {
    const seconds = charted.value(figures);
    return seconds === undefined ? undefined : Number(inUnit(seconds, unit));
  });

const hasData = (series: Series): boolean => series.values.some((value) => value !== undefined && value !== 0);

const NO_DATA = 'A week with none is drawn at 0, and shown as — in the table.';

/** The charts and the weekly table behind them. */
export function chartsSection(report: Report): string[] {
  const weeks = report.selection.weeks;
  const labels = shortWeekLabels(report.window).weeks;
  const span = `${weekLabel(report.window.weeks[0]?.label ?? '')} to ${weekLabel(report.window.weeks.at(-1)?.label ?? '')}`;
  const leadTime = metric('change-lead-time');
  const perDeployment = metric('change-lead-time-per-deployment');
  const recovery = metric('recovery-time');
  const leadUnit = unitFor(weeks.flatMap((figures) => [leadTime.value(figures), perDeployment.value(figures)]));
  const recoveryUnit = unitFor(weeks.map(recovery.value));
  const charts: Chart[] = [
    {
      title: 'Deployments and change failures per week',
      axis: 'Deployments',
      caption: 'Deployments per week as blue bars; the change failures among them as a red line, on the same scale.',
      series: [
        { values: weeks.map(metric('deployments-per-week').value), colour: BLUE },
        { values: weeks.map((figures) => figures.changeFailures), colour: RED, line: true },
      ],
    },
    {
      title: 'Change lead time per week, median over commits',
      axis: leadUnit.name,
      caption: `Change lead time, the median over the week's commits, in ${leadUnit.name.toLowerCase()}. ${NO_DATA}`,
      series: [{ values: durations(weeks, leadTime, leadUnit), colour: BLUE }],
    },
    {
      title: 'Failed deployment recovery time per week, median',
      axis: recoveryUnit.name,
      caption: `Failed deployment recovery time, the median over the week's change failures, in ${recoveryUnit.name.toLowerCase()}. ${NO_DATA}`,
      series: [{ values: durations(weeks, recovery, recoveryUnit), colour: PURPLE }],
    },
    {
      title: 'Incidents per week',
      axis: 'Incidents',
      caption: 'Incidents (failure events) that started each week, open ones included.',
      series: [{ values: weeks.map(metric('incidents').value), colour: ORANGE }],
    },
  ];
  const drawn = charts.filter((chart) => chart.series.some(hasData));
  const left = charts.length - drawn.length;
  // The table writes the charted durations in the charts' units, so each drawn number is in it.
  const inChartUnits: Shown = {
    [leadTime.id]: inUnitText(leadUnit),
    [perDeployment.id]: inUnitText(leadUnit),
    [recovery.id]: inUnitText(recoveryUnit),
  };
  return [
    '### By week',
    '',
    ...drawn.flatMap((chart) => mermaid(chart, labels, span)),
    ...(left
      ? [
          `${left === charts.length ? 'No chart' : `${left} chart${left === 1 ? '' : 's'} left out`}: no data in any week.`,
          '',
        ]
      : []),
    "<details><summary>The charts' numbers, week by week</summary>",
    '',
    ...weekTableHeader,
    ...weeks.map((figures, index) => weekRow(labels[index] ?? '', figures, inChartUnits)),
    '',
    weekTableNote,
    '',
    '</details>',
    '',
  ];
}
