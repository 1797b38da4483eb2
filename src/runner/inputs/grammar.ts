// The grammar of values: what each input may hold, and the message that names it when it does not.
// Datadog's own rules (ids, SHAs, tags, base URLs) are the client's; this wraps their verdict.
import { pathIdProblem } from '../../datadog/rules.ts';
import { quoted, UNSAFE_CHARACTERS } from '../escape.ts';
import { CLOCK_SKEW_MS, RETENTION_MS } from '../start-time.ts';
import { parseTimeInput } from '../times.ts';
import { InputError } from './types.ts';

/**
 * Every input's upper bound in characters, stated in its description in action.yml (a test holds
 * them equal). Generous for any real value, and small enough that what main saves for post stays
 * far below the 32,767 characters Windows allows an environment variable (saved state reaches
 * post as one).
 */
export const MAX_LENGTH: Record<string, number> = {
  event: 20,
  'api-key': 256,
  'app-key': 256,
  site: 100,
  'api-url': 500,
  'events-url': 500,
  service: 1000,
  env: 100,
  version: 100,
  team: 100,
  tags: 4000,
  'commit-sha': 64,
  'repository-url': 500,
  'deployment-id': 128,
  remediates: 128,
  'remediation-type': 20,
  'remediation-id': 128,
  'remediation-version': 100,
  'failure-id': 128,
  name: 500,
  severity: 100,
  'started-at': 40,
  'finished-at': 40,
  'dry-run': 10,
  'fail-on-error': 10,
  weeks: 10,
  'max-change-failure-rate': 20,
  'max-change-lead-time': 20,
  'max-recovery-time': 20,
  'min-deployments-per-week': 20,
  'github-token': 500,
  since: 40,
  source: 20,
  environment: 255,
  workflow: 255,
  job: 255,
};
/** Each item of a list input (services, tags). */
const MAX_ITEM_LENGTH = 200;
/** One service, wherever it is given. */
export const MAX_SERVICE_LENGTH = 100;

export const CLIENT_ID = '16 to 128 letters, digits, hyphens, underscores, periods or colons';
export const GIVEN_ID =
  'an id Datadog gave (1 to 128 letters, digits, hyphens, underscores, periods or colons, not only periods)';

/** A value and where it came from, as a message names it: `Input env`, `Input env (from env DD_ENV)`. */
export interface Sourced {
  value: string;
  from: string;
}

/**
 * What every value is held to where it enters: a bounded length, and no character that could
 * start a line of its own in the log or the summary, or reorder what a reader sees. Anything else
 * in Unicode is kept as given.
 */
export function oneLine(sourced: Sourced, max: number, item = false): Sourced {
  const { value, from } = sourced;
  notLonger(sourced, max, item);
  if (UNSAFE_CHARACTERS.test(value)) {
    throw new InputError(
      `${from} ${item ? 'has an item' : 'is'} ${quoted(value)}: expected one line, without control characters, line or paragraph separators or bidirectional controls.`,
    );
  }
  return sourced;
}

export function notLonger({ value, from }: Sourced, max: number, item = false): void {
  if (value.length > max) {
    throw new InputError(
      `${from} ${item ? 'has an item of' : 'is'} ${value.length} characters${item ? '' : ' long'}: at most ${max} are accepted.`,
    );
  }
}

/** Items separated by commas or newlines, each held to the grammar of one line. */
export function items(sourced: Sourced, max: number): string[] {
  notLonger(sourced, max);
  return sourced.value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => oneLine({ value: item, from: sourced.from }, MAX_ITEM_LENGTH, true).value);
}

export function asBool({ value, from }: Sourced): boolean {
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw new InputError(`${from} is ${quoted(value)}: expected true or false.`);
}

export function asTime({ value, from }: Sourced): Date {
  const date = parseTimeInput(value);
  if (!date) {
    throw new InputError(
      `${from} is ${quoted(value)}: expected a real instant, as ISO 8601 with a time zone (2026-11-27T10:00:00Z) or Unix seconds, milliseconds or nanoseconds.`,
    );
  }
  return date;
}

/** How far back a read of Datadog's events may reach, as `since` and its like accept it. */
export const SINCE =
  'a time within the last two years (what Datadog keeps): a date (2025-06-01), ISO 8601 with a time zone (2025-06-01T08:00:00Z) or Unix seconds, milliseconds or nanoseconds; or a time back from now, a whole number with h, d or w (36h, 90d, 12w), at most 730d';
const BACK = /^(\d+)\s*([hdw])$/i;
const BACK_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** A time as asTime reads it, or a duration back from `now`; within what Datadog keeps, and not in the future. */
export function asSince({ value, from }: Sourced, now: Date): Date {
  const back = BACK.exec(value);
  const at = back
    ? now.getTime() - Number(back[1]) * BACK_MS[back[2]!.toLowerCase()]!
    : parseTimeInput(value)?.getTime();
  if (at === undefined) throw new InputError(`${from} is ${quoted(value)}: expected ${SINCE}.`);
  const oldest = now.getTime() - RETENTION_MS;
  if (at < oldest) {
    throw new InputError(
      `${from} is ${quoted(value)}, more than two years ago: Datadog keeps events two years (from ${new Date(oldest).toISOString()}); expected ${SINCE}.`,
    );
  }
  if (at > now.getTime() + CLOCK_SKEW_MS) {
    throw new InputError(
      `${from} is ${quoted(value)}, in the future (this runner's clock says ${now.toISOString()}): expected ${SINCE}.`,
    );
  }
  return new Date(at);
}

/** A value held to one of the client's rules, said in the input's words. */
export function held(
  { value, from }: Sourced,
  problem: (value: string) => string | undefined,
  accepted: string,
): string {
  if (problem(value)) throw new InputError(`${from} is ${quoted(value)}: expected ${accepted}.`);
  return value;
}

/** `latest`, in any letter case. */
export const isLatest = (value: string) => value.toLowerCase() === 'latest';

/** An id Datadog gave, which the action puts in a URL path; `latest` is refused by name. */
export function givenId(sourced: Sourced, event: string): string {
  if (isLatest(sourced.value))
    throw new InputError(
      `${sourced.from} is ${quoted(sourced.value)}: latest is not accepted here (event ${event}); expected ${GIVEN_ID}.`,
    );
  return held(sourced, pathIdProblem, GIVEN_ID);
}

export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href.replace(/\/$/, url.endsWith('/') ? '/' : '');
  } catch {
    return url;
  }
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** A URL as a message may show it: credentials replaced. */
export function redactUrl(url: URL): string {
  const copy = new URL(url.href);
  if (copy.username || copy.password) {
    copy.username = '***';
    copy.password = '';
  }
  return copy.href;
}
