// Inputs that more than one event reads, parsed the same way for each.
import type { RemediationType } from '../../datadog/types.ts';
import { baseUrlProblem, commitShaProblem, eventIdProblem, MAX_CUSTOM_TAGS, pathIdProblem, tagProblem } from '../../datadog/rules.ts';
import { resolveSite, SiteError } from '../../datadog/sites.ts';
import { quoted } from '../escape.ts';
import { checkInputTimes } from '../times.ts';
import { CLIENT_ID, GIVEN_ID, isLatest, isLoopback, redactUrl, withoutCredentials } from './grammar.ts';
import { isGiven, line, list, matching, type Source, text, time } from './read.ts';
import { type Described, type Endpoint, InputError, type Target } from './types.ts';

/** The inputs that describe a deployment or a failure. */
export const DESCRIBING = ['env', 'version', 'team', 'tags', 'commit-sha', 'repository-url', 'started-at', 'finished-at'];

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
  const apiUrl = text(source, 'api-url');
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

/** What a deployment and a failure both describe; `because` names what adds more tags than the run's. */
export function described(source: Source, added: { tags: number; because: string } = { tags: 0, because: '' }): Described {
  const tags = list(source, 'tags');
  const malformed = tags.find((tag) => tagProblem(tag));
  if (malformed !== undefined) throw new InputError(`Input tags has ${quoted(malformed)}: expected key:value tags separated by commas or newlines.`);
  const room = MAX_CUSTOM_TAGS - ACTION_TAG_COUNT - added.tags;
  if (tags.length > room) {
    const adds = added.tags ? `${ACTION_TAG_COUNT + added.tags} ${added.because}` : String(ACTION_TAG_COUNT);
    throw new InputError(`Input tags has ${tags.length} tags: Datadog accepts ${MAX_CUSTOM_TAGS} per event, and the action adds ${adds}, so at most ${room}.`);
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
    throw new InputError(`Input ${input} is ${quoted(value)}: latest names a deployment already sent, and is not accepted here (event ${event}); expected ${CLIENT_ID}.`);
  }
  return matching(source, input, eventIdProblem, CLIENT_ID);
}

/** A deployment Datadog knows: an id as Datadog gave it, or `latest`, which needs the service and env to look in. */
export function target(source: Source, input: string, event: string): Target | undefined {
  const value = text(source, input);
  if (value === undefined) return undefined;
  if (!isLatest(value)) {
    if (pathIdProblem(value)) throw new InputError(`Input ${input} is ${quoted(value)}: expected ${GIVEN_ID}, or latest.`);
    return { id: value };
  }
  const service = line(source, 'service', 'DD_SERVICE');
  const environment = line(source, 'env', 'DD_ENV');
  for (const [name, variable, found] of [['service', 'DD_SERVICE', service], ['env', 'DD_ENV', environment]] as const) {
    if (!found) {
      throw new InputError(`Input ${name} is required with ${input}: latest, for event ${event}: the latest deployment is looked up by service and env (or set env ${variable}).`);
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
  if (isGiven(source, input)) warnings.push(`Input ${input} applies to event ${event} only with ${other}; it is ignored.`);
}
