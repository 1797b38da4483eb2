// Datadog's Events API as the stand-in serves it: events posted through v2 (the event intake host)
// or v1 (the API host) kept in one list, and read back by the search as Datadog renders them.
// Keys and hosts are the stand-in's business (fake-datadog.ts); the answers are Datadog's recorded ones.
import { randomBytes } from 'node:crypto';
import type { WireAlertEventRequest } from '../../src/datadog/wire.ts';
import { requestBodyErrors, requestBodyIssues } from './openapi.ts';

/** An answer: `text` is sent as is, else `body` as JSON. */
export interface Answer {
  status: number;
  body?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

/** What a v2 alert event's `data.attributes` holds: what `seedEvents` takes. */
export type AlertEventAttributes = WireAlertEventRequest['data']['attributes'];

/** An event as Datadog keeps it, whichever API it came through. */
export interface PostedEvent {
  /** Datadog's id of the event: the v2 answer's `evt.uid`. */
  uid: string;
  /** The older numeric id: the v2 answer's `evt.id`, v1's `id_str`. */
  evtId: string;
  via: 'v2' | 'v1';
  /** v2 only: v1 events have no category. */
  category?: 'alert' | 'change';
  title: string;
  /** v2's `message`, v1's `text`. */
  message?: string;
  tags: string[];
  aggregation_key?: string;
  /** v1's alert_type as the Explorer shows it: error, ok (success), warn (warning), info (the rest). */
  status?: 'error' | 'warn' | 'ok' | 'info';
  /** As sent: "1" to "5" through v2, normal or low through v1. */
  priority?: string;
  /** v2 alert events' free-form attributes. */
  custom?: Record<string, unknown>;
  /** When it happened, in ms: the time sent, else its receipt by the stand-in's clock. */
  timestamp: number;
}

interface V2Attributes {
  title: string;
  category: 'alert' | 'change';
  message?: string;
  tags?: string[];
  aggregation_key?: string;
  timestamp?: string;
  attributes: { status?: 'error' | 'warn' | 'ok'; priority?: string; custom?: Record<string, unknown> };
}

interface V1Body {
  title: string;
  text: string;
  alert_type?: string;
  tags?: string[];
  aggregation_key?: string;
  date_happened?: number;
  priority?: string | null;
  related_event_id?: number;
}

interface SearchBody {
  filter?: { query?: string; from?: string; to?: string };
  page?: { cursor?: string; limit?: number };
  sort?: 'timestamp' | '-timestamp';
}

/** Both APIs refuse an event time older than this. */
const MAX_AGE_MS = 18 * 3_600_000;
/** ISO 8601 as the stand-in takes it: a date, or a date and a time with its offset. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const V1_STATUS: Record<string, PostedEvent['status']> = { error: 'error', success: 'ok', warning: 'warn' };
const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

const JSON_TYPE = { 'content-type': 'application/json' };
const json = (status: number, body: unknown): Answer => ({ status, body, headers: JSON_TYPE });
/** The intake's errors are JSON:API's; the API host's events errors are plain strings. */
const intakeError = (...details: string[]) =>
  json(400, { errors: details.map((detail) => ({ status: '400', title: 'Bad Request', detail })) });
const plainError = (...errors: string[]) => json(400, { errors });
// Recorded as is, Python's repr inside the string included.
const INVALID_CURSOR = plainError(`{'errors': [u"input_validation_error(Field 'page' is invalid: invalid cursor)"]}`);

/** `/data/attributes/tags/0` as Datadog's validator says it: `$.data.attributes.tags[0]`. */
const jsonPath = (pointer: string) =>
  `$${pointer
    .split('/')
    .slice(1)
    .map((step) => (/^\d+$/.test(step) ? `[${step}]` : `.${step}`))
    .join('')}`;

const rfc3339 = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const service = (event: PostedEvent) => event.tags.find((tag) => tag.startsWith('service:'))?.slice('service:'.length);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Datadog's event search syntax, as far as the action uses it: terms `key:value`, `key:"quoted
 * value"`, `key:(a OR b)` and `key:*` (`*` in a bare value matches anything), joined by spaces or
 * AND, all of which must match; `*` alone matches every event. A term matches the event's tags
 * `key:value`, except Datadog's reserved attributes `status` and `service`, and `@` paths, which
 * match the attributes (`@evt.category:alert`, `@aggregation_key:k`, `@custom.x:y`). Anything else
 * is refused, as a stricter server would.
 */
function parseEventQuery(query: string): ((event: PostedEvent) => boolean) | undefined {
  if (query.trim() === '*') return () => true;
  const term = /\s*(?:AND\s|(@?[a-zA-Z][\w.-]*):(?:"((?:[^"\\]|\\.)*)"|\(([^)]*)\)|([^\s"()]+)))/gy;
  const terms: { key: string; matches: (value: string) => boolean }[] = [];
  let consumed = 0;
  for (let match = term.exec(query); match; match = term.exec(query)) {
    consumed = term.lastIndex;
    const [, key, quoted, group, bare] = match;
    if (key === undefined) continue;
    const values =
      quoted !== undefined
        ? [`"${quoted}"`]
        : group !== undefined
          ? group.split(/\s+OR\s+/).map((v) => v.trim())
          : [bare ?? ''];
    const patterns = values.map((value) => {
      const exact = /^"((?:[^"\\]|\\.)*)"$/.exec(value)?.[1]?.replace(/\\(.)/g, '$1');
      if (exact !== undefined) return (actual: string) => actual === exact;
      const glob = new RegExp(`^${value.split('*').map(escapeRegExp).join('.*')}$`);
      return (actual: string) => glob.test(actual);
    });
    terms.push({ key, matches: (value) => patterns.some((pattern) => pattern(value)) });
  }
  if (!terms.length || query.slice(consumed).trim()) return undefined;
  return (event) => terms.every(({ key, matches }) => valuesOf(event, key).some(matches));
}

