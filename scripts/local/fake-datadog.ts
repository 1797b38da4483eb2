// Real HTTP servers on 127.0.0.1 standing in for Datadog: the API host (the DORA API, v1 events
// and the event search) and the event intake host (v2 events). They store what they are sent,
// answer like Datadog, follow their own clock for what Datadog decides by the date, and can be
// told to misbehave for the next requests.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { INCIDENT_DATA_ENDS, INCIDENT_INGESTION_ENDS } from '../../src/datadog/retirement.ts';
import type { WireDeploymentRequest, WireFailureRequest, WireListRequest } from '../../src/datadog/wire.ts';
import { type AlertEventAttributes, type Answer, eventsApi, type PostedEvent } from './fake-events.ts';
import { requestBodyErrors } from './openapi.ts';

export type { AlertEventAttributes, PostedEvent } from './fake-events.ts';

export const API_KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
export const APP_KEY = 'f0e1d2c3b4a5968778695a4b3c2d1e0f12345678';

export interface ReceivedRequest {
  /** Which of Datadog's hosts it was sent to. */
  host: 'api' | 'intake';
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** performance.now() when the whole request had arrived: for the gaps between requests. */
  at: number;
  /** Date.now() at the same moment: to compare with other processes' clocks. */
  receivedAt: number;
  /** What Datadog would refuse or drop: a body off the schema, or an operation its host does not serve. */
  schemaErrors: string[];
}

/** Ways an answer can be lost after the whole request arrived. */
export type LostAnswer =
  /** No answer at all. */
  | 'silence'
  /** The connection drops before any answer. */
  | 'reset'
  /** Headers with Content-Length and half the body, then a TCP reset (a plain close over TLS). */
  | 'reset-mid-body'
  /** Headers with Content-Length and half the body, then the connection closes. */
  | 'short-body'
  /** Chunked: half the body in one chunk, then the connection closes without the last chunk. */
  | 'chunked-cut'
  /**
   * Neither Content-Length nor chunking: half the body, then the connection closes. The client
   * cannot tell this from a whole answer: it sees a 200 whose JSON does not parse.
   */
  | 'unframed-cut'
  /** Headers with Content-Length and half the body, then nothing more. */
  | 'stall';

/** What to do with one coming request instead of answering it normally. */
export type Misbehaviour =
  /** This answer instead; `text` is sent as is (give headers a content-type), else `body` as JSON. */
  | { status: number; body?: unknown; text?: string; headers?: Record<string, string> }
  | { hang: true }
  /** Handles the request (stores the event), then drops the connection before answering. */
  | { resetAfterStoring: true }
  /**
   * Loses the answer in this way. With `store`, the request is handled first (a send stores its
   * event, a patch applies) and its own answer is the one lost; without, nothing is stored.
   */
  | { lose: LostAnswer; store: boolean };

interface StoredEvent {
  id: string;
  attributes: Record<string, unknown>;
}

export type DeploymentAttributes = WireDeploymentRequest['data']['attributes'];
export type FailureAttributes = WireFailureRequest['data']['attributes'];

export interface FakeDatadogOptions {
  /** Answer sends with an id of Datadog's own instead of the one sent. */
  ownIds?: boolean;
  /** How get and list render times: RFC 3339 strings (today's API) or integer seconds (older answers). */
  timesAs?: 'rfc3339' | 'seconds';
  /** Serve HTTPS with this key and certificate (both hosts). */
  tls?: { key: string; cert: string };
  /**
   * The stand-in's now, in ms (default Date.now): what Datadog decides by the date (the retirement
   * of DORA incidents, an event's age) follows it. Tests set the action's clock to the same instant.
   */
  clock?: () => number;
}

