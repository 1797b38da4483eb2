// The release gate: the selection's window figures against the thresholds given. A breach fails
// the step; no data never does.
import { METRICS, type Metric, metric } from './metrics.ts';
import type { GateCheck, GateResult, GroupReport, Report, Thresholds } from './types.ts';
import { UNITS } from './units.ts';

type Gated = Metric & { gate: NonNullable<Metric['gate']> };

const gatedWhere = (better: Metric['better']): Gated[] =>
  METRICS.filter((judged): judged is Gated => judged.gate !== undefined && judged.better === better);
/** The `max-*` checks, then the `min-*`, as action.yml lists their inputs. */
const GATED = [...gatedWhere('lower'), ...gatedWhere('higher')];

/** Beyond a `max-*` above it, a `min-*` below it. */
const worseThan =
  (judged: Metric) =>
  (a: number, b: number): boolean =>
    judged.better === 'lower' ? a > b : a < b;

/** `report` undefined: Datadog could not be read, so no metric has data. */
export function judge(report: Report | undefined, thresholds: Thresholds): GateResult {
  const checks = GATED.flatMap((judged): GateCheck[] => {
    const threshold = thresholds[judged.gate.threshold];
    if (threshold === undefined) return [];
    const value = report && judged.value(report.selection.window);
    const worse = worseThan(judged);
    const worst = report && worstOf(report.groups, judged, worse);
    const breached = value !== undefined && worse(value, threshold);
    return [
      {
        metric: judged.id,
        input: judged.gate.input,
        threshold,
        ...(value === undefined ? {} : { value }),
        breached,
        ...(worst ? { worst } : {}),
      },
    ];
  });
  const verdict =
    checks.length === 0
      ? 'off'
      : checks.some((c) => c.breached)
        ? 'breach'
        : checks.some((c) => c.value === undefined)
          ? 'no-data'
          : 'pass';
  return { verdict, checks };
}

function worstOf(
  groups: readonly GroupReport[],
  judged: Metric,
  worse: (a: number, b: number) => boolean,
): GateCheck['worst'] {
  let worst: GateCheck['worst'];
  for (const { service, env, window } of groups) {
    const value = judged.value(window);
    if (value !== undefined && (!worst || worse(value, worst.value))) worst = { service, env, value };
  }
  return worst;
}

/** Each check in a sentence: the metric, its value, the threshold, and the worst service and env. */
export function gateMessage(gate: GateResult): string {
  const lines = gate.checks.map((check) => {
    const shown = UNITS[metric(check.metric).unit].plain;
    const name = check.metric.replaceAll('-', ' ');
    const limit = `${check.input} ${shown(check.threshold)}`;
    if (check.value === undefined) return `${name}: no data, so not judged (${limit}).`;
    const worst = check.worst
      ? `; worst: ${check.worst.service} in ${check.worst.env || 'no env'} at ${shown(check.worst.value)}`
      : '';
    return `${name} is ${shown(check.value)}: ${check.breached ? 'breaches' : 'within'} ${limit}${worst}.`;
  });
  const verdict = {
    breach: 'Release gate breached',
    'no-data': 'Release gate: a gated metric has no data',
    pass: 'Release gate passed',
    off: 'No release gate',
  }[gate.verdict];
  return `${verdict}: ${lines.join(' ')}`;
}