function valuesOf(event: PostedEvent, key: string): string[] {
  if (key === 'status') return event.status === undefined ? [] : [event.status];
  if (key === 'service') return [service(event)].filter((value) => value !== undefined);
  if (!key.startsWith('@'))
    return event.tags.filter((tag) => tag.startsWith(`${key}:`)).map((tag) => tag.slice(key.length + 1));
  const attributes = {
    ...readAttributes(event),
    evt: { id: event.evtId, uid: event.uid, type: 'api', category: event.category },
  };
  let found: unknown = attributes;
  for (const step of key.slice(1).split('.'))
    found = typeof found === 'object' && found !== null ? (found as Record<string, unknown>)[step] : undefined;
  return [found]
    .flat()
    .filter((value) => value !== undefined && value !== null && typeof value !== 'object')
    .map(String);
}

/** The event's `attributes.attributes` in a search answer. */
const readAttributes = (event: PostedEvent) => ({
  status: event.status,
  priority: event.priority,
  aggregation_key: event.aggregation_key,
  title: event.title,
  timestamp: event.timestamp,
  custom: event.custom,
  evt: { id: event.evtId, uid: event.uid, type: 'api' },
  service: service(event),
});

/** `from` and `to` as Datadog takes them: ms digits, ISO 8601, or `now` less an amount (`now-15m`). */
function instant(text: string, now: number): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const math = /^now(?:-(\d+)([smhdw]))?$/.exec(text);
  if (math) return now - Number(math[1] ?? 0) * (UNIT_MS[math[2] ?? 's'] ?? 0);
  return ISO_8601.test(text) ? Date.parse(text) : undefined;
}

