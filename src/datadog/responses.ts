// Datadog's events as the client hands them back: every field the client reads held to its type
// and grammar as it enters, so that nothing past the client meets a value of another shape. A
// malformed optional field is dropped; an event whose required fields do not parse is left out.
// Either is told in `flaws`, for the caller to say what its figures lack.
import { excerpt, isObject } from './answers.ts';
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
import type { Deployment, EventFlaw, Failure, RawEvent } from './types.ts';

/** Names (service, env, version, team, severity): Datadog's bound on a tag, which each becomes. */
const MAX_NAME = 200;
/** A failure's name, which is prose. */
const MAX_TITLE = 1000;
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

/**
 * A deployment of a list or get answer (documented: id; attributes service, started_at,
 * finished_at, env, version, team, custom_tags, git { commit_sha, repository_id }). Left out
 * (undefined) without a Datadog id, a service or a start.
 */
export function parseDeployment(event: Record<string, unknown>, flaws: EventFlaw[]): Deployment | undefined {
  found.length = 0;
  const id = idOf(event.id);
  const a = attributesOf(event.attributes);
  const service = requiredName(a.service, 'service');
  const startedAt = requiredTime(a.started_at, 'started_at');
  if (id === undefined || service === undefined || startedAt === undefined) return leftOut(event.id, flaws);
  // Assigned one by one, not spread: a report parses thousands.
  const deployment: Deployment = { id, service, startedAt, customTags: tagsOf(a.custom_tags) };
  const finishedAt = time(a.finished_at, 'finished_at');
  if (finishedAt) deployment.finishedAt = finishedAt;
  const env = name(a.env, 'env');
  if (env) deployment.env = env;
  const version = name(a.version, 'version');
  if (version) deployment.version = version;
  const team = name(a.team, 'team');
  if (team) deployment.team = team;
  const commitSha = commitOf(a.git);
  if (commitSha) {
    const repositoryId = repositoryOf(a.git as Record<string, unknown>, 'repository_id');
    deployment.git = repositoryId ? { commitSha, repositoryId } : { commitSha };
  }
  const changeFailure = a.change_failure;
  if (typeof changeFailure === 'boolean') deployment.changeFailure = changeFailure;
  else if (changeFailure !== undefined && changeFailure !== null)
    flawed(changeFailure, 'change_failure', 'expected true or false');
  const remediation = remediationOf(a.remediation);
  if (remediation) deployment.remediation = remediation;
  return kept(deployment, flaws);
}

/**
 * A failure of a list or get answer (documented: id; attributes started_at, finished_at, name,
 * severity, services, team, env, version, custom_tags, git { commit_sha, repository_url }). Left
 * out (undefined) without a Datadog id or a start.
 */
export function parseFailure(event: Record<string, unknown>, flaws: EventFlaw[]): Failure | undefined {
  found.length = 0;
  const id = idOf(event.id);
  const a = attributesOf(event.attributes);
  const startedAt = requiredTime(a.started_at, 'started_at');
  if (id === undefined || startedAt === undefined) return leftOut(event.id, flaws);
  const failure: Failure = { id, startedAt, services: servicesOf(a.services), customTags: tagsOf(a.custom_tags) };
  const finishedAt = time(a.finished_at, 'finished_at');
  if (finishedAt) failure.finishedAt = finishedAt;
  const title = name(a.name, 'name', MAX_TITLE);
  if (title) failure.name = title;
  const severity = name(a.severity, 'severity');
  if (severity) failure.severity = severity;
  const team = name(a.team, 'team');
  if (team) failure.team = team;
  const env = name(a.env, 'env');
  if (env) failure.env = env;
  const version = name(a.version, 'version');
  if (version) failure.version = version;
  const commitSha = commitOf(a.git);
  if (commitSha) {
    const repositoryUrl = repositoryOf(a.git as Record<string, unknown>, 'repository_url');
    failure.git = repositoryUrl ? { commitSha, repositoryUrl } : { commitSha };
  }
  return kept(failure, flaws);
}

