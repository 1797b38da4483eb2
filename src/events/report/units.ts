// How a figure of each unit is written: in the summary, as a difference between two, as an
// output, and in a log. Each metric (metrics.ts) names its unit; whatever writes a figure reads
// how here.
import { decimal, humanDuration, NBSP, percentText } from './summary/format.ts';

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
