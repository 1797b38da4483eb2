// The one module that reads the action's inputs: each is parsed once into a typed value here,
// with its environment fallback, and a bad one fails with its name, its value and what is accepted.
import * as core from './toolkit.ts';
import type { RemediationType } from '../datadog/types.ts';
import { resolveSite, SiteError } from '../datadog/sites.ts';
import { parseTimeInput } from './times.ts';

export const EVENTS = ['deployment', 'change-failure', 'stable', 'failure'] as const;
export type EventKind = (typeof EVENTS)[number];

export interface Endpoint {
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
const MAX_TAGS = 100;
const EVENT_ID = /^[A-Za-z0-9_.:-]{16,128}$/;
/** Ids Datadog gives can be shorter than the 16 characters a client-set id needs. */
const DATADOG_ID = /^[A-Za-z0-9_.:-]{1,128}$/;
const COMMIT_SHA = /^[a-fA-F0-9]{40,}$/;

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

function first(read: Read, env: Env, input: string, ...variables: string[]): Sourced | undefined {
  const given = read(input).trim();
  if (given) return { value: given, from: `Input ${input}` };
  for (const variable of variables) {
    const value = env[variable]?.trim();
    if (value) return { value, from: `Input ${input} (from env ${variable})` };
  }
  return undefined;
}

function text(read: Read, input: string): string | undefined {
  return read(input).trim() || undefined;
}

function bool(read: Read, input: string): boolean {
  const value = read(input).trim();
  if (value === '') return false;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw new InputError(`Input ${input} is "${value}": expected true or false.`);
}

function list(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function time(read: Read, input: string): Date | undefined {
  const value = read(input).trim();
  if (!value) return undefined;
  const date = parseTimeInput(value);
  if (!date) {
    throw new InputError(
      `Input ${input} is "${value}": expected ISO 8601 with a time zone (2026-11-27T10:00:00Z) or Unix seconds, milliseconds or nanoseconds.`,
    );
  }
  return date;
}

function matching(read: Read, input: string, pattern: RegExp, accepted: string): string | undefined {
  const value = text(read, input);
  if (value && !pattern.test(value)) throw new InputError(`Input ${input} is "${value}": expected ${accepted}.`);
  return value;
}

const CLIENT_ID = '16 to 128 letters, digits, hyphens, underscores, periods or colons';
const GIVEN_ID = 'an id Datadog gave (letters, digits, hyphens, underscores, periods or colons)';

function remediationType(read: Read): RemediationType {
  const value = text(read, 'remediation-type') ?? 'rollback';
  if (value !== 'rollback' && value !== 'rollforward') {
    throw new InputError(`Input remediation-type is "${value}": expected rollback or rollforward.`);
  }
  return value;
}

function endpointOf(read: Read, env: Env, warnings: string[]): Endpoint {
  const apiUrl = text(read, 'api-url');
  if (apiUrl) {
    let url: URL | undefined;
    try {
      url = new URL(apiUrl);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
      throw new InputError(`Input api-url is "${url ? redactUrl(url) : apiUrl}": expected an http(s) URL without credentials, such as https://api.datadoghq.com.`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
      warnings.push(`Input api-url is "${apiUrl}": plain http to a host that is not this machine, so the keys would travel in clear text. Use https://.`);
    }
    return { baseUrl: apiUrl };
  }
  const site = first(read, env, 'site', 'DATADOG_SITE', 'DD_SITE');
  if (!site) return {};
  try {
    return { site: resolveSite(site.value).name };
  } catch (error) {
    if (!(error instanceof SiteError)) throw error;
    throw new InputError(`${site.from} is "${site.value}": ${error.reason}.`);
  }
}

function described(read: Read, env: Env): Described {
  const tags = list(read('tags'));
  const malformed = tags.find((tag) => !/^[^:\s][^:]*:.+$/.test(tag));
  if (malformed !== undefined) throw new InputError(`Input tags has "${malformed}": expected key:value tags separated by commas or newlines.`);
  if (tags.length + ACTION_TAG_COUNT > MAX_TAGS) {
    throw new InputError(
      `Input tags has ${tags.length} tags: Datadog accepts ${MAX_TAGS} per event, and the action adds ${ACTION_TAG_COUNT}, so at most ${MAX_TAGS - ACTION_TAG_COUNT}.`,
    );
  }
  const startedAt = time(read, 'started-at');
  const finishedAt = time(read, 'finished-at');
  if (startedAt && finishedAt && finishedAt < startedAt) {
    throw new InputError(
      `Input finished-at (${finishedAt.toISOString()}) is before input started-at (${startedAt.toISOString()}): an event ends after it starts.`,
    );
  }
  const repositoryUrl = text(read, 'repository-url');
  return {
    env: first(read, env, 'env', 'DD_ENV')?.value,
    version: first(read, env, 'version', 'DD_VERSION')?.value,
    team: text(read, 'team'),
    tags,
    commitSha: matching(read, 'commit-sha', COMMIT_SHA, 'a full commit SHA, 40 or more hexadecimal characters'),
    repositoryUrl: repositoryUrl && withoutCredentials(repositoryUrl),
    startedAt,
    finishedAt,
  };
}

/** `latest` needs the service and env to look in; an id is taken as Datadog gave it. */
function target(read: Read, env: Env, input: string, event: EventKind): Target | undefined {
  const value = text(read, input);
  if (value === undefined) return undefined;
  if (value !== 'latest') {
    if (!DATADOG_ID.test(value)) throw new InputError(`Input ${input} is "${value}": expected ${GIVEN_ID}, or latest.`);
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
export function parseInputs(read: Read, env: Env): Inputs {
  const event = text(read, 'event') ?? 'deployment';
  if (!(EVENTS as readonly string[]).includes(event)) {
    throw new InputError(`Input event is "${event}": expected one of ${EVENTS.join(', ')}.`);
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
    const remediationId = kind === 'change-failure' ? matching(read, 'remediation-id', DATADOG_ID, GIVEN_ID) : undefined;
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
    const services = list(first(read, env, 'service', 'DD_SERVICE')?.value ?? '');
    const details = described(read, env);
    if (services.length === 0 && !details.team) {
      throw new InputError('Input service or team is required for event failure: the services impacted, separated by commas or newlines (or set env DD_SERVICE), or the team owning them.');
    }
    const failureId = matching(read, 'failure-id', EVENT_ID, CLIENT_ID);
    if (failureId && !details.startedAt) {
      throw new InputError(
        'Input started-at is required with failure-id: sending a failure id again replaces that failure, so it must carry the same start time (and services or team, name and severity).',
      );
    }
    return { event: kind, ...common, ...details, services, failureId, name: text(read, 'name'), severity: text(read, 'severity') };
  }

  const service = first(read, env, 'service', 'DD_SERVICE');
  if (!service) throw new InputError('Input service is required: the name of the service deployed (or set env DD_SERVICE).');
  const remediates = target(read, env, 'remediates', kind);
  if (!remediates) onlyWith(read, warnings, 'remediation-type', 'remediates', kind);
  return {
    event: kind,
    ...common,
    ...described(read, env),
    service: service.value,
    deploymentId: matching(read, 'deployment-id', EVENT_ID, CLIENT_ID),
    remediates,
    remediationType: remediationType(read),
  };
}

function onlyWith(read: Read, warnings: string[], input: string, other: string, event: EventKind): void {
  if (read(input).trim()) warnings.push(`Input ${input} applies to event ${event} only with ${other}; it is ignored.`);
}

/**
 * The keys an event needs, masked in this step's log before anything else can print them.
 * `needs` says what for, so a missing key's error can say why it is needed.
 */
export function parseKeys(read: Read, env: Env, needs: { api?: string; app?: string }): Keys {
  const apiKey = first(read, env, 'api-key', 'DATADOG_API_KEY', 'DD_API_KEY')?.value;
  const appKey = first(read, env, 'app-key', 'DATADOG_APP_KEY', 'DD_APP_KEY')?.value;
  for (const key of [apiKey, appKey]) if (key) core.setSecret(key);
  if (!apiKey && needs.api) {
    throw new InputError(
      `Input api-key is required ${needs.api}: pass a Datadog API key from a secret (or set env DATADOG_API_KEY or DD_API_KEY), or set dry-run: true to send nothing.`,
    );
  }
  if (!appKey && needs.app) {
    throw new InputError(
      `Input app-key is required ${needs.app}: pass a Datadog application key with the dora_metrics_write and dora_metrics_read permissions from a secret (or set env DATADOG_APP_KEY or DD_APP_KEY).`,
    );
  }
  return { apiKey, appKey };
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
export const readKeys = (needs: { api?: string; app?: string }): Keys => parseKeys((name) => core.getInput(name), process.env, needs);
