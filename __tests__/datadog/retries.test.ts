import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { type DatadogApiError, DEFAULT_TIMING, type Timing } from '../../src/datadog/index.ts';
import { deployment, failureOf, received, retryingClientsForEachTest } from './retrying.ts';

// Short timings: on the test's time they cost nothing either way, and make small numbers to read.
const FAST: Timing = { attemptTimeoutMs: 300, budgetMs: 5_000, backoffMs: 100, maxBackoffMs: 400, maxAttempts: 5 };

let server: FakeDatadog;
const clients = retryingClientsForEachTest((standIn) => (server = standIn));
const { logs, attempts, gaps, time } = clients;
const clientWith = (timing: Partial<Timing> = FAST, baseUrl?: string) => clients.clientWith(timing, baseUrl);

describe('the defaults: no attempt waits over 15 s, no call lasts over 45 s or makes over 5 attempts', () => {
  test('as set', () => {
    expect(DEFAULT_TIMING.attemptTimeoutMs).toBe(15_000);
    expect(DEFAULT_TIMING.budgetMs).toBe(45_000);
    expect(DEFAULT_TIMING.maxAttempts).toBe(5);
  });

  test('as run: Datadog answering 503 throughout gets five attempts, within 45 s', async () => {
    server.misbehave(...Array.from({ length: 10 }, () => ({ status: 503 })));
    const start = time().now();
    const error = await failureOf(clientWith({}).sendDeployment(deployment));

    expect(error).toMatchObject({ kind: 'budget', attempts: 5, status: 503 });
    expect(server.requests).toHaveLength(5);
    expect(time().now() - start).toBeLessThanOrEqual(45_000);
  });

  test('as run: Datadog never answering, each attempt is cut by 15 s, and the call ends by 45 s', async () => {
    server.misbehave(...Array.from({ length: 10 }, () => ({ hang: true as const })));
    const start = time().now();
    const error = await failureOf(clients.leaveUnanswered(clientWith({}).sendDeployment(deployment)));

    expect(error.kind).toBe('timeout');
    expect(error.attempts).toBe(attempts.length);
    expect(attempts.length).toBeLessThanOrEqual(5);
    for (const { timeoutMs } of attempts) expect(timeoutMs).toBeLessThanOrEqual(15_000);
    expect(time().now() - start).toBeLessThanOrEqual(45_000);
  });
});