export interface FakeDatadog {
  /** The API host. */
  url: string;
  port: number;
  /** The event intake host, where v2 events are posted (`event-management-intake.<site>`). */
  intakeUrl: string;
  /** Both hosts' requests, in order of arrival. */
  requests: ReceivedRequest[];
  /** The events stored. Lists render each once: change one listed already by storing it anew. */
  deployments: Map<string, StoredEvent>;
  failures: Map<string, StoredEvent>;
  /** The events of the Events API, v2 and v1 alike, in order of arrival. */
  events: PostedEvent[];
  /** The next requests to either host, in order, get these instead of a normal answer. */
  misbehave(...next: Misbehaviour[]): void;
  /** The same, for the next requests to this path only (`/api/v2/events` is the intake's). */
  misbehaveOn(path: string, ...next: Misbehaviour[]): void;
  /**
   * Stores events as if each had been sent (what a send's `data.attributes` holds, checked against
   * the schema; it throws on the first that fails), without HTTP: histories of thousands load at once.
   */
  seed(events: { deployments?: DeploymentAttributes[]; failures?: FailureAttributes[] }): void;
  /**
   * Stores v2 alert events as if each had been posted (what a post's `data.attributes` holds,
   * checked against the schema; it throws on the first that fails), without HTTP and whatever their
   * age: histories of many weeks load at once. Left out, an event's timestamp is the clock's now.
   */
  seedEvents(events: AlertEventAttributes[]): void;
  /** Every schema error of every request body either host received, with its request. */
  schemaErrors(): string[];
  close(): Promise<void>;
}

/**
 * Datadog's event search syntax, as far as the action uses it: terms `key:value`, `key:"quoted
 * value"` and `key:(a OR b)`, all of which must match. Anything else is refused, as a stricter
 * server would. A term on `service` also matches a failure's `services`.
 */
export function parseQuery(query: string): ((attributes: Record<string, unknown>) => boolean) | undefined {
  const term = /\s*([a-z_.]+):(?:"((?:[^"\\]|\\.)*)"|\(([^)]*)\)|([^\s"()]+))/gy;
  const terms: { key: string; values: string[] }[] = [];
  let consumed = 0;
  for (let match = term.exec(query); match; match = term.exec(query)) {
    const [, key = '', quoted, group, bare] = match;
    const values =
      quoted !== undefined
        ? [quoted.replace(/\\(.)/g, '$1')]
        : group !== undefined
          ? group.split(/\s+OR\s+/).map((v) => v.trim())
          : [bare ?? ''];
    terms.push({ key, values });
    consumed = term.lastIndex;
  }
  if (query.slice(consumed).trim()) return undefined;
  return (attributes) =>
    terms.every(({ key, values }) => {
      const actual =
        key === 'service' && Array.isArray(attributes.services)
          ? (attributes.services as string[])
          : [String(attributes[key] ?? '')];
      return values.some((value) => actual.includes(value));
    });
}

/** The times a list can be sorted by; any other field is refused, as a stricter server would. */
const SORTABLE = new Set(['started_at', 'finished_at']);

const badRequest = (...details: string[]) => ({
  status: 400,
  body: { errors: details.map((detail) => ({ status: '400', title: 'Bad Request', detail })) },
});
const NOT_FOUND: Answer = { status: 404, body: { errors: ['Not found'] } };
const FORBIDDEN: Answer = { status: 403, body: { errors: ['Forbidden'] } };

/**
 * Datadog retires DORA incidents in two steps (the dates are the action's own): from each date,
 * these operations answer 410. The stand-in's get and delete take `failure` and `failures` alike.
 */
const RETIREMENTS = [
  {
    from: INCIDENT_INGESTION_ENDS.getTime(),
    operations: /^(POST \/api\/v2\/dora\/(failure|incident)|DELETE \/api\/v2\/dora\/failures?\/[^/]+)$/,
    detail: 'DORA incident ingestion has been disabled.',
  },
  {
    from: INCIDENT_DATA_ENDS.getTime(),
    operations: /^(POST \/api\/v2\/dora\/failures|GET \/api\/v2\/dora\/failures?\/[^/]+)$/,
    detail: 'DORA incident data has been retired.',
  },
];

/** Datadog's answer when a key's rate limit is spent: its five headers, the reset in whole seconds. */
export function rateLimited(resetSeconds: number): Misbehaviour {
  return {
    status: 429,
    body: { errors: ['Too many requests'] },
    headers: {
      'x-ratelimit-limit': '60',
      'x-ratelimit-period': '60',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(resetSeconds),
      'x-ratelimit-name': 'dora_metrics_read',
    },
  };
}

