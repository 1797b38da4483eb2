import { PRODUCT, VERSION } from '../version.ts';
import { checkAnswer } from './answers.ts';
import { DatadogApiError, DatadogConfigError, DatadogRetiredError, type Operation } from './errors.ts';
import { alertEventRequest, eventSearchRequest, parseFoundEvent, v1EventRequest } from './events.ts';
import { checkApiKey, createHttpTransport } from './http.ts';
import { proxyAgentFor } from './proxy.ts';
import {
  deploymentRequest,
  failureRequest,
  listRequest,
  patchByVersionRequest,
  patchRequest,
  pathId,
} from './requests.ts';
import { parseDeployment, parseFailure, parseRawEvent } from './responses.ts';
import {
  type Clock,
  day,
  type IncidentApi,
  isRetired,
  RETIREMENT_GUIDE,
  RETIRES_ON,
  systemClock,
} from './retirement.ts';
import { DEFAULT_TIMING, type Timing } from './retry.ts';
import { baseUrlProblem } from './rules.ts';
import { DEFAULT_SITE, resolveSite } from './sites.ts';
import { systemTimer, type Timer } from './timer.ts';
import type { Method, Transport } from './transport.ts';
import type {
  DoraClient,
  EventFlaw,
  EventList,
  KeyCheck,
  WireDeploymentRequest,
  WireFailureRequest,
  WireListRequest,
} from './types.ts';

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

export interface RecordedRequest {
  operation: string;
  method: Method;
  url: string;
  body?: unknown;
}

export interface DryRunDoraClient extends DoraClient {
  /** What a real client would have sent, in order. */
  readonly requests: RecordedRequest[];
}

/** Builds every request as the real client would, records it, and sends nothing. */
export function createDryRunDoraClient(options: EndpointOptions = {}): DryRunDoraClient {
  const baseUrl = resolveBaseUrl(options);
  const eventsUrl = resolveEventsUrl(options);
  const requests: RecordedRequest[] = [];
  const client = buildClient({
    transport: async ({ operation, method, path, body, intake }) => {
      if (intake && !eventsUrl)
        throw new DatadogConfigError(
          `Datadog's ${operation} goes to the event intake host, and none is known: with a base URL, name the intake's URL too.`,
        );
      requests.push({ operation, method, url: `${intake ? eventsUrl : baseUrl}${path}`, body });
      const sent = body as WireDeploymentRequest | undefined;
      const events = DRY_RUN_EVENT_ANSWERS[operation];
      const answer =
        events?.body ??
        (operation.startsWith('send')
          ? {
              data: {
                id: sent?.data.attributes.id,
                type: operation === 'send deployment' ? 'dora_deployment' : 'dora_failure',
              },
            }
          : operation.startsWith('list')
            ? { data: [] }
            : { data: null });
      const status = events?.status ?? (method === 'PATCH' || method === 'DELETE' ? 202 : 200);
      // The stand-in answer goes through the check Datadog's own answers go through.
      const verdict = checkAnswer(operation, {
        status,
        contentType: 'application/vnd.api+json',
        text: JSON.stringify(answer),
      });
      if (verdict.verdict !== 'datadog')
        throw new Error(`The dry run's answer to ${operation} fails the client's own check.`);
      return { status, body: verdict.body, attempts: 0, durationMs: 0, resentAfterLostAnswer: false };
    },
    checkApiKey: async () => ({ verdict: 'not checked' }),
    clock: options.clock ?? systemClock,
  });
  return Object.assign(client, { requests });
}

// What Datadog answers the Events API, as recorded, for a dry run's stand-in answers.
const DRY_RUN_EVENT_ANSWERS: Partial<Record<Operation, { status: number; body: unknown }>> = {
  'send alert event': {
    status: 202,
    body: { data: { type: 'event', id: '_', attributes: { attributes: { evt: {} } } } },
  },
  'send event (v1)': { status: 202, body: { status: 'ok', event: {} } },
  'search events': { status: 200, body: { data: [] } },
};

function resolveEventsUrl({ site, baseUrl, eventsUrl }: EndpointOptions): string | undefined {
  if (eventsUrl !== undefined && eventsUrl.trim() !== '') {
    const problem = baseUrlProblem(eventsUrl);
    if (problem) throw new DatadogConfigError(`The Datadog event intake URL is not valid: ${problem}.`);
    return new URL(eventsUrl.trim()).href.replace(/\/+$/, '');
  }
  return baseUrl === undefined || baseUrl.trim() === '' ? resolveSite(site ?? DEFAULT_SITE).eventsUrl : undefined;
}

