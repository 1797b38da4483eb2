import { createServer } from 'node:net';
import { describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog, type LostAnswer } from '../../scripts/local/fake-datadog.ts';
import type { Timing } from '../../src/datadog/index.ts';
import { deployment, failureOf, retryingClientsForEachTest } from './retrying.ts';

// Short timings: on the test's time they cost nothing either way, and make small numbers to read.
const FAST: Timing = { attemptTimeoutMs: 300, budgetMs: 5_000, backoffMs: 20, maxBackoffMs: 40, maxAttempts: 5 };
const EVERY_LOSS: LostAnswer[] = [
  'silence',
  'reset',
  'reset-mid-body',
  'short-body',
  'chunked-cut',
  'unframed-cut',
  'stall',
];

let server: FakeDatadog;
const clients = retryingClientsForEachTest((standIn) => (server = standIn));
const { logs } = clients;
const clientWith = (timing: Partial<Timing> = FAST, baseUrl?: string) => clients.clientWith(timing, baseUrl);
const sentBodies = () => server.requests.map((r) => r.body);
/** The losses that leave the attempt waiting: it ends at its deadline, when the test moves time there. */
const unanswered = (lose: LostAnswer) => lose === 'silence' || lose === 'stall';
/** Lets the call's requests, numbered from `first`, meet these losses in turn: the waiting ones are cut. */
async function losing<T>(call: Promise<T>, losses: LostAnswer[], first = 1): Promise<T> {
  for (const [i, lose] of losses.entries()) if (unanswered(lose)) await clients.cut(first + i, call);
  return call;
}

