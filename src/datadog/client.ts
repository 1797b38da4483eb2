import { PRODUCT, VERSION } from '../version.ts';
import { checkAnswer } from './answers.ts';
import { DatadogApiError, DatadogConfigError } from './errors.ts';
import { checkApiKey, createHttpTransport, type Method, type Transport } from './http.ts';
import { proxyAgentFor } from './proxy.ts';
import { deploymentRequest, failureRequest, listRequest, patchByVersionRequest, patchRequest, pathId } from './requests.ts';
import { parseDeployment, parseFailure } from './responses.ts';
import { DEFAULT_TIMING, type Timing } from './retry.ts';
import { baseUrlProblem } from './rules.ts';
import { DEFAULT_SITE, resolveSite } from './sites.ts';
import type { DoraClient, KeyCheck, WireDeploymentRequest, WireEventObject, WireFailureRequest, WireListRequest } from './types.ts';

export interface EndpointOptions {
  /** A Datadog site (default datadoghq.com); ignored when baseUrl is given. */
  site?: string;
  /** Overrides the site's API URL: private endpoints, gateways, a local stand-in. */
  baseUrl?: string;
}

export interface ClientOptions extends EndpointOptions {
  apiKey: string;
  /** Needed to patch, get, list and delete. */
  appKey?: string;
  userAgent?: string;
  timing?: Partial<Timing>;
  /** The key check's single attempt; default 5 s. */
  keyCheckTimeoutMs?: number;
  /** Told about each retry. */
  log?: (message: string) => void;
  /** Told about settings it cannot use and works around (a proxy variable); default process.emitWarning. */
  warn?: (message: string) => void;
}

export const DEFAULT_USER_AGENT = `${PRODUCT}/${VERSION} (node ${process.version})`;

export function createDoraClient(options: ClientOptions): DoraClient {
  const baseUrl = resolveBaseUrl(options);
  const apiKey = checkKey('API key', options.apiKey);
  const appKey = options.appKey === undefined || options.appKey.trim() === '' ? undefined : checkKey('application key', options.appKey);
  const http = {
    baseUrl,
    proxy: proxyAgentFor(new URL(baseUrl), process.env, options.warn ?? ((message) => process.emitWarning(message))),
    apiKey,
    appKey,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    timing: { ...DEFAULT_TIMING, ...options.timing },
    log: options.log,
  };
  const transport = createHttpTransport(http);
  return buildClient({
    transport: async (request) => {
      if (request.permission && !appKey) {
        throw new DatadogConfigError(`Datadog's ${request.operation} needs an application key (with the ${request.permission} permission), and none was given.`);
      }
      return transport(request);
    },
    checkApiKey: () => checkApiKey(http, options.keyCheckTimeoutMs ?? 5_000),
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
  const requests: RecordedRequest[] = [];
  const client = buildClient({
    transport: async ({ operation, method, path, body }) => {
      requests.push({ operation, method, url: `${baseUrl}${path}`, body });
      const sent = body as WireDeploymentRequest | undefined;
      const answer = operation.startsWith('send')
        ? { data: { id: sent?.data.attributes.id, type: operation === 'send deployment' ? 'dora_deployment' : 'dora_failure' } }
        : operation.startsWith('list')
          ? { data: [] }
          : { data: null };
      const status = method === 'PATCH' || method === 'DELETE' ? 202 : 200;
      // The stand-in answer goes through the check Datadog's own answers go through.
      const verdict = checkAnswer(operation, { status, contentType: 'application/vnd.api+json', text: JSON.stringify(answer) });
      if (verdict.verdict !== 'datadog') throw new Error(`The dry run's answer to ${operation} fails the client's own check.`);
      return { status, body: verdict.body, attempts: 0, durationMs: 0 };
    },
    checkApiKey: async () => ({ verdict: 'not checked' }),
  });
  return Object.assign(client, { requests });
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
  if (/[^\x21-\x7e]/.test(trimmed)) throw new DatadogConfigError(`The Datadog ${name} contains spaces or characters no key has.`);
  return trimmed;
}

interface ClientParts {
  transport: Transport;
  checkApiKey: () => Promise<KeyCheck>;
}

function buildClient({ transport, checkApiKey }: ClientParts): DoraClient {
  // Encoded as Datadog's own clients do: a colon becomes %3A.
  const deployment = (id: string) => encodeURIComponent(pathId('deployment', id));
  const failure = (id: string) => encodeURIComponent(pathId('failure', id));
  const read = 'dora_metrics_read';
  const writes = 'dora_metrics_write';
  const send = async (operation: 'send deployment' | 'send failure', path: string, body: () => WireDeploymentRequest | WireFailureRequest) => {
    const request = body();
    const response = await transport({ operation, method: 'POST', path, body: request });
    // The answer passed the check: its data.id names the event from now on.
    const id = (response.body as { data: { id: string } }).data.id;
    return { id, sentId: request.data.attributes.id, status: response.status, attempts: response.attempts, durationMs: response.durationMs };
  };
  const write = (response: Awaited<ReturnType<Transport>>) => ({ status: response.status, attempts: response.attempts, durationMs: response.durationMs });
  const get = async <T>(operation: 'get deployment' | 'get failure', path: string, parse: (o: WireEventObject) => T) => {
    try {
      const response = await transport({ operation, method: 'GET', path, permission: read });
      const { data } = response.body as { data?: WireEventObject | null };
      return data ? parse(data) : undefined;
    } catch (error) {
      if (error instanceof DatadogApiError && error.notFound) return undefined;
      throw error;
    }
  };
  const list = async <T>(operation: 'list deployments' | 'list failures', path: string, body: WireListRequest, parse: (o: WireEventObject) => T) => {
    const response = await transport({ operation, method: 'POST', path, body, permission: read });
    return (response.body as { data: WireEventObject[] }).data.map(parse);
  };

  // Every method is async, so a bad argument rejects like any other failure.
  return {
    sendDeployment: async (event) => send('send deployment', '/api/v2/dora/deployment', () => deploymentRequest(event)),
    patchDeployment: async (id, patch) =>
      write(await transport({ operation: 'patch deployment', method: 'PATCH', path: `/api/v2/dora/deployments/${deployment(id)}`, body: patchRequest(id, patch), permission: writes })),
    patchDeploymentByVersion: async (target, patch) =>
      write(await transport({ operation: 'patch deployment by version', method: 'PATCH', path: '/api/v2/dora/deployments', body: patchByVersionRequest(target, patch), permission: writes })),
    getDeployment: async (id) => get('get deployment', `/api/v2/dora/deployments/${deployment(id)}`, parseDeployment),
    listDeployments: async (query = {}) =>
      list('list deployments', '/api/v2/dora/deployments', listRequest('dora_deployments_list_request', query), parseDeployment),
    deleteDeployment: async (id) =>
      write(await transport({ operation: 'delete deployment', method: 'DELETE', path: `/api/v2/dora/deployment/${deployment(id)}`, permission: writes })),
    sendFailure: async (event) => send('send failure', '/api/v2/dora/failure', () => failureRequest(event)),
    getFailure: async (id) => get('get failure', `/api/v2/dora/failures/${failure(id)}`, parseFailure),
    listFailures: async (query = {}) =>
      list('list failures', '/api/v2/dora/failures', listRequest('dora_failures_list_request', query), parseFailure),
    deleteFailure: async (id) =>
      write(await transport({ operation: 'delete failure', method: 'DELETE', path: `/api/v2/dora/failure/${failure(id)}`, permission: writes })),
    checkApiKey,
  };
}
