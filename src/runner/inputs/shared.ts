// Inputs that more than one event reads, parsed the same way for each.

import {
  baseUrlProblem,
  commitShaProblem,
  eventIdProblem,
  MAX_CUSTOM_TAGS,
  pathIdProblem,
  tagProblem,
} from '../../datadog/rules.ts';
import { resolveSite, SiteError } from '../../datadog/sites.ts';
import type { RemediationType } from '../../datadog/types.ts';
import { quoted } from '../escape.ts';
import { checkInputTimes } from '../times.ts';
import {
  CLIENT_ID,
  GIVEN_ID,
  isLatest,
  isLoopback,
  MAX_SERVICE_LENGTH,
  redactUrl,
  withoutCredentials,
} from './grammar.ts';
import { isGiven, line, list, matching, type Source, text, time } from './read.ts';
import { type Described, type Endpoint, InputError, type Target } from './types.ts';

/** The inputs that describe a deployment or a failure. */
export const DESCRIBING = [
  'env',
  'version',
  'team',
  'tags',
  'commit-sha',
  'repository-url',
  'started-at',
  'finished-at',
];

/** Tags the action adds itself, counted within Datadog's 100. */
export const ACTION_TAG_COUNT = 5;

/** api-url says where the API is; the site (input or env) still says where the web app is, for links. */
export function endpointOf(source: Source, warnings: string[]): Endpoint {
  const endpoint: Endpoint = {};
  const site = line(source, 'site', 'DATADOG_SITE', 'DD_SITE');
  if (site) {
    try {
      endpoint.site = resolveSite(site.value).name;
    } catch (error) {
      if (!(error instanceof SiteError)) throw error;
      throw new InputError(`${site.from} is ${quoted(site.value)}: ${error.reason}.`);
    }
  }
  const apiUrl = baseUrlInput(source, 'api-url', 'https://api.datadoghq.com', warnings);
  if (apiUrl) endpoint.baseUrl = apiUrl;
  return endpoint;
}

/** A base URL a key is sent to: plain http(s), and https unless the host is this machine. */
export function baseUrlInput(source: Source, input: string, example: string, warnings: string[]): string | undefined {
  const value = text(source, input);
  if (!value) return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || baseUrlProblem(value)) {
    throw new InputError(
      `Input ${input} is ${quoted(url ? redactUrl(url) : value)}: expected a plain http(s) base URL, without credentials, query or fragment, such as ${example}.`,
    );
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    warnings.push(
      `Input ${input} is ${quoted(value)}: plain http to a host that is not this machine, so the keys would travel in clear text. Use https://.`,
    );
  }
  return value;
}

/** What a deployment and a failure both describe; `because` names what adds more tags than the run's. */
export function described(
  source: Source,
  added: { tags: number; because: string } = { tags: 0, because: '' },
): Described {
  const tags = list(source, 'tags');
  const malformed = tags.find((tag) => tagProblem(tag));
  if (malformed !== undefined)
    throw new InputError(
      `Input tags has ${quoted(malformed)}: expected key:value tags separated by commas or newlines.`,
    );
  const room = MAX_CUSTOM_TAGS - ACTION_TAG_COUNT - added.tags;
  if (tags.length > room) {
    const adds = added.tags ? `${ACTION_TAG_COUNT + added.tags} ${added.because}` : String(ACTION_TAG_COUNT);
    throw new InputError(
      `Input tags has ${tags.length} tags: Datadog accepts ${MAX_CUSTOM_TAGS} per event, and the action adds ${adds}, so at most ${room}.`,
    );
  }
  const startedAt = time(source, 'started-at');
  const finishedAt = time(source, 'finished-at');
  checkInputTimes(startedAt, finishedAt, source.now);
  const repositoryUrl = text(source, 'repository-url');
  return {
    env: line(source, 'env', 'DD_ENV')?.value,
    version: line(source, 'version', 'DD_VERSION')?.value,
    team: text(source, 'team'),
    tags,
    commitSha: matching(source, 'commit-sha', commitShaProblem, 'a full commit SHA, 40 or more hexadecimal characters'),
    repositoryUrl: repositoryUrl && withoutCredentials(repositoryUrl),
    startedAt,
    finishedAt,
  };
}

/** An id the action will send as a new event's id; `latest` is refused by name. */
export function newEventId(source: Source, input: string, event: string): string | undefined {
  const value = text(source, input);
  if (value !== undefined && isLatest(value)) {
    throw new InputError(
      `Input ${input} is ${quoted(value)}: latest names a deployment already sent, and is not accepted here (event ${event}); expected ${CLIENT_ID}.`,
    );
  }
  return matching(source, input, eventIdProblem, CLIENT_ID);
}

/** A deployment Datadog knows: an id as Datadog gave it, or `latest`, which needs the service and env to look in. */
export function target(source: Source, input: string, event: string): Target | undefined {
  const value = text(source, input);
  if (value === undefined) return undefined;
  if (!isLatest(value)) {
    if (pathIdProblem(value))
      throw new InputError(`Input ${input} is ${quoted(value)}: expected ${GIVEN_ID}, or latest.`);
    return { id: value };
  }
  const service = line(source, 'service', 'DD_SERVICE');
  const environment = line(source, 'env', 'DD_ENV');
  for (const [name, variable, found] of [
    ['service', 'DD_SERVICE', service],
    ['env', 'DD_ENV', environment],
  ] as const) {
    if (!found) {
      throw new InputError(
        `Input ${name} is required with ${input}: latest, for event ${event}: the latest deployment is looked up by service and env (or set env ${variable}).`,
      );
    }
  }
  return { latest: { service: service!.value, env: environment!.value } };
}

export function remediationType(source: Source): RemediationType {
  const value = text(source, 'remediation-type') ?? 'rollback';
  if (value !== 'rollback' && value !== 'rollforward') {
    throw new InputError(`Input remediation-type is ${quoted(value)}: expected rollback or rollforward.`);
  }
  return value;
}

/** An input that only means something with another: named in a warning when given alone. */
export function onlyWith(source: Source, warnings: string[], input: string, other: string, event: string): void {
  if (isGiven(source, input))
    warnings.push(`Input ${input} applies to event ${event} only with ${other}; it is ignored.`);
}

/** Services or envs to read: names, or `*` alone for every one found; with neither, undefined. */
export function names(source: Source, input: string, variable: string): string[] | 'every' | undefined {
  const given = list(source, input, variable);
  if (given.length === 0) return undefined;
  if (given.includes('*')) {
    if (given.length > 1)
      throw new InputError(
        `Input ${input} has * beside names: expected * alone, for every ${input} found, or names separated by commas or newlines.`,
      );
    return 'every';
  }
  const tooLong = given.find((name) => name.length > MAX_SERVICE_LENGTH);
  if (tooLong)
    throw new InputError(
      `Input ${input} has ${quoted(tooLong, 40)} of ${tooLong.length} characters: at most ${MAX_SERVICE_LENGTH} are accepted.`,
    );
  return [...new Set(given)];
}
