// The stand-in's Events API over real HTTP: v2 alert events on the intake host, v1 events and
// the search on the API host, answered as Datadog's recordings answer, by the stand-in's clock.
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import {
  type AlertEventAttributes,
  API_KEY,
  APP_KEY,
  type FakeDatadog,
  startFakeDatadog,
} from '../../scripts/local/fake-datadog.ts';

const NOW = Date.parse('2026-11-27T10:00:00Z');
const HOUR = 3_600_000;
const KEYS = { 'dd-api-key': API_KEY, 'dd-application-key': APP_KEY };

let datadog: FakeDatadog;
let now = NOW;
beforeEach(async () => {
  now = NOW;
  datadog = await startFakeDatadog({ clock: () => now });
});
afterEach(async () => {
  await datadog.close();
});

const post = async (url: string, body: unknown, headers: Record<string, string> = KEYS) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text,
    json: text ? (JSON.parse(text) as Record<string, any>) : undefined,
  };
};
const postAlert = (attributes: object, headers?: Record<string, string>) =>
  post(`${datadog.intakeUrl}/api/v2/events`, { data: { type: 'event', attributes } }, headers);
const postV1 = (body: object, headers?: Record<string, string>) => post(`${datadog.url}/api/v1/events`, body, headers);
const search = (body: object, headers?: Record<string, string>) =>
  post(`${datadog.url}/api/v2/events/search`, body, headers);

const alert = (overrides: Partial<AlertEventAttributes> = {}): AlertEventAttributes => ({
  title: 'Checkout is down',
  category: 'alert',
  message: 'Payments fail since the deploy.',
  tags: ['service:checkout', 'env:production', 'dora.failure_id:f-1'],
  aggregation_key: 'f-1',
  attributes: {
    status: 'error',
    priority: '1',
    custom: { dora: { failure_id: 'f-1', started_at: '2026-11-24T08:00:00Z' }, list: [1, { deep: null }] },
  },
  ...overrides,
});

test("an alert event: 202 as recorded, kept as sent, found by its tag in Datadog's read shape", async () => {
  const sent = alert({ timestamp: new Date(NOW - HOUR).toISOString() });
  const posted = await postAlert(sent);

  expect(posted).toMatchObject({ status: 202, type: 'application/json' });
  const { uid, id } = posted.json?.data.attributes.attributes.evt;
  expect(id).toMatch(/^\d{19}$/);
  expect(uid).toMatch(/^[\w-]{24}$/);
  expect(posted.json).toEqual({
    data: { attributes: { attributes: { evt: { id, uid } } }, id: '_', type: 'event' },
    links: { self: `https://app.datadoghq.com/event/event?uid=${uid}` },
  });
  expect(datadog.events).toEqual([
    {
      uid,
      evtId: id,
      via: 'v2',
      category: 'alert',
      title: sent.title,
      message: sent.message,
      tags: sent.tags,
      aggregation_key: 'f-1',
      status: 'error',
      priority: '1',
      custom: sent.attributes.custom,
      timestamp: NOW - HOUR,
    },
  ]);
  expect(datadog.requests.map((r) => `${r.host} ${r.method} ${r.path}`)).toEqual(['intake POST /api/v2/events']);

  const found = await search({
    filter: { query: 'dora.failure_id:f-1', from: String(NOW - 2 * HOUR), to: String(NOW) },
  });
  expect(found).toMatchObject({ status: 200, type: 'application/json' });
  expect(found.json?.data).toEqual([
    {
      id: expect.stringMatching(/^AgAA[\w-]{40,}$/),
      type: 'event',
      attributes: {
        timestamp: '2026-11-27T09:00:00Z',
        message: sent.message,
        tags: sent.tags,
        attributes: {
          status: 'error',
          priority: '1',
          aggregation_key: 'f-1',
          title: sent.title,
          timestamp: NOW - HOUR,
          custom: sent.attributes.custom,
          evt: { id, uid, type: 'api' },
          service: 'checkout',
        },
      },
    },
  ]);
  expect(datadog.schemaErrors()).toEqual([]);
});

