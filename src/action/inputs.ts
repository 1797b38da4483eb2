// The one module that reads the action's inputs: each is parsed once into a typed value here,
// with its environment fallback, and a bad one fails with its name, its value and what is accepted.
import * as core from '@actions/core';
import { resolveSite, SiteError } from '../datadog/sites.ts';
import { parseTimeInput } from './times.ts';

export const EVENTS = ['deployment'] as const;
export type EventKind = (typeof EVENTS)[number];

export interface Endpoint {
  site?: string;
  baseUrl?: string;
}

export interface Inputs {
  event: EventKind;
  endpoint: Endpoint;
  service: string;
  env?: string;
  version?: string;
  team?: string;
  tags: string[];
  commitSha?: string;
  repositoryUrl?: string;
  deploymentId?: string;
  startedAt?: Date;
  finishedAt?: Date;
  dryRun: boolean;
  failOnError: boolean;
}

/** An input the action cannot work with; the message names it, and never holds a secret. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Tags the action adds itself, counted within Datadog's 100. */
export const ACTION_TAG_COUNT = 5;
const MAX_TAGS = 100;
const EVENT_ID = /^[A-Za-z0-9_.:-]{16,128}$/;
const COMMIT_SHA = /^[a-fA-F0-9]{40,}$/;

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

function bool(read: Read, input: string): boolean {
  const value = read(input).trim();
  if (value === '') return false;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw new InputError(`Input ${input} is "${value}": expected true or false.`);
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

/** Parses every input but the keys; pure, so the rules are tested without a runner. */
export function parseInputs(read: Read, env: Env): Inputs {
  const event = read('event').trim() || 'deployment';
  if (!(EVENTS as readonly string[]).includes(event)) {
    throw new InputError(`Input event is "${event}": expected one of ${EVENTS.join(', ')}.`);
  }

  const endpoint: Endpoint = {};
  const apiUrl = read('api-url').trim();
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
    endpoint.baseUrl = apiUrl;
  } else {
    const site = first(read, env, 'site', 'DATADOG_SITE', 'DD_SITE');
    if (site) {
      try {
        endpoint.site = resolveSite(site.value).name;
      } catch (error) {
        if (!(error instanceof SiteError)) throw error;
        throw new InputError(`${site.from} is "${site.value}": ${error.reason}.`);
      }
    }
  }

  const service = first(read, env, 'service', 'DD_SERVICE');
  if (!service) throw new InputError('Input service is required: the name of the service deployed (or set env DD_SERVICE).');

  const tags = read('tags')
    .split(/[,\n]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
  const malformed = tags.find((tag) => !/^[^:\s][^:]*:.+$/.test(tag));
  if (malformed !== undefined) throw new InputError(`Input tags has "${malformed}": expected key:value tags separated by commas or newlines.`);
  if (tags.length + ACTION_TAG_COUNT > MAX_TAGS) {
    throw new InputError(
      `Input tags has ${tags.length} tags: Datadog accepts ${MAX_TAGS} per event, and the action adds ${ACTION_TAG_COUNT}, so at most ${MAX_TAGS - ACTION_TAG_COUNT}.`,
    );
  }

  const commitSha = read('commit-sha').trim() || undefined;
  if (commitSha && !COMMIT_SHA.test(commitSha)) {
    throw new InputError(`Input commit-sha is "${commitSha}": expected a full commit SHA, 40 or more hexadecimal characters.`);
  }

  const deploymentId = read('deployment-id').trim() || undefined;
  if (deploymentId && !EVENT_ID.test(deploymentId)) {
    throw new InputError(
      `Input deployment-id is "${deploymentId}": expected 16 to 128 letters, digits, hyphens, underscores, periods or colons.`,
    );
  }

  const startedAt = time(read, 'started-at');
  const finishedAt = time(read, 'finished-at');
  if (startedAt && finishedAt && finishedAt < startedAt) {
    throw new InputError(
      `Input finished-at (${finishedAt.toISOString()}) is before input started-at (${startedAt.toISOString()}): a deployment ends after it starts.`,
    );
  }

  const repositoryUrl = read('repository-url').trim() || undefined;
  return {
    event: event as EventKind,
    endpoint,
    service: service.value,
    env: first(read, env, 'env', 'DD_ENV')?.value,
    version: first(read, env, 'version', 'DD_VERSION')?.value,
    team: read('team').trim() || undefined,
    tags,
    commitSha,
    repositoryUrl: repositoryUrl && withoutCredentials(repositoryUrl),
    deploymentId,
    startedAt,
    finishedAt,
    dryRun: bool(read, 'dry-run'),
    failOnError: bool(read, 'fail-on-error'),
  };
}

/** The API key, masked in this step's log before anything else can print it. */
export function parseApiKey(read: Read, env: Env, required: boolean): string | undefined {
  const key = first(read, env, 'api-key', 'DATADOG_API_KEY', 'DD_API_KEY')?.value;
  if (key) core.setSecret(key);
  if (!key && required) {
    throw new InputError(
      'Input api-key is required unless dry-run is true: pass a Datadog API key from a secret (or set env DATADOG_API_KEY or DD_API_KEY).',
    );
  }
  return key;
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

function redactUrl(url: URL): string {
  const copy = new URL(url.href);
  if (copy.username || copy.password) {
    copy.username = '***';
    copy.password = '';
  }
  return copy.href;
}

export const readInputs = (): Inputs => parseInputs((name) => core.getInput(name), process.env);
export const readApiKey = (required: boolean): string | undefined => parseApiKey((name) => core.getInput(name), process.env, required);
