// What one step of the action leaves for the next: the runner hands saved state to later steps.
// Read back like any input: each field held to the grammar main wrote it in, and named when not.

import {
  baseUrlProblem,
  commitShaProblem,
  eventIdProblem,
  lineProblem,
  MAX_CUSTOM_TAGS,
  pathIdProblem,
  tagProblem,
  versionProblem,
} from '../../datadog/rules.ts';
import { resolveSite, SiteError } from '../../datadog/sites.ts';
import type { DeploymentEvent, GitInfo, RemediationType } from '../../datadog/types.ts';
import { quoted } from '../../runner/escape.ts';
import { MAX_LENGTH, MAX_SERVICE_LENGTH } from '../../runner/inputs/grammar.ts';
import type { Endpoint, Target } from '../../runner/inputs/types.ts';
import type { Toolkit } from '../../runner/toolkit.ts';

const DEPLOYMENT = 'deployment';

/** Everything but the finish time, which only post knows. */
export type PlannedDeployment = Omit<DeploymentEvent, 'finishedAt' | 'id'> & { id: string };

/**
 * The failed deployment a deployment remediates, and how; `given` when its id is the input's, not
 * one a lookup found: Datadog is then asked whether it knows it.
 */
export type Remediates = Target & { type: RemediationType; given?: boolean };

/** What post needs to send the deployment. Never a key: post reads those again. */
export interface SavedDeployment {
  deployment: PlannedDeployment;
  endpoint: Endpoint;
  dryRun: boolean;
  failOnError: boolean;
  /**
   * The failed deployment this one remediates: by id when main found it; `latest` when main had
   * no time (or, in a dry run, no keys) to look, and post looks before sending.
   */
  remediates?: Remediates;
}

/** Saved state that is not what main writes: a warning in post, never a stack trace. */
export class SavedStateError extends Error {
  override name = 'SavedStateError';
}

/** Throws RunnerFileError when the state file cannot be written. */
export function saveDeployment(core: Toolkit, saved: SavedDeployment): void {
  core.saveState(DEPLOYMENT, JSON.stringify(saved));
}

/** What main saved, held to its grammar; throws SavedStateError naming each field that is missing or wrong. */
export function loadDeployment(core: Toolkit): SavedDeployment | undefined {
  const text = core.getState(DEPLOYMENT);
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SavedStateError(`is not JSON (${text.length} characters)`);
  }
  const fields = new Fields();
  const saved = fields.object('', parsed, 'an object: the deployment main planned and how to send it');
  const deployment = saved && readDeployment(fields, saved);
  const endpoint = saved && readEndpoint(fields, saved);
  const dryRun = saved && fields.required('dryRun', saved.dryRun, boolean);
  const failOnError = saved && fields.required('failOnError', saved.failOnError, boolean);
  const remediates = saved && saved.remediates !== undefined ? readRemediates(fields, saved.remediates) : undefined;
  fields.throwIfWrong();
  // Nothing is wrong, so every required field was read.
  return {
    deployment: deployment!,
    endpoint: endpoint!,
    dryRun: dryRun!,
    failOnError: failOnError!,
    ...(remediates ? { remediates } : {}),
  };
}

function readDeployment(fields: Fields, saved: Record<string, unknown>): PlannedDeployment | undefined {
  const deployment = fields.object('deployment', saved.deployment, 'an object: the deployment main planned');
  if (!deployment) return undefined;
  const id = fields.required('deployment.id', deployment.id, string(eventIdProblem));
  const service = fields.required('deployment.service', deployment.service, string(oneLine(MAX_SERVICE_LENGTH)));
  const startedAt = fields.required('deployment.startedAt', deployment.startedAt, time);
  const env = fields.optional('deployment.env', deployment.env, string(oneLine(MAX_LENGTH.env!)));
  const version = fields.optional('deployment.version', deployment.version, string(versionProblem));
  const team = fields.optional('deployment.team', deployment.team, string(oneLine(MAX_LENGTH.team!)));
  const git = deployment.git === undefined ? undefined : readGit(fields, deployment.git);
  const customTags = deployment.customTags === undefined ? undefined : readTags(fields, deployment.customTags);
  if (id === undefined || service === undefined || startedAt === undefined) return undefined;
  return {
    id,
    service,
    startedAt,
    ...(env ? { env } : {}),
    ...(version ? { version } : {}),
    ...(team ? { team } : {}),
    ...(git ? { git } : {}),
    ...(customTags ? { customTags } : {}),
  };
}

function readGit(fields: Fields, value: unknown): GitInfo | undefined {
  const git = fields.object('deployment.git', value, 'an object: the commit deployed and its repository');
  if (!git) return undefined;
  const commitSha = fields.required('deployment.git.commitSha', git.commitSha, string(commitShaProblem));
  const repositoryUrl = fields.required(
    'deployment.git.repositoryUrl',
    git.repositoryUrl,
    string((url) => (url.trim() ? undefined : 'expected the repository URL')),
  );
  return commitSha && repositoryUrl ? { commitSha, repositoryUrl } : undefined;
}