describe('retries', () => {
  test('5xx answers are retried with growing, jittered waits until one succeeds', async () => {
    server.misbehave({ status: 503 }, { status: 500, body: { errors: ['Internal Server Error'] } }, { status: 502 });
    const result = await clientWith().sendDeployment(deployment);

    expect(result).toMatchObject({ id: deployment.id, attempts: 4, status: 200 });
    expect(server.requests).toHaveLength(4);
    // Backoff doubles from 100 ms; jitter takes at most half of each wait away.
    const [first, second, third] = gaps();
    expect(first).toBeGreaterThanOrEqual(50);
    expect(first).toBeLessThanOrEqual(100);
    expect(second).toBeGreaterThanOrEqual(100);
    expect(second).toBeLessThanOrEqual(200);
    expect(third).toBeGreaterThanOrEqual(200);
    expect(third).toBeLessThanOrEqual(400);
    expect(logs).toHaveLength(3);
    expect(logs[0]).toMatch(
      /^Datadog send deployment: Datadog answered HTTP 503 Service Unavailable; retrying in \d(\.\d)? s \(attempt 2\)\.$/,
    );
  });

  test('POST, PATCH and DELETE are all retried: the ids make them safe', async () => {
    const client = clientWith();
    await client.sendDeployment(deployment);
    server.misbehave({ status: 503 });
    await expect(client.patchDeployment(deployment.id!, { changeFailure: true })).resolves.toMatchObject({
      attempts: 2,
    });
    server.misbehave({ status: 504 });
    await expect(client.deleteDeployment(deployment.id!)).resolves.toMatchObject({ attempts: 2 });
  });

  test('a 429 waits out X-RateLimit-Reset before the next attempt', async () => {
    server.misbehave({
      status: 429,
      body: { errors: ['Too many requests'] },
      headers: { 'x-ratelimit-reset': '1', 'x-ratelimit-limit': '60' },
    });
    const result = await clientWith({ ...FAST, backoffMs: 10 }).sendDeployment(deployment);

    expect(result.attempts).toBe(2);
    // The backoff alone would be 5 to 10 ms.
    expect(gaps()).toEqual([1_000]);
    expect(logs).toEqual([
      'Datadog send deployment: Datadog answered HTTP 429 Too Many Requests; retrying in 1 s (attempt 2).',
    ]);
  });

  test('a 429 without X-RateLimit-Reset backs off like a 5xx', async () => {
    server.misbehave({ status: 429 });
    await expect(clientWith().listDeployments()).resolves.toEqual({ items: [], flaws: [] });
    expect(server.requests).toHaveLength(2);
  });

  test('a hanging attempt is cut at its 15 s timeout and the next one succeeds', async () => {
    server.misbehave({ hang: true });
    const call = clientWith({}).sendDeployment(deployment);
    await received(server, 1, call);
    const [first] = attempts;

    time().advance(14_999);
    expect(first?.deadline.aborted).toBe(false);
    time().advance(1);
    expect(first?.deadline.aborted).toBe(true);
    const result = await call;

    expect(result.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
    // The timeout, then a backoff of 0.5 to 1 s; the call's own duration is on the same time.
    expect(gaps()[0]).toBeGreaterThanOrEqual(15_000 + 500);
    expect(gaps()[0]).toBeLessThanOrEqual(15_000 + 1_000);
    expect(result.durationMs).toBe(Math.round(gaps()[0]!));
    expect(logs[0]).toMatch(/^Datadog send deployment: no answer from 127\.0\.0\.1:\d+ within 15 s; retrying/);
  });

  test('a connection reset after Datadog stored the event: the resend carries the same id, and one event exists', async () => {
    server.misbehave({ resetAfterStoring: true });
    const { id: _none, ...withoutId } = deployment;
    const result = await clientWith().sendDeployment(withoutId);

    expect(server.requests).toHaveLength(2);
    const ids = server.requests.map((r) => (r.body as { data: { attributes: { id: string } } }).data.attributes.id);
    expect(ids[0]).toBe(ids[1]);
    expect(result.id).toBe(ids[0]);
    expect([...server.deployments.keys()]).toEqual([ids[0]]);
    expect(logs[0]).toMatch(/the connection to 127\.0\.0\.1:\d+ broke before its answer was complete \(ECONNRESET/);
  });

  test.each([
    [
      400,
      { errors: [{ status: '400', title: 'Bad Request', detail: 'Missing required attribute in body' }] },
      'Missing required attribute in body',
    ],
    [403, { errors: ['Forbidden'] }, 'Forbidden'],
    [404, { errors: ['Not found'] }, 'Not found'],
  ])('no retry on %i', async (status, body, detail) => {
    server.misbehave({ status, body });
    const error = await failureOf(clientWith().patchDeployment('abc', { changeFailure: true }));
    expect(error).toMatchObject({ status, attempts: 1, retried: false, details: [detail], kind: 'http' });
    expect(server.requests).toHaveLength(1);
    expect(logs).toEqual([]);
  });
});

describe('the budget of a call', () => {
  test('a rate-limit wait longer than the budget stops at once and says so', async () => {
    server.misbehave({ status: 429, body: { errors: ['Too many requests'] }, headers: { 'x-ratelimit-reset': '60' } });
    const start = time().now();
    // Default timing: the budget is 45 s.
    const error = await failureOf(clientWith({}).sendDeployment(deployment));

    // Not a moment was waited.
    expect(time().now()).toBe(start);
    expect(server.requests).toHaveLength(1);
    expect(error).toMatchObject({ kind: 'budget', status: 429, attempts: 1 });
    expect(error.message).toBe(
      "Datadog send deployment failed after 1 attempt: Datadog answered HTTP 429 Too Many Requests (rate limited) and asked to wait 60 s (X-RateLimit-Reset), past this call's 45 s budget: Too many requests. Too many events are being sent to Datadog with this key; send fewer or try again later.",
    );
  });

  test('5xx answers until the budget runs out: the call ends within it, and says what it last saw', async () => {
    server.misbehave(...Array.from({ length: 20 }, () => ({ status: 503 })));
    const start = time().now();
    const error = await failureOf(clientWith({ ...FAST, budgetMs: 1_000, maxAttempts: 20 }).sendDeployment(deployment));

    expect(time().now() - start).toBeLessThanOrEqual(1_000);
    expect(error.kind).toBe('budget');
    expect(error.retried).toBe(true);
    expect(error.attempts).toBe(server.requests.length);
    expect(error.message).toMatch(
      /^Datadog send deployment failed after \d attempts: Datadog answered HTTP 503 Service Unavailable, and no time is left in this call's 1 s budget to try again\. Datadog may be having an incident; see https:\/\/status\.datadoghq\.com\.$/,
    );
  });

  test('an attempt never outlasts what is left of the budget', async () => {
    server.misbehave(...Array.from({ length: 20 }, () => ({ hang: true as const })));
    const start = time().now();
    const error = await failureOf(
      clients.leaveUnanswered(
        clientWith({ attemptTimeoutMs: 400, budgetMs: 700, backoffMs: 50, maxBackoffMs: 50 }).sendDeployment(
          deployment,
        ),
      ),
    );

    // The first attempt gets its 400 ms; the second, after a backoff of 25 to 50 ms, only what is left of the 700.
    const ends = attempts.map((attempt) => attempt.at - start + attempt.timeoutMs);
    expect(ends).toHaveLength(2);
    expect(ends[0]).toBe(400);
    expect(ends[1]).toBeCloseTo(700, 2);
    expect(attempts[1]?.timeoutMs).toBeLessThan(400);
    expect(time().now() - start).toBeCloseTo(700, 2);
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('no answer from 127.0.0.1');
  });

  test('an unreachable Datadog is retried, then reported with what to check', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const error = await failureOf(
      clientWith({ ...FAST, budgetMs: 600 }, `http://127.0.0.1:${port}`).sendDeployment(deployment),
    );
    expect(error.kind).toBe('network');
    expect(error.attempts).toBeGreaterThan(1);
    expect(error.message).toContain(`could not reach 127.0.0.1:${port} (ECONNREFUSED`);
    expect(error.message).toContain(
      `Check the site or base URL, and that this machine can reach 127.0.0.1:${port} (proxy, firewall, DNS).`,
    );
  });
});

describe('keys never leak', () => {
  test('not even when Datadog echoes one in its error', async () => {
    server.misbehave({
      status: 400,
      body: { errors: [{ detail: `Invalid key ${API_KEY} for application ${APP_KEY}` }] },
    });
    const error = await failureOf(clientWith().patchDeployment('abc', { changeFailure: true }));
    expect(error.details).toEqual(['Invalid key *** for application ***']);
    const everything = `${error.message}\n${error.stack}\n${inspect(error, { depth: 10 })}\n${JSON.stringify(error)}`;
    expect(everything).not.toContain(API_KEY);
    expect(everything).not.toContain(APP_KEY);
  });

  test('errors of every kind hold no key', async () => {
    const errors: DatadogApiError[] = [];
    server.misbehave({ status: 403, body: { errors: ['Forbidden'] } });
    errors.push(await failureOf(clientWith().listDeployments()));
    server.misbehave({ hang: true }, { hang: true });
    errors.push(
      await failureOf(clients.leaveUnanswered(clientWith({ ...FAST, budgetMs: 500 }).sendDeployment(deployment))),
    );
    server.misbehave({ status: 429, headers: { 'x-ratelimit-reset': '30' } });
    errors.push(await failureOf(clientWith().sendDeployment(deployment)));
    for (const error of errors) {
      const text = `${error.message}\n${error.stack}\n${inspect(error, { depth: 10 })}`;
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(APP_KEY);
    }
  });
});