/** An event of a list answer as it came, every field untouched, for an export; left out (undefined) without a Datadog id, which names it once. */
export function parseRawEvent(event: Record<string, unknown>, flaws: EventFlaw[]): RawEvent | undefined {
  found.length = 0;
  return idOf(event.id) === undefined ? leftOut(event.id, flaws) : (event as RawEvent);
}

// The problems of the event being read: events are read one at a time, and most have none, so
// one list serves them all and an event's own is made only when it has some.
const found: string[] = [];

function flawed(value: unknown, field: string, problem: string): undefined {
  found.push(`${field} is ${shown(value)}: ${problem}`);
  return undefined;
}

/** A value as a problem quotes it: as JSON, made harmless and cut. */
const shown = (value: unknown): string => (value === undefined ? 'missing' : excerpt(JSON.stringify(value), 60));

function leftOut(id: unknown, flaws: EventFlaw[]): undefined {
  flaws.push({
    id: typeof id === 'string' && !pathIdProblem(id) ? id : shown(id),
    leftOut: true,
    problems: found.slice(),
  });
  return undefined;
}

function kept<T extends { id: string }>(event: T, flaws: EventFlaw[]): T {
  if (found.length) flaws.push({ id: event.id, leftOut: false, problems: found.slice() });
  return event;
}

function idOf(value: unknown): string | undefined {
  const problem = typeof value === 'string' ? pathIdProblem(value) : 'expected a Datadog id';
  return problem ? flawed(value, 'id', problem) : (value as string);
}

/** Without attributes, every field reads as missing. */
const NO_ATTRIBUTES: Readonly<Record<string, unknown>> = Object.freeze({});

function attributesOf(value: unknown): Readonly<Record<string, unknown>> {
  if (isObject(value)) return value;
  flawed(value, 'attributes', 'expected an object');
  return NO_ATTRIBUTES;
}

/** An optional name: one line, bounded; blank is absent. */
function name(value: unknown, field: string, max = MAX_NAME): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return flawed(value, field, 'expected a string');
  if (!NON_BLANK.test(value)) return undefined;
  const problem = lineProblem(value, max);
  return problem ? flawed(value, field, problem) : value;
}

function requiredName(value: unknown, field: string): string | undefined {
  const absent = value === undefined || value === null || (typeof value === 'string' && !NON_BLANK.test(value));
  return absent ? flawed(value, field, 'required') : name(value, field);
}

function time(value: unknown, field: string): Date | undefined {
  if (value === undefined || value === null) return undefined;
  return parseTime(value) ?? flawed(value, field, 'expected an RFC 3339 time or a Unix timestamp');
}

function requiredTime(value: unknown, field: string): Date | undefined {
  return value === undefined || value === null ? flawed(value, field, 'required') : time(value, field);
}

const isTag = (tag: unknown): boolean =>
  typeof tag === 'string' && lineProblem(tag, MAX_TAG) === undefined && tagProblem(tag) === undefined;
const isService = (service: unknown): boolean =>
  typeof service === 'string' && NON_BLANK.test(service) && lineProblem(service, MAX_NAME) === undefined;

/** Custom tags, key:value; a malformed tag is dropped, the others kept. */
function tagsOf(value: unknown): string[] {
  return listOf(
    value,
    'custom_tags',
    MAX_CUSTOM_TAGS,
    isTag,
    `expected key:value, one line of at most ${MAX_TAG} characters`,
  );
}

function servicesOf(value: unknown): string[] {
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
function commitOf(git: unknown): string | undefined {
  if (git === undefined || git === null) return undefined;
  if (!isObject(git)) return flawed(git, 'git', 'expected an object');
  const sha = git.commit_sha;
  if (typeof sha === 'string' && isCommitSha(sha)) return sha;
  return flawed(sha, 'git.commit_sha', `expected 40 to ${MAX_COMMIT_SHA} hexadecimal characters`);
}

function repositoryOf(git: Record<string, unknown>, key: 'repository_id' | 'repository_url'): string | undefined {
  const value = git[key];
  if (value === undefined || value === null || value === '') return undefined;
  const problem = typeof value === 'string' ? repositoryProblem(value) : 'expected a string';
  return problem ? flawed(value, `git.${key}`, problem) : (value as string);
}

function remediationOf(value: unknown): Deployment['remediation'] {
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