export async function startFakeDatadog(options: FakeDatadogOptions = {}): Promise<FakeDatadog> {
  const requests: ReceivedRequest[] = [];
  const deployments = new Map<string, StoredEvent>();
  const failures = new Map<string, StoredEvent>();
  const queue: { path?: string; misbehaviour: Misbehaviour }[] = [];
  let ownIdCounter = 0;
  const clock = options.clock ?? Date.now;
  const eventsStandIn = eventsApi(clock);

  const time = (ms: unknown) =>
    options.timesAs === 'seconds' ? Math.floor(Number(ms) / 1000) : new Date(Number(ms)).toISOString();
  // An event's answer is made once: the bench lists thousands, page after page. A patch changes
  // nothing rendered, and a send stores a new event.
  const renderedText = new WeakMap<StoredEvent, string>();
  const rendered = (event: StoredEvent, type: string): string => {
    let text = renderedText.get(event);
    if (text === undefined) renderedText.set(event, (text = JSON.stringify(render(event, type))));
    return text;
  };
  // Like Datadog's get and list: what was sent, never the marks a patch made.
  const render = (event: StoredEvent, type: string) => {
    const {
      id: _sent,
      started_at,
      finished_at,
      change_failure: _mark,
      remediation: _remediation,
      ...attributes
    } = event.attributes;
    const git = event.attributes.git as { commit_sha: string; repository_url: string } | undefined;
    return {
      id: event.id,
      type,
      attributes: {
        ...attributes,
        started_at: time(started_at),
        ...(finished_at === undefined ? {} : { finished_at: time(finished_at) }),
        ...(git && type === 'dora_deployment'
          ? { git: { commit_sha: git.commit_sha, repository_id: git.repository_url.replace(/^https?:\/\//, '') } }
          : {}),
      },
    };
  };

  function answer(method: string, path: string, headers: IncomingHttpHeaders, body: unknown): Answer {
    const apiKeyOk = headers['dd-api-key'] === API_KEY;
    const appKeyOk = headers['dd-application-key'] === APP_KEY;
    if (method === 'GET' && path === '/api/v1/validate')
      return apiKeyOk ? { status: 200, body: { valid: true } } : FORBIDDEN;
    // Datadog's deprecated v2 intake on the API host: a 404 here, so that a test sees the action use it.
    if (method === 'POST' && path === '/api/v2/events') return NOT_FOUND;
    const apiKeyOnly =
      method === 'POST' &&
      ['/api/v2/dora/deployment', '/api/v2/dora/failure', '/api/v2/dora/incident', '/api/v1/events'].includes(path);
    if (!apiKeyOk || (!apiKeyOnly && !appKeyOk)) return FORBIDDEN;
    if (method === 'POST' && path === '/api/v1/events') return eventsStandIn.postV1(body);
    if (method === 'POST' && path === '/api/v2/events/search') return eventsStandIn.search(body, apiUrl);
    const now = clock();
    const retired = RETIREMENTS.find(({ from, operations }) => now >= from && operations.test(`${method} ${path}`));
    if (retired) return { status: 410, body: { errors: [{ status: '410', title: 'Gone', detail: retired.detail }] } };
    const schemaErrors = requestBodyErrors(method, path, body);
    if (schemaErrors.length) return badRequest(...schemaErrors);

    const attributes =
      (body as { data?: { attributes?: Record<string, unknown> } } | undefined)?.data?.attributes ?? {};
    const store = (events: Map<string, StoredEvent>, type: string) => {
      const id = options.ownIds ? `dd${String(++ownIdCounter).padStart(14, '0')}` : String(attributes.id);
      events.set(id, { id, attributes });
      return { status: 200, body: { data: { id, type } } };
    };
    // `from` and `to` (RFC 3339, checked by the schema, as `limit` at most 1000 is) bound the start
    // time: Datadog's documents do not say which time they bound, and its one recorded answer fits either.
    const list = (events: Map<string, StoredEvent>, type: string) => {
      const {
        from,
        to,
        limit = 10,
        query = '',
        sort = '-started_at',
      } = attributes as WireListRequest['data']['attributes'];
      const filter = parseQuery(query);
      if (!filter) return badRequest(`invalid query: ${query}`);
      const sortField = sort.replace(/^-/, '');
      if (!SORTABLE.has(sortField)) return badRequest(`invalid sort: ${sort}`);
      const direction = sort.startsWith('-') ? -1 : 1;
      const fromMs = from === undefined ? -Infinity : Date.parse(from);
      const toMs = to === undefined ? Infinity : Date.parse(to);
      // Each event's times read once, not in every comparison: the bench lists thousands, page after page.
      const found: { event: StoredEvent; key: number }[] = [];
      for (const event of events.values()) {
        const started = Number(event.attributes.started_at);
        if (started < fromMs || started > toMs || !filter(event.attributes)) continue;
        found.push({ event, key: Number(event.attributes[sortField] ?? started) });
      }
      found.sort((a, b) => direction * (a.key - b.key));
      return {
        status: 200,
        text: `{"data":[${found
          .slice(0, limit)
          .map(({ event }) => rendered(event, type))
          .join(',')}]}`,
      };
    };
    // Like Datadog: the most recently finished match gets the patch, and no match is accepted all the same.
    const patchByVersion = () => {
      const { service, env, version, ...patch } = attributes;
      const [latest] = [...deployments.values()]
        .filter((e) => e.attributes.service === service && e.attributes.env === env && e.attributes.version === version)
        .sort((a, b) => Number(b.attributes.finished_at) - Number(a.attributes.finished_at));
      if (latest) Object.assign(latest.attributes, patch);
      return { status: 202, body: { data: null } };
    };
    const byId = /^\/api\/v2\/dora\/(deployments?|failures?)\/([^/]+)$/.exec(path);
    const id = byId ? decodeURIComponent(byId[2] ?? '') : '';

    if (method === 'POST' && path === '/api/v2/dora/deployment') return store(deployments, 'dora_deployment');
    // The legacy name of the same operation: Datadog answers it alike.
    if (method === 'POST' && (path === '/api/v2/dora/failure' || path === '/api/v2/dora/incident'))
      return store(failures, 'dora_failure');
    if (method === 'POST' && path === '/api/v2/dora/deployments') return list(deployments, 'dora_deployment');
    if (method === 'PATCH' && path === '/api/v2/dora/deployments') return patchByVersion();
    if (method === 'POST' && path === '/api/v2/dora/failures') return list(failures, 'dora_incident');
    if (byId) {
      const events = byId[1]?.startsWith('deployment') ? deployments : failures;
      const event = events.get(id);
      // Datadog documents no 404 for get and patch: its get says an unknown id with a 400, and its
      // patch accepts one, matching nothing, as the patch by version does. A 404 is a misbehaviour away.
      if (!event && method === 'GET')
        return badRequest(`${events === deployments ? 'deployment' : 'failure'} not found`);
      if (!event && method === 'PATCH') return { status: 202, body: { data: null } };
      if (!event) return NOT_FOUND;
      if (method === 'GET')
        return {
          status: 200,
          body: { data: render(event, events === deployments ? 'dora_deployment' : 'dora_incident') },
        };
      if (method === 'PATCH') {
        Object.assign(event.attributes, (body as { data: { attributes: object } }).data.attributes);
        return { status: 202, body: { data: null } };
      }
      if (method === 'DELETE') {
        events.delete(id);
        return { status: 202 };
      }
    }
    return NOT_FOUND;
  }

  /** The event intake host serves one operation: v2 events, with both keys. */
  function answerIntake(method: string, path: string, headers: IncomingHttpHeaders, body: unknown): Answer {
    if (method !== 'POST' || path !== '/api/v2/events') return NOT_FOUND;
    if (headers['dd-api-key'] !== API_KEY || headers['dd-application-key'] !== APP_KEY) {
      return {
        status: 403,
        body: { errors: [{ status: '403', title: 'Forbidden', detail: 'Forbidden' }] },
        headers: { 'content-type': 'application/json' },
      };
    }
    return eventsStandIn.postV2(body);
  }

  /** What Datadog would refuse or drop: a body off the schema, or an operation sent to the wrong host. */
  const problems = (host: ReceivedRequest['host'], method: string, path: string, body: unknown): string[] => {
    const intakes = method === 'POST' && path === '/api/v2/events';
    if (host === 'intake')
      return intakes
        ? requestBodyErrors(method, path, body)
        : [`${method} ${path} is not an operation of the event intake host`];
    if (intakes)
      return [
        "POST /api/v2/events on the API host is Datadog's deprecated endpoint: post events to the event intake host",
      ];
    return path === '/api/v1/validate' ? [] : requestBodyErrors(method, path, body);
  };

  const send = (
    res: ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
    text?: string,
  ) => {
    res.writeHead(status, { 'content-type': 'application/vnd.api+json', ...headers });
    res.end(text ?? (body === undefined ? '' : JSON.stringify(body)));
  };

  // Written to the socket by hand: Node's server would frame and finish every answer properly.
  const lose = (req: IncomingMessage, how: LostAnswer, normal?: Answer) => {
    const { socket } = req;
    if (how === 'silence') return;
    if (how === 'reset') return socket.destroy();
    const status = normal?.status ?? 200;
    const whole = Buffer.from(normal?.text ?? JSON.stringify(normal?.body ?? { data: null }));
    const half = whole.subarray(0, Math.ceil(whole.length / 2));
    const head = (framing: string) =>
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\ncontent-type: application/vnd.api+json\r\nconnection: close\r\n${framing}\r\n`;
    const promised = `content-length: ${whole.length}\r\n`;
    if (how === 'reset-mid-body') {
      socket.write(Buffer.concat([Buffer.from(head(promised)), half]), () =>
        options.tls ? socket.destroy() : socket.resetAndDestroy(),
      );
    } else if (how === 'short-body') {
      socket.end(Buffer.concat([Buffer.from(head(promised)), half]));
    } else if (how === 'chunked-cut') {
      socket.end(
        Buffer.concat([
          Buffer.from(`${head('transfer-encoding: chunked\r\n')}${half.length.toString(16)}\r\n`),
          half,
          Buffer.from('\r\n'),
        ]),
      );
    } else if (how === 'unframed-cut') {
      socket.end(Buffer.concat([Buffer.from(head('')), half]));
    } else {
      socket.write(Buffer.concat([Buffer.from(head(promised)), half]));
    }
  };

  const handle = (host: ReceivedRequest['host']) => (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body: unknown = text ? JSON.parse(text) : undefined;
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      requests.push({
        host,
        method,
        path: url.pathname,
        headers: req.headers,
        body,
        at: performance.now(),
        receivedAt: Date.now(),
        schemaErrors: problems(host, method, url.pathname, body),
      });
      const queued = queue.findIndex((entry) => entry.path === undefined || entry.path === url.pathname);
      const next = queued === -1 ? undefined : queue.splice(queued, 1)[0]?.misbehaviour;
      if (next && 'hang' in next) return;
      if (next && 'status' in next) return send(res, next.status, next.body, next.headers, next.text);
      if (next && 'lose' in next && !next.store) return lose(req, next.lose);
      const normal = (host === 'api' ? answer : answerIntake)(method, url.pathname, req.headers, body);
      if (next && 'resetAfterStoring' in next) return req.socket.destroy();
      if (next && 'lose' in next) return lose(req, next.lose, normal);
      send(res, normal.status, normal.body, normal.headers, normal.text);
    });
  };
  const listen = async (host: ReceivedRequest['host']) => {
    const server = options.tls ? createHttpsServer(options.tls, handle(host)) : createServer(handle(host));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, port: (server.address() as AddressInfo).port };
  };
  const api = await listen('api');
  const intake = await listen('intake');
  const scheme = options.tls ? 'https' : 'http';
  const apiUrl = `${scheme}://127.0.0.1:${api.port}`;

  return {
    url: apiUrl,
    port: api.port,
    intakeUrl: `${scheme}://127.0.0.1:${intake.port}`,
    requests,
    deployments,
    failures,
    events: eventsStandIn.events,
    misbehave: (...next) => queue.push(...next.map((misbehaviour) => ({ misbehaviour }))),
    misbehaveOn: (path, ...next) => queue.push(...next.map((misbehaviour) => ({ path, misbehaviour }))),
    seed: ({ deployments: sentDeployments = [], failures: sentFailures = [] }) => {
      const load = (
        events: Map<string, StoredEvent>,
        path: string,
        sent: (DeploymentAttributes | FailureAttributes)[],
      ) => {
        for (const attributes of sent) {
          const errors = requestBodyErrors('POST', path, { data: { attributes } });
          if (errors.length) throw new Error(`Cannot seed ${attributes.id}: ${errors.join('; ')}`);
          events.set(attributes.id, { id: attributes.id, attributes: { ...attributes } });
        }
      };
      load(deployments, '/api/v2/dora/deployment', sentDeployments);
      load(failures, '/api/v2/dora/failure', sentFailures);
    },
    seedEvents: (sent) => eventsStandIn.seed(sent),
    schemaErrors: () => requests.flatMap((r) => r.schemaErrors.map((e) => `${r.method} ${r.path}: ${e}`)),
    close: async () => {
      await Promise.all(
        [api.server, intake.server].map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}
