// What the report reads of incidents, against the loopback stand-in for Datadog: the DORA failure
// list while Datadog serves it, the action's alert events once they can exist, one incident per
// failure id, and a source missing said, never the report's failure.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import {
  type AlertEventAttributes,
  API_KEY,
  APP_KEY,
  type FailureAttributes,
  type FakeDatadog,
  startFakeDatadog,
} from '../../scripts/local/fake-datadog.ts';
import { createDoraClient } from '../../src/datadog/client.ts';
import { alertEventRequest } from '../../src/datadog/events.ts';
import type { DoraClient } from '../../src/datadog/operations.ts';
import { failureRequest } from '../../src/datadog/requests.ts';
import { collect, MAX_EVENT_PAGES } from '../../src/events/report/collect.ts';
import { reportWindow } from '../../src/events/report/window.ts';
import { alertEventOf, type FailureFacts } from '../../src/pipeline/incidents.ts';
import type { Selection } from '../../src/runner/inputs/types.ts';

const HOUR = 3_600_000;
const SELECTION: Selection = { services: ['shop', 'cart'], envs: ['production'] };

let datadog: FakeDatadog;
let now: Date;
let client: DoraClient;
beforeEach(async () => {
  datadog = await startFakeDatadog({ clock: () => now.getTime() });
});
afterEach(async () => {
  expect(datadog.schemaErrors()).toEqual([]);
  await datadog.close();
});

/** The report's reading at `at`: the stand-in and the client on the same clock. */
function readAt(at: string, selection = SELECTION) {
  now = new Date(at);
  client = createDoraClient({ baseUrl: datadog.url, apiKey: API_KEY, appKey: APP_KEY, clock: () => now });
  const window = reportWindow(4, now);
  return { window, collected: () => collect(client, window, selection) };
}

/** In the window's last week, `hours` after it began. */
const inLastWeek = (window: ReturnType<typeof reportWindow>, hours: number) =>
  new Date(window.weeks.at(-1)!.start.getTime() + hours * HOUR);

/** A failure as the client sends it to the DORA API. */
const doraFailure = (id: string, services: string[], startedAt: Date): FailureAttributes =>
  failureRequest({ id, services, env: 'production', name: `incident ${id}`, startedAt }).data.attributes;

/** A failure as the action sends it as an alert event, at `sentAt`: the same mapping, the same wire body. */
function alertEvent(facts: Omit<FailureFacts, 'tags'>, sentAt: Date): AlertEventAttributes {
  return alertEventRequest(alertEventOf({ ...facts, tags: ['github.job:incident'] }, sentAt), sentAt).data.attributes;
}

const searches = () => datadog.requests.filter((r) => r.path === '/api/v2/events/search');
const listsOfFailures = () => datadog.requests.filter((r) => r.path === '/api/v2/dora/failures');

describe('which sources are read, by the date', () => {
  test('before 2026-12-31: the DORA failure list only; no event search, as none could exist', async () => {
    const { window, collected } = readAt('2026-12-16T09:00:00Z');
    datadog.seed({ failures: [doraFailure('incident-list-0001', ['shop'], inLastWeek(window, 10))] });
    const read = await collected();
    expect(read.failures.map((f) => [f.id, f.sources])).toEqual([['incident-list-0001', ['failure-list']]]);
    expect(read.incidentSources).toEqual({ 'failure-list': { state: 'read' }, 'alert-events': { state: 'none-yet' } });
    expect(searches()).toEqual([]);
  });

  test('from 2026-12-31: both; a failure sent both ways is one incident, resolved by its ok event', async () => {
    const { window, collected } = readAt('2027-01-13T09:00:00Z');
    const started = inLastWeek(window, 10);
    const resolved = inLastWeek(window, 12);
    datadog.seed({
      failures: [
        doraFailure('incident-both-0001', ['shop'], started),
        doraFailure('incident-list-0001', ['cart'], inLastWeek(window, 20)),
      ],
    });
    const facts = {
      id: 'incident-both-0001',
      services: ['shop'],
      env: 'production',
      severity: 'SEV-2',
      startedAt: started,
    };
    datadog.seedEvents([
      alertEvent(facts, new Date(started.getTime() + 60_000)),
      alertEvent({ ...facts, finishedAt: resolved }, new Date(resolved.getTime() + 60_000)),
      alertEvent(
        { id: 'incident-events-01', services: ['cart'], startedAt: inLastWeek(window, 30) },
        inLastWeek(window, 30),
      ),
      // Another service's failure: left out by the query.
      alertEvent(
        { id: 'incident-search-01', services: ['search'], startedAt: inLastWeek(window, 40) },
        inLastWeek(window, 40),
      ),
    ]);
    const read = await collected();
    expect(read.incidentSources).toEqual({ 'failure-list': { state: 'read' }, 'alert-events': { state: 'read' } });
    expect(read.failures).toEqual(
      expect.arrayContaining([
        {
          id: 'incident-both-0001',
          services: ['shop'],
          env: 'production',
          name: 'incident incident-both-0001',
          severity: 'SEV-2',
          startedAt: started,
          finishedAt: resolved,
          sources: ['failure-list', 'alert-events'],
        },
        expect.objectContaining({ id: 'incident-list-0001', sources: ['failure-list'] }),
        expect.objectContaining({ id: 'incident-events-01', services: ['cart'], sources: ['alert-events'] }),
      ]),
    );
    expect(read.failures).toHaveLength(3);
    // One page of three, then the empty one that ends it.
    expect(searches().map((r) => (r.body as { filter: unknown }).filter)).toEqual(
      Array(2).fill({
        query: 'dora.failure_id:* dora.service:(shop OR cart)',
        from: window.start.toISOString(),
        to: now.toISOString(),
      }),
    );
  });

  test('from 2027-03-31: the DORA failure list is not asked; incidents come from alert events', async () => {
    const { window, collected } = readAt('2027-04-14T09:00:00Z');
    datadog.seedEvents([
      alertEvent(
        { id: 'incident-events-01', services: ['shop'], startedAt: inLastWeek(window, 10) },
        inLastWeek(window, 10),
      ),
    ]);
    const read = await collected();
    expect(read.incidentSources).toEqual({ 'failure-list': { state: 'retired' }, 'alert-events': { state: 'read' } });
    expect(read.failures.map((f) => f.id)).toEqual(['incident-events-01']);
    expect(listsOfFailures()).toEqual([]);
  });
});

