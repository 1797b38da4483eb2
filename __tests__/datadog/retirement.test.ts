// The DORA incident API on either side of its retirement dates, by the clock the client is given,
// and Datadog's answers that say it is gone before them: refused by the client, sending nothing.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog, startFakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { DatadogRetiredError } from '../../src/datadog/errors.ts';
import {
  createDoraClient,
  createDryRunDoraClient,
  DatadogApiError,
  type FailureEvent,
} from '../../src/datadog/index.ts';

const BEFORE = new Date('2026-12-30T23:59:59.000Z');
const AFTER_INGESTION = new Date('2026-12-31T00:00:00.000Z');
const AFTER_DATA = new Date('2027-03-31T00:00:00.000Z');
const failure: FailureEvent = {
  id: 'failure-0123456789abcdef',
  services: ['shop'],
  startedAt: new Date('2026-12-01T10:00:00Z'),
};

let datadog: FakeDatadog;
beforeEach(async () => {
  // Datadog's side on the day before: what it answers is the test's to say.
  datadog = await startFakeDatadog({ clock: () => BEFORE.getTime() });
});
afterEach(async () => {
  expect(datadog.schemaErrors()).toEqual([]);
  await datadog.close();
});

const clientAt = (now: Date) =>
  createDoraClient({ baseUrl: datadog.url, apiKey: API_KEY, appKey: APP_KEY, clock: () => now });
const incidentPaths = () => datadog.requests.filter((r) => /\/dora\/(failure|incident)/.test(r.path));