export function eventsApi(clock: () => number) {
  const events: PostedEvent[] = [];
  // An event's answer is made once: the bench searches thousands, page after page.
  const renderedText = new WeakMap<PostedEvent, string>();
  const rendered = (event: PostedEvent): string => {
    let text = renderedText.get(event);
    if (text === undefined) {
      // Like Datadog's: a long opaque id that holds the time and the uid, not the uid itself.
      const time = Buffer.alloc(8);
      time.writeBigUInt64BE(BigInt(event.timestamp));
      const id = Buffer.concat([Buffer.from([2, 0, 0]), time, Buffer.from(event.uid)]).toString('base64url');
      const attributes = {
        timestamp: rfc3339(event.timestamp),
        message: event.message,
        tags: event.tags,
        attributes: readAttributes(event),
      };
      renderedText.set(event, (text = JSON.stringify({ id, type: 'event', attributes })));
    }
    return text;
  };

  const store = (event: Omit<PostedEvent, 'uid' | 'evtId'>): PostedEvent => {
    // Like Datadog's: the uid begins with the receipt time's six bytes; the id has 19 digits.
    const time = Buffer.alloc(8);
    time.writeBigUInt64BE(BigInt(clock()));
    const uid = Buffer.concat([time.subarray(2), randomBytes(12)]).toString('base64url');
    const evtId = String((randomBytes(8).readBigUInt64BE() % 9_000_000_000_000_000_000n) + 1_000_000_000_000_000_000n);
    const stored = { uid, evtId, ...event };
    events.push(stored);
    return stored;
  };

  const storeV2 = (sent: V2Attributes, timestamp: number) =>
    store({
      via: 'v2',
      category: sent.category,
      title: sent.title,
      message: sent.message,
      tags: sent.tags ?? [],
      aggregation_key: sent.aggregation_key,
      status: sent.attributes.status,
      priority: sent.attributes.priority,
      custom: sent.attributes.custom,
      timestamp,
    });

  return {
    events,

    /** POST /api/v2/events on the intake host, its keys checked. */
    postV2(body: unknown): Answer {
      const issues = requestBodyIssues('POST', '/api/v2/events', body);
      if (issues.length)
        return intakeError(
          ...issues.map(({ at = '', message }) => `JSON validation failed at ${jsonPath(at)}: ${message}.`),
        );
      const sent = (body as { data: { attributes: V2Attributes } }).data.attributes;
      const now = clock();
      const { timestamp } = sent;
      if (timestamp !== undefined && !ISO_8601.test(timestamp)) {
        return intakeError(
          `JSON validation failed at $.data.attributes.timestamp: ${JSON.stringify(timestamp)} is not an ISO 8601 date-time.`,
        );
      }
      if (timestamp !== undefined && now - Date.parse(timestamp) > MAX_AGE_MS)
        return intakeError(`timestamp ${timestamp} is older than 18 hours`);
      const { uid, evtId } = storeV2(sent, timestamp === undefined ? now : Date.parse(timestamp));
      return json(202, {
        data: { attributes: { attributes: { evt: { id: evtId, uid } } }, id: '_', type: 'event' },
        links: { self: `https://app.datadoghq.com/event/event?uid=${uid}` },
      });
    },

    /** POST /api/v1/events on the API host, its key checked. */
    postV1(body: unknown): Answer {
      const errors = requestBodyErrors('POST', '/api/v1/events', body);
      if (errors.length) return plainError(...errors);
      const sent = body as V1Body;
      const now = clock();
      if (sent.date_happened !== undefined && now - sent.date_happened * 1000 > MAX_AGE_MS) {
        return {
          status: 400,
          text: '{"errors":["Event too far in the past"]}',
          headers: { 'content-type': 'text/plain; charset=utf-8' },
        };
      }
      const event = store({
        via: 'v1',
        title: sent.title,
        message: sent.text,
        tags: sent.tags ?? [],
        aggregation_key: sent.aggregation_key,
        status: V1_STATUS[sent.alert_type ?? ''] ?? 'info',
        priority: sent.priority ?? undefined,
        timestamp: sent.date_happened === undefined ? now : sent.date_happened * 1000,
      });
      // `id` as a JSON number loses precision, as Datadog's does: `id_str` is the id.
      return json(202, {
        status: 'ok',
        event: {
          id: Number(event.evtId),
          id_str: event.evtId,
          title: sent.title,
          text: sent.text,
          date_happened: Math.floor(event.timestamp / 1000),
          handle: null,
          priority: sent.priority ?? null,
          related_event_id: sent.related_event_id ?? null,
          tags: event.tags,
          url: `https://app.datadoghq.com/event/event?id=${event.evtId}`,
        },
      });
    },

    /**
     * POST /api/v2/events/search on the API host, its keys checked. Like the recordings: newest
     * first unless sorted by `timestamp`, a cursor after every page that is not empty, and the end
     * told by an empty page. `from` and `to` bound the event's timestamp, both included.
     */
    search(body: unknown, apiUrl: string): Answer {
      const errors = requestBodyErrors('POST', '/api/v2/events/search', body);
      if (errors.length) return plainError(...errors);
      const { filter = {}, page = {}, sort } = (body ?? {}) as SearchBody;
      const match = parseEventQuery(filter.query ?? '*');
      if (!match) return plainError(`invalid query: ${filter.query}`);
      const now = clock();
      const from = instant(filter.from ?? 'now-15m', now);
      const to = instant(filter.to ?? 'now', now);
      if (from === undefined || to === undefined)
        return plainError(`invalid time: ${from === undefined ? filter.from : filter.to}`);
      const { limit = 10, cursor } = page;
      if (limit < 1) return plainError(`invalid page limit: ${limit}`);

      const direction = sort === 'timestamp' ? 1 : -1;
      const found = events
        .filter((e) => e.timestamp >= from && e.timestamp <= to && match(e))
        .sort((a, b) => direction * (a.timestamp - b.timestamp));
      let start = 0;
      if (cursor !== undefined) {
        let after: unknown;
        try {
          after = (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown }).after;
        } catch {
          return INVALID_CURSOR;
        }
        const index = found.findIndex((e) => e.uid === after);
        if (index === -1) return INVALID_CURSOR;
        start = index + 1;
      }
      const items = found.slice(start, start + limit);
      const last = items.at(-1);
      if (!last) return { status: 200, text: '{"data":[]}', headers: JSON_TYPE };
      const next = Buffer.from(JSON.stringify({ after: last.uid })).toString('base64url');
      const query = new URLSearchParams();
      for (const [name, value] of [
        ['filter[query]', filter.query],
        ['filter[from]', filter.from],
        ['filter[to]', filter.to],
        ['page[cursor]', next],
        ['page[limit]', page.limit],
        ['sort', sort],
      ] as const) {
        if (value !== undefined) query.set(name, String(value));
      }
      const links = { next: `${apiUrl}/api/v2/events/search?${query}` };
      return {
        status: 200,
        text: `{"data":[${items.map(rendered).join(',')}],"meta":{"page":{"after":${JSON.stringify(next)}}},"links":${JSON.stringify(links)}}`,
        headers: JSON_TYPE,
      };
    },

    /** Stores v2 alert events as if each had been posted, their age unchecked: histories of weeks load at once. */
    seed(sent: AlertEventAttributes[]): void {
      for (const attributes of sent) {
        const errors = requestBodyErrors('POST', '/api/v2/events', { data: { type: 'event', attributes } });
        if (attributes.timestamp !== undefined && !ISO_8601.test(attributes.timestamp))
          errors.push(`/data/attributes/timestamp is not ISO 8601: ${attributes.timestamp}`);
        if (errors.length) throw new Error(`Cannot seed "${attributes.title}": ${errors.join('; ')}`);
        storeV2(attributes, attributes.timestamp === undefined ? clock() : Date.parse(attributes.timestamp));
      }
    },
  };
}
