// The list operations as Datadog answers them (from, to, limit up to 1000, query, sort, RFC 3339
// or integer times), read through the client's paging, as the report reads them.
import { expect, test } from '@jest/globals';
import {
  API_KEY,
  APP_KEY,
  type DeploymentAttributes,
  type FakeDatadog,
  rateLimited,
  startFakeDatadog,
} from '../../scripts/local/fake-datadog.ts';
import { createDoraClient, DatadogConfigError, listAllDeployments, listAllInWindow } from '../../src/datadog/index.ts';
import { standInBeforeRetirement, TestTime } from '../clock.ts';
import { retryingClientsForEachTest } from './retrying.ts';

const from = new Date('2026-08-03T00:00:00Z');
const to = new Date('2026-10-26T00:00:00Z');
const HOUR = 3_600_000;

let server: FakeDatadog;
// The default timing, on the test's time: a wait for Datadog passes at once, and is measured.
const { logs, clientWith, gaps } = retryingClientsForEachTest((standIn) => (server = standIn));

/** `count` deployments of `service`, the i-th started at `startedAt(i)` and finished ten minutes later. */
const deployments = (count: number, startedAt: (i: number) => number, service = 'shop-api'): DeploymentAttributes[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `${service}-${String(i).padStart(8, '0')}`,
    service,
    env: 'production',
    started_at: startedAt(i),
    finished_at: startedAt(i) + 600_000,
  }));

