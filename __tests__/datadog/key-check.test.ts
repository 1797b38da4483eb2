import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog, startFakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { createDoraClient } from '../../src/datadog/index.ts';
import { TestTime } from '../clock.ts';
import { attemptsOn, received, type TimedAttempt } from './retrying.ts';

let server: FakeDatadog;
// The check's one attempt is timed by the test's time: it ends at its timeout when the test moves time there.
let time: TestTime;
let attempts: TimedAttempt[];
beforeEach(async () => {
  server = await startFakeDatadog();
  time = new TestTime();
  attempts = [];
});
afterEach(async () => {
  await server.close();
});

const check = (apiKey = API_KEY, baseUrl = server.url) =>
  createDoraClient({
    baseUrl,
    apiKey,
    appKey: APP_KEY,
    keyCheckTimeoutMs: 300,
    timer: attemptsOn(time, attempts),
  }).checkApiKey();

test('a valid key: GET /api/v1/validate with the API key alone', async () => {
  await expect(check()).resolves.toEqual({ verdict: 'valid' });
  expect(server.requests).toHaveLength(1);
  expect(server.requests[0]).toMatchObject({ method: 'GET', path: '/api/v1/validate' });
  expect(server.requests[0]?.headers['dd-api-key']).toBe(API_KEY);
  expect(server.requests[0]?.headers['dd-application-key']).toBeUndefined();
});

test('a key the site rejects (403)', async () => {
  const result = await check('0123456789abcdef0123456789abcdef');
  expect(result).toEqual({
    verdict: 'rejected',
    reason: `${new URL(server.url).host} answered HTTP 403: the API key is not valid on this Datadog site`,
  });
});

test.each([
  [500, 'answered HTTP 500 to the key check'],
  [404, 'answered HTTP 404 to the key check'],
])('%i says nothing about the key: unknown, after one attempt', async (status, reason) => {
  server.misbehave({ status, body: { errors: ['x'] } });
  const result = await check();
  expect(result).toEqual({ verdict: 'unknown', reason: `${new URL(server.url).host} ${reason}` });
  expect(server.requests).toHaveLength(1);
});

test('no answer: unknown within the short timeout, one attempt', async () => {
  server.misbehave({ hang: true });
  const start = time.now();
  const checking = check();
  await received(server, 1, checking);
  time.advance(299);
  expect(attempts[0]?.deadline.aborted).toBe(false);
  time.advance(1);
  expect(attempts[0]?.deadline.aborted).toBe(true);
  const result = await checking;
  expect(time.now() - start).toBe(300);
  expect(result).toEqual({
    verdict: 'unknown',
    reason: `could not reach ${new URL(server.url).host} (no answer within 0.3 s)`,
  });
  expect(server.requests).toHaveLength(1);
});

test('a gateway that answers 200 with something else: unknown', async () => {
  const gateway = createServer((_req, res) => res.end('<html>ok</html>'));
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const { port } = gateway.address() as AddressInfo;
  try {
    await expect(check(API_KEY, `http://127.0.0.1:${port}`)).resolves.toMatchObject({ verdict: 'unknown' });
  } finally {
    gateway.close();
  }
});
