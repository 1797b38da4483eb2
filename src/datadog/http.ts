import { setTimeout as sleep } from 'node:timers/promises';
import type { Got, RequestError } from 'got';
import { DatadogApiError, type FailureKind, type Operation } from './errors.ts';
import { describeProxy, type ProxyRoute } from './proxy.ts';
import type { KeyCheck } from './types.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface ApiRequest {
  operation: Operation;
  method: Method;
  path: string;
  body?: unknown;
  /** The operation needs the application key: Datadog checks its permission. */
  permission?: 'dora_metrics_read' | 'dora_metrics_write';
}

export interface ApiResponse {
  status: number;
  body: unknown;
  attempts: number;
  durationMs: number;
}

/** Sends a request and answers Datadog's response, or throws DatadogApiError. */
export type Transport = (request: ApiRequest) => Promise<ApiResponse>;

export interface Timing {
  /** No single attempt waits longer. */
  attemptTimeoutMs: number;
  /** A call gives up once this much time has passed, retries and waits included. */
  budgetMs: number;
  /** First backoff; doubled each retry, with jitter, up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_TIMING: Timing = { attemptTimeoutMs: 15_000, budgetMs: 45_000, backoffMs: 1_000, maxBackoffMs: 8_000 };

export interface HttpOptions {
  baseUrl: string;
  /** Set when a proxy applies to baseUrl: requests tunnel through it. */
  proxy?: ProxyRoute;
  apiKey: string;
  appKey?: string;
  userAgent: string;
  timing: Timing;
  log?: (message: string) => void;
}

// Errors that say nothing about whether the next attempt will work; ENOTFOUND (a wrong
// host) and TLS errors are not among them.
const RETRYABLE_CODES = new Set([
  'ETIMEDOUT', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNABORTED',
]);

let gotModule: Promise<Got> | undefined;
// got is loaded on the first request only: steps that send nothing never pay for it.
function loadGot(): Promise<Got> {
  gotModule ??= import('got').then((module) => module.default);
  return gotModule;
}

type AttemptOutcome =
  | { kind: 'response'; status: number; statusMessage: string; body: unknown; rateLimitResetS?: number }
  | { kind: 'error'; code: string; message: string };

export function createHttpTransport(options: HttpOptions): Transport {
  const { timing } = options;
  const host = new URL(options.baseUrl).host;
  const scrub = scrubber(options);

  return async function send(request) {
    const started = performance.now();
    const deadline = started + timing.budgetMs;
    const fail = (kind: FailureKind, attempts: number, summary: string, extra: Partial<DatadogApiError> = {}) =>
      new DatadogApiError({
        operation: request.operation,
        kind,
        attempts,
        summary: scrub(summary),
        status: extra.status,
        details: extra.details?.map(scrub),
        hint: extra.hint,
      });

    for (let attempts = 1; ; attempts++) {
      const timeoutMs = Math.min(timing.attemptTimeoutMs, Math.max(1, deadline - performance.now()));
      const outcome = await attempt(options, request, timeoutMs);
      let problem: string;
      let waitMs = backoff(timing, attempts);

      if (outcome.kind === 'response') {
        const { status } = outcome;
        if (status >= 200 && status < 300) {
          return { status, body: outcome.body, attempts, durationMs: Math.round(performance.now() - started) };
        }
        problem = `Datadog answered HTTP ${status}${outcome.statusMessage ? ` ${outcome.statusMessage}` : ''}`;
        const details = errorDetails(outcome.body);
        if (status !== 429 && status < 500) {
          throw fail('http', attempts, problem, { status, details, hint: hintFor(request, status, host) });
        }
        if (status === 429 && outcome.rateLimitResetS !== undefined) {
          waitMs = outcome.rateLimitResetS * 1000;
          if (performance.now() + waitMs > deadline) {
            throw fail('budget', attempts, `${problem} (rate limited) and asked to wait ${outcome.rateLimitResetS} s (X-RateLimit-Reset), past this call's ${seconds(timing.budgetMs)} budget`, {
              status,
              details,
              hint: 'Too many events are being sent to Datadog with this key; send fewer or try again later.',
            });
          }
        }
        if (performance.now() + waitMs > deadline) {
          throw fail('budget', attempts, `${problem}, and no time is left in this call's ${seconds(timing.budgetMs)} budget to try again`, {
            status,
            details,
            hint: hintFor(request, status, host),
          });
        }
      } else {
        const timedOut = outcome.code === 'ETIMEDOUT';
        problem = timedOut
          ? `no answer from ${host} within ${seconds(timeoutMs)}`
          : `could not reach ${host} (${outcome.code}: ${outcome.message})`;
        const kind = timedOut ? 'timeout' : 'network';
        const hint = networkHint(outcome.code, host, options.proxy?.proxy);
        if (!RETRYABLE_CODES.has(outcome.code)) throw fail(kind, attempts, problem, { hint });
        if (performance.now() + waitMs > deadline) {
          throw fail(kind, attempts, `${problem}, and no time is left in this call's ${seconds(timing.budgetMs)} budget to try again`, { hint });
        }
      }
      options.log?.(scrub(`Datadog ${request.operation}: ${problem}; retrying in ${seconds(waitMs)} (attempt ${attempts + 1}).`));
      await sleep(waitMs);
    }
  };
}

