// One field of an answer's event, read to its type and grammar (rules.ts): what the event parsers
// (responses.ts) are made of, and Datadog's times, which other answers carry too. A field that
// does not parse is noted among the problems of the event being read.
import { excerpt, isObject } from './answers.ts';
import type { Deployment, EventFlaw } from './results.ts';
import {
  isCommitSha,
  lineProblem,
  MAX_COMMIT_SHA,
  MAX_CUSTOM_TAGS,
  pathIdProblem,
  repositoryProblem,
  tagProblem,
  unixTimestamp,
} from './rules.ts';

/** Names (service, env, version, team, severity): Datadog's bound on a tag, which each becomes. */
const MAX_NAME = 200;
/** A failure's name, which is prose. */
export const MAX_TITLE = 1000;
/** One custom tag: Datadog's bound on a tag. */
const MAX_TAG = 200;
const MAX_SERVICES = 100;

const RFC_3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const NON_BLANK = /\S/;

/** RFC 3339 strings, or integers in seconds, milliseconds or nanoseconds, as Datadog infers them; undefined for anything else. */
export function parseTime(value: unknown): Date | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0 ? unixTimestamp(BigInt(value).toString()) : undefined;
  if (typeof value !== 'string') return undefined;
  if (/^\d+$/.test(value)) return unixTimestamp(value);
  if (!RFC_3339.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

// The problems of the event being read: events are read one at a time, and most have none, so
// one list serves them all and an event's own is made only when it has some.
const found: string[] = [];

/** Begins reading an event: the problems noted are its own from here on. */
export function beginEvent(): void {
  found.length = 0;
}

export function flawed(value: unknown, field: string, problem: string): undefined {
  found.push(`${field} is ${shown(value)}: ${problem}`);
  return undefined;
}

/** A value as a problem quotes it: as JSON, made harmless and cut. */
const shown = (value: unknown): string => (value === undefined ? 'missing' : excerpt(JSON.stringify(value), 60));

export function leftOut(id: unknown, flaws: EventFlaw[]): undefined {
  flaws.push({
    id: typeof id === 'string' && !pathIdProblem(id) ? id : shown(id),
    leftOut: true,
    problems: found.slice(),
  });
  return undefined;
}

export function kept<T extends { id: string }>(event: T, flaws: EventFlaw[]): T {
  if (found.length) flaws.push({ id: event.id, leftOut: false, problems: found.slice() });
  return event;
}

export function idOf(value: unknown): string | undefined {
  const problem = typeof value === 'string' ? pathIdProblem(value) : 'expected a Datadog id';
  return problem ? flawed(value, 'id', problem) : (value as string);
}

/** Without attributes, every field reads as missing. */
const NO_ATTRIBUTES: Readonly<Record<string, unknown>> = Object.freeze({});

export function attributesOf(value: unknown): Readonly<Record<string, unknown>> {
  if (isObject(value)) return value;
  flawed(value, 'attributes', 'expected an object');
  return NO_ATTRIBUTES;
}

/** An optional name: one line, bounded; blank is absent. */
export function name(value: unknown, field: string, max = MAX_NAME): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return flawed(value, field, 'expected a string');
  if (!NON_BLANK.test(value)) return undefined;
  const problem = lineProblem(value, max);
  return problem ? flawed(value, field, problem) : value;
}

export function requiredName(value: unknown, field: string): string | undefined {
  const absent = value === undefined || value === null || (typeof value === 'string' && !NON_BLANK.test(value));
  return absent ? flawed(value, field, 'required') : name(value, field);
}

export function time(value: unknown, field: string): Date | undefined {
  if (value === undefined || value === null) return undefined;
  return parseTime(value) ?? flawed(value, field, 'expected an RFC 3339 time or a Unix timestamp');
}

export function requiredTime(value: unknown, field: string): Date | undefined {
  return value === undefined || value === null ? flawed(value, field, 'required') : time(value, field);
}

const isTag = (tag: unknown): boolean =>
  typeof tag === 'string' && lineProblem(tag, MAX_TAG) === undefined && tagProblem(tag) === undefined;
const isService = (service: unknown): boolean =>
  typeof service === 'string' && NON_BLANK.test(service) && lineProblem(service, MAX_NAME) === undefined;

/** Custom tags, key:value; a malformed tag is dropped, the others kept. */
export function tagsOf(value: unknown): string[] {
  return listOf(
    value,
    'custom_tags',
    MAX_CUSTOM_TAGS,
    isTag,
    `expected key:value, one line of at most ${MAX_TAG} characters`,
  );
}

export function servicesOf(value: unknown): string[] {
  return listOf(
    value,
    'services',
    MAX_SERVICES,
    isService,
    `expected a service name, one line of at most ${MAX_NAME} characters`,
  );
}

function listOf(
  value: unknown,
  field: string,
  max: number,
  fits: (item: unknown) => boolean,
  itemProblem: string,
): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > max) {
    flawed(value, field, `expected a list of at most ${max}`);
    return [];
  }
  // Most lists are whole: returned as they came, without a copy.
  const bad = value.findIndex((item) => !fits(item));
  if (bad === -1) return value as string[];
  flawed(value[bad], `${field}[${bad}]`, itemProblem);
  return value.filter(fits) as string[];
}

/** The commit of a `git` object; its SHA by the one rule (rules.ts). */
export function commitOf(git: unknown): string | undefined {
  if (git === undefined || git === null) return undefined;
  if (!isObject(git)) return flawed(git, 'git', 'expected an object');
  const sha = git.commit_sha;
  if (typeof sha === 'string' && isCommitSha(sha)) return sha;
  return flawed(sha, 'git.commit_sha', `expected 40 to ${MAX_COMMIT_SHA} hexadecimal characters`);
}

export function repositoryOf(
  git: Record<string, unknown>,
  key: 'repository_id' | 'repository_url',
): string | undefined {
  const value = git[key];
  if (value === undefined || value === null || value === '') return undefined;
  const problem = typeof value === 'string' ? repositoryProblem(value) : 'expected a string';
  return problem ? flawed(value, `git.${key}`, problem) : (value as string);
}

export function remediationOf(value: unknown): Deployment['remediation'] {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) return flawed(value, 'remediation', 'expected an object');
  const { id, version, type } = value;
  if (type !== 'rollback' && type !== 'rollforward')
    return flawed(type, 'remediation.type', 'expected rollback or rollforward');
  const remediation: NonNullable<Deployment['remediation']> = { type };
  if (id !== undefined && id !== null && id !== '') {
    const problem = typeof id === 'string' ? pathIdProblem(id) : 'expected a Datadog id';
    if (problem) flawed(id, 'remediation.id', problem);
    else remediation.id = id as string;
  }
  const remediatingVersion = name(version, 'remediation.version');
  if (remediatingVersion) remediation.version = remediatingVersion;
  return remediation;
}