describe('a lost answer is a lost answer, however it is lost', () => {
  test.each(EVERY_LOSS)(
    '%s after Datadog stored the event: resent with the same id and body, one event stored',
    async (lose) => {
      server.misbehave({ lose, store: true });
      const { id: _none, ...withoutId } = deployment;
      const result = await losing(clientWith().sendDeployment(withoutId), [lose]);

      expect(result.attempts).toBe(2);
      expect(server.requests).toHaveLength(2);
      const [first, second] = sentBodies();
      expect(second).toEqual(first);
      expect([...server.deployments.keys()]).toEqual([result.sentId]);
      expect(result.id).toBe(result.sentId);
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatch(
        /^Datadog send deployment: (no answer from|the connection to|the answer from) 127\.0\.0\.1:\d+ .*; retrying in/,
      );
    },
  );

  test.each(EVERY_LOSS)('%s before anything was stored: the resend stores it once', async (lose) => {
    server.misbehave({ lose, store: false });
    await expect(
      losing(
        clientWith().sendFailure({ id: 'failure-0123456789abcdef', team: 'backend', startedAt: deployment.startedAt }),
        [lose],
      ),
    ).resolves.toMatchObject({
      attempts: 2,
      id: 'failure-0123456789abcdef',
    });
    expect(sentBodies()[1]).toEqual(sentBodies()[0]);
    expect([...server.failures.keys()]).toEqual(['failure-0123456789abcdef']);
  });

  test('what each loss looks like from here', async () => {
    const client = clientWith({ ...FAST, maxAttempts: 1 });
    const seen: string[] = [];
    for (const [i, lose] of EVERY_LOSS.entries()) {
      server.misbehave({ lose, store: true });
      const error = await failureOf(losing(client.sendDeployment(deployment), [lose], i + 1));
      seen.push(
        `${lose}: ${error.kind} ${error.message.replace(/127\.0\.0\.1:\d+/, 'HOST').replace(/ Datadog or the network.*| Check the site.*/, '')}`,
      );
    }
    expect(seen).toEqual([
      'silence: timeout Datadog send deployment failed after 1 attempt: no answer from HOST within 0.3 s, and no attempts are left (at most 1 per call). The deployment may or may not have arrived at Datadog: an answer was lost on the way.',
      'reset: network Datadog send deployment failed after 1 attempt: the connection to HOST broke before its answer was complete (ECONNRESET: socket hang up), and no attempts are left (at most 1 per call). The deployment may or may not have arrived at Datadog: an answer was lost on the way.',
      'reset-mid-body: network Datadog send deployment failed after 1 attempt: the connection to HOST broke before its answer was complete (ERR_HTTP_CONTENT_LENGTH_MISMATCH: Content-Length mismatch: expected 66 bytes, received 33 bytes), and no attempts are left (at most 1 per call). The deployment may or may not have arrived at Datadog: an answer was lost on the way.',
      'short-body: network Datadog send deployment failed after 1 attempt: the connection to HOST broke before its answer was complete (ERR_HTTP_CONTENT_LENGTH_MISMATCH: Content-Length mismatch: expected 66 bytes, received 33 bytes), and no attempts are left (at most 1 per call). The deployment may or may not have arrived at Datadog: an answer was lost on the way.',
      'chunked-cut: network Datadog send deployment failed after 1 attempt: the connection to HOST broke before its answer was complete (ECONNRESET: The server aborted pending request), and no attempts are left (at most 1 per call). The deployment may or may not have arrived at Datadog: an answer was lost on the way.',
      'unframed-cut: network Datadog send deployment failed after 1 attempt: the answer from HOST broke off (HTTP 200 with application/vnd.api+json that does not parse), and no attempts are left (at most 1 per call). The deployment may or may not have arrived at Datadog: an answer was lost on the way.',
      'stall: timeout Datadog send deployment failed after 1 attempt: no answer from HOST within 0.3 s, and no attempts are left (at most 1 per call). The deployment may or may not have arrived at Datadog: an answer was lost on the way.',
    ]);
  });

  test('a patch whose answer is lost after it applied is sent again, unchanged', async () => {
    const client = clientWith();
    await client.sendDeployment(deployment);
    server.misbehave({ lose: 'short-body', store: true });
    await expect(client.patchDeployment(deployment.id!, { changeFailure: true })).resolves.toMatchObject({
      status: 202,
      attempts: 2,
    });
    const [, firstPatch, secondPatch] = server.requests;
    expect(secondPatch?.path).toBe(firstPatch?.path);
    expect(secondPatch?.body).toEqual(firstPatch?.body);
    expect(server.deployments.get(deployment.id!)?.attributes.change_failure).toBe(true);
  });

  test('every attempt lost: the error says the event may or may not have arrived, never that it was not sent', async () => {
    server.misbehave(...EVERY_LOSS.map((lose) => ({ lose, store: true })));
    const error = await failureOf(
      losing(clientWith({ ...FAST, maxAttempts: EVERY_LOSS.length }).sendDeployment(deployment), EVERY_LOSS),
    );

    expect(error.mayHaveArrived).toBe(true);
    expect(error.attempts).toBe(EVERY_LOSS.length);
    expect(error.message).toContain('The deployment may or may not have arrived at Datadog');
    expect(error.message).not.toMatch(/not sent/i);
    expect(new Set(sentBodies().map((body) => JSON.stringify(body)))).toEqual(
      new Set([JSON.stringify(sentBodies()[0])]),
    );
    expect([...server.deployments.keys()]).toEqual([deployment.id]);
  });

  test('one lost attempt is enough: later answers do not make the event look unsent', async () => {
    server.misbehave({ lose: 'reset', store: true }, { status: 503 }, { status: 503 });
    const error = await failureOf(clientWith({ ...FAST, maxAttempts: 3 }).sendDeployment(deployment));
    expect(error).toMatchObject({ kind: 'budget', status: 503, mayHaveArrived: true, attempts: 3 });
    expect(error.message).toContain('The deployment may or may not have arrived at Datadog');
  });

  test('a request that never arrived says nothing of arrival', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const error = await failureOf(
      clientWith({ ...FAST, maxAttempts: 2 }, `http://127.0.0.1:${port}`).sendDeployment(deployment),
    );
    expect(error).toMatchObject({ kind: 'network', attempts: 2, mayHaveArrived: false });
    expect(error.message).toContain(`could not reach 127.0.0.1:${port} (ECONNREFUSED`);
    expect(error.message).not.toMatch(/arriv|may have|lost/i);
  });

  test.each([502, 504])(
    'a gateway answering %i forwarded the request and lost the answer: it may have arrived',
    async (status) => {
      server.misbehave({ status }, { status });
      const error = await failureOf(clientWith({ ...FAST, maxAttempts: 2 }).sendDeployment(deployment));
      expect(error).toMatchObject({ status, mayHaveArrived: true });
      expect(error.message).toContain('The deployment may or may not have arrived at Datadog');
    },
  );

  test('Datadog answering 503 throughout: nothing suggests the event arrived', async () => {
    server.misbehave({ status: 503 }, { status: 503 });
    const error = await failureOf(clientWith({ ...FAST, maxAttempts: 2 }).sendDeployment(deployment));
    expect(error.mayHaveArrived).toBe(false);
    expect(error.message).not.toMatch(/arriv|may have|lost/i);
  });
});

