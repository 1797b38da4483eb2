import type { Got, RequestError } from 'got';
import { checkAnswer, excerpt, type RawAnswer } from './answers.ts';
import { DatadogApiError, type FailureKind } from './errors.ts';
import {
  CUT_ANSWER,
  errorDetails,
  errorProblem,
  fromOutside,
  hintFor,
  networkHint,
  parseJson,
  saysGone,
  saysNotFound,
  seconds,
  statusText,
} from './messages.ts';
import type { KeyCheck } from './results.ts';
import { decideRetry, type RetryDecision, rateLimitResetMs } from './retry.ts';
import type { ApiRequest, HttpOptions, Transport } from './transport.ts';

let gotModule: Promise<Got> | undefined;
// got is loaded on the first request only: steps that send nothing never pay for it.
function loadGot(): Promise<Got> {
  gotModule ??= import('got').then((module) => module.default);
  return gotModule;
}

type Attempt =
  | ({ kind: 'answer'; statusMessage: string; rateLimitReset?: string; rateLimitRemaining?: string } & RawAnswer)
  /** `written`: the request had gone out whole, so it may have arrived. */
  | { kind: 'error'; code: string; message: string; written: boolean };

export function createHttpTransport(options: HttpOptions): Transport {
  const { timing, timer } = options;
  const host = new URL(options.baseUrl).host;
  const outside = fromOutside(options);
  const budget = seconds(timing.budgetMs);
  // Never faster than Datadog allows: an answer that spent the window's last request holds the
  // next one until the window resets (X-RateLimit-Remaining 0, X-RateLimit-Reset seconds).
  let resumeAt = 0;

  return async function send(request) {
    const held = resumeAt - timer.now();
    if (held > 0) await timer.sleep(Math.min(held, timing.budgetMs));
    const started = timer.now();
    const deadline = started + timing.budgetMs;
    // Set once any attempt went out whole and its answer never came back whole.
    let mayHaveArrived = false;
    const fail = (kind: FailureKind, attempts: number, summary: string, extra: Partial<DatadogApiError> = {}) =>
      new DatadogApiError({
        operation: request.operation,
        kind,
        attempts,
        summary: outside(summary),
        status: extra.status,
        details: extra.details?.map(outside),
        hint: extra.hint,
        mayHaveArrived,
        notFound: extra.notFound,
        gone: extra.gone,
      });

    for (let attempts = 1; ; attempts++) {
      const timeoutMs = Math.min(timing.attemptTimeoutMs, Math.max(1, deadline - timer.now()));
      let outcome = await attempt(options, request, timeoutMs);
      const resetMs =
        outcome.kind === 'answer' && outcome.rateLimitRemaining?.trim() === '0'
          ? rateLimitResetMs(outcome.rateLimitReset)
          : undefined;
      if (resetMs !== undefined) resumeAt = timer.now() + resetMs;

      if (outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300) {
        const verdict = checkAnswer(request.operation, outcome);
        if (verdict.verdict === 'datadog') {
          return {
            status: outcome.status,
            body: verdict.body,
            attempts,
            durationMs: Math.round(timer.now() - started),
            resentAfterLostAnswer: mayHaveArrived,
          };
        }
        if (verdict.verdict === 'foreign') {
          // Scrubbed whole, then cut: a key across the cut would otherwise show its start.
          const type = outcome.contentType ? excerpt(outside(outcome.contentType), 60) : 'no content type';
          const body = outcome.text ? `"${excerpt(outside(outcome.text))}"` : 'an empty body';
          throw fail(
            'foreign',
            attempts,
            `${host} answered HTTP ${outcome.status}${statusText(outcome)} with ${type} and ${body}, which is not Datadog's answer; nothing is known to have arrived at Datadog`,
            {
              status: outcome.status,
              hint: `Something between this machine and Datadog (a proxy, gateway or captive portal) may have answered instead: check the site or base URL and the proxy settings.`,
            },
          );
        }
        outcome = {
          kind: 'error',
          code: CUT_ANSWER,
          message: `HTTP ${outcome.status} with ${excerpt(outside(outcome.contentType), 60)} that does not parse`,
          written: true,
        };
      }

      let kind: FailureKind;
      let problem: string;
      let extra: Partial<DatadogApiError>;
      let decision: RetryDecision;
      const timeLeftMs = deadline - timer.now();
      if (outcome.kind === 'answer') {
        const { status } = outcome;
        kind = 'http';
        // A gateway's 502 or 504: it forwarded the request and lost the answer, as a timeout would.
        if (status === 502 || status === 504) mayHaveArrived = true;
        problem = `Datadog answered HTTP ${status}${statusText(outcome)}`;
        const body = parseJson(outcome.text);
        extra = {
          status,
          details: errorDetails(body),
          hint: hintFor(request, status, host),
          notFound: saysNotFound(status, body),
          gone: saysGone(status, outcome.contentType, body, request.objectInPath === true),
        };
        decision = decideRetry(
          { status, rateLimitReset: outcome.rateLimitReset },
          attempts,
          timeLeftMs,
          timing,
          Math.random,
        );
      } else {
        mayHaveArrived ||= outcome.written;
        kind = outcome.code === 'ETIMEDOUT' ? 'timeout' : 'network';
        problem = errorProblem(outcome, host, timeoutMs);
        extra = { hint: networkHint(outcome.code, host, options.proxy?.proxy) };
        decision = decideRetry(
          { error: outcome.code, written: outcome.written },
          attempts,
          timeLeftMs,
          timing,
          Math.random,
        );
      }

      if (!decision.retry) {
        if (decision.reason === 'final') throw fail(kind, attempts, problem, extra);
        // Datadog kept answering 429 or 5xx: the call ran out, not Datadog's patience.
        const exhausted = kind === 'http' ? 'budget' : kind;
        if (decision.reason !== 'budget')
          throw fail(
            exhausted,
            attempts,
            `${problem}, and no attempts are left (at most ${timing.maxAttempts} per call)`,
            extra,
          );
        throw fail(
          exhausted,
          attempts,
          decision.rateLimited
            ? `${problem} (rate limited) and asked to wait ${seconds(decision.waitMs)} (X-RateLimit-Reset), past this call's ${budget} budget`
            : `${problem}, and no time is left in this call's ${budget} budget to try again`,
          extra,
        );
      }
      options.log?.(
        outside(
          `Datadog ${request.operation}: ${problem}; retrying in ${seconds(decision.waitMs)} (attempt ${attempts + 1}).`,
        ),
      );
      await timer.sleep(decision.waitMs);
    }
  };
}