function readTags(fields: Fields, value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_CUSTOM_TAGS) {
    fields.wrong('deployment.customTags', value, `expected a list of at most ${MAX_CUSTOM_TAGS} key:value tags`);
    return undefined;
  }
  const read = value.map((tag, index) => fields.required(`deployment.customTags[${index}]`, tag, string(tagProblem)));
  return read.every((tag) => tag !== undefined) ? read : undefined;
}

function readEndpoint(fields: Fields, saved: Record<string, unknown>): Endpoint | undefined {
  const endpoint = fields.object('endpoint', saved.endpoint, 'an object: the site or api-url to send to');
  if (!endpoint) return undefined;
  const site = fields.optional('endpoint.site', endpoint.site, string(siteProblem));
  // A base URL is never shown: it may hold credentials.
  const baseUrl = fields.optional('endpoint.baseUrl', endpoint.baseUrl, string(baseUrlProblem), { shown: false });
  return { ...(site ? { site } : {}), ...(baseUrl ? { baseUrl } : {}) };
}

function readRemediates(fields: Fields, value: unknown): Remediates | undefined {
  const remediates = fields.object(
    'remediates',
    value,
    'an object: the failed deployment by id or latest, and the remediation type',
  );
  if (!remediates) return undefined;
  const type = fields.required('remediates.type', remediates.type, remediationType);
  if ('id' in remediates === 'latest' in remediates) {
    fields.wrong('remediates', value, 'expected the failed deployment by id or by latest, one of the two');
    return undefined;
  }
  if ('id' in remediates) {
    const id = fields.required('remediates.id', remediates.id, string(pathIdProblem));
    const given = fields.optional('remediates.given', remediates.given, boolean);
    return id && type ? { id, type, ...(given ? { given } : {}) } : undefined;
  }
  const latest = fields.object('remediates.latest', remediates.latest, 'an object: the service and env to look in');
  const service =
    latest && fields.required('remediates.latest.service', latest.service, string(oneLine(MAX_SERVICE_LENGTH)));
  const env = latest && fields.required('remediates.latest.env', latest.env, string(oneLine(MAX_LENGTH.env!)));
  return service && env && type ? { latest: { service, env }, type } : undefined;
}

/** A field's grammar: its value when it holds, or what was expected. */
type Grammar<T> = (value: unknown) => { value: T } | { expected: string };

const boolean: Grammar<boolean> = (value) =>
  typeof value === 'boolean' ? { value } : { expected: 'expected true or false' };

/** A time as JSON writes a Date, and only that: `2026-11-27T10:00:00.000Z`. */
const time: Grammar<Date> = (value) => {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) && date.toISOString() === value
    ? { value: date }
    : { expected: 'expected a time as main writes it, such as 2026-11-27T10:00:00.000Z' };
};

const remediationType: Grammar<Remediates['type']> = (value) =>
  value === 'rollback' || value === 'rollforward' ? { value } : { expected: 'expected rollback or rollforward' };

/** A string held to one of the client's rules (rules.ts), which says what is wrong or nothing. */
function string(problem: (value: string) => string | undefined): Grammar<string> {
  return (value) => {
    if (typeof value !== 'string') return { expected: 'expected a string' };
    const found = problem(value);
    return found ? { expected: found } : { value };
  };
}

/** One line, not empty, as the inputs it came from are read. */
function oneLine(max: number): (value: string) => string | undefined {
  return (value) => (value.trim() ? lineProblem(value, max) : 'it is empty');
}

function siteProblem(site: string): string | undefined {
  try {
    resolveSite(site);
    return undefined;
  } catch (error) {
    if (error instanceof SiteError) return error.reason;
    throw error;
  }
}

/** The fields read so far that are missing or wrong, each by its name: `remediates.latest.env`. */
class Fields {
  private readonly missing: string[] = [];
  private readonly problems: string[] = [];

  required<T>(name: string, value: unknown, grammar: Grammar<T>): T | undefined {
    if (value === undefined) {
      this.missing.push(name);
      return undefined;
    }
    return this.optional(name, value, grammar);
  }

  optional<T>(name: string, value: unknown, grammar: Grammar<T>, { shown = true } = {}): T | undefined {
    if (value === undefined) return undefined;
    const read = grammar(value);
    if ('value' in read) return read.value;
    this.wrong(name, shown ? value : undefined, read.expected);
    return undefined;
  }

  /** An object's fields, to read on; `name` empty for the whole state. */
  object(name: string, value: unknown, expected: string): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    if (value === undefined) this.missing.push(name);
    else this.wrong(name, value, `expected ${expected}`);
    return undefined;
  }

  /** `value` left out when it is not to be shown. */
  wrong(name: string, value: unknown, expected: string): void {
    const shown = value === undefined ? '' : ` ${describe(value)}`;
    this.problems.push(name ? `has ${name}${shown} (${expected})` : `is${shown} (${expected})`);
  }

  throwIfWrong(): void {
    const all = [...(this.missing.length ? [`lacks ${this.missing.join(', ')}`] : []), ...this.problems];
    if (all.length) throw new SavedStateError(all.join('; '));
  }
}

/** A value as a message shows it: a string quoted and cut, anything else by its kind. */
function describe(value: unknown): string {
  if (typeof value === 'string') return quoted(value, 60);
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : `a ${typeof value}`;
}
