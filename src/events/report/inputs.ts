// The report's inputs, held to their grammar. report: the DORA metrics of the services and envs named, read back from Datadog (and commits from
// git or GitHub), in the job summary, the outputs, and a gate for releases. It writes to neither.

import { quoted } from '../../runner/escape.ts';
import { line, type Source } from '../../runner/inputs/read.ts';
import { names } from '../../runner/inputs/shared.ts';
import { type Common, InputError } from '../../runner/inputs/types.ts';
import type { Thresholds } from './types.ts';

export interface ReportInputs extends Common {
  event: 'report';
  /** Undefined: every one found. */
  services?: string[];
  envs?: string[];
  weeks: number;
  thresholds: Thresholds;
}

/** Datadog keeps events two years. */
const MAX_WEEKS = 104;
const DEFAULT_WEEKS = 12;
const NUMBER = '(\\d+(?:\\.\\d+)?)';
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

function weeks(source: Source): number {
  const given = line(source, 'weeks');
  if (!given) return DEFAULT_WEEKS;
  const value = /^\d+$/.test(given.value) ? Number(given.value) : Number.NaN;
  if (!(value >= 1 && value <= MAX_WEEKS)) {
    throw new InputError(
      `${given.from} is ${quoted(given.value)}: expected a whole number of weeks from 1 to ${MAX_WEEKS} (Datadog keeps events two years).`,
    );
  }
  return value;
}

/** A threshold in its input's grammar, or undefined when not given. */
function threshold(
  source: Source,
  input: string,
  grammar: RegExp,
  accepted: string,
  toNumber: (match: RegExpExecArray) => number,
  max = Infinity,
): number | undefined {
  const given = line(source, input);
  if (!given) return undefined;
  const match = grammar.exec(given.value);
  const value = match ? toNumber(match) : Number.NaN;
  if (!(Number.isFinite(value) && value <= max))
    throw new InputError(`${given.from} is ${quoted(given.value)}: expected ${accepted}.`);
  return value;
}

const DURATION = 'a duration: a number with s, m, h, d or w (30m, 2d, 1.5w), or a number of seconds';
const duration = (source: Source, input: string) =>
  threshold(
    source,
    input,
    new RegExp(`^${NUMBER}\\s*([smhdw])?$`),
    DURATION,
    ([, n, unit]) => Number(n) * UNIT_SECONDS[unit ?? 's']!,
  );

function parseThresholds(source: Source): Thresholds {
  const found: Thresholds = {
    maxChangeFailureRate: threshold(
      source,
      'max-change-failure-rate',
      new RegExp(`^${NUMBER}\\s*%?$`),
      'a percentage from 0 to 100, as 15 or 15%',
      ([, n]) => Number(n),
      100,
    ),
    maxChangeLeadTime: duration(source, 'max-change-lead-time'),
    maxRecoveryTime: duration(source, 'max-recovery-time'),
    minDeploymentsPerWeek: threshold(
      source,
      'min-deployments-per-week',
      new RegExp(`^${NUMBER}$`),
      'a number of deployments per week, as 5 or 0.5',
      ([, n]) => Number(n),
    ),
  };
  return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined));
}

/** The inputs the report reads besides those every event reads: beside their parsing, in one place. */
export const REPORT_READS = [
  'service',
  'env',
  'weeks',
  'max-change-failure-rate',
  'max-change-lead-time',
  'max-recovery-time',
  'min-deployments-per-week',
] as const;

/** The report's own inputs, parsed and checked. */
export function parseReportInputs(source: Source): Omit<ReportInputs, keyof Common | 'event'> {
  const services = names(source, 'service', 'DD_SERVICE');
  if (!services) {
    throw new InputError(
      'Input service is required for event report: the services to report on, separated by commas or newlines, or * for every service (or set env DD_SERVICE).',
    );
  }
  const envs = names(source, 'env', 'DD_ENV');
  return {
    ...(services === 'every' ? {} : { services }),
    ...(envs === undefined || envs === 'every' ? {} : { envs }),
    weeks: weeks(source),
    thresholds: parseThresholds(source),
  };
}
