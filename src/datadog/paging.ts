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
 * Datadog's list endpoints have no cursor and return at most 1000 events. A full page means
 * there may be more: split the window in two and ask again, until every page has room to spare.
 * Halves share their midpoint, so events are kept once by id whatever the bounds' inclusivity.
 */
export async function listAllInWindow<T extends { id: string }>(
  list: (query: ListQuery) => Promise<T[]>,
  window: TimeWindow,
  pageSize = PAGE,
): Promise<PagedList<T>> {
  const found = new Map<string, T>();
  let truncated = false;
  const visit = async (from: number, to: number): Promise<void> => {
    const page = await list({ from: new Date(from), to: new Date(to), query: window.query, limit: pageSize });
    if (page.length < pageSize || to - from <= 1) {
      for (const item of page) found.set(item.id, item);
      truncated ||= page.length >= pageSize;
      return;
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