function resolveBaseUrl({ site, baseUrl }: EndpointOptions): string {
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

interface ClientParts {
  transport: Transport;
  checkApiKey: () => Promise<KeyCheck>;
  clock: Clock;
}

const INCIDENT_PARTS: Record<IncidentApi, string> = {
  ingestion: 'DORA incident ingestion (sending and deleting failure events)',
  data: 'DORA incident data (listing and reading failure events)',
};

/**
 * The DORA incident operations, refused from their retirement date on, or from the moment
 * Datadog answers that they are gone: then nothing more is asked of that part of the API.
 */
function incidentGate(clock: Clock) {
  const learned = new Map<IncidentApi, DatadogApiError>();
  return async <T>(part: IncidentApi, operation: Operation, call: () => Promise<T>): Promise<T> => {
    const answer = learned.get(part);
    if (answer || isRetired(part, clock())) {
      const why = answer
        ? `Datadog answered earlier that ${INCIDENT_PARTS[part]} is gone`
        : `Datadog retired ${INCIDENT_PARTS[part]} on ${day(RETIRES_ON[part])}`;
      throw new DatadogRetiredError(
        operation,
        `Datadog ${operation} is not sent: ${why} (${RETIREMENT_GUIDE}).`,
        answer,
      );
    }
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof DatadogApiError && error.gone)) throw error;
      learned.set(part, error);
      // The data outlives ingestion: when it is gone, so is ingestion.
      if (part === 'data') learned.set('ingestion', error);
      throw new DatadogRetiredError(
        operation,
        `Datadog says ${INCIDENT_PARTS[part]} is gone: ${error.message} Datadog retires it on ${day(RETIRES_ON[part])} in any case; nothing more is sent to it (${RETIREMENT_GUIDE}).`,
        error,
      );
    }
  };
}

