// The client's Events API operations against the loopback stand-ins for Datadog's API host and
// its event intake host: what is sent where, with which keys, and what is read back.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog, startFakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { createDoraClient, DatadogApiError, DatadogConfigError, type DoraClient } from '../../src/datadog/index.ts';
import { TestTime } from '../clock.ts';

const NOW = new Date('2027-01-05T10:00:00.000Z');
let datadog: FakeDatadog;
let client: DoraClient;
// The stand-in and the client on the same time, which the test moves: a retry's backoff passes at once.
let time: TestTime;
beforeEach(async () => {
  time = new TestTime(NOW);
  // In whole milliseconds, as Date.now: a jittered backoff moves the test's time by fractions.
  datadog = await startFakeDatadog({ clock: () => Math.floor(time.now()) });
  client = createDoraClient({
    baseUrl: datadog.url,
    eventsUrl: datadog.intakeUrl,
    apiKey: API_KEY,
    appKey: APP_KEY,
    clock: time.clock,
    timer: time.timer,
  });
});
afterEach(async () => {
  expect(datadog.schemaErrors()).toEqual([]);
  await datadog.close();
});

const alert = {
  title: 'Checkout down',
  message: 'Checkout returns 500s.',
  status: 'error' as const,
  priority: '1' as const,
  tags: ['dora.failure_id:f-0123456789abcdef', 'service:checkout'],
  aggregationKey: 'f-0123456789abcdef',
  custom: { started_at: '2027-01-02T08:00:00.000Z' },
};

describe('alert events', () => {
  test('posted to the intake host with both keys; 202 is accepted, and the event uid kept', async () => {
    const result = await client.postAlertEvent({ ...alert, timestamp: new Date(NOW.getTime() - 3_600_000) });
    expect(result).toMatchObject({ status: 202, attempts: 1, id: datadog.events[0]!.uid });
    const [request] = datadog.requests;
    expect([
      request?.host,
      request?.path,
      request?.headers['dd-api-key'],
      request?.headers['dd-application-key'],
    ]).toEqual(['intake', '/api/v2/events', API_KEY, APP_KEY]);
    expect(datadog.events[0]).toMatchObject({ via: 'v2', status: 'error', priority: '1', custom: alert.custom });
  });

  test('without an application key the client refuses it, sending nothing; v1 goes with the API key alone', async () => {
    const apiKeyOnly = createDoraClient({
      baseUrl: datadog.url,
      eventsUrl: datadog.intakeUrl,
      apiKey: API_KEY,
      clock: time.clock,
      timer: time.timer,
    });
    await expect(apiKeyOnly.postAlertEvent(alert)).rejects.toThrow(
      new DatadogConfigError("Datadog's send alert event needs an application key, and none was given."),
    );
    const result = await apiKeyOnly.postEventV1({
      title: alert.title,
      text: alert.message,
      alertType: 'error',
      tags: alert.tags,
      aggregationKey: alert.aggregationKey,
      dateHappened: NOW,
    });
    expect(result).toMatchObject({ status: 202, id: datadog.events[0]!.evtId });
    expect(
      datadog.requests.map((r) => `${r.host} ${r.path} ${r.headers['dd-application-key'] ?? 'no app key'}`),
    ).toEqual(['api /api/v1/events no app key']);
  });

  test("Datadog's refusal is an API error with its words, not retried", async () => {
    datadog.misbehaveOn('/api/v2/events', {
      status: 400,
      body: {
        errors: [{ status: '400', title: 'Bad Request', detail: 'JSON validation failed at $.data.attributes.title' }],
      },
    });
    const error = await client.postAlertEvent(alert).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatadogApiError);
    expect((error as Error).message).toMatch(
      /^Datadog send alert event failed after 1 attempt: Datadog answered HTTP 400 Bad Request: JSON validation failed at \$\.data\.attributes\.title\./,
    );
  });

  test("a 2xx that is not the shape of Datadog's answer is not a success", async () => {
    datadog.misbehaveOn('/api/v2/events', { status: 202, body: { accepted: true } });
    await expect(client.postAlertEvent(alert)).rejects.toMatchObject({ kind: 'foreign' });
  });

  test('a lost answer is sent again, and the result says it may have arrived twice', async () => {
    datadog.misbehaveOn('/api/v2/events', { lose: 'reset', store: true });
    const result = await client.postAlertEvent(alert);
    expect(result).toMatchObject({ status: 202, attempts: 2, resentAfterLostAnswer: true });
    expect(datadog.events).toHaveLength(2);
  });
});

describe('search', () => {
  test('pages by cursor until an empty page, with an application key; fields read by their type', async () => {
    datadog.seedEvents(
      Array.from({ length: 5 }, (_, i) => ({
        title: `Failure ${i}`,
        category: 'alert' as const,
        tags: [`dora.failure_id:f-${i}-0123456789abcdef`, 'service:checkout'],
        timestamp: new Date(NOW.getTime() - (i + 1) * 60_000).toISOString(),
        attributes: { status: 'error' as const, custom: { started_at: '2027-01-01T00:00:00.000Z' } },
      })),
    );
    const pages = [];
    let cursor: string | undefined;
    do {
      const page = await client.searchEvents({
        query: 'dora.failure_id:*',
        from: new Date(NOW.getTime() - 3_600_000),
        to: NOW,
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      pages.push(page.events.length);
      cursor = page.next;
    } while (cursor);
    expect(pages).toEqual([2, 2, 1, 0]);
    const [first] = (
      await client.searchEvents({
        query: 'dora.failure_id:*',
        from: new Date(NOW.getTime() - 3_600_000),
        to: NOW,
        limit: 1,
      })
    ).events;
    expect(first).toMatchObject({
      status: 'error',
      title: expect.stringMatching(/^Failure \d$/),
      custom: { started_at: '2027-01-01T00:00:00.000Z' },
    });
    expect(first!.tags).toContain('service:checkout');
    expect(first!.timestamp).toBeInstanceOf(Date);
    expect(datadog.requests.every((r) => r.headers['dd-application-key'] === APP_KEY && r.host === 'api')).toBe(true);
  });

  test('a 403 names events_read', async () => {
    datadog.misbehaveOn('/api/v2/events/search', { status: 403, body: { errors: ['Forbidden'] } });
    await expect(client.searchEvents({ query: 'dora.failure_id:*', from: NOW, to: NOW })).rejects.toThrow(
      'the application key lacks the events_read permission',
    );
  });
});