async function attempt(options: HttpOptions, request: Omit<ApiRequest, 'operation'>, timeoutMs: number): Promise<AttemptOutcome> {
  const got = await loadGot();
  const headers: Record<string, string> = {
    accept: 'application/json',
    'user-agent': options.userAgent,
    'dd-api-key': options.apiKey,
  };
  if (request.permission && options.appKey) headers['dd-application-key'] = options.appKey;
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
      retry: { limit: 0 },
      timeout: { request: timeoutMs },
      ...(options.proxy ? { agent: options.proxy.agents } : {}),
    });
    const reset = Number(response.headers['x-ratelimit-reset']);
    return {
      kind: 'response',
      status: response.statusCode,
      statusMessage: response.statusMessage ?? '',
      body: parseJson(response.body),
      rateLimitResetS: Number.isFinite(reset) && reset >= 0 ? reset : undefined,
    };
  } catch (error) {
    const { code = 'EUNKNOWN', message } = error as RequestError;
    return { kind: 'error', code, message };
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
    return { verdict: 'unknown', reason: scrubber(options)(`could not reach ${host} (${reason})`) };
  }
  if (outcome.status === 200 && (outcome.body as { valid?: unknown } | undefined)?.valid === true) {
    return { verdict: 'valid' };
  }
  if (outcome.status === 401 || outcome.status === 403) {
    return { verdict: 'rejected', reason: `${host} answered HTTP ${outcome.status}: the API key is not valid on this Datadog site` };
  }
  return { verdict: 'unknown', reason: `${host} answered HTTP ${outcome.status} to the key check` };
}

function scrubber(options: HttpOptions): (text: string) => string {
  const secrets = [options.apiKey, options.appKey].filter((key): key is string => Boolean(key));
  return (text) => secrets.reduce((out, key) => out.split(key).join('***'), text);
}

/** Exponential backoff with jitter: half fixed, half random, so retrying clients spread out. */
function backoff(timing: Timing, attempts: number): number {
  const ceiling = Math.min(timing.maxBackoffMs, timing.backoffMs * 2 ** (attempts - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Datadog answers `{errors: [{detail, title}]}` on 400 and `{errors: ["..."]}` on 403 and 429. */
function errorDetails(body: unknown): string[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .map((item: unknown) => {
      if (typeof item === 'string') return item;
      const { detail, title } = (item ?? {}) as { detail?: unknown; title?: unknown };
      return typeof detail === 'string' ? detail : typeof title === 'string' ? title : '';
    })
    .filter(Boolean);
}

function networkHint(code: string, host: string, proxy: URL | undefined): string {
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) {
    return `The certificate ${host} presented is not trusted here: behind a TLS-inspecting proxy or with a private CA, set NODE_EXTRA_CA_CERTS to the CA's PEM file.`;
  }
  if (code === 'ETIMEDOUT') {
    return `Datadog or the network to it${proxy ? ` through the proxy ${describeProxy(proxy)}` : ''} is slow; see https://status.datadoghq.com.`;
  }
  return proxy
    ? `Check the proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) and that ${describeProxy(proxy)} lets this machine reach ${host}.`
    : `Check the site or base URL, and that this machine can reach ${host} (proxy, firewall, DNS).`;
}

function hintFor(request: ApiRequest, status: number, host: string): string | undefined {
  if (status === 401 || status === 403) {
    return request.permission
      ? `The API key or the application key is not valid for ${host}, or the application key lacks the ${request.permission} permission.`
      : `The API key is not valid for ${host}: check the key and that it belongs to an organization on this Datadog site.`;
  }
  if (status === 404) return `${host} has no such endpoint or object: check the site or base URL, and the id.`;
  if (status === 413) return 'The event is too large for Datadog: send fewer or shorter tags.';
  if (status === 429) return 'Too many events are being sent to Datadog with this key; send fewer or try again later.';
  if (status >= 500) return 'Datadog may be having an incident; see https://status.datadoghq.com.';
  return undefined;
}
