import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog, startFakeDatadog } from '../../scripts/local/fake-datadog.ts';
import {
  createDoraClient,
  type DoraClient,
  listAllDeployments,
  listAllFailures,
  whatWasLeftOut,
  whyStopped,
} from '../../src/datadog/index.ts';
import { forEachPageInWindow, listAllInWindow, MAX_EVENTS, requestCeiling } from '../../src/datadog/paging.ts';
import type { ListQuery } from '../../src/datadog/types.ts';
import { beforeRetirement, standInBeforeRetirement } from '../clock.ts';

const from = new Date('2026-11-01T00:00:00Z');
const to = new Date('2026-11-27T00:00:00Z');
const MINUTE = 60_000;
const HOUR = 3_600_000;
let server: FakeDatadog;
let client: DoraClient;

beforeEach(async () => {
  server = await startFakeDatadog({ clock: standInBeforeRetirement });
  client = createDoraClient({ clock: beforeRetirement, baseUrl: server.url, apiKey: API_KEY, appKey: APP_KEY });
});
afterEach(async () => {
  expect(server.schemaErrors()).toEqual([]);
  await server.close();
});

const seed = (count: number, at: (i: number) => number, service = 'shopist') => {
  for (let i = 0; i < count; i++) {
    const id = `${service}-deploy-${String(i).padStart(6, '0')}`;
    server.deployments.set(id, { id, attributes: { id, service, started_at: at(i), finished_at: at(i) + 1000 } });
  }
};

/** A deployment as Datadog's list answers hold one, started at `start` and finished ten minutes later. */
const answered = (id: string, start: number, finish = start + 10 * MINUTE) => ({
  id,
  type: 'dora_deployment',
  attributes: {
    service: 'shopist',
    started_at: new Date(start).toISOString(),
    finished_at: new Date(finish).toISOString(),
  },
});
const page = (events: object[]) => ({ status: 200, body: { data: events } });
const lists = () => server.requests.filter((r) => r.path === '/api/v2/dora/deployments');

test('pages through more events than one answer holds, each once', async () => {
  const span = to.getTime() - from.getTime();
  seed(250, (i) => from.getTime() + Math.floor((i * span) / 250));
  seed(30, (i) => from.getTime() + i * HOUR, 'other');

  const { items, truncated, stopped } = await listAllDeployments(
    client,
    { from, to, query: 'service:shopist' },
    { pageSize: 100 },
  );

  expect([truncated, stopped]).toEqual([false, undefined]);
  expect(items).toHaveLength(250);
  expect(new Set(items.map((d) => d.id)).size).toBe(250);
  expect(items.every((d) => d.service === 'shopist')).toBe(true);
  // Every request stayed within Datadog's limit and asked for the query.
  for (const request of server.requests) {
    const { attributes } = (request.body as { data: { attributes: { limit: number; query: string } } }).data;
    expect(attributes).toMatchObject({ limit: 100, query: 'service:shopist' });
  }
  // In order of start, each page beginning where the one before ended: 250 events, three pages.
  expect(server.requests).toHaveLength(3);
});

test('streamed: each page’s new events handed on as it comes, none twice, though pages meet at an instant', async () => {
  // Ten events in each of 25 instants: every page of 100 ends inside an instant, so the next one asks for it again.
  seed(250, (i) => from.getTime() + Math.floor(i / 10) * MINUTE);
  const handed: string[][] = [];
  const { truncated } = await forEachPageInWindow(
    (query) => client.listDeployments(query),
    { from, to },
    (items) => void handed.push(items.map((d) => d.id)),
    100,
  );
  const ids = handed.flat();
  expect([truncated, ids.length, new Set(ids).size]).toEqual([false, 250, 250]);
  // One call per page, each with what that page brought that no page before it had.
  expect(handed.map((page) => page.length)).toEqual([100, 90, 60]);
  expect(server.requests).toHaveLength(3);
});

test('an answer that comes unordered: a full page splits the window instead, and every event still comes once', async () => {
  seed(250, (i) => from.getTime() + ((i * 7919) % 250) * HOUR);
  // Datadog answering newest first, whatever the sort asked.
  const { items, truncated, stopped } = await listAllInWindow(
    (query) => client.listDeployments({ ...query, sort: '-started_at' }),
    { from, to },
    { pageSize: 100 },
  );
  expect([items.length, new Set(items.map((e) => e.id)).size, truncated, stopped]).toEqual([
    250,
    250,
    false,
    undefined,
  ]);
  expect(server.requests.length).toBeGreaterThan(3);
  expect(server.requests.length).toBeLessThan(requestCeiling(250, 100));
});

test('a window that fits in one page takes one request', async () => {
  seed(40, (i) => from.getTime() + i * MINUTE);
  const { items } = await listAllDeployments(client, { from, to });
  expect(items).toHaveLength(40);
  expect(server.requests).toHaveLength(1);
  expect((server.requests[0]?.body as { data: { attributes: { limit: number } } }).data.attributes.limit).toBe(1000);
});