test('without a timestamp, the event is stamped with its receipt by the clock', async () => {
  const { timestamp: _none, ...sent } = alert();
  await postAlert(sent);
  expect(datadog.events[0]?.timestamp).toBe(NOW);
});

test('an unknown field, in the event or its alert attributes, is a 400 naming it; nothing is stored', async () => {
  const inAttributes = await postAlert({ ...alert(), attributes: { status: 'error', started_at: 1 } });
  expect(inAttributes).toMatchObject({ status: 400, type: 'application/json' });
  expect(inAttributes.json).toEqual({
    errors: [
      {
        status: '400',
        title: 'Bad Request',
        detail:
          'JSON validation failed at $.data.attributes.attributes: must NOT have additional properties (started_at).',
      },
    ],
  });
  const beside = await postAlert({ ...alert(), id: 'mine' });
  expect(beside.json?.errors[0].detail).toBe(
    'JSON validation failed at $.data.attributes: must NOT have additional properties (id).',
  );
  // Recorded word for word.
  const category = await postAlert({ ...alert(), category: 'invalid' });
  expect(category.json?.errors).toEqual([
    {
      status: '400',
      title: 'Bad Request',
      detail: 'JSON validation failed at $.data.attributes.category: value must be one of: ["alert", "change"].',
    },
  ]);
  expect(datadog.events).toEqual([]);
  expect(datadog.schemaErrors()).toHaveLength(3);
});

test('a timestamp more than 18 hours old by the clock is a 400 naming it', async () => {
  const oldest = new Date(NOW - 18 * HOUR).toISOString();
  expect((await postAlert(alert({ timestamp: oldest }))).status).toBe(202);

  const tooOld = new Date(NOW - 18 * HOUR - 1).toISOString();
  const refused = await postAlert(alert({ timestamp: tooOld }));
  expect(refused).toMatchObject({
    status: 400,
    json: { errors: [{ status: '400', title: 'Bad Request', detail: `timestamp ${tooOld} is older than 18 hours` }] },
  });
  expect((await postAlert(alert({ timestamp: 'yesterday' }))).json?.errors[0].detail).toMatch(
    /^JSON validation failed at \$\.data\.attributes\.timestamp: /,
  );
  expect(datadog.events).toHaveLength(1);
});

test('the intake wants both keys: 403 in its JSON:API shape', async () => {
  const forbidden = { errors: [{ status: '403', title: 'Forbidden', detail: 'Forbidden' }] };
  expect(await postAlert(alert(), { 'dd-api-key': API_KEY })).toMatchObject({ status: 403, json: forbidden });
  expect(await postAlert(alert(), { 'dd-application-key': APP_KEY })).toMatchObject({ status: 403, json: forbidden });
  expect(datadog.events).toEqual([]);
});

test("the API host's deprecated v2 endpoint and the intake's other paths: 404, and told by schemaErrors", async () => {
  const deprecated = await post(`${datadog.url}/api/v2/events`, { data: { type: 'event', attributes: alert() } });
  expect(deprecated).toMatchObject({ status: 404, json: { errors: ['Not found'] } });
  const elsewhere = await post(`${datadog.intakeUrl}/api/v2/dora/deployment`, {});
  expect(elsewhere).toMatchObject({ status: 404, json: { errors: ['Not found'] } });
  expect(datadog.events).toEqual([]);
  expect(datadog.requests.map((r) => r.host)).toEqual(['api', 'intake']);
  expect(datadog.schemaErrors()).toEqual([
    "POST /api/v2/events: POST /api/v2/events on the API host is Datadog's deprecated endpoint: post events to the event intake host",
    'POST /api/v2/dora/deployment: POST /api/v2/dora/deployment is not an operation of the event intake host',
  ]);
});

test('misbehaviours apply to the intake: by its path, or the next request to either host', async () => {
  datadog.misbehaveOn('/api/v2/events', { status: 503, body: { errors: ['Service unavailable'] } });
  datadog.misbehave({ status: 500, body: { errors: ['Internal error'] } });
  expect((await search({ filter: { query: '*' } })).status).toBe(500);
  expect((await postAlert(alert())).status).toBe(503);
  expect((await postAlert(alert())).status).toBe(202);
  expect(datadog.events).toHaveLength(1);
});

