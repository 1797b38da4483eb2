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
 * Each page's events not seen before go to `onNewItems` as the page comes.
 */
export async function forEachPageInWindow<T extends { id: string; startedAt?: Date }>(
  list: (query: ListQuery) => Promise<T[]>,
  window: TimeWindow,
  onNewItems: (items: T[]) => void | Promise<void>,
  pageSize = PAGE,
): Promise<{ truncated: boolean }> {
  // Only the ids outlive their page: a caller that writes each page as it comes keeps memory flat.
  const seen = new Set<string>();
  let truncated = false;
  /** One page from `from`: where the next starts, or that the window is read, or must be split. */
  const readPage = async (from: number, to: number): Promise<number | 'done' | 'split'> => {
    const page = await list({ from: new Date(from), to: new Date(to), query: window.query, limit: pageSize, sort: 'started_at' });
    const fresh: T[] = [];
    for (const item of page) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      fresh.push(item);
    }
    if (fresh.length) await onNewItems(fresh);
    if (page.length < pageSize) return 'done';
    const starts = page.map((item) => item.startedAt?.getTime() ?? Number.NaN);
    const ordered = starts.every((start, i) => start >= from && start <= to && (i === 0 || start >= (starts[i - 1] ?? 0)));
    const last = starts.at(-1) ?? from;
    if (ordered && last > from) return last;
    if (ordered || to - from <= 1) {
      // A whole page in the window's first millisecond: the rest of that millisecond cannot be read.
      truncated = true;
      return from < to ? from + 1 : 'done';
    }
    return 'split';
  };
  const visit = async (from: number, to: number): Promise<void> => {
    for (let next = await readPage(from, to); next !== 'done'; next = await readPage(from, to)) {
      if (next === 'split') {
        const middle = from + Math.floor((to - from) / 2);
        await visit(from, middle);
        from = middle;
      } else {
        from = next;
      }
    }
  };
  await visit(window.from.getTime(), window.to.getTime());
  return { truncated };
}

/** Every event in the window at once, read as forEachPageInWindow reads them. */
export async function listAllInWindow<T extends { id: string; startedAt?: Date }>(
  list: (query: ListQuery) => Promise<T[]>,
  window: TimeWindow,
  pageSize = PAGE,
): Promise<PagedList<T>> {
  const items: T[] = [];
  const { truncated } = await forEachPageInWindow(list, window, (fresh) => {
    items.push(...fresh);
  }, pageSize);
  return { items, truncated };
}

export const listAllDeployments = (client: DoraClient, window: TimeWindow, pageSize?: number): Promise<PagedList<Deployment>> =>
  listAllInWindow((query) => client.listDeployments(query), window, pageSize);

export const listAllFailures = (client: DoraClient, window: TimeWindow, pageSize?: number): Promise<PagedList<Failure>> =>
  listAllInWindow((query) => client.listFailures(query), window, pageSize);
