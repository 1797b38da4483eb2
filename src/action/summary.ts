// Job summaries: pure markdown, one per event, written by the step.
import type { FailureEvent } from '../datadog/types.ts';
import type { AppLink } from './clients.ts';
import type { PlannedDeployment } from './deployment.ts';
import { markdownCode as code, markdownLink, markdownText as escape } from './escape.ts';
import { describeAttempts, type Outcome } from './report.ts';

/** A row's name, and its value already escaped for Markdown. */
type Row = [string, string];

function render(heading: string, rows: Row[], closing: string[]): string {
  return [`### ${heading}`, '', '| | |', '|---|---|', ...rows.map(([name, value]) => `| ${name} | ${value} |`), '', ...closing, ''].join('\n');
}

function headingFor(outcome: Outcome, headings: { done: string; failed: string; unknown: string; dryRun: string }): string {
  if (outcome.kind === 'done') return headings.done;
  if (outcome.kind === 'dry-run') return `🧪 ${headings.dryRun} (dry run)`;
  return `${outcome.failsStep ? '❌' : '⚠️'} ${outcome.mayHaveArrived ? headings.unknown : headings.failed}`;
}

function outcomeLines(outcome: Outcome, success: string): string[] {
  if (outcome.kind === 'done') return [success];
  if (outcome.kind === 'dry-run') return [`Dry run: ${escape(outcome.what)}`];
  return [escape(outcome.message)];
}

/** Where to see it in Datadog, saying which site is assumed when none was given. */
function seeIt(link: AppLink): string {
  const where = markdownLink('DORA Metrics', `${link.url}/ci/dora`);
  return link.assumedSite ? `See it in ${where} (on ${escape(link.assumedSite)}, assumed: no site was given).` : `See it in ${where}.`;
}

function sending(outcome: Outcome): Row[] {
  return outcome.kind === 'done' ? [['Sending', describeAttempts(outcome)]] : [];
}

export interface DeploymentReport {
  deployment: PlannedDeployment;
  finishedAt: Date;
  appLink: AppLink;
  outcome: Outcome;
  /** Datadog's id when it answered with another than the one sent. */
  datadogId?: string;
  remediation?: { line: string };
}

export function deploymentSummary(report: DeploymentReport): string {
  const { deployment, finishedAt, appLink, outcome } = report;
  const id = report.datadogId ? `${code(report.datadogId)} (Datadog's; sent as ${code(deployment.id)})` : code(deployment.id);
  const rows: Row[] = [
    ['Service', code(deployment.service)],
    ['Env', optional(deployment.env)],
    ['Version', optional(deployment.version)],
    ['Commit', deployment.git ? commitLink(deployment.git.commitSha, deployment.git.repositoryUrl) : '—'],
    ['Started', deployment.startedAt.toISOString()],
    ['Finished', finishedAt.toISOString()],
    ['Duration', duration(finishedAt.getTime() - deployment.startedAt.getTime())],
    ['Deployment id', id],
    ...sending(outcome),
    ...(report.remediation ? [['Remediates', escape(report.remediation.line)] as Row] : []),
  ];
  return render(
    headingFor(outcome, { done: '✅ Deployment sent to Datadog', failed: 'Deployment not sent to Datadog', unknown: 'Deployment may or may not have reached Datadog', dryRun: 'Deployment not sent' }),
    rows,
    outcomeLines(outcome, `Accepted by Datadog. ${seeIt(appLink)}`),
  );
}

export interface MarkReport {
  changeFailure: boolean;
  /** The deployment marked, when known. */
  id?: string;
  /** How it was found, when it was looked up. */
  lookup?: string;
  remediation?: { id: string; type: string };
  appLink: AppLink;
  outcome: Outcome;
}

export function markSummary(report: MarkReport): string {
  const { outcome } = report;
  const mark = report.changeFailure ? 'a change failure' : 'stable';
  const rows: Row[] = [
    ['Deployment id', report.id ? code(report.id) : '—'],
    ...(report.lookup ? [['Found as', escape(report.lookup)] as Row] : []),
    ['Change failure', report.changeFailure ? 'yes' : 'no (stable)'],
    ...(report.remediation ? [['Remediated by', `${code(report.remediation.id)} (${report.remediation.type})`] as Row] : []),
    ...sending(outcome),
  ];
  return render(
    headingFor(outcome, {
      done: `${report.changeFailure ? '🔴' : '🟢'} Deployment marked ${mark}`,
      failed: `Deployment not marked ${mark}`,
      unknown: `Deployment may or may not be marked ${mark}`,
      dryRun: 'Deployment not marked',
    }),
    rows,
    outcomeLines(outcome, `Accepted by Datadog. ${seeIt(report.appLink)}`),
  );
}

export interface FailureReport {
  failure: FailureEvent & { id: string };
  /** Datadog's id when it answered with another than the one sent. */
  datadogId?: string;
  appLink: AppLink;
  outcome: Outcome;
}

export function failureSummary({ failure, datadogId, appLink, outcome }: FailureReport): string {
  const rows: Row[] = [
    ['Name', optional(failure.name)],
    ['Severity', optional(failure.severity)],
    ['Services', failure.services?.length ? failure.services.map(code).join(', ') : '—'],
    ['Team', optional(failure.team)],
    ['Env', optional(failure.env)],
    ['Started', failure.startedAt.toISOString()],
    ['Finished', failure.finishedAt ? `${failure.finishedAt.toISOString()} (after ${duration(failure.finishedAt.getTime() - failure.startedAt.getTime())})` : 'not yet: send the same failure-id again with finished-at to resolve it'],
    ['Failure id', datadogId ? `${code(datadogId)} (Datadog's; sent as ${code(failure.id)})` : code(failure.id)],
    ...sending(outcome),
  ];
  return render(
    headingFor(outcome, { done: '🚨 Failure sent to Datadog', failed: 'Failure not sent to Datadog', unknown: 'Failure may or may not have reached Datadog', dryRun: 'Failure not sent' }),
    rows,
    outcomeLines(outcome, `Accepted by Datadog. ${seeIt(appLink)}`),
  );
}

function optional(value: string | undefined): string {
  return value ? code(value) : '—';
}

function commitLink(sha: string, repositoryUrl: string): string {
  return markdownLink(code(sha.slice(0, 12)), `${repositoryUrl.replace(/\/+$/, '')}/commit/${encodeURIComponent(sha)}`);
}

export function duration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h ? `${h} h ${m} min ${s} s` : m ? `${m} min ${s} s` : `${s} s`;
}