describe('only Datadog answers success', () => {
  const page = (inside: string) =>
    `<!DOCTYPE html><html><head><title>Proxy sign-in</title></head><body>${inside}</body></html>`;

  test('an HTML page with 200 is not retried, and the error says who answered, with what', async () => {
    server.misbehave({
      status: 200,
      text: page('Please sign in'),
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    const error = await failureOf(clientWith().sendDeployment(deployment));

    expect(server.requests).toHaveLength(1);
    expect(logs).toEqual([]);
    expect(error).toMatchObject({ kind: 'foreign', status: 200, attempts: 1, mayHaveArrived: false });
    expect(error.message).toBe(
      `Datadog send deployment failed after 1 attempt: ${new URL(server.url).host} answered HTTP 200 OK with text/html; charset=utf-8 and "<!DOCTYPE html><html><head><title>Proxy sign-in</title></head><body>Please sign…", which is not Datadog's answer; nothing is known to have arrived at Datadog. Something between this machine and Datadog (a proxy, gateway or captive portal) may have answered instead: check the site or base URL and the proxy settings.`,
    );
    expect(error.message).not.toMatch(/may or may not have arrived/);
  });

  test('no key in it, even cut in half, and no line of it can be a workflow command', async () => {
    const echo = `${'x'.repeat(50)}${API_KEY}\n::error::${APP_KEY}`;
    server.misbehave({ status: 200, text: echo, headers: { 'content-type': 'text/html' } });
    const error = await failureOf(clientWith().sendDeployment(deployment));

    expect(error.message).not.toContain(API_KEY.slice(0, 8));
    expect(error.message).not.toContain(APP_KEY.slice(0, 8));
    expect(error.message).toContain(`"${'x'.repeat(50)}***\\n::error::***"`);
    expect(error.message).not.toMatch(/[\n\r]/);
  });

  test.each([
    ['JSON of another shape', { status: 200, body: { status: 'ok' } }],
    ['an empty 200 without JSON', { status: 200, text: '', headers: { 'content-type': 'text/plain' } }],
    ['a send answered 204', { status: 204 }],
  ])('%s: foreign, not retried', async (_name, misbehaviour) => {
    server.misbehave(misbehaviour);
    const error = await failureOf(clientWith().sendDeployment(deployment));
    expect(error.kind).toBe('foreign');
    expect(server.requests).toHaveLength(1);
  });

  test('a list answered with a page is foreign too, not an empty list', async () => {
    server.misbehave({ status: 200, text: page(''), headers: { 'content-type': 'text/html' } });
    await expect(clientWith().listDeployments()).rejects.toMatchObject({
      kind: 'foreign',
      operation: 'list deployments',
    });
  });
});

describe('waits and attempts are bounded both ways', () => {
  test('a call makes at most maxAttempts attempts, with time to spare', async () => {
    server.misbehave(...Array.from({ length: 10 }, () => ({ status: 503 })));
    const error = await failureOf(clientWith({ ...FAST, maxAttempts: 3 }).sendDeployment(deployment));

    expect(server.requests).toHaveLength(3);
    expect(error).toMatchObject({ kind: 'budget', attempts: 3, status: 503 });
    expect(error.message).toBe(
      'Datadog send deployment failed after 3 attempts: Datadog answered HTTP 503 Service Unavailable, and no attempts are left (at most 3 per call). Datadog may be having an incident; see https://status.datadoghq.com.',
    );
  });

  test('X-RateLimit-Reset: 0 does not cut the backoff short', async () => {
    server.misbehave(
      { status: 429, headers: { 'x-ratelimit-reset': '0' } },
      { status: 429, headers: { 'x-ratelimit-reset': '-3' } },
      { status: 429, headers: { 'x-ratelimit-reset': 'soon' } },
    );
    const result = await clientWith({ ...FAST, backoffMs: 100, maxBackoffMs: 100 }).sendDeployment(deployment);

    expect(result.attempts).toBe(4);
    // Jitter takes at most half of the backoff away.
    const gaps = clients.gaps();
    expect(gaps).toHaveLength(3);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(50);
  });
});