test('a v1 event: API key only, 202 as recorded, kept as the Explorer shows it', async () => {
  const dateHappened = Math.floor(NOW / 1000) - 3_600;
  const posted = await postV1(
    {
      title: 'Checkout recovered',
      text: 'Back to normal.',
      alert_type: 'success',
      tags: ['service:checkout'],
      aggregation_key: 'f-1',
      date_happened: dateHappened,
    },
    { 'dd-api-key': API_KEY },
  );

  expect(posted).toMatchObject({ status: 202, type: 'application/json' });
  const idStr = posted.json?.event.id_str as string;
  expect(idStr).toMatch(/^\d{19}$/);
  expect(posted.json).toEqual({
    status: 'ok',
    event: {
      id: Number(idStr),
      id_str: idStr,
      title: 'Checkout recovered',
      text: 'Back to normal.',
      date_happened: dateHappened,
      handle: null,
      priority: null,
      related_event_id: null,
      tags: ['service:checkout'],
      url: `https://app.datadoghq.com/event/event?id=${idStr}`,
    },
  });
  // A JSON number of 19 digits loses precision, as Datadog's does.
  expect(posted.text).toContain(`"id":${Number(idStr)},`);
  expect(datadog.events).toEqual([
    {
      uid: expect.any(String),
      evtId: idStr,
      via: 'v1',
      title: 'Checkout recovered',
      message: 'Back to normal.',
      tags: ['service:checkout'],
      aggregation_key: 'f-1',
      status: 'ok',
      timestamp: dateHappened * 1000,
    },
  ]);
  const found = await search({ filter: { query: 'status:ok', from: 'now-2h' } });
  expect(found.json?.data.map((e: any) => e.attributes.attributes.evt.id)).toEqual([idStr]);
  expect(found.json?.data[0].attributes.attributes.custom).toBeUndefined();
  expect(datadog.schemaErrors()).toEqual([]);
});

test('v1: alert types as the Explorer says them, the receipt time by the clock, an old date and a wrong key refused', async () => {
  for (const alertType of ['error', 'warning', 'info', 'user_update'])
    await postV1({ title: alertType, text: '-', alert_type: alertType });
  expect(datadog.events.map((e) => e.status)).toEqual(['error', 'warn', 'info', 'info']);
  expect(datadog.events.every((e) => e.timestamp === NOW)).toBe(true);

  const tooOld = await postV1({ title: 'old', text: '-', date_happened: Math.floor((NOW - 18 * HOUR) / 1000) - 1 });
  expect(tooOld).toEqual({
    status: 400,
    type: 'text/plain; charset=utf-8',
    text: '{"errors":["Event too far in the past"]}',
    json: { errors: ['Event too far in the past'] },
  });
  expect(await postV1({ title: 'no key', text: '-' }, { 'dd-api-key': 'wrong' })).toMatchObject({
    status: 403,
    json: { errors: ['Forbidden'] },
  });
  expect(await postV1({ title: 'stray', text: '-', status: 'error' })).toMatchObject({
    status: 400,
    json: { errors: ['/ must NOT have additional properties (status)'] },
  });
  expect(datadog.events).toHaveLength(4);
});