async function attempt(
  options: HttpOptions,
  request: Pick<ApiRequest, 'method' | 'path' | 'body' | 'permission' | 'appKey'>,
  timeoutMs: number,
): Promise<Attempt> {
  const got = await loadGot();
  const headers: Record<string, string> = {
    accept: 'application/json',
    'user-agent': options.userAgent,
    'dd-api-key': options.apiKey,
  };
  if ((request.permission || request.appKey) && options.appKey) headers['dd-application-key'] = options.appKey;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await got(`${options.baseUrl}${request.path}`, {
      method: request.method,
      headers,
      // json, not a string body: got checks a body for FormData, which makes Node load undici (13 ms).
      ...(request.body === undefined ? {} : { json: request.body }),
      responseType: 'text',
      throwHttpErrors: false,
      followRedirect: false,
      // Our loop owns retries: every attempt carries the same id and body, and the budget holds.
      retry: { limit: 0 },
      // The deadline is the timer's, so that a test can move it; got reads its TimeoutError as ETIMEDOUT.
      signal: options.timer.deadline(timeoutMs),
      ...(options.proxy ? { agent: options.proxy.agents } : {}),
    });
    return {
      kind: 'answer',
      status: response.statusCode,
      statusMessage: response.statusMessage ?? '',
      contentType: response.headers['content-type'] ?? '',
      text: response.body,
      rateLimitReset: response.headers['x-ratelimit-reset'] as string | undefined,
      rateLimitRemaining: response.headers['x-ratelimit-remaining'] as string | undefined,
    };
  } catch (error) {
    const { code = 'EUNKNOWN', message, timings } = error as RequestError;
    // got notes when the request finished going out: from then on, Datadog may have it.
    return { kind: 'error', code, message, written: timings?.upload !== undefined };
  }
}

/**
 * Datadog's `GET /api/v1/validate`: one short attempt, so an outage delays nobody for long.
 * A gateway or stand-in without that path answers 404: that says nothing about the key.
 */
export async function checkApiKey(options: HttpOptions, timeoutMs: number): Promise<KeyCheck> {
  const host = new URL(options.baseUrl).host;
  const outcome = await attempt(options, { method: 'GET', path: '/api/v1/validate' }, timeoutMs);
  if (outcome.kind === 'error') {
    const reason = outcome.code === 'ETIMEDOUT' ? `no answer within ${seconds(timeoutMs)}` : outcome.code;
    return { verdict: 'unknown', reason: fromOutside(options)(`could not reach ${host} (${reason})`) };
  }
  if (outcome.status === 200 && (parseJson(outcome.text) as { valid?: unknown } | undefined)?.valid === true) {
    return { verdict: 'valid' };
  }
  if (outcome.status === 401 || outcome.status === 403) {
    return {
      verdict: 'rejected',
      reason: `${host} answered HTTP ${outcome.status}: the API key is not valid on this Datadog site`,
    };
  }
  return { verdict: 'unknown', reason: `${host} answered HTTP ${outcome.status} to the key check` };
}