describe('a source that cannot be read', () => {
  test('the list gone by Datadog’s word before its date: retired, and the report goes on', async () => {
    const { window, collected } = readAt('2027-01-13T09:00:00Z');
    datadog.misbehaveOn('/api/v2/dora/failures', {
      status: 410,
      body: { errors: [{ status: '410', title: 'Gone', detail: 'DORA incident data has been retired.' }] },
    });
    datadog.seedEvents([
      alertEvent(
        { id: 'incident-events-01', services: ['shop'], startedAt: inLastWeek(window, 10) },
        inLastWeek(window, 10),
      ),
    ]);
    const read = await collected();
    expect(read.incidentSources['failure-list']).toEqual({ state: 'retired' });
    expect(read.failures.map((f) => f.id)).toEqual(['incident-events-01']);
  });

  test('the search refused (403): incidents from alert events missing, naming events_read; the list still counts', async () => {
    const { window, collected } = readAt('2027-01-13T09:00:00Z');
    datadog.seed({ failures: [doraFailure('incident-list-0001', ['shop'], inLastWeek(window, 10))] });
    datadog.misbehaveOn('/api/v2/events/search', { status: 403, body: { errors: ['Forbidden'] } });
    const read = await collected();
    expect(read.incidentSources['alert-events']).toEqual({
      state: 'failed',
      message: 'Datadog refused the event search (403): the application key needs the events_read permission.',
    });
    expect(read.failures.map((f) => f.id)).toEqual(['incident-list-0001']);
  });

  test('any other error of the search: incidents from alert events missing, with Datadog’s words', async () => {
    const { collected } = readAt('2027-01-13T09:00:00Z');
    datadog.misbehaveOn('/api/v2/events/search', { status: 400, body: { errors: ['invalid query'] } });
    const read = await collected();
    expect(read.incidentSources['alert-events']).toEqual({
      state: 'failed',
      message: expect.stringContaining('invalid query'),
    });
  });
});