describe('by the date', () => {
  test('until 2026-12-31 every failure operation goes to Datadog', async () => {
    const client = clientAt(BEFORE);
    await client.sendFailure(failure);
    await client.listFailures({ from: new Date('2026-12-01T00:00:00Z'), to: BEFORE });
    await client.getFailure(failure.id!);
    await client.deleteFailure(failure.id!);
    expect(incidentPaths().map((r) => r.method)).toEqual(['POST', 'POST', 'GET', 'DELETE']);
  });

  test('from 2026-12-31 send and delete are refused, naming the date, with nothing sent; list and get still go', async () => {
    const client = clientAt(AFTER_INGESTION);
    const refusal = await client.sendFailure(failure).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DatadogRetiredError);
    expect((refusal as Error).message).toBe(
      'Datadog send failure is not sent: Datadog retired DORA incident ingestion (sending and deleting failure events) on 2026-12-31 (https://docs.datadoghq.com/delivery_performance/guide/dora-incident-deprecation/).',
    );
    await expect(client.deleteFailure(failure.id!)).rejects.toThrow(
      'Datadog delete failure is not sent: Datadog retired DORA incident ingestion',
    );
    expect(incidentPaths()).toEqual([]);
    await client.listFailures({ from: new Date('2026-12-01T00:00:00Z'), to: AFTER_INGESTION });
    await client.getFailure(failure.id!);
    expect(incidentPaths().map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  test('from 2027-03-31 list, get and the export listing are refused too', async () => {
    const client = clientAt(AFTER_DATA);
    for (const call of [
      () => client.listFailures(),
      () => client.getFailure(failure.id!),
      () => client.listFailureObjects(),
    ]) {
      await expect(call()).rejects.toThrow(
        /is not sent: Datadog retired DORA incident data \(listing and reading failure events\) on 2027-03-31/,
      );
    }
    expect(incidentPaths()).toEqual([]);
    // Deployments are not concerned.
    await client.listDeployments();
    expect(datadog.requests).toHaveLength(1);
  });

  test('the dry run refuses as the real client does', async () => {
    const dryRun = createDryRunDoraClient({ clock: () => AFTER_INGESTION });
    await expect(dryRun.sendFailure(failure)).rejects.toBeInstanceOf(DatadogRetiredError);
    expect(dryRun.requests).toEqual([]);
  });
});

describe("by Datadog's answer, before the date", () => {
  const gone = (status: number, body: unknown) => ({ status, body });

  test.each([
    ['410', gone(410, { errors: [{ status: '410', title: 'Gone', detail: 'Gone' }] })],
    ["a 404 in Datadog's JSON saying not found", gone(404, { errors: ['Not found'] })],
    [
      'a 400 saying the endpoint is deprecated',
      gone(400, { errors: [{ status: '400', title: 'Bad Request', detail: 'This endpoint is deprecated' }] }),
    ],
    ['a 400 whose list of strings says disabled', gone(400, { errors: ['DORA incident ingestion has been disabled'] })],
  ])('%s: refused, and no further failure request goes out', async (_name, answer) => {
    const client = clientAt(BEFORE);
    datadog.misbehaveOn('/api/v2/dora/failure', answer);
    const refusal = await client.sendFailure(failure).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DatadogRetiredError);
    expect((refusal as DatadogRetiredError).answer).toBeInstanceOf(DatadogApiError);
    expect((refusal as Error).message).toMatch(
      /^Datadog says DORA incident ingestion \(sending and deleting failure events\) is gone: Datadog send failure failed after 1 attempt: Datadog answered HTTP \d{3}/,
    );
    expect((refusal as Error).message).toContain(
      'Datadog retires it on 2026-12-31 in any case; nothing more is sent to it',
    );
    await expect(client.sendFailure(failure)).rejects.toThrow(
      'Datadog send failure is not sent: Datadog answered earlier that DORA incident ingestion',
    );
    await expect(client.deleteFailure(failure.id!)).rejects.toThrow(DatadogRetiredError);
    expect(incidentPaths()).toHaveLength(1);
    // The data outlives ingestion: listing still goes.
    await client.listFailures();
    expect(incidentPaths()).toHaveLength(2);
  });

  test.each([
    [
      'a 404 page from a host that is not Datadog',
      { status: 404, text: '<html><body>Not Found</body></html>', headers: { 'content-type': 'text/html' } },
    ],
    ['a 403, whatever it says', { status: 403, body: { errors: ['Forbidden: this API key is disabled'] } }],
    ['a 401', { status: 401, body: { errors: ['Unauthorized: disabled key'] } }],
    ['a 500', { status: 500, body: { errors: ['Internal error: disabled shard'] } }],
    [
      'a 400 about the body',
      { status: 400, body: { errors: [{ status: '400', title: 'Bad Request', detail: 'invalid started_at' }] } },
    ],
  ])('%s says nothing about retirement: an API error, and the next send goes out', async (_name, answer) => {
    const client = createDoraClient({
      baseUrl: datadog.url,
      apiKey: API_KEY,
      clock: () => BEFORE,
      timing: { maxAttempts: 1 },
    });
    datadog.misbehaveOn('/api/v2/dora/failure', answer);
    const error = await client.sendFailure(failure).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatadogApiError);
    expect((error as DatadogApiError).gone).toBe(false);
    await client.sendFailure(failure);
    expect(incidentPaths()).toHaveLength(2);
  });

  test('a "not found" on a get names the failure, not the endpoint: no such failure, and nothing retired', async () => {
    const client = clientAt(BEFORE);
    expect(await client.getFailure('unknown-failure-id-0001')).toBeUndefined();
    await client.sendFailure(failure);
    expect(incidentPaths().map((r) => r.method)).toEqual(['GET', 'POST']);
  });

  test('the list answering 410 retires the data and ingestion both', async () => {
    const client = clientAt(BEFORE);
    datadog.misbehaveOn('/api/v2/dora/failures', {
      status: 410,
      body: { errors: [{ status: '410', title: 'Gone', detail: 'retired' }] },
    });
    await expect(client.listFailures()).rejects.toBeInstanceOf(DatadogRetiredError);
    await expect(client.getFailure(failure.id!)).rejects.toBeInstanceOf(DatadogRetiredError);
    await expect(client.sendFailure(failure)).rejects.toBeInstanceOf(DatadogRetiredError);
    expect(incidentPaths()).toHaveLength(1);
  });
});
