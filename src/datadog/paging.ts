import type { Deployment, DoraClient, Failure, ListQuery } from './types.ts';

export interface TimeWindow {
  from: Date;
  to: Date;
  query?: string;
}

export interface PagedList<T> {
  items: T[];
  /** Some millisecond held more events than one page: a few may be missing. */
  truncated: boolean;
}

const PAGE = 1000;

/**
 * Datadog's list endpoints have no cursor and return at most 1000 events. Pages are asked for in
 * order of `started_at`: a full page in that order holds every event that started before its last
 * one, so the next page starts there (events at that instant come twice and are kept once by id).
 * An event cannot finish before it starts, so this holds whether the window bounds the start or
 * the finish. Should an answer come unordered, a full page splits the window in two instead, until
 * every page has room to spare. Only a millisecond holding more events than a page is incomplete.
 */
export async function listAllInWindow<T extends { id: string; startedAt?: Date }>(
  list: (query: ListQuery) => Promise<T[]>,
  window: TimeWindow,
  pageSize = PAGE,
): Promise<PagedList<T>> {
  const found = new Map<string, T>();
  let truncated = false;
  const visit = async (from: number, to: number): Promise<void> => {
    const page = await list({ from: new Date(from), to: new Date(to), query: window.query, limit: pageSize, sort: 'started_at' });
    for (const item of page) found.set(item.id, item);
    if (page.length < pageSize) return;
    const starts = page.map((item) => item.startedAt?.getTime() ?? Number.NaN);
    const ordered = starts.every((start, i) => start >= from && start <= to && (i === 0 || start >= (starts[i - 1] ?? 0)));
    const last = starts.at(-1) ?? from;
    if (ordered && last > from) return visit(last, to);
    if (ordered || to - from <= 1) {
      // A whole page in the window's first millisecond: the rest of that millisecond cannot be read.
      truncated = true;
      return from < to ? visit(from + 1, to) : undefined;
    }
    const middle = from + Math.floor((to - from) / 2);
    await visit(from, middle);
    await visit(middle, to);
  };
  await visit(window.from.getTime(), window.to.getTime());
  return { items: [...found.values()], truncated };
}

export const listAllDeployments = (client: DoraClient, window: TimeWindow, pageSize?: number): Promise<PagedList<Deployment>> =>
  listAllInWindow((query) => client.listDeployments(query), window, pageSize);

export const listAllFailures = (client: DoraClient, window: TimeWindow, pageSize?: number): Promise<PagedList<Failure>> =>
  listAllInWindow((query) => client.listFailures(query), window, pageSize);
