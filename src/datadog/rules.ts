// What Datadog accepts, as pure checks: the client applies them before it sends anything, and a
// caller can apply the same ones to its own inputs. Each answers what is wrong, or undefined.

const ID = /^[A-Za-z0-9_.:-]{1,128}$/;
const TAG = /^[^:\s][^:]*:.+$/;

/** Datadog's limit of custom tags on one event. */
export const MAX_CUSTOM_TAGS = 100;

/** An id that goes into a URL path (patch, get, delete; a remediation's id): 1 to 128 of [A-Za-z0-9_.:-]. */
export function pathIdProblem(id: string): string | undefined {
  if (!ID.test(id)) return 'Datadog ids are 1 to 128 letters, digits, hyphens, underscores, periods and colons';
  // `.` and `..` would change the path the request goes to.
  if (/^\.+$/.test(id)) return 'an id of periods alone is not an id';
  return undefined;
}

/** An id a client sets on a new event: 16 to 128 of the same characters, usable later in a path. */
export function eventIdProblem(id: string): string | undefined {
  if (id.length < 16 || !ID.test(id))
    return 'Datadog accepts 16 to 128 letters, digits, hyphens, underscores, periods and colons';
  return pathIdProblem(id);
}

/** A remediation's version. A version is one line: one with a line break names no deployment, and breaks the lines that show it. */
export function versionProblem(version: string): string | undefined {
  if (!version.trim()) return 'it is empty';
  return /[\n\v\f\r\u0085\u2028\u2029]/.test(version) ? 'expected one line' : undefined;
}

/** Characters that break a line or reorder what a reader sees: C0 and C1 controls, line and paragraph separators, bidi controls. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A name, env, version or the like as an answer holds it: one line of at most `max` characters, none unsafe to show. */
export function lineProblem(value: string, max: number): string | undefined {
  if (value.length > max) return `expected at most ${max} characters`;
  return UNSAFE.test(value) ? 'expected one line without control characters' : undefined;
}

/** A repository's id or URL as an answer holds it (`github.com/acme/shop`, `https://…`): no spaces or control characters, at most 500 characters. */
export function repositoryProblem(value: string): string | undefined {
  if (value.length > 500) return 'expected at most 500 characters';
  return /\s/.test(value) || UNSAFE.test(value) ? 'expected no spaces or control characters' : undefined;
}

/** The longest commit SHA: SHA-256's 64 hexadecimal characters (SHA-1's are 40). */
export const MAX_COMMIT_SHA = 64;

/**
 * The one rule for a full commit SHA, whoever writes it (an input, the runner, git, Datadog,
 * GitHub): 40 to 64 hexadecimal characters, in either case. Unanchored, to build patterns from.
 */
export const COMMIT_SHA_PATTERN = `[0-9a-fA-F]{40,${MAX_COMMIT_SHA}}`;
const COMMIT_SHA = new RegExp(`^${COMMIT_SHA_PATTERN}$`);

export const isCommitSha = (text: string): boolean => COMMIT_SHA.test(text);

export function commitShaProblem(sha: string): string | undefined {
  if (sha.length > MAX_COMMIT_SHA) return `expected at most ${MAX_COMMIT_SHA} characters`;
  return isCommitSha(sha) ? undefined : 'expected 40 or more hexadecimal characters';
}

export function tagProblem(tag: string): string | undefined {
  return TAG.test(tag) ? undefined : 'expected key:value';
}

/**
 * A base URL the client appends request paths to. Said without the URL itself, which may hold
 * credentials.
 */
export function baseUrlProblem(baseUrl: string): string | undefined {
  const trimmed = baseUrl.trim();
  // The URL parser drops tabs and line breaks silently: refuse them instead.
  if (/[\s\p{Cc}\p{Cf}]/u.test(trimmed)) return 'it contains spaces or control characters';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return 'it is not a URL: expected e.g. https://api.datadoghq.com';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'it must start with https:// (or http://)';
  if (url.username || url.password) return 'it must not carry credentials: pass the keys as keys';
  // Request paths are appended to it: after a query or fragment they would no longer be the path.
  if (/[?#]/.test(trimmed)) return 'it must not have a query (?) or fragment (#)';
  return undefined;
}

/**
 * A Unix timestamp as Datadog reads one: seconds, milliseconds or nanoseconds, told apart by their
 * number of digits. Undefined for anything else, microseconds included: no unit would be sure.
 */
export function unixTimestamp(digits: string): Date | undefined {
  if (!/^\d+$/.test(digits)) return undefined;
  if (digits.length <= 11) return new Date(Number(digits) * 1000);
  if (digits.length <= 14) return new Date(Number(digits));
  // Nanoseconds exceed 2^53: divided as a BigInt, so no precision is lost before the division.
  if (digits.length >= 17 && digits.length <= 19) return new Date(Number(BigInt(digits) / 1_000_000n));
  return undefined;
}
