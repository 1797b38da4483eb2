import { randomUUID } from 'node:crypto';
import { PRODUCT, VERSION } from '../version.ts';
import { checkAnswer, excerpt } from './answers.ts';
import { DatadogApiError, DatadogConfigError } from './errors.ts';
import { checkApiKey, createHttpTransport, type Method, type Transport } from './http.ts';
import { proxyAgentFor } from './proxy.ts';
import { DEFAULT_TIMING, type Timing } from './retry.ts';
import { baseUrlProblem, commitShaProblem, eventIdProblem, MAX_CUSTOM_TAGS, pathIdProblem, tagProblem } from './rules.ts';
import { DEFAULT_SITE, resolveSite } from './sites.ts';
import type {
  Deployment,
  DeploymentEvent,
  DeploymentPatch,
  DoraClient,
  Failure,
  FailureEvent,
  GitInfo,
  KeyCheck,
  ListQuery,
  WireDeploymentPatchRequest,
  WireDeploymentRequest,
  WireEventObject,
  WireFailureRequest,
  WireGitInfo,
  WireListRequest,
  WireTime,
} from './types.ts';

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
    checkApiKey: async () => ({ verdict: 'unknown', reason: 'dry run: the key was not checked' }),
  });
  return Object.assign(client, { requests });
}

/** Generates an event id Datadog accepts (16–128 of [A-Za-z0-9_.:-]). */
export function newEventId(): string {
  return randomUUID();
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
      const { data } = response.body as { data: WireEventObject | null };
      return data ? parse(data) : undefined;
    } catch (error) {
      if (error instanceof DatadogApiError && error.status === 404) return undefined;
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

// ---- request bodies: pure, checked before anything is sent ----

export function deploymentRequest(event: DeploymentEvent): WireDeploymentRequest {
  if (!event.service?.trim()) throw new DatadogConfigError('A deployment needs a service name.');
  const startedAt = millis('startedAt', event.startedAt);
  const finishedAt = millis('finishedAt', event.finishedAt);
  return {
    data: {
      attributes: {
        id: eventId('deployment', event.id),
        service: event.service,
        started_at: startedAt,
        finished_at: finishedAt,
        ...optional('env', event.env),
        ...optional('version', event.version),
        ...optional('team', event.team),
        ...gitAndTags(event),
      },
    },
  };
}

export function failureRequest(event: FailureEvent): WireFailureRequest {
  const services = event.services?.filter((service) => service.trim() !== '') ?? [];
  if (services.length === 0 && !event.team?.trim()) {
    throw new DatadogConfigError('A failure needs at least one service or a team.');
  }
  return {
    data: {
      attributes: {
        id: eventId('failure', event.id),
        started_at: millis('startedAt', event.startedAt),
        ...(event.finishedAt === undefined ? {} : { finished_at: millis('finishedAt', event.finishedAt) }),
        ...(services.length ? { services } : {}),
        ...optional('team', event.team),
        ...optional('name', event.name),
        ...optional('severity', event.severity),
        ...optional('env', event.env),
        ...optional('version', event.version),
        ...gitAndTags(event),
      },
    },
  };
}

export function patchRequest(id: string, patch: DeploymentPatch): WireDeploymentPatchRequest {
  const attributes: WireDeploymentPatchRequest['data']['attributes'] = { change_failure: patch.changeFailure };
  if (patch.remediation) {
    const { id: remediationId, type } = patch.remediation;
    const problem = pathIdProblem(remediationId);
    if (problem) throw new DatadogConfigError(`The remediation id ${quoted(remediationId)} is not valid: ${problem}.`);
    if (type !== 'rollback' && type !== 'rollforward') {
      throw new DatadogConfigError(`Remediation type "${String(type)}" is not valid: expected rollback or rollforward.`);
    }
    attributes.remediation = { id: remediationId, type };
  }
  return { data: { id: pathId('deployment', id), type: 'dora_deployment_patch_request', attributes } };
}

export function listRequest(type: WireListRequest['data']['type'], query: ListQuery): WireListRequest {
  const { limit } = query;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 1000)) {
    throw new DatadogConfigError(`List limit ${limit} is not valid: expected a whole number from 1 to 1000.`);
  }
  return {
    data: {
      type,
      attributes: {
        ...(query.from ? { from: iso('from', query.from) } : {}),
        ...(query.to ? { to: iso('to', query.to) } : {}),
        ...optional('query', query.query),
        ...optional('sort', query.sort),
        ...(limit === undefined ? {} : { limit }),
      },
    },
  };
}

