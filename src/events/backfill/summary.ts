// The job summary of a backfill (pure): what was sent (or would be, in a dry run), what was skipped
// and why, week by week, what the probe found, and a link to Delivery Performance for the period.
import type { AppLink } from '../../pipeline/clients.ts';
import { count } from '../../pipeline/summary.ts';
import { DAY_MS } from '../../pipeline/weeks.ts';
import { markdownCode as code, linkOrigins, markdownLink, markdownText } from '../../runner/escape.ts';
import type { Backfilled } from './send.ts';

export interface BackfillSummary {
  done: Backfilled;
  /** What was read: "GitHub deployments of acme/shop (every environment)". */
  source: string;
  period: { from: Date; to: Date };
  /** What the reading left out (deployments never successful, malformed answers), counted. */
  leftOut: string[];
  /** Lines that say why something stopped, or went unread. */
  notes: string[];
  appLink: AppLink;
  now: Date;
}

const day = (at: Date) => at.toISOString().slice(0, 10);

export function backfillSummary({ done, source, period, leftOut, notes, appLink, now }: BackfillSummary): string {
  const skipped = done.skipped['already backfilled'] + done.skipped['sent live by the action'];
  const probeFailed = done.probe && !done.probe.kept;
  const heading = done.dryRun
    ? `🧪 Backfill (dry run): ${count(done.sent, 'deployment')} would be sent to Datadog`
    : probeFailed || done.stoppedBy
      ? `⚠️ Backfill stopped: ${count(done.sent, 'deployment')} sent to Datadog`
      : `✅ Backfill: ${count(done.sent, 'deployment')} sent to Datadog`;
  const rows: [string, string][] = [
    ['Source', markdownText(source)],
    ['Period', `${day(period.from)} to ${day(period.to)}`],
    [done.dryRun ? 'Would be sent' : 'Sent', String(done.sent)],
    [
      'Skipped',
      skipped
        ? `${done.skipped['already backfilled']} already backfilled, ${done.skipped['sent live by the action']} sent live by the action`
        : '0',
    ],
    ...(done.dryRun ? [] : [['Refused by Datadog', String(done.refused)] as [string, string]]),
    ...(done.first ? [['First', event(done.first)] as [string, string]] : []),
    ...(done.last && done.last !== done.first ? [['Last', event(done.last)] as [string, string]] : []),
  ];
  const url = `${appLink.url}/ci/dora?from_ts=${period.from.getTime()}&to_ts=${period.to.getTime()}&live=false`;
  return [
    `### ${heading}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
    '',
    ...(done.probe && !done.probe.kept ? [probeSays(done.probe, now), ''] : []),
    ...[...leftOut, ...notes].map((line) => `- ${markdownText(line)}`),
    ...(leftOut.length + notes.length ? [''] : []),
    ...weekTable(done),
    `${markdownLink('Delivery Performance for the period', url, linkOrigins(appLink.url))} in Datadog${appLink.assumedSite ? ` (on ${appLink.assumedSite}; set site for another)` : ''}.`,
    '',
  ].join('\n');
}

const event = ({ id, finishedAt }: { id: string; finishedAt: Date }) =>
  `${code(id)}, finished ${finishedAt.toISOString()}`;

function probeSays(probe: Backfilled['probe'] & { kept: false }, now: Date): string {
  const age = `${Math.floor((now.getTime() - probe.finishedAt.getTime()) / DAY_MS)} days old`;
  return probe.refusal
    ? `**Datadog refused the oldest deployment** (${code(probe.id)}, ${age}): ${markdownText(probe.refusal)} Nothing more was sent.`
    : `**Datadog accepted the oldest deployment** (${code(probe.id)}, ${age}) **but did not show it within a minute**: it may not keep deployments that old. Nothing more was sent; try a later \`since\`.`;
}

function weekTable(done: Backfilled): string[] {
  if (!done.weeks.length) return ['No deployment in the period.', ''];
  return [
    '#### By week (of the finish)',
    '',
    `| Week | ${done.dryRun ? 'Would be sent' : 'Sent'} | Already backfilled | Sent live by the action |${done.dryRun ? '' : ' Refused |'}`,
    `|---|---:|---:|---:|${done.dryRun ? '' : '---:|'}`,
    ...done.weeks.map(
      (week) =>
        `| ${week.week} | ${week.sent} | ${week.skipped['already backfilled']} | ${week.skipped['sent live by the action']} |${done.dryRun ? '' : ` ${week.refused} |`}`,
    ),
    '',
  ];
}
