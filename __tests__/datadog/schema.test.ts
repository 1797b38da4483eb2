import { expect, test } from '@jest/globals';
import { requestBodyErrors } from '../../scripts/local/openapi.ts';

// The tests trust this validator to catch what Datadog would silently drop.
const valid = { data: { attributes: { id: 'deploy-0123456789abcdef', service: 'shopist', started_at: 1, finished_at: 2 } } };

test('a valid deployment body passes', () => {
  expect(requestBodyErrors('POST', '/api/v2/dora/deployment', valid)).toEqual([]);
});

test('a misspelt field fails: every object of the schema is closed', () => {
  const body = { data: { attributes: { ...valid.data.attributes, custom_tag: ['a:b'] } } };
  expect(requestBodyErrors('POST', '/api/v2/dora/deployment', body)).toEqual(['/data/attributes must NOT have additional properties (custom_tag)']);
});

test('a time sent as a string fails', () => {
  const body = { data: { attributes: { ...valid.data.attributes, started_at: '2026-11-27T10:00:00Z' } } };
  expect(requestBodyErrors('POST', '/api/v2/dora/deployment', body)).toEqual(['/data/attributes/started_at must be integer']);
});

test('a list request with a limit over 1000 fails', () => {
  const body = { data: { type: 'dora_deployments_list_request', attributes: { limit: 1001 } } };
  expect(requestBodyErrors('POST', '/api/v2/dora/deployments', body)).toEqual(['/data/attributes/limit must be <= 1000']);
});

test('unknown operations and stray bodies are reported', () => {
  expect(requestBodyErrors('POST', '/api/v2/dora/deployment/extra', valid)).toEqual(['POST /api/v2/dora/deployment/extra is not an operation of the DORA API']);
  expect(requestBodyErrors('DELETE', '/api/v2/dora/deployment/abc', { data: {} })).toEqual(['DELETE /api/v2/dora/deployment/abc takes no body']);
});
