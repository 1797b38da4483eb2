// Which 2xx answers are Datadog's. A gateway, captive portal or proxy can answer 200 too: only an
// answer of the shape Datadog gives is a success.
import type { Operation } from './errors.ts';
import { pathIdProblem } from './rules.ts';

export interface RawAnswer {
  status: number;
  /** The Content-Type header; empty when there is none. */
  contentType: string;
  text: string;
}

export type AnswerVerdict =
  /** Datadog's answer, parsed. */
  | { verdict: 'datadog'; body: unknown }
  /** JSON was announced and does not parse: the answer broke off on its way, so it is lost. */
  | { verdict: 'cut' }
  /** Not JSON, or JSON of another shape: someone else answered. */
  | { verdict: 'foreign' };

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/** Judges a 2xx answer to an operation. */
export function checkAnswer(operation: Operation, answer: RawAnswer): AnswerVerdict {
  const events = EVENT_ANSWERS[operation as keyof typeof EVENT_ANSWERS];
  if (events) return checkEventAnswer(events, answer);
  const { status, text } = answer;
  const kind = operation.split(' ')[0];
  const writes = kind === 'patch' || kind === 'delete';
  const statusFits = kind === 'send' ? status === 200 || status === 202 : writes ? status === 202 : status === 200;
  if (!statusFits) return { verdict: 'foreign' };
  if (writes && text.trim() === '') return { verdict: 'datadog', body: undefined };
  if (!JSON_TYPE.test(answer.contentType)) return { verdict: 'foreign' };

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { verdict: 'cut' };
  }
  const data = isObject(body) && Object.hasOwn(body, 'data') ? body.data : undefined;
  const fits =
    kind === 'send'
      ? hasId(data)
      : writes
        ? data === null
        : kind === 'list'
          ? // Each event's id is checked with its other fields (responses.ts): one malformed event is left out, not the answer.
            Array.isArray(data) && data.every(isObject)
          : // get: data null or left out says there is no such event.
            data === null || hasId(data) || isJsonApiWithoutData(body);
  return fits ? { verdict: 'datadog', body } : { verdict: 'foreign' };
}

/** The Events API's answers: the status and the shape each operation's success has. */
const EVENT_ANSWERS = {
  // Recorded: 202 with data of type event, its evt's ids inside.
  'send alert event': {
    status: 202,
    fits: (body: Record<string, unknown>) => isObject(body.data) && body.data.type === 'event',
  },
  // Recorded: 202 {"status":"ok","event":{…}}.
  'send event (v1)': {
    status: 202,
    fits: (body: Record<string, unknown>) => body.status === 'ok' && isObject(body.event),
  },
  'search events': {
    status: 200,
    fits: (body: Record<string, unknown>) => Array.isArray(body.data) && body.data.every(hasEventId),
  },
} satisfies Partial<Record<Operation, { status: number; fits: (body: Record<string, unknown>) => boolean }>>;

function checkEventAnswer(
  expected: { status: number; fits: (body: Record<string, unknown>) => boolean },
  answer: RawAnswer,
): AnswerVerdict {
  if (answer.status !== expected.status || !JSON_TYPE.test(answer.contentType)) return { verdict: 'foreign' };
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return { verdict: 'cut' };
  }
  return isObject(body) && expected.fits(body) ? { verdict: 'datadog', body } : { verdict: 'foreign' };
}

/** Events found by a search carry long opaque ids of their own; they never go into a path. */
function hasEventId(value: unknown): boolean {
  return isObject(value) && typeof value.id === 'string' && /^[A-Za-z0-9_=+/-]{1,512}$/.test(value.id);
}

// JSON:API's top-level members besides data and errors: a gateway's own JSON has others.
const JSON_API_MEMBERS = new Set(['meta', 'links', 'jsonapi']);

function isJsonApiWithoutData(body: unknown): boolean {
  return isObject(body) && Object.keys(body).every((key) => JSON_API_MEMBERS.has(key));
}

/** An event as Datadog names it: its id goes into later requests' paths, and Datadog's own ids always fit. */
function hasId(value: unknown): boolean {
  return isObject(value) && typeof value.id === 'string' && pathIdProblem(value.id) === undefined;
}

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Control characters (a line starting `::` is a workflow command), invisible format characters
// (bidirectional overrides) and line separators.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function shown(char: string): string {
  return UNSAFE.test(char) ? (ESCAPES[char] ?? `\\u{${char.codePointAt(0)?.toString(16)}}`) : char;
}

/** Text from outside made safe to show: unsafe characters as visible escapes. */
export function harmless(text: string): string {
  // Most text is safe already: one test spares taking it apart character by character.
  return UNSAFE.test(text) ? Array.from(text, shown).join('') : text;
}

/**
 * The start of a text from outside, made harmless, at most `max` characters with the `…` that
 * says it was cut. Keys must be scrubbed from the whole text before.
 */
export function excerpt(text: string, max = 80): string {
  let out = '';
  let cutAt = 0;
  for (const char of text) {
    const next = shown(char);
    if (out.length + next.length <= max - 1) cutAt = out.length + next.length;
    out += next;
    if (out.length > max) return `${out.slice(0, cutAt)}…`;
  }
  return out;
}
