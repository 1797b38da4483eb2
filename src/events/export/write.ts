// What the export reads from Datadog, written as it comes: one event a line, every field as Datadog
// returned it, each event once. Page after page, so that memory holds only the ids seen.
import { closeSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatadogRetiredError } from '../../datadog/errors.ts';
import { parseTime } from '../../datadog/fields.ts';
import type { DoraClient } from '../../datadog/operations.ts';
import { forEachPageInWindow, type Reading, type ReadingTime } from '../../datadog/paging.ts';
import { queryFor } from '../../datadog/query.ts';
import type { EventList, RawEvent } from '../../datadog/results.ts';
import type { ListQuery } from '../../datadog/types.ts';
import type { Selection } from '../../runner/inputs/types.ts';

export type EventFile = 'deployments' | 'failures';

export type Exported =
  /** Written, with how the reading went: a second that held more than a page, events left out, paging stopped short. */
  | ({
      state: 'written';
      path: string;
      count: number;
      /** Events per month of their start, `2026-11` (UTC). */
      perMonth: Map<string, number>;
      /** Events whose start Datadog gave in no form the client reads. */
      undated: number;
    } & Reading)
  /** Datadog no longer serves them: no file. */
  | { state: 'retired'; error: DatadogRetiredError }
  /** Datadog (or the disk) failed: the file, incomplete, is removed. */
  | { state: 'failed'; error: unknown };

export interface ExportRequest {
  /** A fresh folder of the export's own. */
  folder: string;
  from: Date;
  to: Date;
  selection: Selection;
  /** What the reading's time limit is measured by; the system's clock when not given. */
  time?: ReadingTime;
}

/** Deployments and failures at once, each to its file; one failing leaves the other whole. */
export async function exportEvents(client: DoraClient, request: ExportRequest): Promise<Record<EventFile, Exported>> {
  const { selection } = request;
  // A failure without an env belongs to every env of its services: only its services are asked for.
  const failureSelection = selection.services ? { services: selection.services } : {};
  const [deployments, failures] = await Promise.all([
    exportTo(
      'deployments',
      (query) => client.listDeploymentObjects(query),
      queryFor(selection),
      inSelection(selection, 'deployments'),
      request,
    ),
    exportTo(
      'failures',
      (query) => client.listFailureObjects(query),
      queryFor(failureSelection),
      inSelection(selection, 'failures'),
      request,
    ),
  ]);
  return { deployments, failures };
}

async function exportTo(
  name: EventFile,
  list: (query: ListQuery) => Promise<EventList<RawEvent>>,
  query: string | undefined,
  keep: (event: RawEvent) => boolean,
  { folder, from, to, time }: ExportRequest,
): Promise<Exported> {
  const path = join(folder, `${name}.jsonl`);
  const perMonth = new Map<string, number>();
  let count = 0;
  let undated = 0;
  try {
    const file = openSync(path, 'wx');
    try {
      // The pager places each event by its start and finish; the event itself goes out untouched.
      const listed = async (asked: ListQuery) => {
        const { items, flaws } = await list(asked);
        return {
          items: items.map((event) => ({
            id: event.id,
            startedAt: timeOf(event, 'started_at'),
            finishedAt: timeOf(event, 'finished_at'),
            event,
          })),
          flaws,
        };
      };
      const reading = await forEachPageInWindow(
        listed,
        { from, to, ...(query ? { query } : {}) },
        (items) => {
          let lines = '';
          for (const { event, startedAt } of items) {
            if (!keep(event)) continue;
            lines += `${JSON.stringify(event)}\n`;
            count++;
            if (!startedAt) {
              undated++;
              continue;
            }
            const month = startedAt.toISOString().slice(0, 7);
            perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
          }
          if (lines) writeFileSync(file, lines);
        },
        undefined,
        time,
      );
      return { state: 'written', path, count, perMonth, undated, ...reading };
    } finally {
      closeSync(file);
    }
  } catch (error) {
    rmSync(path, { force: true });
    return error instanceof DatadogRetiredError ? { state: 'retired', error } : { state: 'failed', error };
  }
}

const attributesOf = (event: RawEvent): Record<string, unknown> =>
  typeof event.attributes === 'object' && event.attributes !== null
    ? (event.attributes as Record<string, unknown>)
    : {};

const timeOf = (event: RawEvent, field: 'started_at' | 'finished_at'): Date | undefined =>
  parseTime(attributesOf(event)[field]);

/**
 * Whether an event is in the selection. Datadog's query narrows the pages where the names allow
 * one; this decides. Without a selection, every event is kept, however odd.
 */
function inSelection({ services, envs }: Selection, name: EventFile): (event: RawEvent) => boolean {
  if (!services && !envs) return () => true;
  return (event) => {
    const { service, services: impacted, env } = attributesOf(event);
    if (name === 'deployments')
      return (!services || services.includes(service as string)) && (!envs || envs.includes(env as string));
    // A failure without an env belongs to every env of its services.
    const inServices =
      !services || (Array.isArray(impacted) && impacted.some((one) => services.includes(one as string)));
    return inServices && (!envs || env === undefined || env === null || env === '' || envs.includes(env as string));
  };
}
