// Datadog's Events API, as far as the client uses it: alert events (v2, on the event intake host),
// the same through v1 (API key only), and the search that reads them back. Request bodies are
// built and checked before anything is sent; answers are parsed field by field.
import { excerpt, isObject } from './answers.ts';
import { DatadogConfigError } from './errors.ts';
import { parseTime } from './fields.ts';
import type { FoundEvent } from './results.ts';
import { tagProblem } from './rules.ts';
import type { AlertEvent, EventSearch, V1Event } from './types.ts';
import type { WireAlertEventRequest, WireEventSearchRequest, WireV1EventRequest } from './wire.ts';

/** Datadog refuses an event older than this. */
export const MAX_EVENT_AGE_MS = 18 * 3_600_000;
export const MAX_EVENT_TAGS = 100;
const MAX_TAG_LENGTH = 200;
export const MAX_TITLE = 500;
export const MAX_MESSAGE = 4000;
export const MAX_AGGREGATION_KEY = 100;
const MAX_CUSTOM_PROPERTIES = 100;
const MAX_CUSTOM_DEPTH = 10;
const PRIORITIES = new Set(['1', '2', '3', '4', '5']);

export function alertEventRequest(event: AlertEvent, now: Date): WireAlertEventRequest {
  if (event.status !== 'error' && event.status !== 'warn' && event.status !== 'ok') {
    throw new DatadogConfigError(
      `Alert status "${excerpt(String(event.status), 20)}" is not valid: expected error, warn or ok.`,
    );
  }
  if (event.priority !== undefined && !PRIORITIES.has(event.priority)) {
    throw new DatadogConfigError(
      `Alert priority "${excerpt(String(event.priority), 20)}" is not valid: expected "1" to "5".`,
    );
  }
  if (event.custom !== undefined) checkCustom(event.custom, 1);
  return {
    data: {
      type: 'event',
      attributes: {
        title: title(event.title),
        category: 'alert',
        ...(event.message === undefined ? {} : { message: bounded('message', event.message, MAX_MESSAGE) }),
        ...tagsAndKey(event.tags, event.aggregationKey),
        ...(event.timestamp === undefined ? {} : { timestamp: recent(event.timestamp, now).toISOString() }),
        attributes: {
          status: event.status,
          ...(event.priority === undefined ? {} : { priority: event.priority }),
          ...(event.custom === undefined ? {} : { custom: event.custom }),
        },
      },
    },
  };
}

export function v1EventRequest(event: V1Event, now: Date): WireV1EventRequest {
  if (!['error', 'warning', 'info', 'success'].includes(event.alertType)) {
    throw new DatadogConfigError(
      `Alert type "${excerpt(String(event.alertType), 20)}" is not valid: expected error, warning, info or success.`,
    );
  }
  return {
    title: title(event.title),
    text: bounded('text', event.text, MAX_MESSAGE),
    alert_type: event.alertType,
    ...tagsAndKey(event.tags, event.aggregationKey),
    ...(event.dateHappened === undefined
      ? {}
      : { date_happened: Math.floor(recent(event.dateHappened, now).getTime() / 1000) }),
  };
}

export function eventSearchRequest(search: EventSearch): WireEventSearchRequest {
  const { limit, cursor } = search;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 1000)) {
    throw new DatadogConfigError(`Search limit ${limit} is not valid: expected a whole number from 1 to 1000.`);
  }
  if (!search.query.trim()) throw new DatadogConfigError('An event search needs a query.');
  for (const [name, date] of [
    ['from', search.from],
    ['to', search.to],
  ] as const) {
    if (!(date instanceof Date) || Number.isNaN(date.getTime()))
      throw new DatadogConfigError(`The search's ${name} is not a valid date.`);
  }
  return {
    filter: { query: search.query, from: search.from.toISOString(), to: search.to.toISOString() },
    page: { ...(limit === undefined ? {} : { limit }), ...(cursor === undefined ? {} : { cursor }) },
    sort: 'timestamp',
  };
}