describe('paging through alert events', () => {
  const page = (after: string | undefined, id: string) => ({
    status: 200,
    body: {
      data: [
        {
          id: `event-${id}`,
          type: 'event',
          attributes: {
            tags: [`dora.failure_id:${id}`, 'dora.service:shop', 'dora.started_at:2027-01-12T00:00:00.000Z'],
          },
        },
      ],
      ...(after ? { meta: { page: { after } } } : {}),
    },
  });

  test('every page, by its cursor, to the empty one', async () => {
    const { window, collected } = readAt('2027-01-13T09:00:00Z');
    datadog.seedEvents(
      Array.from({ length: 2500 }, (_, i) =>
        alertEvent(
          { id: `inc-${String(i).padStart(4, '0')}`, services: ['shop'], startedAt: inLastWeek(window, 1 + i / 100) },
          inLastWeek(window, 1 + i / 100),
        ),
      ),
    );
    const read = await collected();
    expect(read.failures).toHaveLength(2500);
    // Three full or partial pages, then the empty one that ends it.
    expect(searches().map((r) => (r.body as { page: { cursor?: string } }).page.cursor === undefined)).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  test.each([
    ['a cursor that comes back', [page('c1', 'inc-1'), page('c1', 'inc-2')], ['inc-1', 'inc-2']],
    ['no cursor', [page(undefined, 'inc-1')], ['inc-1']],
  ])('%s ends it', async (_name, pages, ids) => {
    const { collected } = readAt('2027-01-13T09:00:00Z');
    datadog.misbehaveOn('/api/v2/events/search', ...pages);
    expect((await collected()).failures.map((f) => f.id)).toEqual(ids);
    expect(searches()).toHaveLength(pages.length);
  });

  test(`the ceiling of ${MAX_EVENT_PAGES} pages: the rest unread, and said`, async () => {
    const { collected } = readAt('2027-01-13T09:00:00Z');
    datadog.misbehaveOn(
      '/api/v2/events/search',
      ...Array.from({ length: MAX_EVENT_PAGES + 1 }, (_, i) => page(`c${i}`, `inc-${i}`)),
    );
    const read = await collected();
    expect(searches()).toHaveLength(MAX_EVENT_PAGES);
    expect(read.incompletePages).toEqual([
      `alert events: more than ${MAX_EVENT_PAGES} pages of 1000 were found and the rest was not read, so some incidents may be missing`,
    ]);
  });
});

describe("Datadog's lists held to their grammar", () => {
  /** A deployment stored as Datadog would answer it, with `attributes` over a well-formed one's. */
  const stored = (id: string, finishedAt: Date, attributes: Record<string, unknown> = {}) =>
    datadog.deployments.set(id, {
      id,
      attributes: {
        id,
        service: 'shop',
        env: 'production',
        started_at: finishedAt.getTime() - 600_000,
        finished_at: finishedAt.getTime(),
        ...attributes,
      },
    });

  test('custom_tags as a string: the deployment counts without tags, and the answer is said malformed, naming it', async () => {
    const { window, collected } = readAt('2026-12-16T09:00:00Z');
    stored('shop-deploy-0001', inLastWeek(window, 10));
    stored('shop-deploy-0002', inLastWeek(window, 20), { custom_tags: 'dora.remediates:shop-deploy-0001' });
    const read = await collected();
    expect(read.deployments.map((d) => [d.id, d.customTags])).toEqual([
      ['shop-deploy-0001', []],
      ['shop-deploy-0002', []],
    ]);
    expect(read.malformedAnswers).toEqual([
      `Datadog's answers for deployments: 1 malformed field was dropped from the events kept. For example, deployment shop-deploy-0002: custom_tags is "dora.remediates:shop-deploy-0001": expected a list of at most 100.`,
    ]);
    expect(read.partialReadings).toEqual([]);
  });

  test('deployments and failures without their required fields are left out, counted, one shown; the rest are read', async () => {
    const { window, collected } = readAt('2026-12-16T09:00:00Z');
    stored('shop-deploy-0001', inLastWeek(window, 10));
    stored('shop-deploy-0002', inLastWeek(window, 11), { service: ['shop'] });
    stored('shop/deploy/0003', inLastWeek(window, 12));
    const failure = (id: string, startedAt: string) => ({
      id,
      type: 'dora_incident',
      attributes: { services: ['shop'], started_at: startedAt },
    });
    datadog.misbehaveOn('/api/v2/dora/failures', {
      status: 200,
      body: {
        data: [
          failure('incident-list-0001', inLastWeek(window, 10).toISOString()),
          failure('incident-list-0002', 'yesterday'),
        ],
      },
    });
    const read = await collected();
    expect(read.deployments.map((d) => d.id)).toEqual(['shop-deploy-0001']);
    expect(read.failures.map((f) => f.id)).toEqual(['incident-list-0001']);
    expect(read.malformedAnswers).toEqual([
      `Datadog's answers for deployments: 2 events were malformed and left out. For example, deployment shop-deploy-0002: service is ["shop"]: expected a string.`,
      `Datadog's answers for failures: 1 event was malformed and left out. For example, failure incident-list-0002: started_at is "yesterday": expected an RFC 3339 time or a Unix timestamp.`,
    ]);
  });

  test('a list that ignores the window: read in part, and said so', async () => {
    const { window, collected } = readAt('2026-12-16T09:00:00Z');
    const at = inLastWeek(window, 1).getTime();
    const events = Array.from({ length: 1000 }, (_, i) => ({
      id: `shop-deploy-${String(i).padStart(4, '0')}`,
      type: 'dora_deployment',
      attributes: {
        service: 'shop',
        env: 'production',
        started_at: new Date(at + i * 60_000).toISOString(),
        finished_at: new Date(at + i * 60_000 + 1000).toISOString(),
      },
    }));
    datadog.misbehaveOn(
      '/api/v2/dora/deployments',
      ...Array.from({ length: 10 }, () => ({ status: 200, body: { data: events } })),
    );
    const read = await collected();
    expect(read.deployments).toHaveLength(1000);
    expect(read.partialReadings).toEqual([
      "The deployments were read in part: Datadog's answer ignored the window asked (it held events outside it, or the same ones again), so reading stopped after 2 requests. The figures are partial.",
    ]);
  });
});
