// The stand-in retires DORA incidents by its own clock, on the action's dates: ingestion (send,
// legacy send, delete) first, then the data (list, get), each a 410 from its instant on.
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog, startFakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { INCIDENT_DATA_ENDS, INCIDENT_INGESTION_ENDS } from '../../src/datadog/retirement.ts';

let datadog: FakeDatadog;
let now = 0;
beforeEach(async () => {
  datadog = await startFakeDatadog({ clock: () => now });
  datadog.seed({
    failures: [
      {
        id: 'seeded-failure',
        name: 'Checkout down',
        services: ['checkout'],
        started_at: Date.parse('2026-11-20T08:00:00Z'),
      },
    ],
  });
});
afterEach(async () => {
  expect(datadog.schemaErrors()).toEqual([]);
  await datadog.close();
});

const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${datadog.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'dd-api-key': API_KEY, 'dd-application-key': APP_KEY },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
};
const failure = (id: string) => ({
  data: {
    attributes: { id, name: 'Checkout down', services: ['checkout'], started_at: Date.parse('2026-11-27T08:00:00Z') },
  },
});
const send = (id: string) => call('POST', '/api/v2/dora/failure', failure(id));
const sendLegacy = (id: string) => call('POST', '/api/v2/dora/incident', failure(id));
const remove = (id: string) => call('DELETE', `/api/v2/dora/failure/${id}`);
const list = () =>
  call('POST', '/api/v2/dora/failures', { data: { type: 'dora_failures_list_request', attributes: { limit: 10 } } });
const get = (id: string) => call('GET', `/api/v2/dora/failures/${id}`);
const gone = (detail: string) => ({ status: 410, json: { errors: [{ status: '410', title: 'Gone', detail }] } });
const INGESTION_GONE = gone('DORA incident ingestion has been disabled.');
const DATA_GONE = gone('DORA incident data has been retired.');

test('the last instant before ingestion ends: send, legacy send and delete work, the legacy send alike', async () => {
  now = INCIDENT_INGESTION_ENDS.getTime() - 1;
  expect(await send('sent')).toEqual({ status: 200, json: { data: { id: 'sent', type: 'dora_failure' } } });
  expect(await sendLegacy('sent-legacy')).toEqual({
    status: 200,
    json: { data: { id: 'sent-legacy', type: 'dora_failure' } },
  });
  expect([...datadog.failures.keys()]).toEqual(['seeded-failure', 'sent', 'sent-legacy']);
  expect((await remove('sent')).status).toBe(202);
  expect(datadog.failures.has('sent')).toBe(false);
});

test('from the instant ingestion ends: send, legacy send and delete are gone; list and get still answer', async () => {
  now = INCIDENT_INGESTION_ENDS.getTime();
  expect(await send('late')).toEqual(INGESTION_GONE);
  expect(await sendLegacy('late-legacy')).toEqual(INGESTION_GONE);
  expect(await remove('seeded-failure')).toEqual(INGESTION_GONE);
  expect([...datadog.failures.keys()]).toEqual(['seeded-failure']);

  now = INCIDENT_DATA_ENDS.getTime() - 1;
  expect(await list()).toMatchObject({ status: 200, json: { data: [{ id: 'seeded-failure' }] } });
  expect(await get('seeded-failure')).toMatchObject({
    status: 200,
    json: { data: { id: 'seeded-failure', type: 'dora_incident' } },
  });
});

test('from the instant the data ends: list and get are gone too, and ingestion stays gone', async () => {
  now = INCIDENT_DATA_ENDS.getTime();
  expect(await list()).toEqual(DATA_GONE);
  expect(await get('seeded-failure')).toEqual(DATA_GONE);
  expect(await send('later')).toEqual(INGESTION_GONE);
  expect(await remove('seeded-failure')).toEqual(INGESTION_GONE);
});

test('deployments are not retired', async () => {
  now = INCIDENT_DATA_ENDS.getTime();
  const deployment = {
    data: { attributes: { id: 'deploy-after', service: 'checkout', started_at: now - 600_000, finished_at: now } },
  };
  expect(await call('POST', '/api/v2/dora/deployment', deployment)).toEqual({
    status: 200,
    json: { data: { id: 'deploy-after', type: 'dora_deployment' } },
  });
});
