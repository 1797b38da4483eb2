// Where the incidents came from, which source could not be read and why; and, until DORA incident
// ingestion ends, Datadog's retirement of DORA incidents and what to do about it.

import {
  day,
  INCIDENT_DATA_ENDS,
  INCIDENT_INGESTION_ENDS,
  isRetired,
  RETIREMENT_GUIDE,
} from '../../../datadog/retirement.ts';
import { GUIDES, markdownLink } from '../../../runner/escape.ts';
import type { IncidentSource, Report } from '../types.ts';
import { prose } from './format.ts';

const SOURCES: IncidentSource[] = ['failure-list', 'alert-events'];

const SOURCE_NAMES: Record<IncidentSource, string> = {
  'failure-list': "Datadog's DORA failure list",
  'alert-events': 'alert events',
};

/** Why a source told nothing; nothing to say of alert events before any could exist. */
function unreadLine(source: IncidentSource, report: Report): string | undefined {
  const state = report.incidentSources[source];
  if (state.state === 'failed') return `- Incidents from ${SOURCE_NAMES[source]} are missing: ${prose(state.message)}`;
  if (state.state !== 'retired') return undefined;
  const ends = day(INCIDENT_DATA_ENDS);
  const why = isRetired('data', report.window.now)
    ? `Datadog retired it on ${ends}`
    : `Datadog answered that it is gone (it retires on ${ends})`;
  return `- ${SOURCE_NAMES[source]} is not available any more: ${why}.`;
}

export function incidentSourcesSection(report: Report): string[] {
  const { incidents, incidentSources } = report;
  const read = SOURCES.filter((source) => incidentSources[source].state === 'read');
  const inBoth = incidents.filter((incident) => incident.sources.length > 1).length;
  const counts = read.map(
    (source) =>
      `${incidents.filter((incident) => incident.sources.includes(source)).length} from ${SOURCE_NAMES[source]}`,
  );
  const counted = read.length
    ? `**Incidents in the window**: ${counts.join(', ')}${read.length > 1 && inBoth ? ` (${inBoth} in both, counted once)` : ''}.`
    : '**Incidents: not available**: no source of them could be read.';
  const unread = SOURCES.flatMap((source) => unreadLine(source, report) ?? []);
  return [counted, ...(unread.length ? ['', ...unread] : []), '', ...retirementNotice(report.window.now)];
}

function retirementNotice(now: Date): string[] {
  if (isRetired('ingestion', now)) return [];
  const guide = markdownLink("Datadog's guide", RETIREMENT_GUIDE, GUIDES);
  return [
    `ℹ️ **Datadog retires DORA incidents**: their ingestion ends on ${day(INCIDENT_INGESTION_ENDS)}, and from ${day(INCIDENT_DATA_ENDS)} they can no longer be read or exported. ` +
      'They do not count in the change failure rate, which Datadog computes from change failures since January 2026. ' +
      `Send failures as before (from ${day(INCIDENT_INGESTION_ENDS)} this action sends them as alert events by itself), and export their history with \`event: export\`. ${guide}.`,
    '',
  ];
}
