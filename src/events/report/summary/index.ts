// The report's job summary: pure Markdown and Mermaid, always under GitHub's 1 MiB for a step's
// summary. What is bounded comes whole (heading, gate, headline, charts, what the report cannot
// see); the rest is fitted in order of worth: the tables per service and env, then their weeks,
// then the events, each cut where the room ends, with a note saying what was left out.
import type { AppLink } from '../../../pipeline/clients.ts';
import { count } from '../../../pipeline/summary.ts';
import { linkOrigins, markdownLink, markdownText } from '../../../runner/escape.ts';
import type { GateResult, Report } from '../types.ts';
import { blindSection } from './blind.ts';
import { chartsSection } from './charts.ts';
import { eventLists, eventsHeading } from './events.ts';
import { groupsHeading, groupTable } from './groups.ts';
import { gateSection, heading, headlineTable, problemsSection } from './headline.ts';
import { incidentSourcesSection } from './incidents.ts';

export interface SummaryLinks {
  /** The user's Datadog app, for links to its Delivery Performance pages. */
  app: AppLink;
  /** The workflow's GitHub (`GITHUB_SERVER_URL`): compare links go there when a repository is on it. */
  githubServerUrl: string;
  /** What went wrong while reading, as plain text: said at the top. */
  problems: string[];
}

/** GitHub refuses a step summary over 1 MiB (1,048,576 bytes); the margin is for the notes. */
const MAX_SUMMARY_BYTES = 1_040_000;

const bytes = (lines: string[]): number => lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);

const LEFT_OUT = "left out to keep this summary under GitHub's 1 MiB limit";
const IN_JSON = ': `report-json` has them';

/** What takes lines while they fit in what is left of `size` bytes. */
function room(size: number): (lines: string[]) => boolean {
  let left = size;
  return (lines) => {
    const needed = bytes(lines);
    if (needed > left) return false;
    left -= needed;
    return true;
  };
}

function footer(links: SummaryLinks): string[] {
  const where = markdownLink('Delivery Performance', `${links.app.url}/ci/dora`, linkOrigins(links.app.url));
  const assumed = links.app.assumedSite
    ? ` (on ${markdownText(links.app.assumedSite)}, assumed: no site was given)`
    : '';
  return [
    `Computed by this action from the events Datadog returns, by Datadog's documented rules. See them in Datadog's ${where}${assumed}.`,
    '',
  ];
}

export function reportSummary(report: Report, gate: GateResult, links: SummaryLinks): string {
  const top = [
    ...gateSection(gate),
    ...problemsSection(links.problems),
    ...headlineTable(report),
    ...incidentSourcesSection(report),
    ...chartsSection(report),
  ];
  const bottom = [...blindSection(report.blind), ...footer(links)];
  // The notes, and the lists' titles and headers, always shown, are kept room for.
  const take = room(
    MAX_SUMMARY_BYTES - bytes([heading(report), '', ...top, ...bottom, ...groupsHeading(0), ...eventsHeading]) - 4096,
  );

  const tables = report.groups.map((group) => groupTable(group, report));
  const shown = tables.filter((table) => take([...table.head, ...table.tail]));
  const withWeeks = shown.map((table) => take(table.weeks));
  const groupLines = shown.flatMap((table, index) => [
    ...table.head,
    ...(withWeeks[index] ? table.weeks : []),
    ...table.tail,
  ]);
  const groupNotes = [
    ...(shown.length < tables.length
      ? [
          `… and ${count(tables.length - shown.length, 'more service and env', 'more services and envs')}, ${LEFT_OUT}${IN_JSON}.`,
          '',
        ]
      : []),
    ...(withWeeks.includes(false)
      ? [
          `The weeks of ${count(withWeeks.filter((kept) => !kept).length, 'service and env', 'services and envs')} are ${LEFT_OUT}${IN_JSON}.`,
          '',
        ]
      : []),
  ];

  const lists = eventLists(report, {
    app: links.app,
    githubServerUrl: links.githubServerUrl,
    origins: linkOrigins(links.app.url, links.githubServerUrl),
  });
  let eventsLeftOut = false;
  const eventLines = lists.flatMap((list) => {
    const rows: string[] = [];
    // A list's rows stop at the first that does not fit, so what is shown keeps the list's order.
    for (const row of list.rows) {
      if (!take([row])) break;
      rows.push(row);
    }
    const table = rows.length ? [...list.header, ...rows, ''] : [];
    const left = list.rows.length - rows.length;
    if (!left) return [...list.title, ...table];
    eventsLeftOut = true;
    const where = list.inJson ? IN_JSON : '';
    const note = rows.length
      ? `… and ${left} more ${list.noun}, ${LEFT_OUT}${where}.`
      : `The ${left} ${list.noun} are ${LEFT_OUT}${where}.`;
    return [...list.title, ...table, note, ''];
  });

  const sizeNote =
    groupNotes.length || eventsLeftOut
      ? [
          'ℹ️ Some detail is left out below to keep this summary under GitHub’s 1 MiB limit for a step: the notes say where.',
          '',
        ]
      : [];
  return [
    heading(report),
    '',
    ...sizeNote,
    ...top,
    ...(tables.length ? [...groupsHeading(tables.length), ...groupNotes, ...groupLines] : []),
    ...(lists.length ? [...eventsHeading, ...eventLines] : []),
    ...bottom,
  ].join('\n');
}
