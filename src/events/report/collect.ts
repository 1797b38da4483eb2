// What the report reads from Datadog: the selection's deployments since the look-back began, and
// its incidents since the window began from every source still there (incidents.ts), page by
// page, each checked before it counts.

import { DatadogApiError, DatadogRetiredError } from '../../datadog/errors.ts';
import type { DoraClient } from '../../datadog/operations.ts';
import { listAllDeployments, listAllFailures, type Reading, type ReadingTime } from '../../datadog/paging.ts';
import { queryFor, termFor } from '../../datadog/query.ts';
import type { Deployment, Failure, FoundEvent } from '../../datadog/results.ts';
import { whatWasLeftOut, whyStopped } from '../../datadog/shortfalls.ts';
import type { EventSearch } from '../../datadog/types.ts';
import { incidentFromEvent } from '../../pipeline/incidents.ts';
import type { Selection } from '../../runner/inputs/types.ts';
import type { Collected } from './calculate.ts';
import { checkedReading, incidentSourcesAt, mergeIncidents, type SourcedReading } from './incidents.ts';
import type { DeploymentRecord, ReportWindow, SourceState } from './types.ts';

/** A deployment the report can place: one with a finish (the client has held every field to its grammar). */
function deploymentRecord(deployment: Deployment): DeploymentRecord | undefined {
  const { id, service, startedAt, finishedAt, git } = deployment;
  if (!finishedAt) return undefined;
  // Assigned one by one, not spread: a report reads thousands.
  const record: DeploymentRecord = {
    id,
    service,
    env: deployment.env ?? '',
    startedAt,
    finishedAt,
    customTags: deployment.customTags,
  };
  if (deployment.version) record.version = deployment.version;
  if (git) {
    record.commitSha = git.commitSha.toLowerCase();
    if (git.repositoryId) record.repositoryId = git.repositoryId;
  }
  if (deployment.changeFailure !== undefined) record.changeFailure = deployment.changeFailure;
  if (deployment.remediation) record.remediation = deployment.remediation;
  return record;
}

const selected = (selection: Selection, service: string, env: string): boolean =>
  (!selection.services || selection.services.includes(service)) && (!selection.envs || selection.envs.includes(env));

/** Throws what the client throws, but for incidents from a retired list or from alert events: a source the report goes without. */
export async function collect(
  client: DoraClient,
  window: ReportWindow,
  selection: Selection,
  time?: ReadingTime,
): Promise<Collected> {
  const query = queryFor(selection);
  const asked = incidentSourcesAt(window.now);
  const [deployments, list, events] = await Promise.all([
    listAllDeployments(client, { from: window.lookBackStart, to: window.now, ...(query ? { query } : {}) }, { time }),
    asked['failure-list'] ? readFailureList(client, window, selection, time) : unasked('retired'),
    asked['alert-events'] ? readAlertEvents(client, window, selection) : unasked('none-yet'),
  ]);
  const incompletePages = [
    ...(deployments.truncated
      ? ['deployments: more than 1000 started in the same second, so some may be missing']
      : []),
    ...[list.incomplete, events.incomplete].filter((note) => note !== undefined),
  ];
  const deploymentNotes = notesOn('deployments', deployments);
  return {
    deployments: deployments.items
      .flatMap((deployment) => deploymentRecord(deployment) ?? [])
      .filter((d) => selected(selection, d.service, d.env)),
    // The list's records first: they take precedence over the events (see mergeIncidents).
    failures: mergeIncidents([...list.readings, ...events.readings]),
    incidentSources: { 'failure-list': list.state, 'alert-events': events.state },
    incompletePages,
    malformedAnswers: [deploymentNotes.leftOut, list.leftOut].filter((note) => note !== undefined),
    partialReadings: [deploymentNotes.partial, list.partial].filter((note) => note !== undefined),
  };
}

/** What a reading of one of Datadog's lists left out of its answers, and why it stopped short, if it did. */
function notesOn(events: 'deployments' | 'failures', reading: Reading): { leftOut?: string; partial?: string } {
  const leftOut = whatWasLeftOut(events, reading);
  const stopped = whyStopped(reading);
  return {
    ...(leftOut ? { leftOut } : {}),
    ...(stopped ? { partial: `The ${events} were read in part: ${stopped}. The figures are partial.` } : {}),
  };
}