function title(text: string): string {
  if (typeof text !== 'string' || !text.trim()) throw new DatadogConfigError('An event needs a title.');
  return bounded('title', text, MAX_TITLE);
}

function bounded(field: string, text: string, max: number): string {
  if (typeof text !== 'string' || !text.trim())
    throw new DatadogConfigError(`An event's ${field} is empty: leave it out instead.`);
  if (text.length > max)
    throw new DatadogConfigError(`An event's ${field} has ${text.length} characters: Datadog accepts at most ${max}.`);
  return text;
}

function tagsAndKey(
  tags: string[] = [],
  aggregationKey: string | undefined,
): { tags?: string[]; aggregation_key?: string } {
  if (tags.length > MAX_EVENT_TAGS)
    throw new DatadogConfigError(`${tags.length} tags given: Datadog accepts at most ${MAX_EVENT_TAGS} per event.`);
  for (const tag of tags) {
    const problem =
      tagProblem(tag) ?? (tag.length > MAX_TAG_LENGTH ? `longer than ${MAX_TAG_LENGTH} characters` : undefined);
    if (problem) throw new DatadogConfigError(`Tag "${excerpt(tag, 60)}" is not valid: ${problem}.`);
  }
  if (aggregationKey !== undefined) bounded('aggregation key', aggregationKey, MAX_AGGREGATION_KEY);
  return {
    ...(tags.length ? { tags } : {}),
    ...(aggregationKey === undefined ? {} : { aggregation_key: aggregationKey }),
  };
}

/** Datadog refuses an event time older than 18 hours: refused here first, with what to do. */
function recent(date: Date, now: Date): Date {
  if (!(date instanceof Date) || Number.isNaN(date.getTime()))
    throw new DatadogConfigError("An event's time is not a valid date.");
  if (now.getTime() - date.getTime() > MAX_EVENT_AGE_MS) {
    throw new DatadogConfigError(
      `An event's time ${date.toISOString()} is more than 18 hours old, which Datadog refuses: leave it out (Datadog stamps the receipt) and carry the time elsewhere.`,
    );
  }
  return date;
}

function checkCustom(value: unknown, depth: number): void {
  if (depth > MAX_CUSTOM_DEPTH)
    throw new DatadogConfigError(`An event's custom attributes nest deeper than ${MAX_CUSTOM_DEPTH} levels.`);
  if (Array.isArray(value)) {
    for (const item of value) checkCustom(item, depth + 1);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const keys = Object.keys(value);
  if (keys.length > MAX_CUSTOM_PROPERTIES)
    throw new DatadogConfigError(
      `An event's custom attributes have an object of ${keys.length} properties: Datadog accepts at most ${MAX_CUSTOM_PROPERTIES}.`,
    );
  for (const key of keys) checkCustom((value as Record<string, unknown>)[key], depth + 1);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** One event of a search answer (already checked to be an object with an id), read field by field. */
export function parseFoundEvent(item: Record<string, unknown> & { id: string }): FoundEvent {
  const outer = isObject(item.attributes) ? item.attributes : {};
  const inner = isObject(outer.attributes) ? outer.attributes : {};
  const found: FoundEvent = {
    id: item.id,
    tags: Array.isArray(outer.tags) ? outer.tags.filter((tag): tag is string => typeof tag === 'string') : [],
  };
  const timestamp = parseTime(
    typeof outer.timestamp === 'string' || typeof outer.timestamp === 'number' ? outer.timestamp : undefined,
  );
  if (timestamp) found.timestamp = timestamp;
  const fields: [keyof FoundEvent, unknown][] = [
    ['title', inner.title],
    ['message', outer.message],
    ['status', inner.status],
    ['aggregationKey', inner.aggregation_key],
  ];
  for (const [key, value] of fields) {
    const given = text(value);
    if (given !== undefined) (found as unknown as Record<string, string>)[key] = given;
  }
  if (isObject(inner.custom)) found.custom = inner.custom;
  return found;
}
