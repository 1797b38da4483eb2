// What the export reads from Datadog, written as it comes: one event a line, every field as Datadog
// returned it, each event once. Page after page, so that memory holds only the ids seen.
import { closeSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatadogRetiredError } from '../datadog/errors.ts';
import { forEachPageInWindow } from '../datadog/paging.ts';
import { parseTime } from '../datadog/responses.ts';
import type { DoraClient, ListQuery, RawEvent } from '../datadog/types.ts';
import type { Selection } from '../report/calculate.ts';
import { queryFor } from '../datadog/query.ts';

export type EventFile = 'deployments' | 'failures';

export type Exported =
  | {
      state: 'written';
      path: string;
      count: number;
      /** Events per month of their start, `2026-11` (UTC). */
      perMonth: Map<string, number>;
      /** Events whose start Datadog gave in no form the client reads. */
      undated: number;
      /** More events started in one millisecond than a page holds: some may be missing. */
      truncated: boolean;
    }
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
}

/** Deployments and failures at once, each to its file; one failing leaves the other whole. */
export async function exportEvents(client: DoraClient, request: ExportRequest): Promise<Record<EventFile, Exported>> {
  const { selection } = request;
  // A failure without an env belongs to every env of its services: only its services are asked for.
  const failureSelection = selection.services ? { services: selection.services } : {};
  const [deployments, failures] = await Promise.all([
    exportTo('deployments', (query) => client.listDeploymentObjects(query), queryFor(selection), inSelection(selection, 'deployments'), request),
    exportTo('failures', (query) => client.listFailureObjects(query), queryFor(failureSelection), inSelection(selection, 'failures'), request),
  ]);
  return { deployments, failures };
}

async function exportTo(
  name: EventFile,
  list: (query: ListQuery) => Promise<RawEvent[]>,
  query: string | undefined,
  keep: (event: RawEvent) => boolean,
  { folder, from, to }: ExportRequest,
): Promise<Exported> {
  const path = join(folder, `${name}.jsonl`);
  const perMonth = new Map<string, number>();
  let count = 0;
  let undated = 0;
  try {
    const file = openSync(path, 'wx');
    try {
      // The pager places each event by its start; the event itself goes out untouched.
      const listed = async (asked: ListQuery) => (await list(asked)).map((event) => ({ id: event.id, startedAt: startOf(event), event }));
      const { truncated } = await forEachPageInWindow(listed, { from, to, ...(query ? { query } : {}) }, (items) => {
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
      });
      return { state: 'written', path, count, perMonth, undated, truncated };
    } finally {
      closeSync(file);
    }
  } catch (error) {
    rmSync(path, { force: true });
    return error instanceof DatadogRetiredError ? { state: 'retired', error } : { state: 'failed', error };
  }
}

const attributesOf = (event: RawEvent): Record<string, unknown> =>
  typeof event.attributes === 'object' && event.attributes !== null ? (event.attributes as Record<string, unknown>) : {};

function startOf(event: RawEvent): Date | undefined {
  const startedAt = attributesOf(event).started_at;
  return typeof startedAt === 'string' || typeof startedAt === 'number' ? parseTime(startedAt) : undefined;
}

/**
 * Whether an event is in the selection. Datadog's query narrows the pages where the names allow
 * one; this decides. Without a selection, every event is kept, however odd.
 */
function inSelection({ services, envs }: Selection, name: EventFile): (event: RawEvent) => boolean {
  if (!services && !envs) return () => true;
  return (event) => {
    const { service, services: impacted, env } = attributesOf(event);
    if (name === 'deployments') return (!services || services.includes(service as string)) && (!envs || envs.includes(env as string));
    // A failure without an env belongs to every env of its services.
    const inServices = !services || (Array.isArray(impacted) && impacted.some((one) => services.includes(one as string)));
    return inServices && (!envs || env === undefined || env === null || env === '' || envs.includes(env as string));
  };
}