/** One source of incidents, read: how it went, what it told, and what it may have left out. */
interface SourceRead {
  state: SourceState;
  readings: SourcedReading[];
  incomplete?: string;
  leftOut?: string;
  partial?: string;
}

const unasked = (state: 'retired' | 'none-yet'): SourceRead => ({ state: { state }, readings: [] });

async function readFailureList(
  client: DoraClient,
  window: ReportWindow,
  selection: Selection,
  time: ReadingTime | undefined,
): Promise<SourceRead> {
  // A failure without an env belongs to every env of its services: only its services are asked for.
  const query = termFor('service', selection.services);
  try {
    const failures = await listAllFailures(
      client,
      { from: window.start, to: window.now, ...(query ? { query } : {}) },
      { time },
    );
    return {
      state: { state: 'read' },
      readings: failures.items.flatMap((failure) => checkedReading(listReading(failure)) ?? []),
      ...(failures.truncated
        ? { incomplete: 'failures: more than 1000 started in the same second, so some may be missing' }
        : {}),
      ...notesOn('failures', failures),
    };
  } catch (error) {
    // Gone is no failure of the report: the summary says since when.
    if (error instanceof DatadogRetiredError) return unasked('retired');
    throw error;
  }
}

const listReading = (failure: Failure): SourcedReading => ({
  source: 'failure-list',
  id: failure.id,
  startedAt: failure.startedAt,
  ...(failure.finishedAt ? { finishedAt: failure.finishedAt } : {}),
  services: failure.services,
  ...(failure.env ? { env: failure.env } : {}),
  ...(failure.name ? { name: failure.name } : {}),
  ...(failure.severity ? { severity: failure.severity } : {}),
});

/** Alert events per page: Datadog's most. */
const EVENT_PAGE = 1000;
/** Beyond this many pages the rest is left unread, and said. */
export const MAX_EVENT_PAGES = 100;

/** Never throws: incidents from alert events missing are said, and the report goes on without them. */
async function readAlertEvents(client: DoraClient, window: ReportWindow, selection: Selection): Promise<SourceRead> {
  // Every event the action sends about a failure carries its id; one service tag per service.
  const query = ['dora.failure_id:*', termFor('dora.service', selection.services)].filter(Boolean).join(' ');
  try {
    const { events, capped } = await searchAll(client, { query, from: window.start, to: window.now });
    // Newest first: where events of one failure disagree on a name or severity, the latest says it.
    const newestFirst = events.sort((a, b) => (b.timestamp?.getTime() ?? 0) - (a.timestamp?.getTime() ?? 0));
    const readings = newestFirst.flatMap((event) => {
      const reading = incidentFromEvent(event);
      return (reading && checkedReading({ ...reading, source: 'alert-events' })) ?? [];
    });
    return {
      state: { state: 'read' },
      readings,
      ...(capped
        ? {
            incomplete: `alert events: more than ${MAX_EVENT_PAGES} pages of ${EVENT_PAGE} were found and the rest was not read, so some incidents may be missing`,
          }
        : {}),
    };
  } catch (error) {
    const refused = error instanceof DatadogApiError && error.status === 403;
    const message = refused
      ? 'Datadog refused the event search (403): the application key needs the events_read permission.'
      : error instanceof Error
        ? error.message
        : String(error);
    return { state: { state: 'failed', message }, readings: [] };
  }
}

/** Every page, by cursor, until one is empty or has no next, a cursor comes back, or the ceiling. */
async function searchAll(
  client: DoraClient,
  search: Omit<EventSearch, 'cursor' | 'limit'>,
): Promise<{ events: FoundEvent[]; capped: boolean }> {
  const events: FoundEvent[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_EVENT_PAGES; page++) {
    const answer = await client.searchEvents({ ...search, limit: EVENT_PAGE, ...(cursor ? { cursor } : {}) });
    events.push(...answer.events);
    if (!answer.events.length || !answer.next || seen.has(answer.next)) return { events, capped: false };
    seen.add(answer.next);
    cursor = answer.next;
  }
  return { events, capped: true };
}