function buildClient({ transport, checkApiKey, clock }: ClientParts): DoraClient {
  const incident = incidentGate(clock);
  // Encoded as Datadog's own clients do: a colon becomes %3A.
  const deployment = (id: string) => encodeURIComponent(pathId('deployment', id));
  const failure = (id: string) => encodeURIComponent(pathId('failure', id));
  const read = 'dora_metrics_read';
  const writes = 'dora_metrics_write';
  const send = async (
    operation: 'send deployment' | 'send failure',
    path: string,
    body: () => WireDeploymentRequest | WireFailureRequest,
  ) => {
    const request = body();
    const response = await transport({ operation, method: 'POST', path, body: request });
    // The answer passed the check: its data.id names the event from now on.
    const id = (response.body as { data: { id: string } }).data.id;
    return { id, sentId: request.data.attributes.id, ...write(response) };
  };
  const write = (response: Awaited<ReturnType<Transport>>) => ({
    status: response.status,
    attempts: response.attempts,
    durationMs: response.durationMs,
    ...(response.resentAfterLostAnswer ? { resentAfterLostAnswer: true } : {}),
  });
  type Parse<T> = (event: Record<string, unknown>, flaws: EventFlaw[]) => T | undefined;
  const get = async <T>(operation: 'get deployment' | 'get failure', path: string, parse: Parse<T>) => {
    let response: Awaited<ReturnType<Transport>>;
    try {
      response = await transport({ operation, method: 'GET', path, permission: read, objectInPath: true });
    } catch (error) {
      if (error instanceof DatadogApiError && error.notFound) return undefined;
      throw error;
    }
    const { data } = response.body as { data?: Record<string, unknown> | null };
    if (!data) return undefined;
    // A get has no rest to go on with: an event without its required fields is a failure of the call.
    const flaws: EventFlaw[] = [];
    const event = parse(data, flaws);
    if (event) return event;
    const summary = `the event in Datadog's answer is malformed (${flaws[0]?.problems.join('; ')})`;
    throw new DatadogApiError({
      operation,
      kind: 'malformed',
      summary,
      status: response.status,
      attempts: response.attempts,
    });
  };
  const list = async <T>(
    operation: 'list deployments' | 'list failures',
    path: string,
    body: WireListRequest,
    parse: Parse<T>,
  ): Promise<EventList<T>> => {
    const response = await transport({ operation, method: 'POST', path, body, permission: read });
    const items: T[] = [];
    const flaws: EventFlaw[] = [];
    for (const object of (response.body as { data: Record<string, unknown>[] }).data) {
      const item = parse(object, flaws);
      if (item) items.push(item);
    }
    return { items, flaws };
  };
  const posted = (response: Awaited<ReturnType<Transport>>, id: unknown) => ({
    ...write(response),
    ...(typeof id === 'string' && id ? { id } : {}),
  });

  // Every method is async, so a bad argument rejects like any other failure.
  return {
    sendDeployment: async (event) => send('send deployment', '/api/v2/dora/deployment', () => deploymentRequest(event)),
    patchDeployment: async (id, patch) =>
      write(
        await transport({
          operation: 'patch deployment',
          method: 'PATCH',
          path: `/api/v2/dora/deployments/${deployment(id)}`,
          body: patchRequest(id, patch),
          permission: writes,
        }),
      ),
    patchDeploymentByVersion: async (target, patch) =>
      write(
        await transport({
          operation: 'patch deployment by version',
          method: 'PATCH',
          path: '/api/v2/dora/deployments',
          body: patchByVersionRequest(target, patch),
          permission: writes,
        }),
      ),
    getDeployment: async (id) => get('get deployment', `/api/v2/dora/deployments/${deployment(id)}`, parseDeployment),
    listDeployments: async (query = {}) =>
      list(
        'list deployments',
        '/api/v2/dora/deployments',
        listRequest('dora_deployments_list_request', query),
        parseDeployment,
      ),
    deleteDeployment: async (id) =>
      write(
        await transport({
          operation: 'delete deployment',
          method: 'DELETE',
          path: `/api/v2/dora/deployment/${deployment(id)}`,
          permission: writes,
        }),
      ),
    sendFailure: async (event) => {
      const body = failureRequest(event);
      return incident('ingestion', 'send failure', () => send('send failure', '/api/v2/dora/failure', () => body));
    },
    getFailure: async (id) => {
      const path = `/api/v2/dora/failures/${failure(id)}`;
      return incident('data', 'get failure', () => get('get failure', path, parseFailure));
    },
    listFailures: async (query = {}) => {
      const body = listRequest('dora_failures_list_request', query);
      return incident('data', 'list failures', () =>
        list('list failures', '/api/v2/dora/failures', body, parseFailure),
      );
    },
    deleteFailure: async (id) => {
      const path = `/api/v2/dora/failure/${failure(id)}`;
      return incident('ingestion', 'delete failure', async () =>
        write(
          await transport({
            operation: 'delete failure',
            method: 'DELETE',
            path,
            permission: writes,
            objectInPath: true,
          }),
        ),
      );
    },
    listDeploymentObjects: async (query = {}) =>
      list(
        'list deployments',
        '/api/v2/dora/deployments',
        listRequest('dora_deployments_list_request', query),
        parseRawEvent,
      ),
    listFailureObjects: async (query = {}) => {
      const body = listRequest('dora_failures_list_request', query);
      return incident('data', 'list failures', () =>
        list('list failures', '/api/v2/dora/failures', body, parseRawEvent),
      );
    },
    postAlertEvent: async (event) => {
      const body = alertEventRequest(event, clock());
      const response = await transport({
        operation: 'send alert event',
        method: 'POST',
        path: '/api/v2/events',
        body,
        appKey: true,
        intake: true,
      });
      const answer = response.body as { data: { attributes?: { attributes?: { evt?: { uid?: unknown } } } } };
      return posted(response, answer.data.attributes?.attributes?.evt?.uid);
    },
    postEventV1: async (event) => {
      const body = v1EventRequest(event, clock());
      const response = await transport({ operation: 'send event (v1)', method: 'POST', path: '/api/v1/events', body });
      // Its numeric id loses precision in JSON: id_str is the one to keep.
      return posted(response, (response.body as { event: { id_str?: unknown } }).event.id_str);
    },
    searchEvents: async (search) => {
      const body = eventSearchRequest(search);
      const response = await transport({
        operation: 'search events',
        method: 'POST',
        path: '/api/v2/events/search',
        body,
        permission: 'events_read',
      });
      const answer = response.body as {
        data: (Record<string, unknown> & { id: string })[];
        meta?: { page?: { after?: unknown } };
      };
      const after = answer.meta?.page?.after;
      return {
        events: answer.data.map(parseFoundEvent),
        ...(typeof after === 'string' && after && answer.data.length ? { next: after } : {}),
      };
    },
    checkApiKey,
  };
}
