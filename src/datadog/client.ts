// The client as createDoraClient makes it: the endpoints and keys checked, the HTTP transport (a
// second one for the event intake host, made on first use), and the operations of each API on it.
import { PRODUCT, VERSION } from '../version.ts';
import { deploymentOperations } from './deployment-operations.ts';
import { DatadogConfigError } from './errors.ts';
import { eventOperations } from './event-operations.ts';
import { failureOperations } from './failure-operations.ts';
import { checkApiKey, createHttpTransport } from './http.ts';
import type { DoraClient } from './operations.ts';
import { proxyAgentFor } from './proxy.ts';
import type { KeyCheck } from './results.ts';
import { type Clock, systemClock } from './retirement.ts';
import { DEFAULT_TIMING, type Timing } from './retry.ts';
import { baseUrlProblem } from './rules.ts';
import { DEFAULT_SITE, resolveSite } from './sites.ts';
import { systemTimer, type Timer } from './timer.ts';
import type { Transport } from './transport.ts';

export interface EndpointOptions {
  /** A Datadog site (default datadoghq.com); ignored when baseUrl is given. */
  site?: string;
  /** Overrides the site's API URL: private endpoints, gateways, a local stand-in. */
  baseUrl?: string;
  /**
   * Overrides the site's event intake URL (v2 events). With baseUrl and without this, the client
   * knows no intake host, and posts no v2 event: nothing goes to a host the caller did not name.
   */
  eventsUrl?: string;
  /** What the client takes for now: the DORA incident API's retirement dates are judged by it. */
  clock?: Clock;
}

export interface ClientOptions extends EndpointOptions {
  apiKey: string;
  /** Needed to patch, get, list and delete. */
  appKey?: string;
  userAgent?: string;
  timing?: Partial<Timing>;
  /** The key check's single attempt; default 5 s. */
  keyCheckTimeoutMs?: number;
  /** What attempts, backoffs and budgets are timed by; the system's when not given. */
  timer?: Timer;
  /** The environment its proxy variables are read from; process.env when not given. */
  env?: Record<string, string | undefined>;
  /** Told about each retry. */
  log?: (message: string) => void;
  /** Told about settings it cannot use and works around (a proxy variable); default process.emitWarning. */
  warn?: (message: string) => void;
}

export const DEFAULT_USER_AGENT = `${PRODUCT}/${VERSION} (node ${process.version})`;

export function createDoraClient(options: ClientOptions): DoraClient {
  const baseUrl = resolveBaseUrl(options);
  const apiKey = checkKey('API key', options.apiKey);
  const appKey =
    options.appKey === undefined || options.appKey.trim() === ''
      ? undefined
      : checkKey('application key', options.appKey);
  const warn = options.warn ?? ((message: string) => process.emitWarning(message));
  const env = options.env ?? process.env;
  const http = {
    baseUrl,
    proxy: proxyAgentFor(new URL(baseUrl), env, warn),
    apiKey,
    appKey,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    timing: { ...DEFAULT_TIMING, ...options.timing },
    timer: options.timer ?? systemTimer,
    log: options.log,
  };
  const transport = createHttpTransport(http);
  const eventsUrl = resolveEventsUrl(options);
  // Made on its first use: only an alert event goes there, and its proxy is told about once.
  let intake: Transport | undefined;
  const intakeTransport = (url: string) =>
    (intake ??= createHttpTransport({ ...http, baseUrl: url, proxy: proxyAgentFor(new URL(url), env, warn) }));
  return buildClient({
    transport: async (request) => {
      if ((request.permission || request.appKey) && !appKey) {
        const permission = request.permission ? ` (with the ${request.permission} permission)` : '';
        throw new DatadogConfigError(
          `Datadog's ${request.operation} needs an application key${permission}, and none was given.`,
        );
      }
      if (!request.intake) return transport(request);
      if (!eventsUrl)
        throw new DatadogConfigError(
          `Datadog's ${request.operation} goes to the event intake host, and none is known: with a base URL, name the intake's URL too.`,
        );
      return intakeTransport(eventsUrl)(request);
    },
    checkApiKey: () => checkApiKey(http, options.keyCheckTimeoutMs ?? 5_000),
    clock: options.clock ?? systemClock,
  });
}

export function resolveEventsUrl({ site, baseUrl, eventsUrl }: EndpointOptions): string | undefined {
  if (eventsUrl !== undefined && eventsUrl.trim() !== '') {
    const problem = baseUrlProblem(eventsUrl);
    if (problem) throw new DatadogConfigError(`The Datadog event intake URL is not valid: ${problem}.`);
    return new URL(eventsUrl.trim()).href.replace(/\/+$/, '');
  }
  return baseUrl === undefined || baseUrl.trim() === '' ? resolveSite(site ?? DEFAULT_SITE).eventsUrl : undefined;
}

export function resolveBaseUrl({ site, baseUrl }: EndpointOptions): string {
  if (baseUrl === undefined || baseUrl.trim() === '') return resolveSite(site ?? DEFAULT_SITE).apiUrl;
  const problem = baseUrlProblem(baseUrl);
  if (problem) throw new DatadogConfigError(`The Datadog base URL is not valid: ${problem}.`);
  return new URL(baseUrl.trim()).href.replace(/\/+$/, '');
}

function checkKey(name: string, key: string | undefined): string {
  const trimmed = key?.trim() ?? '';
  if (!trimmed) throw new DatadogConfigError(`The Datadog ${name} is missing.`);
  // Said without the value: a key never goes into a message.
  if (/[^\x21-\x7e]/.test(trimmed))
    throw new DatadogConfigError(`The Datadog ${name} contains spaces or characters no key has.`);
  return trimmed;
}

export interface ClientParts {
  transport: Transport;
  checkApiKey: () => Promise<KeyCheck>;
  clock: Clock;
}

/** The operations of every API the client speaks, on one transport: the real one, or the dry run's. */
export function buildClient({ transport, checkApiKey, clock }: ClientParts): DoraClient {
  return {
    ...deploymentOperations(transport),
    ...failureOperations(transport, clock),
    ...eventOperations(transport, clock),
    checkApiKey,
  };
}
