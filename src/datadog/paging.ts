import type { DoraClient } from './operations.ts';
import type { Deployment, EventFlaw, EventList, Failure } from './results.ts';
import type { Timer } from './timer.ts';
import type { ListQuery } from './types.ts';

export interface TimeWindow {
  from: Date;
  to: Date;
  query?: string;
}

/** An event as the pager places it: by its id, its start and its finish. */
interface Placed {
  id: string;
  startedAt?: Date;
  finishedAt?: Date;
}

/** What the answers held that was left out or cut, each event counted once. */
export interface Malformed {
  /** Events left out: a required field did not parse. */
  leftOut: number;
  /** Fields dropped from the events kept. */
  droppedFields: number;
  /** The first event found malformed, and what was wrong with it. */
  example?: { id: string; problem: string };
}

/** How a reading of a window went, besides its events. */
export interface Reading {
  /** Some second held more events than one page: a few may be missing. */
  truncated: boolean;
  malformed: Malformed;
  /** Events left out because all of their start to finish lies more than a second outside the window asked. */
  foreign: number;
  /** Set when the answers broke paging's rules and the reading stopped before the window was read: what it has is partial. */
  stopped?: { why: 'ignored-window' | 'ceiling' | 'time'; requests: number };
}

export interface PagedList<T> extends Reading {
  items: T[];
}

const PAGE = 1000;
/** Datadog's answers carry whole seconds: an event within one of a bound is on it. */
const SECOND = 1000;
/** The most events the ceiling on requests makes room for. */
export const MAX_EVENTS = 100_000;

/** How long a reading may take, and the clock it is measured by (a test moves its own). */
export interface ReadingTime {
  limitMs: number;
  now: () => number;
}

/**
 * A slow server answering each request within its own budget could otherwise keep a reading
 * going for hours: fifteen minutes reads 100,000 events many times over.
 */
export const READING_LIMIT_MS = 15 * 60_000;
export const READING_TIME: ReadingTime = { limitMs: READING_LIMIT_MS, now: () => performance.now() };

/** The reading time measured by a client's timer. */
export const readingTimeOn = (timer: Timer): ReadingTime => ({ limitMs: READING_LIMIT_MS, now: timer.now });

/** How a whole window is read: the page size, and the time it is measured by. */
export interface ReadingOptions {
  pageSize?: number;
  time?: ReadingTime;
}

/**
 * The most requests a reading makes, given the events it has found: four for each page they fill
 * (pages that meet at an instant, a window split in two), and 64 besides. Events beyond
 * MAX_EVENTS add no room, so that an answer can never keep the reading going.
 */
export const requestCeiling = (events: number, pageSize: number): number =>
  4 * Math.ceil(Math.min(events, MAX_EVENTS) / pageSize) + 64;

/**
 * Datadog's list endpoints have no cursor and return at most 1000 events. Pages are asked for in
 * order of `started_at`: a full page in that order holds every event that started before its last
 * one, so the next page starts there (events at that instant come twice and are kept once by id).
 * An event cannot finish before it starts, so this holds whether the window bounds the start or
 * the finish. Should an answer come unordered, a full page splits the window in two instead, until
 * every page has room to spare; a window under a second is never split, as answers carry whole
 * seconds. Only a second holding more events than a page is incomplete.
 *
 * What Datadog's `from` and `to` bound is not documented: an event that straddles the window is
 * Datadog's answer, one wholly more than a second outside it is not, and is left out and counted.
 * Paging stops, said in `stopped`, when an answer shows it ignores the window asked (a page of
 * such events alone, or a full page with nothing new, some of it outside the window), at a
 * ceiling on requests (requestCeiling), and when its time is up (READING_TIME): no answer can
 * keep it going.
 *
 * Each page's events not seen before go to `onNewItems` as the page comes.
 */