test('search: pages with a cursor, in order of time, a cursor after every page that is not empty, then an empty page', async () => {
  const start = NOW - 10 * 24 * HOUR;
  // Seeded in no particular order, older than 18 hours: what the report reads over weeks.
  datadog.seedEvents(
    [3, 0, 4, 1, 2].map((i) => alert({ title: `e${i}`, timestamp: new Date(start + i * HOUR).toISOString() })),
  );
  datadog.seedEvents([alert({ title: 'other', tags: ['service:search'], timestamp: new Date(start).toISOString() })]);
  const body = (cursor?: string) => ({
    filter: { query: 'service:checkout', from: new Date(start).toISOString(), to: new Date(NOW).toISOString() },
    page: { limit: 2, ...(cursor ? { cursor } : {}) },
    sort: 'timestamp',
  });

  const titles: string[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await search(body(cursor));
    expect(page.status).toBe(200);
    if (!page.json?.data.length) {
      expect(page.text).toBe('{"data":[]}');
      break;
    }
    titles.push(page.json.data.map((e: any) => e.attributes.attributes.title));
    cursor = page.json.meta.page.after as string;
    const next = new URL(page.json.links.next as string);
    expect(`${next.origin}${next.pathname}`).toBe(`${datadog.url}/api/v2/events/search`);
    expect(next.searchParams.get('page[cursor]')).toBe(cursor);
    expect(next.searchParams.get('filter[query]')).toBe('service:checkout');
    expect(next.searchParams.get('sort')).toBe('timestamp');
  }
  expect(titles).toEqual([['e0', 'e1'], ['e2', 'e3'], ['e4']]);
  expect(datadog.requests).toHaveLength(4);

  // Newest first when no sort is given, as Datadog's list recording answers.
  const newest = await search({
    filter: { query: 'service:checkout', from: String(start), to: String(NOW) },
    page: { limit: 1 },
  });
  expect(newest.json?.data[0].attributes.attributes.title).toBe('e4');
  // Datadog's default window is the last 15 minutes.
  expect((await search({ filter: { query: 'service:checkout' } })).text).toBe('{"data":[]}');
  expect(datadog.schemaErrors()).toEqual([]);
});

test('search: an unknown cursor is the recorded 400', async () => {
  datadog.seedEvents([alert()]);
  const recorded = { errors: [`{'errors': [u"input_validation_error(Field 'page' is invalid: invalid cursor)"]}`] };
  const example = 'eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ==';
  for (const cursor of [example, 'not base64 json']) {
    expect(await search({ filter: { query: '*' }, page: { cursor } })).toMatchObject({ status: 400, json: recorded });
  }
});

test('search: the query terms the action uses, matched against tags and attributes; anything else refused', async () => {
  datadog.seedEvents([
    alert({ title: 'a', tags: ['service:checkout', 'team:payments', 'dora.failure_id:f-1'] }),
    alert({
      title: 'b',
      tags: ['service:search', 'team:core search'],
      attributes: { status: 'warn', custom: { kind: 'incident' } },
    }),
    alert({ title: 'c', tags: ['service:checkout'], attributes: { status: 'ok' } }),
  ]);
  await postV1({ title: 'v1', text: '-', alert_type: 'error', tags: ['dora.failure_id:f-2'] });
  const titles = async (query: string) => {
    const found = await search({ filter: { query }, sort: 'timestamp' });
    expect(found.status).toBe(200);
    return (found.json?.data ?? []).map((e: any) => e.attributes.attributes.title);
  };

  expect(await titles('dora.failure_id:*')).toEqual(['a', 'v1']);
  expect(await titles('dora.failure_id:f-*')).toEqual(['a', 'v1']);
  expect(await titles('service:(search OR checkout) status:ok')).toEqual(['c']);
  expect(await titles('team:"core search"')).toEqual(['b']);
  expect(await titles('service:checkout AND status:error')).toEqual(['a']);
  expect(await titles('@evt.category:alert @custom.kind:incident')).toEqual(['b']);
  expect(await titles('@aggregation_key:f-1')).toEqual(['a', 'b', 'c']);
  expect(await titles('*')).toEqual(['a', 'b', 'c', 'v1']);
  for (const query of ['checkout', 'service:checkout OR status:ok', '-service:checkout']) {
    expect(await search({ filter: { query } })).toMatchObject({
      status: 400,
      json: { errors: [`invalid query: ${query}`] },
    });
  }
  expect(await search({ filter: { query: '*', from: 'last week' } })).toMatchObject({
    status: 400,
    json: { errors: ['invalid time: last week'] },
  });
  expect(await search({ filter: { query: '*' } }, { 'dd-api-key': API_KEY })).toMatchObject({
    status: 403,
    json: { errors: ['Forbidden'] },
  });
});

test('seedEvents checks each event against the v2 schema', () => {
  expect(() =>
    datadog.seedEvents([alert(), { ...alert({ title: 'stray' }), service: 'checkout' } as AlertEventAttributes]),
  ).toThrow('Cannot seed "stray": /data/attributes must NOT have additional properties (service)');
  expect(datadog.events).toHaveLength(1);
});
