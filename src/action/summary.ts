// The job summary of a deployment: pure markdown, written by the step.
import type { SendResult } from '../datadog/types.ts';
import type { PlannedDeployment } from './deployment.ts';

export type Outcome =
  | { kind: 'sent'; result: SendResult }
  | { kind: 'dry-run'; url: string }
  | { kind: 'failed'; message: string; failsStep: boolean };

export interface DeploymentReport {
  deployment: PlannedDeployment;
  finishedAt: Date;
  /** Datadog's web app for the site, e.g. https://app.datadoghq.eu */
  appUrl: string;
  outcome: Outcome;
}

export function deploymentSummary({ deployment, finishedAt, appUrl, outcome }: DeploymentReport): string {
  const rows: [string, string][] = [
    ['Service', code(deployment.service)],
    ['Env', deployment.env ? code(deployment.env) : '—'],
    ['Version', deployment.version ? code(deployment.version) : '—'],
    ['Commit', deployment.git ? commitLink(deployment.git.commitSha, deployment.git.repositoryUrl) : '—'],
    ['Started', deployment.startedAt.toISOString()],
    ['Finished', finishedAt.toISOString()],
    ['Duration', duration(finishedAt.getTime() - deployment.startedAt.getTime())],
    ['Deployment id', idCell(deployment.id, outcome)],
  ];
  if (outcome.kind === 'sent') {
    const { attempts, durationMs, status } = outcome.result;
    rows.push(['Sending', `${seconds(durationMs)}, ${attempts === 1 ? '1 attempt' : `${attempts} attempts`} (HTTP ${status})`]);
  }
  const heading = {
    sent: '✅ Deployment sent to Datadog',
    'dry-run': '🧪 Deployment not sent (dry run)',
    failed: outcome.kind === 'failed' && outcome.failsStep ? '❌ Deployment not sent to Datadog' : '⚠️ Deployment not sent to Datadog',
  }[outcome.kind];
  const result = {
    sent: `Accepted by Datadog. See it in [DORA Metrics](${appUrl}/ci/dora).`,
    'dry-run': outcome.kind === 'dry-run' ? `Dry run: it would have been sent to ${outcome.url}.` : '',
    failed: outcome.kind === 'failed' ? escape(outcome.message) : '',
  }[outcome.kind];
  return [
    `### ${heading}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
    '',
    result,
    '',
  ].join('\n');
}

function idCell(id: string, outcome: Outcome): string {
  if (outcome.kind === 'sent' && outcome.result.id !== outcome.result.sentId) {
    return `${code(outcome.result.id)} (Datadog's; sent as ${code(outcome.result.sentId)})`;
  }
  return code(id);
}

function commitLink(sha: string, repositoryUrl: string): string {
  const short = code(sha.slice(0, 12));
  return /^https?:\/\//.test(repositoryUrl) ? `[${short}](${repositoryUrl.replace(/\/+$/, '')}/commit/${sha})` : short;
}

export function duration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h ? `${h} h ${m} min ${s} s` : m ? `${m} min ${s} s` : `${s} s`;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function code(text: string): string {
  return `\`${text.replaceAll('`', "'").replaceAll('|', '\\|')}\``;
}

function escape(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
