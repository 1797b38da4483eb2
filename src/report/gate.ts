// The release gate: the selection's window figures against the thresholds given. A breach fails
// the step; no data never does.
import { humanDuration, NBSP } from './summary/format.ts';
import type { Figures, GateCheck, GateResult, GroupReport, Report, Thresholds } from './types.ts';

interface Gated {
  metric: GateCheck['metric'];
  input: string;
  threshold: keyof Thresholds;
  figure: (figures: Figures) => number | undefined;
  /** A max is breached above it, a min below it. */
  kind: 'max' | 'min';
}

const GATED: Gated[] = [
  { metric: 'change-failure-rate', input: 'max-change-failure-rate', threshold: 'maxChangeFailureRate', figure: (f) => f.changeFailureRate, kind: 'max' },
  { metric: 'change-lead-time', input: 'max-change-lead-time', threshold: 'maxChangeLeadTime', figure: (f) => f.leadTimeSeconds, kind: 'max' },
  { metric: 'recovery-time', input: 'max-recovery-time', threshold: 'maxRecoveryTime', figure: (f) => f.recoveryTimeSeconds, kind: 'max' },
  { metric: 'deployments-per-week', input: 'min-deployments-per-week', threshold: 'minDeploymentsPerWeek', figure: (f) => f.deploymentsPerWeek, kind: 'min' },
];

/** `report` undefined: Datadog could not be read, so no metric has data. */
export function judge(report: Report | undefined, thresholds: Thresholds): GateResult {
  const checks = GATED.flatMap((gated): GateCheck[] => {
    const threshold = thresholds[gated.threshold];
    if (threshold === undefined) return [];
    const value = report && gated.figure(report.selection.window);
    const worse = (a: number, b: number) => (gated.kind === 'max' ? a > b : a < b);
    const worst = report && worstOf(report.groups, gated.figure, worse);
    return [{ metric: gated.metric, input: gated.input, threshold, ...(value === undefined ? {} : { value }), breached: value !== undefined && worse(value, threshold), ...(worst ? { worst } : {}) }];
  });
  const verdict = checks.length === 0 ? 'off' : checks.some((c) => c.breached) ? 'breach' : checks.some((c) => c.value === undefined) ? 'no-data' : 'pass';
  return { verdict, checks };
}

function worstOf(groups: readonly GroupReport[], figure: Gated['figure'], worse: (a: number, b: number) => boolean): GateCheck['worst'] {
  let worst: GateCheck['worst'];
  for (const { service, env, window } of groups) {
    const value = figure(window);
    if (value !== undefined && (!worst || worse(value, worst.value))) worst = { service, env, value };
  }
  return worst;
}

const shown = (check: GateCheck, value: number): string =>
  check.metric === 'change-failure-rate' ? `${value.toFixed(2)}%` : check.metric === 'deployments-per-week' ? value.toFixed(2) : humanDuration(value).replaceAll(NBSP, ' ');

/** Each check in a sentence: the metric, its value, the threshold, and the worst service and env. */
export function gateMessage(gate: GateResult): string {
  const lines = gate.checks.map((check) => {
    const name = check.metric.replaceAll('-', ' ');
    const limit = `${check.input} ${shown(check, check.threshold)}`;
    if (check.value === undefined) return `${name}: no data, so not judged (${limit}).`;
    const worst = check.worst ? `; worst: ${check.worst.service} in ${check.worst.env || 'no env'} at ${shown(check, check.worst.value)}` : '';
    return `${name} is ${shown(check, check.value)}: ${check.breached ? 'breaches' : 'within'} ${limit}${worst}.`;
  });
  const verdict = { breach: 'Release gate breached', 'no-data': 'Release gate: a gated metric has no data', pass: 'Release gate passed', off: 'No release gate' }[gate.verdict];
  return `${verdict}: ${lines.join(' ')}`;
}
