// The one module that reads the action's inputs: each is parsed once into a typed value here,
// with its environment fallback, and a bad one fails with its name, its value and what is accepted.
import * as core from './toolkit.ts';
import type { RemediationType } from '../datadog/types.ts';
import { baseUrlProblem, commitShaProblem, eventIdProblem, MAX_CUSTOM_TAGS, pathIdProblem, tagProblem } from '../datadog/rules.ts';
import { resolveSite, SiteError } from '../datadog/sites.ts';
import { quoted, UNSAFE_CHARACTERS } from './escape.ts';
import { checkInputTimes, parseTimeInput } from './times.ts';

export const EVENTS = ['deployment', 'change-failure', 'stable', 'failure'] as const;
export type EventKind = (typeof EVENTS)[number];

export interface Endpoint {
  /** The site given (input or env): where the API is, unless baseUrl; always, where the web app is. */
  site?: string;
  baseUrl?: string;
}

/** A deployment Datadog knows: by id, or the latest of a service in an env. */
export type Target = { id: string } | { latest: { service: string; env: string } };

interface Common {
  endpoint: Endpoint;
  dryRun: boolean;
  failOnError: boolean;
  /** Inputs given that do not apply to the event: said, never silently ignored. */
  warnings: string[];
}

/** What deployments and failures both describe. */
export interface Described {
  env?: string;
  version?: string;
  team?: string;
  tags: string[];
  commitSha?: string;
  repositoryUrl?: string;
  startedAt?: Date;
  finishedAt?: Date;
}

export interface DeploymentInputs extends Common, Described {
  event: 'deployment';
  service: string;
  deploymentId?: string;
  /** The failed deployment this one remediates. */
  remediates?: Target;
  remediationType: RemediationType;
}

export interface MarkInputs extends Common {
  event: 'change-failure' | 'stable';
  target: Target;
  /** change-failure: a deployment that already remediated it. */
  remediationId?: string;
  remediationType: RemediationType;
}

export interface FailureInputs extends Common, Described {
  event: 'failure';
  services: string[];
  failureId?: string;
  name?: string;
  severity?: string;
}

export type Inputs = DeploymentInputs | MarkInputs | FailureInputs;

export interface Keys {
  apiKey?: string;
  appKey?: string;
}

/** An input the action cannot work with; the message names it, and never holds a secret. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Tags the action adds itself, counted within Datadog's 100. */
export const ACTION_TAG_COUNT = 5;
/** Ids Datadog gives can be shorter than the 16 characters a client-set id needs. */

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
  'failure-id': 128,
  name: 500,
  severity: 100,
  'started-at': 40,
  'finished-at': 40,
  'dry-run': 10,
  'fail-on-error': 10,
};
/** Each item of a list input (services, tags). */
export const MAX_ITEM_LENGTH = 200;
/** One service, wherever it is given. */
const MAX_SERVICE_LENGTH = 100;

// The inputs of each event; any other given is named in a warning.
const DESCRIBING = ['env', 'version', 'team', 'tags', 'commit-sha', 'repository-url', 'started-at', 'finished-at'];
const APPLIES: Record<EventKind, string[]> = {
  deployment: ['service', ...DESCRIBING, 'deployment-id', 'remediates', 'remediation-type'],
  'change-failure': ['deployment-id', 'remediation-id', 'remediation-type', 'service', 'env'],
  stable: ['deployment-id', 'service', 'env'],
  failure: ['service', ...DESCRIBING, 'failure-id', 'name', 'severity'],
};
const EVENT_SPECIFIC = [...new Set(Object.values(APPLIES).flat())];

type Env = Record<string, string | undefined>;
type Read = (name: string) => string;

/** A value and where it came from: an input, or the environment variable it fell back to. */
interface Sourced {
  value: string;
  from: string;
}

/**
 * The grammar every value is held to where it enters: a bounded length, and no character that
 * could start a line of its own in the log or the summary, or reorder what a reader sees.
 * Anything else in Unicode is kept as given.
 */
function checked(sourced: Sourced, max: number, item = false): Sourced {
  const { value, from } = sourced;
  notLonger(sourced, max, item);
  if (UNSAFE_CHARACTERS.test(value)) {
    throw new InputError(`${from} ${item ? 'has an item' : 'is'} ${quoted(value)}: expected one line, without control characters, line or paragraph separators or bidirectional controls.`);
  }
  return sourced;
}

function notLonger({ value, from }: Sourced, max: number, item = false): void {
  if (value.length > max) {
    throw new InputError(`${from} ${item ? 'has an item of' : 'is'} ${value.length} characters${item ? '' : ' long'}: at most ${max} are accepted.`);
  }
}