const listBody = (attributes: object) => ({ data: { type: 'dora_deployments_list_request', attributes } });
const listRaw = (attributes: object) =>
  fetch(`${server.url}/api/v2/dora/deployments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'dd-api-key': API_KEY, 'dd-application-key': APP_KEY },
    body: JSON.stringify(listBody(attributes)),
  });
const limitsAsked = () =>
  server.requests
    .map((r) => (r.body as ReturnType<typeof listBody>).data.attributes)
    .map((a) => (a as { limit?: number }).limit);

test('more than 1000 events in a window: page after page in order of start, every event once', async () => {
  const span = to.getTime() - from.getTime();
  server.seed({
    deployments: [
      ...deployments(2_600, (i) => from.getTime() + Math.floor((i * span) / 2_600)),
      // Outside the window, and another service: neither is asked for.
      ...deployments(5, (i) => to.getTime() + (i + 1) * HOUR, 'late'),
      ...deployments(300, (i) => from.getTime() + i * HOUR, 'checkout'),
    ],
  });

  const { items, truncated } = await listAllDeployments(clientWith(), {
    from,
    to,
    query: 'service:shop-api env:production',
  });

  expect(truncated).toBe(false);
  expect(items).toHaveLength(2_600);
  expect(new Set(items.map((d) => d.id)).size).toBe(2_600);
  expect(items.every((d) => d.service === 'shop-api')).toBe(true);
  // Each page starts where the one before ended: 2,600 events, three pages.
  expect(server.requests).toHaveLength(3);
  expect(limitsAsked().every((limit) => limit === 1000)).toBe(true);
});

test('a 429 on a page: the client waits out X-RateLimit-Reset, and the listing completes', async () => {
  const span = to.getTime() - from.getTime();
  server.seed({ deployments: deployments(1_500, (i) => from.getTime() + Math.floor((i * span) / 1_500)) });
  const client = clientWith();
  let pages = 0;

  const { items } = await listAllInWindow(
    async (query) => {
      // The second page, not the first: the listing is under way when Datadog says to slow down.
      if (++pages === 2) server.misbehave(rateLimited(1));
      return client.listDeployments(query);
    },
    { from, to },
  );

  expect(items).toHaveLength(1_500);
  expect(new Set(items.map((d) => d.id)).size).toBe(1_500);
  expect(server.requests).toHaveLength(pages + 1);
  // On the test's time: the second page at once, and again a second later (the backoff alone would be 0.5 to 1 s).
  expect(gaps()).toEqual([0, 1_000]);
  expect(logs).toEqual([
    'Datadog list deployments: Datadog answered HTTP 429 Too Many Requests; retrying in 1 s (attempt 2).',
  ]);
});

test('a limit above 1000 is refused by Datadog with a 400, and the client never asks for one', async () => {
  server.seed({ deployments: deployments(1_200, (i) => from.getTime() + i * HOUR) });

  const refused = await listRaw({ limit: 1001 });
  expect(refused.status).toBe(400);
  expect(await refused.json()).toEqual({
    errors: [{ status: '400', title: 'Bad Request', detail: expect.stringContaining('limit') }],
  });
  const full = await listRaw({ limit: 1000 });
  expect(((await full.json()) as { data: unknown[] }).data).toHaveLength(1000);
  const byDefault = await listRaw({});
  expect(((await byDefault.json()) as { data: unknown[] }).data).toHaveLength(10);

  const asked = server.requests.length;
  await expect(clientWith().listDeployments({ limit: 1001 })).rejects.toBeInstanceOf(DatadogConfigError);
  expect(server.requests).toHaveLength(asked);
  // The refused body was this test's own doing; the check after each test is for the client's.
  expect(server.schemaErrors()).toEqual([expect.stringContaining('limit')]);
  server.requests.splice(0);
});

test('from and to bound the start, query selects, sort orders before the limit cuts', async () => {
  const start = from.getTime();
  server.seed({
    deployments: [
      ...deployments(6, (i) => start + i * HOUR),
      // Started in the window, finished long after: still in it, and last by finish.
      {
        id: 'shop-api-long-running',
        service: 'shop-api',
        env: 'production',
        started_at: start + 30 * 60_000,
        finished_at: start + 48 * HOUR,
      },
      {
        id: 'shop-api-staging-0001',
        service: 'shop-api',
        env: 'staging',
        started_at: start + 2 * HOUR,
        finished_at: start + 3 * HOUR,
      },
    ],
  });
  const client = clientWith();
  const ids = async (query: Parameters<typeof client.listDeployments>[0]) =>
    (await client.listDeployments(query)).items.map((d) => d.id);

  const window = { from: new Date(start), to: new Date(start + 3 * HOUR), query: 'env:production' };
  expect(await ids({ ...window, sort: 'started_at' })).toEqual([
    'shop-api-00000000',
    'shop-api-long-running',
    'shop-api-00000001',
    'shop-api-00000002',
    'shop-api-00000003',
  ]);
  expect(await ids({ ...window, sort: '-finished_at', limit: 2 })).toEqual([
    'shop-api-long-running',
    'shop-api-00000003',
  ]);
  expect(await ids({ ...window, query: 'service:shop-api env:(staging OR qa)' })).toEqual(['shop-api-staging-0001']);
});

test('integer times in answers (older ones) read as the same instants, to the second', async () => {
  const older = await startFakeDatadog({ timesAs: 'seconds', clock: standInBeforeRetirement });
  try {
    const startedAt = Date.parse('2026-09-14T09:30:15.250Z');
    older.seed({ deployments: deployments(1_100, (i) => startedAt + i * 60_000) });
    const time = new TestTime();
    const client = createDoraClient({
      clock: time.clock,
      timer: time.timer,
      baseUrl: older.url,
      apiKey: API_KEY,
      appKey: APP_KEY,
    });

    const { items } = await listAllDeployments(client, { from, to });

    expect(items).toHaveLength(1_100);
    const first = items.find((d) => d.id === 'shop-api-00000000');
    expect(first?.startedAt).toEqual(new Date('2026-09-14T09:30:15Z'));
    expect(first?.finishedAt).toEqual(new Date('2026-09-14T09:40:15Z'));
    expect(older.requests.length).toBeGreaterThan(1);
    expect(older.schemaErrors()).toEqual([]);
  } finally {
    await older.close();
  }
});
