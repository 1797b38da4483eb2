import { expect, test } from '@jest/globals';
import { requestBodyErrors } from '../../scripts/local/openapi.ts';

// The tests trust this validator to catch what Datadog would silently drop.
const valid = {
  data: { attributes: { id: 'deploy-0123456789abcdef', service: 'shopist', started_at: 1, finished_at: 2 } },
};

test('a valid deployment body passes', () => {
  expect(requestBodyErrors('POST', '/api/v2/dora/deployment', valid)).toEqual([]);
});

test('a misspelt field fails: every object of the schema is closed', () => {
  const body = { data: { attributes: { ...valid.data.attributes, custom_tag: ['a:b'] } } };
  expect(requestBodyErrors('POST', '/api/v2/dora/deployment', body)).toEqual([
    '/data/attributes must NOT have additional properties (custom_tag)',
  ]);
});

test('a time sent as a string fails', () => {
  const body = { data: { attributes: { ...valid.data.attributes, started_at: '2026-11-27T10:00:00Z' } } };
  expect(requestBodyErrors('POST', '/api/v2/dora/deployment', body)).toEqual([
    '/data/attributes/started_at must be integer',
  ]);
});

test('a list request with a limit over 1000 fails', () => {
  const body = { data: { type: 'dora_deployments_list_request', attributes: { limit: 1001 } } };
  expect(requestBodyErrors('POST', '/api/v2/dora/deployments', body)).toEqual([
    '/data/attributes/limit must be <= 1000',
  ]);
});

test('unknown operations and stray bodies are reported', () => {
  expect(requestBodyErrors('POST', '/api/v2/dora/deployment/extra', valid)).toEqual([
    "POST /api/v2/dora/deployment/extra is not an operation of Datadog's DORA or Events API",
  ]);
  expect(requestBodyErrors('DELETE', '/api/v2/dora/deployment/abc', { data: {} })).toEqual([
    'DELETE /api/v2/dora/deployment/abc takes no body',
  ]);
});

const alertEvent = {
  data: {
    type: 'event',
    attributes: {
      title: 'Checkout is down',
      category: 'alert',
      tags: ['service:checkout'],
      attributes: {
        status: 'error',
        priority: '1',
        custom: { dora: { failure_id: 'f-1', started_at: 1 }, anything: [null, { deep: true }] },
      },
    },
  },
};

test('a valid alert event passes, its custom attributes free-form', () => {
  expect(requestBodyErrors('POST', '/api/v2/events', alertEvent)).toEqual([]);
});

test("an alert event's unknown fields fail, outside custom: every object but custom is closed", () => {
  const body = structuredClone(alertEvent) as {
    data: { attributes: Record<string, unknown> & { attributes: Record<string, unknown> } };
  };
  body.data.attributes.attributes.started_at = 1;
  body.data.attributes.id = 'mine';
  expect(requestBodyErrors('POST', '/api/v2/events', body)).toEqual([
    '/data/attributes/attributes must NOT have additional properties (started_at)',
    '/data/attributes must NOT have additional properties (id)',
  ]);
});

test("the category picks the attributes' schema, and an unknown one is said as Datadog says it", () => {
  const asChange = structuredClone(alertEvent);
  asChange.data.attributes.category = 'change';
  expect(requestBodyErrors('POST', '/api/v2/events', asChange)).toContain(
    "/data/attributes/attributes must have required property 'changed_resource'",
  );
  const unknown = structuredClone(alertEvent);
  unknown.data.attributes.category = 'invalid';
  expect(requestBodyErrors('POST', '/api/v2/events', unknown)).toEqual([
    '/data/attributes/category value must be one of: ["alert", "change"]',
  ]);
});

test('v1 events and the event search are checked against their own schemas', () => {
  expect(
    requestBodyErrors('POST', '/api/v1/events', { title: 't', text: 'x', alert_type: 'error', date_happened: 1 }),
  ).toEqual([]);
  expect(requestBodyErrors('POST', '/api/v1/events', { title: 't', text: 'x', status: 'error' })).toEqual([
    '/ must NOT have additional properties (status)',
  ]);
  expect(
    requestBodyErrors('POST', '/api/v2/events/search', {
      filter: { query: 'a:b', from: '1', to: '2' },
      page: { limit: 1000 },
      sort: '-timestamp',
    }),
  ).toEqual([]);
  expect(
    requestBodyErrors('POST', '/api/v2/events/search', { filter: { service: 'a' }, page: { limit: 1001 } }),
  ).toEqual(['/filter must NOT have additional properties (service)', '/page/limit must be <= 1000']);
});
