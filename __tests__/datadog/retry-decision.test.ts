import { describe, expect, test } from '@jest/globals';
import { type AttemptResult, decideRetry, type Timing } from '../../src/datadog/index.ts';

const timing: Timing = {
  attemptTimeoutMs: 15_000,
  budgetMs: 45_000,
  backoffMs: 1_000,
  maxBackoffMs: 8_000,
  maxAttempts: 5,
};
const LOW = () => 0;
const HIGH = () => 0.999;
const decide = (result: AttemptResult, attempt = 1, timeLeftMs = 40_000, random = LOW) =>
  decideRetry(result, attempt, timeLeftMs, timing, random);

describe('what is retried', () => {
  test.each([429, 500, 502, 503, 504])('HTTP %i', (status) => {
    expect(decide({ status })).toEqual({ retry: true, waitMs: 500 });
  });

  test.each([400, 401, 403, 404, 409, 413, 422])('not HTTP %i: asking again gets the same answer', (status) => {
    expect(decide({ status })).toEqual({ retry: false, reason: 'final' });
  });

  test.each([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'EPIPE',
    'ECONNABORTED',
  ])('%s before the request went out', (error) => {
    expect(decide({ error, written: false })).toEqual({ retry: true, waitMs: 500 });
  });

  test.each(['ENOTFOUND', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_PROXY_REFUSED'])(
    'not %s: a wrong host, an untrusted certificate or a refusing proxy stays so',
    (error) => {
      expect(decide({ error, written: false })).toEqual({ retry: false, reason: 'final' });
    },
  );

  test.each([
    'ECONNRESET',
    'ETIMEDOUT',
    'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
    'HPE_INVALID_CONSTANT',
    'ERR_ANSWER_CUT',
    'EWHATEVER',
  ])('every lost answer (%s after the request went out)', (error) => {
    expect(decide({ error, written: true })).toEqual({ retry: true, waitMs: 500 });
  });
});

describe('how long to wait', () => {
  test('backoff doubles from backoffMs up to maxBackoffMs, jitter taking at most half away', () => {
    expect(
      [1, 2, 3, 4, 5].map((attempt) =>
        decideRetry({ status: 503 }, attempt, 40_000, { ...timing, maxAttempts: 9 }, LOW),
      ),
    ).toEqual([500, 1_000, 2_000, 4_000, 4_000].map((waitMs) => ({ retry: true, waitMs })));
    expect(decide({ status: 503 }, 4, 40_000, HIGH)).toMatchObject({ retry: true });
    const high = decide({ status: 503 }, 4, 40_000, HIGH) as { waitMs: number };
    expect(high.waitMs).toBeGreaterThan(7_990);
    expect(high.waitMs).toBeLessThan(8_000);
  });

  test('a 429 waits out X-RateLimit-Reset when it is longer than the backoff', () => {
    expect(decide({ status: 429, rateLimitReset: '3' })).toEqual({ retry: true, waitMs: 3_000 });
    expect(decide({ status: 429, rateLimitReset: ' 12 ' })).toEqual({ retry: true, waitMs: 12_000 });
  });

  test.each(['0', '-5', 'soon', '', '  ', 'Infinity', '1e3', '0x10', undefined])(
    'never less than the backoff: X-RateLimit-Reset %j',
    (rateLimitReset) => {
      expect(decide({ status: 429, rateLimitReset })).toEqual({ retry: true, waitMs: 500 });
    },
  );

  test('X-RateLimit-Reset says nothing on other answers', () => {
    expect(decide({ status: 503, rateLimitReset: '30' })).toEqual({ retry: true, waitMs: 500 });
  });
});

describe('when to stop', () => {
  test('after maxAttempts attempts, however much time is left', () => {
    expect(decide({ status: 503 }, 4)).toMatchObject({ retry: true });
    expect(decide({ status: 503 }, 5)).toEqual({ retry: false, reason: 'attempts' });
    expect(decide({ error: 'ECONNRESET', written: true }, 5)).toEqual({ retry: false, reason: 'attempts' });
  });

  test('when the wait would use up the time left', () => {
    expect(decide({ status: 503 }, 1, 500)).toEqual({
      retry: false,
      reason: 'budget',
      waitMs: 500,
      rateLimited: false,
    });
    expect(decide({ status: 503 }, 1, 501)).toEqual({ retry: true, waitMs: 500 });
  });

  test('when X-RateLimit-Reset asks for longer than the time left, and says the rate limit set the wait', () => {
    expect(decide({ status: 429, rateLimitReset: '60' }, 1, 40_000)).toEqual({
      retry: false,
      reason: 'budget',
      waitMs: 60_000,
      rateLimited: true,
    });
  });

  test('an answer that is final stays final on the last attempt', () => {
    expect(decide({ status: 400 }, 5, 0)).toEqual({ retry: false, reason: 'final' });
  });
});