test('more events in one second than a page holds: said, not hidden, and the reading goes on after that second', async () => {
  // Answers in whole seconds, as Datadog's: the twelve are all at the window's first second.
  const seconds = await startFakeDatadog({ timesAs: 'seconds', clock: standInBeforeRetirement });
  try {
    const events = (count: number, at: (i: number) => number, service: string) =>
      Array.from({ length: count }, (_, i) => ({
        id: `${service}-deploy-${String(i).padStart(6, '0')}`,
        service,
        started_at: at(i),
        finished_at: at(i) + 1000,
      }));
    seconds.seed({
      deployments: [
        ...events(12, (i) => from.getTime() + 5 + i * 50, 'shopist'),
        ...events(3, (i) => from.getTime() + 2_000 + i, 'later'),
      ],
    });
    const reader = createDoraClient({
      clock: beforeRetirement,
      baseUrl: seconds.url,
      apiKey: API_KEY,
      appKey: APP_KEY,
    });
    const { items, truncated, stopped } = await listAllDeployments(reader, { from, to }, { pageSize: 10 });
    expect([truncated, stopped]).toEqual([true, undefined]);
    expect(items).toHaveLength(13);
    expect(items.filter((d) => d.service === 'later')).toHaveLength(3);
    expect(seconds.requests).toHaveLength(2);
    expect(seconds.schemaErrors()).toEqual([]);
  } finally {
    await seconds.close();
  }
});

test('failures page the same way', async () => {
  for (let i = 0; i < 25; i++) {
    const id = `failure-${String(i).padStart(10, '0')}`;
    server.failures.set(id, { id, attributes: { id, team: 'backend', started_at: from.getTime() + i * 86_400_000 } });
  }
  const { items } = await listAllFailures(client, { from, to }, { pageSize: 10 });
  expect(items.map((f) => f.id).sort()).toEqual([...server.failures.keys()].sort());
});

describe('answers that ignore the window', () => {
  // A hundred deployments over the window's first days, in order of start: a full page of 100.
  const fixed = Array.from({ length: 100 }, (_, i) =>
    answered(`fixed-${String(i).padStart(4, '0')}`, from.getTime() + i * HOUR),
  );

  test('the same full page for every window: the pager stops at the second answer, keeps the first, and says why', async () => {
    server.misbehaveOn('/api/v2/dora/deployments', ...Array.from({ length: 50 }, () => page(fixed)));
    const read = await listAllDeployments(client, { from, to }, { pageSize: 100 });
    expect(read.items).toHaveLength(100);
    expect(read.stopped).toEqual({ why: 'ignored-window', requests: 2 });
    expect(lists()).toHaveLength(2);
    expect(whyStopped(read)).toBe(
      "Datadog's answer ignored the window asked (it held events outside it, or the same ones again), so reading stopped after 2 requests",
    );
  });

  test('the same full page in no order: the window splits only until it no longer holds the page', async () => {
    const shuffled = fixed.map((_, i) => fixed[(i * 37) % 100]!);
    server.misbehaveOn('/api/v2/dora/deployments', ...Array.from({ length: 50 }, () => page(shuffled)));
    const read = await listAllDeployments(client, { from, to }, { pageSize: 100 });
    expect([read.items.length, read.stopped?.why]).toEqual([100, 'ignored-window']);
    // The page spans four days of the 26: halved three times, the window no longer holds it.
    expect(lists()).toHaveLength(4);
  });

  test('a full page whose events were all seen before, though the window moved on: stopped, nothing counted twice', async () => {
    const first = fixed.slice(0, 100);
    server.misbehaveOn('/api/v2/dora/deployments', page(first), page(first.slice(50).concat(first.slice(0, 50))));
    const read = await listAllDeployments(client, { from, to }, { pageSize: 100 });
    expect([read.items.length, new Set(read.items.map((d) => d.id)).size, read.stopped]).toEqual([
      100,
      100,
      { why: 'ignored-window', requests: 2 },
    ]);
  });

  test('events wholly outside the window are left out and counted; a page of them alone stops the reading', async () => {
    const long = to.getTime() + 30 * 86_400_000;
    const mixed = [
      answered('before-window-0001', from.getTime() - 10 * HOUR),
      answered('in-window-000001', from.getTime() + HOUR),
      answered('after-window-0001', long),
    ];
    server.misbehaveOn('/api/v2/dora/deployments', page(mixed));
    const read = await listAllDeployments(client, { from, to }, { pageSize: 100 });
    expect([read.items.map((d) => d.id), read.foreign, read.stopped]).toEqual([['in-window-000001'], 2, undefined]);
    expect(whatWasLeftOut('deployments', read)).toBe(
      "Datadog's answers for deployments: 2 events were wholly outside the window asked and left out.",
    );

    server.misbehaveOn('/api/v2/dora/deployments', page(mixed.filter((event) => event.id !== 'in-window-000001')));
    const foreignOnly = await listAllDeployments(client, { from, to }, { pageSize: 100 });
    expect([foreignOnly.items, foreignOnly.foreign, foreignOnly.stopped]).toEqual([
      [],
      2,
      { why: 'ignored-window', requests: 1 },
    ]);
  });

  test('events that straddle a bound are Datadog’s answer: kept, whichever time its from and to bound', async () => {
    const straddling = [
      // Started an hour before the window, finished within it.
      answered('started-before-001', from.getTime() - HOUR, from.getTime() + HOUR),
      // Answered in whole seconds: cut to the second, it falls before the window by less than one.
      answered('whole-seconds-001', from.getTime() - 999, from.getTime() - 999),
      answered('finished-after-01', to.getTime() - MINUTE, to.getTime() + HOUR),
    ];
    server.misbehaveOn('/api/v2/dora/deployments', page(straddling));
    const read = await listAllDeployments(client, { from, to }, { pageSize: 100 });
    expect([read.items.map((d) => d.id), read.foreign, read.stopped]).toEqual([
      straddling.map((event) => event.id),
      0,
      undefined,
    ]);
  });
});

