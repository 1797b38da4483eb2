import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { createDoraClient, type DoraClient, listAllDeployments, listAllFailures } from '../../src/datadog/index.ts';
import { forEachPageInWindow, listAllInWindow } from '../../src/datadog/paging.ts';
import { API_KEY, APP_KEY, type FakeDatadog, startFakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { beforeRetirement, standInBeforeRetirement } from '../clock.ts';

const from = new Date('2026-11-01T00:00:00Z');
const to = new Date('2026-11-27T00:00:00Z');
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

test('pages through more events than one answer holds, each once', async () => {
  const span = to.getTime() - from.getTime();
  seed(250, (i) => from.getTime() + Math.floor((i * span) / 250));
  seed(30, (i) => from.getTime() + i * 3_600_000, 'other');

  const { items, truncated } = await listAllDeployments(client, { from, to, query: 'service:shopist' }, 100);

  expect(truncated).toBe(false);
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
  seed(250, (i) => from.getTime() + Math.floor(i / 10) * 60_000);
  const handed: string[][] = [];
  const { truncated } = await forEachPageInWindow((query) => client.listDeployments(query), { from, to }, (items) => void handed.push(items.map((d) => d.id)), 100);
  const ids = handed.flat();
  expect([truncated, ids.length, new Set(ids).size]).toEqual([false, 250, 250]);
  // One call per page, each with what that page brought that no page before it had.
  expect(handed.map((page) => page.length)).toEqual([100, 90, 60]);
  expect(server.requests).toHaveLength(3);
});

test('an answer that comes unordered: a full page splits the window instead, and every event still comes once', async () => {
  const starts = Array.from({ length: 250 }, (_, i) => from.getTime() + ((i * 7919) % 250) * 3_600_000);
  const events = starts.map((start, i) => ({ id: `e${i}`, startedAt: new Date(start) }));
  let asked = 0;
  // A server that ignores sort: newest first, whatever was asked.
  const list = async ({ from: f, to: t, limit }: { from?: Date; to?: Date; limit?: number }) => {
    asked++;
    return events.filter((e) => e.startedAt >= f! && e.startedAt <= t!).sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime()).slice(0, limit);
  };
  const { items, truncated } = await listAllInWindow(list, { from, to }, 100);
  expect([items.length, new Set(items.map((e) => e.id)).size, truncated]).toEqual([250, 250, false]);
  expect(asked).toBeGreaterThan(3);
});

test('a window that fits in one page takes one request', async () => {
  seed(40, (i) => from.getTime() + i * 60_000);
  const { items } = await listAllDeployments(client, { from, to });
  expect(items).toHaveLength(40);
  expect(server.requests).toHaveLength(1);
  expect((server.requests[0]?.body as { data: { attributes: { limit: number } } }).data.attributes.limit).toBe(1000);
});

test('more events in one millisecond than a page holds: said, not hidden', async () => {
  seed(12, () => from.getTime() + 5);
  const { items, truncated } = await listAllDeployments(client, { from, to }, 10);
  expect(truncated).toBe(true);
  expect(items).toHaveLength(10);
});

test('failures page the same way', async () => {
  for (let i = 0; i < 25; i++) {
    const id = `failure-${String(i).padStart(10, '0')}`;
    server.failures.set(id, { id, attributes: { id, team: 'backend', started_at: from.getTime() + i * 86_400_000 } });
  }
  const { items } = await listAllFailures(client, { from, to }, 10);
  expect(items.map((f) => f.id).sort()).toEqual([...server.failures.keys()].sort());
});
