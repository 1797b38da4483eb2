// What every job summary is made of: a heading for the outcome, a table of the event, then what
// happened and where to see it. Pure Markdown; each event says its own rows. Every value is
// escaped for Markdown here or by the event, as `Row` values arrive escaped.

import { markdownCode as code, linkOrigins, markdownLink, markdownText as prose } from '../runner/escape.ts';
import { describeAttempts, type Outcome } from '../runner/outcome.ts';
import type { AppLink } from './clients.ts';

/** A row's name, and its value already escaped for Markdown. */
export type Row = [string, string];

/** The heading for each outcome. */
export interface Headings {
  done: string;
  failed: string;
  /** Failed, but an answer was lost on the way: it may have arrived. */
  unknown: string;
  dryRun: string;
}

/** The headings of an event that is sent: `✅ Deployment sent to Datadog` and the like. */
export function sentHeadings(noun: string, emoji: string): Headings {
  return {
    done: `${emoji} ${noun} sent to Datadog`,
    failed: `${noun} not sent to Datadog`,
    unknown: `${noun} may or may not have reached Datadog`,
    dryRun: `${noun} not sent`,
  };
}

/** Where in Datadog's app the event is seen: a label and a path on the app's host. */
export interface AppPage {
  label: string;
  path: string;
}

const DELIVERY_PERFORMANCE: AppPage = { label: 'Delivery Performance', path: '/ci/dora' };

/** A step's summary: `rows`, how it was sent when it was, then `trailing`. */
export function summaryOf(
  outcome: Outcome,
  headings: Headings,
  rows: Row[],
  appLink: AppLink,
  trailing: Row[] = [],
  page: AppPage = DELIVERY_PERFORMANCE,
): string {
  const table = [
    ...rows,
    ...(outcome.kind === 'done' ? [['Sending', describeAttempts(outcome)] as Row] : []),
    ...trailing,
  ];
  return [
    `### ${headingFor(outcome, headings)}`,
    '',
    '| | |',
    '|---|---|',
    ...table.map(([name, value]) => `| ${name} | ${value} |`),
    '',
    closing(outcome, appLink, page),
    '',
  ].join('\n');
}

function headingFor(outcome: Outcome, headings: Headings): string {
  if (outcome.kind === 'done') return headings.done;
  if (outcome.kind === 'dry-run') return `🧪 ${headings.dryRun} (dry run)`;
  return `${outcome.failsStep ? '❌' : '⚠️'} ${outcome.mayHaveArrived ? headings.unknown : headings.failed}`;
}

function closing(outcome: Outcome, appLink: AppLink, page: AppPage): string {
  if (outcome.kind === 'dry-run') return `Dry run: ${prose(outcome.what)}`;
  if (outcome.kind === 'failed') return prose(outcome.message);
  const where = markdownLink(page.label, `${appLink.url}${page.path}`, linkOrigins(appLink.url));
  // No site given: say which app the link assumes.
  return `Accepted by Datadog. See it in ${where}${appLink.assumedSite ? ` (on ${prose(appLink.assumedSite)}, assumed: no site was given)` : ''}.`;
}

export function optional(value: string | undefined): string {
  return value ? code(value) : '—';
}

/** An id as Datadog knows it, and as it was sent when Datadog answered with its own. */
export function idCell(sent: string, datadogId: string | undefined): string {
  return datadogId ? `${code(datadogId)} (Datadog's; sent as ${code(sent)})` : code(sent);
}

/** A commit, linked when its repository is on the GitHub server the job runs on. */
export function commitLink(sha: string, repositoryUrl: string, githubServerUrl: string): string {
  return markdownLink(
    code(sha.slice(0, 12)),
    `${repositoryUrl.replace(/\/+$/, '')}/commit/${encodeURIComponent(sha)}`,
    linkOrigins(githubServerUrl),
  );
}

export function duration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h ? `${h} h ${m} min ${s} s` : m ? `${m} min ${s} s` : `${s} s`;
}

/** Plural nouns: `1 deployment`, `3 deployments`. */
export const count = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;