/** An input, else the first environment variable set, checked as one line. */
function first(read: Read, env: Env, input: string, ...variables: string[]): Sourced | undefined {
  const given = read(input).trim();
  if (given) return checked({ value: given, from: `Input ${input}` }, MAX_LENGTH[input] ?? 0);
  for (const variable of variables) {
    const value = env[variable]?.trim();
    if (value) return checked({ value, from: `Input ${input} (from env ${variable})` }, MAX_LENGTH[input] ?? 0);
  }
  return undefined;
}

function text(read: Read, input: string): string | undefined {
  return first(read, {}, input)?.value;
}

function bool(read: Read, input: string): boolean {
  const value = text(read, input);
  if (value === undefined) return false;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw new InputError(`Input ${input} is ${quoted(value)}: expected true or false.`);
}

/** Items separated by commas or newlines, each held to the grammar of one line. */
function list(sourced: Sourced | undefined, input: string): string[] {
  if (!sourced) return [];
  notLonger(sourced, MAX_LENGTH[input] ?? 0);
  return sourced.value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => checked({ value: item, from: sourced.from }, MAX_ITEM_LENGTH, true).value);
}

function listInput(read: Read, env: Env, input: string, ...variables: string[]): string[] {
  const given = read(input).trim();
  if (given) return list({ value: given, from: `Input ${input}` }, input);
  for (const variable of variables) {
    const value = env[variable]?.trim();
    if (value) return list({ value, from: `Input ${input} (from env ${variable})` }, input);
  }
  return [];
}

function time(read: Read, input: string): Date | undefined {
  const value = text(read, input);
  if (value === undefined) return undefined;
  const date = parseTimeInput(value);
  if (!date) {
    throw new InputError(
      `Input ${input} is ${quoted(value)}: expected a real instant, as ISO 8601 with a time zone (2026-11-27T10:00:00Z) or Unix seconds, milliseconds or nanoseconds.`,
    );
  }
  return date;
}

/** A value held to one of the client's rules (Datadog's, kept in one place), said in the input's words. */
function matching(read: Read, input: string, problem: (value: string) => string | undefined, accepted: string): string | undefined {
  const value = text(read, input);
  if (value && problem(value)) throw new InputError(`Input ${input} is ${quoted(value)}: expected ${accepted}.`);
  return value;
}

/** `latest`, in any letter case. */
const isLatest = (value: string) => value.toLowerCase() === 'latest';

/** An id the action will send as a new event's id; `latest` is refused by name. */
function newEventId(read: Read, input: string, event: EventKind): string | undefined {
  const value = text(read, input);
  if (value !== undefined && isLatest(value)) {
    throw new InputError(`Input ${input} is ${quoted(value)}: latest names a deployment already sent, and is not accepted here (event ${event}); expected ${CLIENT_ID}.`);
  }
  return matching(read, input, eventIdProblem, CLIENT_ID);
}

/** An id Datadog gave, which the action puts in a URL path; `latest` is refused by name. */
function givenId(read: Read, input: string, event: EventKind): string | undefined {
  const value = text(read, input);
  if (value === undefined) return undefined;
  if (isLatest(value)) throw new InputError(`Input ${input} is ${quoted(value)}: latest is not accepted here (event ${event}); expected ${GIVEN_ID}.`);
  if (pathIdProblem(value)) throw new InputError(`Input ${input} is ${quoted(value)}: expected ${GIVEN_ID}.`);
  return value;
}

const CLIENT_ID = '16 to 128 letters, digits, hyphens, underscores, periods or colons';
const GIVEN_ID = 'an id Datadog gave (1 to 128 letters, digits, hyphens, underscores, periods or colons, not only periods)';

function remediationType(read: Read): RemediationType {
  const value = text(read, 'remediation-type') ?? 'rollback';
  if (value !== 'rollback' && value !== 'rollforward') {
    throw new InputError(`Input remediation-type is ${quoted(value)}: expected rollback or rollforward.`);
  }
  return value;
}

/** api-url says where the API is; the site (input or env) still says where the web app is, for links. */
function endpointOf(read: Read, env: Env, warnings: string[]): Endpoint {
  const endpoint: Endpoint = {};
  const site = first(read, env, 'site', 'DATADOG_SITE', 'DD_SITE');
  if (site) {
    try {
      endpoint.site = resolveSite(site.value).name;
    } catch (error) {
      if (!(error instanceof SiteError)) throw error;
      throw new InputError(`${site.from} is ${quoted(site.value)}: ${error.reason}.`);
    }
  }
  const apiUrl = text(read, 'api-url');
  if (apiUrl) {
    const url = URL.canParse(apiUrl) ? new URL(apiUrl) : undefined;
    if (!url || baseUrlProblem(apiUrl)) {
      throw new InputError(
        `Input api-url is ${quoted(url ? redactUrl(url) : apiUrl)}: expected a plain http(s) base URL, without credentials, query or fragment, such as https://api.datadoghq.com.`,
      );
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
      warnings.push(`Input api-url is ${quoted(apiUrl)}: plain http to a host that is not this machine, so the keys would travel in clear text. Use https://.`);
    }
    endpoint.baseUrl = apiUrl;
  }
  return endpoint;
}

