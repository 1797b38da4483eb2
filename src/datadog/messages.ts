// What the transport says about a call: problems, Datadog's own words and hints, fit to show.
import { harmless } from './answers.ts';
import { describeProxy } from './proxy.ts';
import type { ApiRequest, HttpOptions } from './transport.ts';

// Stands for a 2xx whose announced JSON does not parse: the answer broke off on its way.
export const CUT_ANSWER = 'ERR_ANSWER_CUT';

/** Text that may hold what others said, made fit to show: no key, no control characters. */
export function fromOutside(options: HttpOptions): (text: string) => string {
  const secrets = [options.apiKey, options.appKey].filter((key): key is string => Boolean(key));
  return (text) => harmless(secrets.reduce((out, key) => out.split(key).join('***'), text));
}

export function statusText(answer: { statusMessage: string }): string {
  return answer.statusMessage ? ` ${answer.statusMessage}` : '';
}

/** What a failed attempt says about arrival: only a request that went out whole can have arrived. */
export function errorProblem(
  outcome: { code: string; message: string; written: boolean },
  host: string,
  timeoutMs: number,
): string {
  if (outcome.code === 'ETIMEDOUT') {
    return outcome.written
      ? `no answer from ${host} within ${seconds(timeoutMs)}`
      : `could not reach ${host} within ${seconds(timeoutMs)}`;
  }
  if (outcome.code === CUT_ANSWER) return `the answer from ${host} broke off (${outcome.message})`;
  return outcome.written
    ? `the connection to ${host} broke before its answer was complete (${outcome.code}: ${outcome.message})`
    : `could not reach ${host} (${outcome.code}: ${outcome.message})`;
}

export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

export function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Datadog's answer says what was asked for does not exist; its get documents a 400 for that, not a 404. */
export function saysNotFound(status: number, body: unknown): boolean {
  if (status === 404) return true;
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (status !== 400 || !Array.isArray(errors)) return false;
  return errors.some((item: unknown) => {
    const { detail, title } = (item ?? {}) as { detail?: unknown; title?: unknown };
    return [detail, title].some((words) => typeof words === 'string' && /not found/i.test(words));
  });
}

const GONE_WORDS = /\b(?:disabled|deprecated|retired|decommissioned|no longer (?:available|supported))\b/i;

/**
 * Datadog's answer says the endpoint itself is gone: a 410, or a 4xx in Datadog's own JSON error
 * shape whose words say so. "Not found" counts only where the path names no object
 * (`objectInPath` false): there it cannot mean a missing id. Anything else (a 404 page from a
 * host that is not Datadog's, a 401/403, a 5xx) says nothing about retirement.
 */
export function saysGone(status: number, contentType: string, body: unknown, objectInPath: boolean): boolean {
  if (status === 410) return true;
  if (status < 400 || status >= 500 || status === 401 || status === 403 || !/json/i.test(contentType)) return false;
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return false;
  const words = errorDetails(body);
  return words.some((text) => GONE_WORDS.test(text) || (!objectInPath && /\bnot found\b/i.test(text)));
}

/** Datadog answers `{errors: [{detail, title}]}` on 400 and `{errors: ["..."]}` on 403 and 429. */
export function errorDetails(body: unknown): string[] {
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

export function networkHint(code: string, host: string, proxy: URL | undefined): string {
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

export function hintFor(request: ApiRequest, status: number, host: string): string | undefined {
  if (status === 401 || status === 403) {
    if (request.permission)
      return `The API key or the application key is not valid for ${host}, or the application key lacks the ${request.permission} permission.`;
    return request.appKey
      ? `The API key or the application key is not valid for ${host}: check both keys and that they belong to an organization on this Datadog site.`
      : `The API key is not valid for ${host}: check the key and that it belongs to an organization on this Datadog site.`;
  }
  if (status === 404 && request.operation === 'patch deployment by version') {
    // Datadog's own clients flag this operation unstable: not every site may have it yet.
    return `Marking a deployment by version is not available on ${host}: check the site or base URL, or mark the deployment by its id.`;
  }
  if (status === 404) return `${host} has no such endpoint or object: check the site or base URL, and the id.`;
  if (status === 413) return 'The event is too large for Datadog: send fewer or shorter tags.';
  if (status === 429) return 'Too many events are being sent to Datadog with this key; send fewer or try again later.';
  if (status >= 500) return 'Datadog may be having an incident; see https://status.datadoghq.com.';
  return undefined;
}