function eventId(kind: string, id: string | undefined): string {
  if (id === undefined) return newEventId();
  const problem = eventIdProblem(id);
  if (problem) throw new DatadogConfigError(`The ${kind} id ${quoted(id)} is not valid: ${problem}.`);
  return id;
}

function pathId(kind: string, id: string): string {
  if (!id.trim()) throw new DatadogConfigError(`A ${kind} id is needed.`);
  const problem = pathIdProblem(id);
  if (problem) throw new DatadogConfigError(`The ${kind} id ${quoted(id)} is not valid: ${problem}.`);
  return id;
}

/** A value as given, fit to show in a message however odd it is. */
function quoted(value: string): string {
  return `"${excerpt(value, 60)}"`;
}

function millis(field: string, date: Date): number {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new DatadogConfigError(`${field} is not a valid date.`);
  return ms;
}

function iso(field: string, date: Date): string {
  return new Date(millis(field, date)).toISOString();
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value?.trim() ? { [key]: value } : {}) as { [P in K]?: string };
}

function gitAndTags(event: { git?: GitInfo; customTags?: string[] }): { git?: WireGitInfo; custom_tags?: string[] } {
  const out: { git?: WireGitInfo; custom_tags?: string[] } = {};
  if (event.git) {
    const problem = commitShaProblem(event.git.commitSha);
    if (problem) throw new DatadogConfigError(`Commit SHA ${quoted(event.git.commitSha)} is not valid: ${problem}.`);
    if (!event.git.repositoryUrl.trim()) throw new DatadogConfigError('The git info needs a repository URL.');
    out.git = { commit_sha: event.git.commitSha, repository_url: event.git.repositoryUrl };
  }
  const tags = event.customTags ?? [];
  if (tags.length > MAX_CUSTOM_TAGS) {
    throw new DatadogConfigError(`${tags.length} custom tags given: Datadog accepts at most ${MAX_CUSTOM_TAGS} per event.`);
  }
  for (const tag of tags) {
    const problem = tagProblem(tag);
    if (problem) throw new DatadogConfigError(`Custom tag ${quoted(tag)} is not valid: ${problem}.`);
  }
  if (tags.length) out.custom_tags = tags;
  return out;
}

// ---- responses ----

/** RFC 3339 strings, or integers in seconds, milliseconds or nanoseconds, as Datadog infers them. */
export function parseTime(value: WireTime | undefined | null): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' || /^\d+$/.test(value)) {
    const n = Number(value);
    const ms = n < 1e11 ? n * 1000 : n < 1e14 ? n : n / 1e6;
    return new Date(ms);
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

function parseDeployment(object: WireEventObject): Deployment {
  const a = object.attributes ?? {};
  return {
    id: object.id ?? '',
    service: a.service ?? '',
    startedAt: parseTime(a.started_at) ?? new Date(Number.NaN),
    ...definedDate('finishedAt', a.finished_at),
    ...optional('env', a.env),
    ...optional('version', a.version),
    ...optional('team', a.team),
    customTags: a.custom_tags ?? [],
    ...(a.git?.commit_sha ? { git: { commitSha: a.git.commit_sha, repositoryId: a.git.repository_id ?? '' } } : {}),
  };
}

function parseFailure(object: WireEventObject): Failure {
  const a = object.attributes ?? {};
  return {
    id: object.id ?? '',
    ...definedDate('startedAt', a.started_at),
    ...definedDate('finishedAt', a.finished_at),
    ...optional('name', a.name),
    ...optional('severity', a.severity),
    services: a.services ?? [],
    ...optional('team', a.team),
    ...optional('env', a.env),
    ...optional('version', a.version),
    customTags: a.custom_tags ?? [],
    ...(a.git?.commit_sha ? { git: { commitSha: a.git.commit_sha, repositoryUrl: a.git.repository_url ?? '' } } : {}),
  };
}

function definedDate<K extends string>(key: K, value: WireTime | undefined): { [P in K]?: Date } {
  const date = parseTime(value);
  return (date ? { [key]: date } : {}) as { [P in K]?: Date };
}