describe('the ceiling on requests', () => {
  /** Datadog as documented, over events in memory sorted by start: from and to bound the start, limit cuts. */
  const honest =
    (starts: number[]) =>
    async ({ from: f, to: t, limit = 10 }: ListQuery) => {
      const first = lowerBound(starts, f!.getTime());
      const items = [];
      for (let i = first; i < starts.length && starts[i]! <= t!.getTime() && items.length < limit; i++) {
        items.push({
          id: `deploy-${String(i).padStart(8, '0')}`,
          startedAt: new Date(starts[i]!),
          finishedAt: new Date(starts[i]! + 10 * MINUTE),
        });
      }
      return { items, flaws: [] };
    };
  const lowerBound = (sorted: number[], value: number) => {
    let [low, high] = [0, sorted.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]! < value) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  test(`a history of ${MAX_EVENTS.toLocaleString('en')} events, dozens sharing a second, is read whole within it`, async () => {
    // Two years, with bursts: 40 deployments in the same second every so often.
    const span = 2 * 365 * 86_400_000;
    const start = to.getTime() - span;
    const starts = Array.from(
      { length: MAX_EVENTS },
      (_, i) => start + Math.floor(i / 40) * Math.floor((span / MAX_EVENTS) * 40),
    );
    let asked = 0;
    const list = honest(starts);
    const read = await listAllInWindow(
      (query) => (asked++, list(query)),
      { from: new Date(start), to },
      { pageSize: 1000 },
    );
    expect([read.items.length, read.stopped, read.truncated]).toEqual([MAX_EVENTS, undefined, false]);
    expect(asked).toBeLessThan(requestCeiling(MAX_EVENTS, 1000) / 3);
  });

  test('an answer with new events for every window asked, however many: stopped at the ceiling, and said', async () => {
    let asked = 0;
    // Each answer a full page of events never seen, all at the start of the window asked.
    const endless = async ({ from: f }: ListQuery) => {
      asked++;
      return {
        items: Array.from({ length: 1000 }, (_, i) => ({ id: `endless-${asked}-${i}`, startedAt: f! })),
        flaws: [],
      };
    };
    const read = await forEachPageInWindow(
      endless,
      { from: new Date(to.getTime() - 365 * 86_400_000), to },
      () => undefined,
      1000,
    );
    expect(asked).toBe(requestCeiling(MAX_EVENTS, 1000));
    expect(read.stopped).toEqual({ why: 'ceiling', requests: asked });
    expect(whyStopped(read)).toBe(
      `Datadog's answers took reading to ${asked} requests, the most the events found could need, so it stopped there`,
    );
  });

  test('a server slow to answer, each request within its own budget: stopped when the reading time is up, and said', async () => {
    // A clock the test moves: each answer takes a minute of it.
    let now = 0;
    const slow = async ({ from: f }: ListQuery) => {
      now += 60_000;
      return {
        items: Array.from({ length: 1000 }, (_, i) => ({
          id: `slow-${now}-${i}`,
          startedAt: new Date(f!.getTime() + i),
        })),
        flaws: [],
      };
    };
    const read = await forEachPageInWindow(
      slow,
      { from: new Date(to.getTime() - 365 * 86_400_000), to },
      () => undefined,
      1000,
      { limitMs: 15 * 60_000, now: () => now },
    );
    expect(read.stopped).toEqual({ why: 'time', requests: 15 });
    expect(whyStopped(read)).toBe(
      'Datadog answered so slowly that reading took its 15 minutes, so it stopped after 15 requests',
    );
  });

  test('derived from what was asked: four requests for each page the events found fill, and 64', () => {
    expect([
      requestCeiling(0, 1000),
      requestCeiling(1, 1000),
      requestCeiling(2_600, 1000),
      requestCeiling(10 * MAX_EVENTS, 1000),
    ]).toEqual([64, 68, 76, 464]);
  });
});