export async function forEachPageInWindow<T extends Placed>(
  list: (query: ListQuery) => Promise<EventList<T>>,
  window: TimeWindow,
  onNewItems: (items: T[]) => void | Promise<void>,
  pageSize = PAGE,
  time: ReadingTime = READING_TIME,
): Promise<Reading> {
  const deadline = time.now() + time.limitMs;
  // Only the ids outlive their page: a caller that writes each page as it comes keeps memory flat.
  const seen = new Set<string>();
  const outside = new Set<string>();
  const reading: Reading = { truncated: false, malformed: { leftOut: 0, droppedFields: 0 }, foreign: 0 };
  const [windowFrom, windowTo] = [window.from.getTime(), window.to.getTime()];
  let requests = 0;

  /** One page from `from`: where the next starts, or that the window is read (or reading stopped), or must be split. */
  const readPage = async (from: number, to: number): Promise<number | 'done' | 'split'> => {
    if (reading.stopped) return 'done';
    if (requests >= requestCeiling(seen.size, pageSize)) return stop('ceiling');
    if (time.now() >= deadline) return stop('time');
    requests++;
    const { items, flaws } = await list({
      from: new Date(from),
      to: new Date(to),
      query: window.query,
      limit: pageSize,
      sort: 'started_at',
    });
    const fresh: T[] = [];
    let foreign = 0;
    let honoured = true;
    for (const item of items) {
      if (!within(item, from, to)) honoured = false;
      if (!within(item, windowFrom, windowTo)) {
        foreign++;
        if (!outside.has(item.id)) reading.foreign++;
        outside.add(item.id);
      } else if (!seen.has(item.id)) {
        seen.add(item.id);
        fresh.push(item);
      }
    }
    const leftOut = tally(flaws, fresh);
    if (fresh.length) await onNewItems(fresh);
    if (items.length && foreign === items.length) return stop('ignored-window');
    const size = items.length + flaws.filter((flaw) => flaw.leftOut).length;
    if (size < pageSize) return 'done';
    // A full page with nothing new is an answer to another window, unless every event of it is in this one.
    if (!fresh.length && !leftOut && !(items.length > 0 && honoured)) return stop('ignored-window');
    let ordered = items.length > 0;
    for (let i = 0; i < items.length && ordered; i++) {
      const start = items[i]!.startedAt?.getTime() ?? Number.NaN;
      ordered = start <= to + SECOND && (i === 0 || start >= (items[i - 1]!.startedAt?.getTime() ?? Number.NaN));
    }
    const last = items.at(-1)?.startedAt?.getTime() ?? Number.NaN;
    if (ordered && last > from) return last;
    if (ordered || to - from <= SECOND) {
      // A whole page in the window's first second: the rest of that second cannot be read.
      reading.truncated = true;
      const nextSecond = Math.floor(from / SECOND) * SECOND + SECOND;
      return nextSecond < to ? nextSecond : 'done';
    }
    return 'split';
  };
  const stop = (why: NonNullable<Reading['stopped']>['why']): 'done' => {
    reading.stopped = { why, requests };
    return 'done';
  };
  /** Counts what the page's flaws say, each event once; the events left out that are new. */
  const tally = (flaws: readonly EventFlaw[], fresh: readonly T[]): number => {
    if (!flaws.length) return 0;
    const handedOn = new Set(fresh.map((item) => item.id));
    let leftOut = 0;
    for (const flaw of flaws) {
      if (flaw.leftOut ? seen.has(flaw.id) : !handedOn.has(flaw.id)) continue;
      if (flaw.leftOut) {
        seen.add(flaw.id);
        leftOut++;
      } else {
        reading.malformed.droppedFields += flaw.problems.length;
      }
      reading.malformed.example ??= { id: flaw.id, problem: flaw.problems[0] ?? '' };
    }
    reading.malformed.leftOut += leftOut;
    return leftOut;
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
  await visit(windowFrom, windowTo);
  return reading;
}

/** Whether an event is an answer to the window from `from` to `to`: some of its start to finish within a second of it. Without a start, it cannot be placed, and is taken as one. */
function within({ startedAt, finishedAt }: Placed, from: number, to: number): boolean {
  const start = startedAt?.getTime();
  if (start === undefined || Number.isNaN(start)) return true;
  const finish = finishedAt?.getTime();
  return (
    start <= to + SECOND &&
    (finish === undefined || Number.isNaN(finish) ? start : Math.max(start, finish)) >= from - SECOND
  );
}

/** Every event in the window at once, read as forEachPageInWindow reads them. */
export async function listAllInWindow<T extends Placed>(
  list: (query: ListQuery) => Promise<EventList<T>>,
  window: TimeWindow,
  { pageSize = PAGE, time = READING_TIME }: ReadingOptions = {},
): Promise<PagedList<T>> {
  const items: T[] = [];
  const reading = await forEachPageInWindow(
    list,
    window,
    (fresh) => {
      items.push(...fresh);
    },
    pageSize,
    time,
  );
  return { items, ...reading };
}

export const listAllDeployments = (
  client: DoraClient,
  window: TimeWindow,
  options?: ReadingOptions,
): Promise<PagedList<Deployment>> => listAllInWindow((query) => client.listDeployments(query), window, options);

export const listAllFailures = (
  client: DoraClient,
  window: TimeWindow,
  options?: ReadingOptions,
): Promise<PagedList<Failure>> => listAllInWindow((query) => client.listFailures(query), window, options);
