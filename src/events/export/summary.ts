// The export's job summary: the period, what each file holds month by month, where the files are,
// and how long they last. Pure Markdown, every value from outside escaped.

import type { DatadogRetiredError } from '../../datadog/errors.ts';
import { day, INCIDENT_DATA_ENDS, RETIREMENT_GUIDE } from '../../datadog/retirement.ts';
import { GUIDES, markdownCode, markdownLink, markdownText } from '../../runner/escape.ts';
import type { Selection } from '../../runner/inputs/types.ts';
import type { EventFile, Exported } from './write.ts';

export interface ExportOutcome {
  from: Date;
  to: Date;
  selection: Selection;
  files: Record<EventFile, Exported>;
}

/** Why failures are not exported once Datadog no longer serves DORA incidents, with the date. */
export function retiredMessage(error: DatadogRetiredError): string {
  const ends = day(INCIDENT_DATA_ENDS);
  const why = error.answer
    ? `Datadog answered that its DORA incident API is gone (Datadog retires it on ${ends}): ${error.answer.message}`
    : `incidents sent through its DORA API can no longer be viewed or exported since ${ends}.`;
  return `Failures are not exported: Datadog no longer serves DORA incidents; ${why} See ${RETIREMENT_GUIDE}.`;
}

const NAMES: Record<EventFile, string> = { deployments: 'Deployments', failures: 'Failures' };

function fileRow(name: EventFile, exported: Exported): string {
  if (exported.state === 'written')
    return `| ${NAMES[name]} | ${exported.count} in ${markdownCode(exported.path)}${exported.stopped ? ' (partial: below)' : ''} |`;
  if (exported.state === 'retired')
    return `| ${NAMES[name]} | not exported: Datadog no longer serves DORA incidents (${day(INCIDENT_DATA_ENDS)}) |`;
  return `| ${NAMES[name]} | not exported: Datadog failed (below) |`;
}

const selected = (names: string[] | undefined) => (names ? names.map(markdownCode).join(', ') : 'every one');

/** Every month from the period's start to its end, and any other an event started in. */
function months({ from, to, files }: ExportOutcome): string[] {
  const found = new Set<string>();
  for (
    let at = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
    at <= to;
    at.setUTCMonth(at.getUTCMonth() + 1)
  )
    found.add(at.toISOString().slice(0, 7));
  for (const exported of Object.values(files))
    if (exported.state === 'written') for (const month of exported.perMonth.keys()) found.add(month);
  return [...found].sort();
}

function monthTable(outcome: ExportOutcome): string[] {
  const { deployments, failures } = outcome.files;
  const cell = (exported: Exported, month?: string) => {
    if (exported.state !== 'written') return '—';
    if (month === undefined) return String(exported.count);
    return String(exported.perMonth.get(month) ?? 0);
  };
  const undated = [deployments, failures].some((exported) => exported.state === 'written' && exported.undated > 0)
    ? [
        `| no start time | ${deployments.state === 'written' ? deployments.undated : '—'} | ${failures.state === 'written' ? failures.undated : '—'} |`,
      ]
    : [];
  return [
    '| Month (UTC, by start) | Deployments | Failures |',
    '|---|---:|---:|',
    ...months(outcome).map((month) => `| ${month} | ${cell(deployments, month)} | ${cell(failures, month)} |`),
    ...undated,
    `| **Total** | **${cell(deployments)}** | **${cell(failures)}** |`,
  ];
}

/** `notes`: what the reader must know of the files, problems first, each said in the log already. */
export function exportSummary(outcome: ExportOutcome, notes: string[]): string {
  const states = Object.values(outcome.files).map((exported) =>
    exported.state === 'written' && exported.stopped ? 'partial' : exported.state,
  );
  const heading =
    !states.includes('failed') && !states.includes('partial')
      ? '📦 DORA events exported from Datadog'
      : states.includes('written') || states.includes('partial')
        ? '⚠️ DORA events partly exported from Datadog'
        : '⚠️ DORA events not exported from Datadog';
  const { files } = outcome;
  const artifacts = markdownLink(
    'artifact',
    'https://docs.github.com/actions/using-workflows/storing-workflow-data-as-artifacts',
    GUIDES,
  );
  return [
    `### ${heading}`,
    '',
    '| | |',
    '|---|---|',
    `| Period | ${outcome.from.toISOString()} to ${outcome.to.toISOString()} |`,
    `| Services | ${selected(outcome.selection.services)} |`,
    `| Envs | ${selected(outcome.selection.envs)} |`,
    fileRow('deployments', files.deployments),
    fileRow('failures', files.failures),
    '',
    ...monthTable(outcome),
    '',
    ...notes.map((note) => `- ${markdownText(note)}`),
    ...(notes.length ? [''] : []),
    `One event a line (JSON Lines), every field as Datadog returned it. The files are in RUNNER\\_TEMP, which the runner empties when the job ends: upload them as an ${artifacts} to keep them. Artifacts expire too, after 90 days by default and 400 at most (\`retention-days\`): download them and keep them elsewhere.`,
    '',
  ].join('\n');
}