function described(read: Read, env: Env, now: Date): Described {
  const tags = listInput(read, {}, 'tags');
  const malformed = tags.find((tag) => tagProblem(tag));
  if (malformed !== undefined) throw new InputError(`Input tags has ${quoted(malformed)}: expected key:value tags separated by commas or newlines.`);
  if (tags.length + ACTION_TAG_COUNT > MAX_CUSTOM_TAGS) {
    throw new InputError(
      `Input tags has ${tags.length} tags: Datadog accepts ${MAX_CUSTOM_TAGS} per event, and the action adds ${ACTION_TAG_COUNT}, so at most ${MAX_CUSTOM_TAGS - ACTION_TAG_COUNT}.`,
    );
  }
  const startedAt = time(read, 'started-at');
  const finishedAt = time(read, 'finished-at');
  checkInputTimes(startedAt, finishedAt, now);
  const repositoryUrl = text(read, 'repository-url');
  return {
    env: first(read, env, 'env', 'DD_ENV')?.value,
    version: first(read, env, 'version', 'DD_VERSION')?.value,
    team: text(read, 'team'),
    tags,
    commitSha: matching(read, 'commit-sha', commitShaProblem, 'a full commit SHA, 40 or more hexadecimal characters'),
    repositoryUrl: repositoryUrl && withoutCredentials(repositoryUrl),
    startedAt,
    finishedAt,
  };
}

/** `latest` needs the service and env to look in; an id is taken as Datadog gave it. */
function target(read: Read, env: Env, input: string, event: EventKind): Target | undefined {
  const value = text(read, input);
  if (value === undefined) return undefined;
  if (!isLatest(value)) {
    if (pathIdProblem(value)) throw new InputError(`Input ${input} is ${quoted(value)}: expected ${GIVEN_ID}, or latest.`);
    return { id: value };
  }
  const service = first(read, env, 'service', 'DD_SERVICE');
  const environment = first(read, env, 'env', 'DD_ENV');
  for (const [name, variable, found] of [['service', 'DD_SERVICE', service], ['env', 'DD_ENV', environment]] as const) {
    if (!found) {
      throw new InputError(`Input ${name} is required with ${input}: latest, for event ${event}: the latest deployment is looked up by service and env (or set env ${variable}).`);
    }
  }
  return { latest: { service: service!.value, env: environment!.value } };
}

/** Parses every input but the keys; pure, so the rules are tested without a runner. */
export function parseInputs(read: Read, env: Env, now: Date = new Date()): Inputs {
  const event = text(read, 'event') ?? 'deployment';
  if (!(EVENTS as readonly string[]).includes(event)) {
    throw new InputError(`Input event is ${quoted(event)}: expected one of ${EVENTS.join(', ')}.`);
  }
  const kind = event as EventKind;
  const warnings = EVENT_SPECIFIC.filter((name) => !APPLIES[kind].includes(name) && read(name).trim()).map(
    (name) => `Input ${name} does not apply to event ${kind}; it is ignored.`,
  );
  const common: Common = { endpoint: endpointOf(read, env, warnings), dryRun: bool(read, 'dry-run'), failOnError: bool(read, 'fail-on-error'), warnings };

  if (kind === 'change-failure' || kind === 'stable') {
    const deployment = target(read, env, 'deployment-id', kind);
    if (!deployment) throw new InputError(`Input deployment-id is required for event ${kind}: the id of the deployment to mark (the deployment-id output of its job), or latest.`);
    if ('id' in deployment) {
      for (const name of ['service', 'env']) {
        if (read(name).trim()) warnings.push(`Input ${name} applies to event ${kind} only with deployment-id: latest; it is ignored.`);
      }
    }
    const remediationId = kind === 'change-failure' ? givenId(read, 'remediation-id', kind) : undefined;
    if (remediationId && 'id' in deployment && remediationId === deployment.id) {
      throw new InputError(`Input remediation-id is the deployment-id, ${quoted(remediationId)}: a deployment cannot remediate itself; expected the id of the rollback or roll-forward deployment.`);
    }
    if (!remediationId) onlyWith(read, warnings, 'remediation-type', 'remediation-id', kind);
    return {
      event: kind,
      ...common,
      target: deployment,
      remediationId,
      remediationType: remediationType(read),
    };
  }

  if (kind === 'failure') {
    const services = listInput(read, env, 'service', 'DD_SERVICE');
    const tooLong = services.find((service) => service.length > MAX_SERVICE_LENGTH);
    if (tooLong) throw new InputError(`Input service has a service ${quoted(tooLong, 40)} of ${tooLong.length} characters: at most ${MAX_SERVICE_LENGTH} are accepted.`);
    const details = described(read, env, now);
    if (services.length === 0 && !details.team) {
      throw new InputError('Input service or team is required for event failure: the services impacted, separated by commas or newlines (or set env DD_SERVICE), or the team owning them.');
    }
    const failureId = newEventId(read, 'failure-id', kind);
    if (failureId && !details.startedAt) {
      throw new InputError(
        'Input started-at is required with failure-id: sending a failure id again replaces that failure, so it must carry the same start time (and services or team, name and severity).',
      );
    }
    return { event: kind, ...common, ...details, services, failureId, name: text(read, 'name'), severity: text(read, 'severity') };
  }

  const service = first(read, env, 'service', 'DD_SERVICE');
  if (!service) throw new InputError('Input service is required: the name of the service deployed (or set env DD_SERVICE).');
  notLonger(service, MAX_SERVICE_LENGTH);
  const deploymentId = newEventId(read, 'deployment-id', kind);
  const remediates = target(read, env, 'remediates', kind);
  if (remediates && 'id' in remediates && remediates.id === deploymentId) {
    throw new InputError(`Input remediates is the deployment-id, ${quoted(deploymentId)}: a deployment cannot remediate itself; expected the id of the failed deployment, or latest.`);
  }
  if (!remediates) onlyWith(read, warnings, 'remediation-type', 'remediates', kind);
  return {
    event: kind,
    ...common,
    ...described(read, env, now),
    service: service.value,
    deploymentId,
    remediates,
    remediationType: remediationType(read),
  };
}

