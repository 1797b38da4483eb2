// Where a figure stands against the levels of DORA's 2024 report, saying no more than the report
// does: what each metric publishes (its ranges or cluster values), the placing, and its wording.
import type { Figures } from './types.ts';
import { UNITS, type Unit } from './units.ts';

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

export type PublishedLevels =
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

/** What placing a figure needs of its metric (metrics.ts). */
export interface Leveled {
  unit: Unit;
  better: 'lower' | 'higher';
  /** The figure for a span; undefined when there is no data behind it. */
  value: (figures: Figures) => number | undefined;
  /** The DORA 2024 report's levels for it, where it is one of DORA's metrics. */
  levels?: PublishedLevels;
}

const holds = (range: RangeLevel, value: number): boolean =>
  (range.minOpen ? value > range.min : value >= range.min) && (range.maxOpen ? value < range.max : value <= range.max);
const isAbove = (range: RangeLevel, value: number): boolean => (range.minOpen ? value <= range.min : value < range.min);
const isBelow = (range: RangeLevel, value: number): boolean => (range.maxOpen ? value >= range.max : value > range.max);

/** Where a span's figure stands; undefined without data to place, or for a metric without published levels. */
export function standingOf(judged: Leveled, figures: Figures): Standing | undefined {
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
export function levelSays(judged: Leveled, level: Level): string {
  const levels = judged.levels;
  if (levels && 'ranges' in levels) return levels.ranges.find((range) => range.level === level)?.says ?? '';
  if (levels && 'clusters' in levels)
    return UNITS[judged.unit].show(levels.clusters.find((cluster) => cluster.level === level)?.value ?? 0);
  return '';
}