function onlyWith(read: Read, warnings: string[], input: string, other: string, event: EventKind): void {
  if (read(input).trim()) warnings.push(`Input ${input} applies to event ${event} only with ${other}; it is ignored.`);
}

/**
 * The keys, handed to `mask` (the runner's add-mask) before anything else can print them: read
 * first in every step, so even a step that fails on its inputs has them masked.
 */
export function parseKeys(read: Read, env: Env, mask: (secret: string) => void): Keys {
  return { apiKey: secret(read, env, mask, 'api-key', 'DATADOG_API_KEY', 'DD_API_KEY'), appKey: secret(read, env, mask, 'app-key', 'DATADOG_APP_KEY', 'DD_APP_KEY') };
}

/** `needs` says what each key is needed for, so a missing key's error can say why. */
export function requireKeys(keys: Keys, needs: { api?: string; app?: string }): void {
  if (!keys.apiKey && needs.api) {
    throw new InputError(
      `Input api-key is required ${needs.api}: pass a Datadog API key from a secret (or set env DATADOG_API_KEY or DD_API_KEY), or set dry-run: true to send nothing.`,
    );
  }
  if (!keys.appKey && needs.app) {
    throw new InputError(
      `Input app-key is required ${needs.app}: pass a Datadog application key with the dora_metrics_write and dora_metrics_read permissions from a secret (or set env DATADOG_APP_KEY or DD_APP_KEY).`,
    );
  }
}

/** A key, masked at once; a bad one is said without its value. */
function secret(read: Read, env: Env, mask: (secret: string) => void, input: string, ...variables: string[]): string | undefined {
  const given = read(input).trim();
  const variable = given ? undefined : variables.find((name) => env[name]?.trim());
  const value = given || (variable ? env[variable]!.trim() : undefined);
  if (!value) return undefined;
  const from = variable ? `Input ${input} (from env ${variable})` : `Input ${input}`;
  // Masked line by line: a value the runner cannot mask whole must not be printed, and is refused below.
  for (const line of value.split(/\r\n|\r|\n/)) if (line.trim()) mask(line.trim());
  if (value.length > (MAX_LENGTH[input] ?? 0)) throw new InputError(`${from} is ${value.length} characters long: at most ${MAX_LENGTH[input]} are accepted. Datadog's keys are 32 or 40 characters.`);
  if (/[^\x21-\x7e]/.test(value)) throw new InputError(`${from} holds spaces or characters no Datadog key has (its value is not shown).`);
  return value;
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

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

function redactUrl(url: URL): string {
  const copy = new URL(url.href);
  if (copy.username || copy.password) {
    copy.username = '***';
    copy.password = '';
  }
  return copy.href;
}

export const readInputs = (): Inputs => parseInputs((name) => core.getInput(name), process.env);
export const readKeys = (): Keys => parseKeys((name) => core.getInput(name), process.env, core.setSecret);
