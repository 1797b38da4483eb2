// Each request to GitHub's API (REST and GraphQL) within what a run may spend of the token: at most
// so many a run, given by the caller, and none once the token's hourly budget is down to its other
// users' reserve. Either limit reached, GitHub out of reach, or its rate limit hit (primary or
// secondary) stops every request of the run (Stop). No request is retried. @actions/github is
// loaded only by the events that read GitHub, the first time they do.

import type { getOctokit } from '@actions/github';
import { excerpt, isObject as isJsonObject } from '../datadog/answers.ts';
import { quoted } from '../runner/escape.ts';
import { parseTimeInput } from '../runner/times.ts';

const TIMEOUT_MS = 30_000;
/** What is left to the token's other users: a tenth of its hourly limit, and never under 100. */
const reserveOf = (limit: number) => Math.max(100, Math.ceil(limit / 10));

export interface Answer {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

/**
 * Ends every request of the run. `failed`: GitHub failed (out of reach, its rate limit reached),
 * not the run sparing the token. `made`: how far it got, the requests made before it.
 */
export class Stop extends Error {
  readonly failed: boolean;
  readonly made: number;
  constructor(message: string, failed = false, made = 0) {
    super(message);
    this.failed = failed;
    this.made = made;
  }
}

/** One GET of GitHub's REST API: its answer, whatever its status, or Stop. */
export type Get = (route: string, params: Record<string, string | number>) => Promise<Answer>;

export interface GitHubApi {
  /** GitHub's API host, as messages name it. */
  host: string;
  /** A REST request (`GET /repos/{owner}/{repo}`, `POST …`): its answer, whatever its status, or Stop. */
  rest(route: string, params?: Record<string, unknown>): Promise<Answer>;
  /** A GraphQL query: its answer, whatever its status and errors (GitHub's rate limit aside, a Stop). */
  graphql(query: string, variables: Record<string, unknown>): Promise<Answer>;
  /** The requests made so far. */
  made(): number;
}

export interface GitHubApiOptions {
  /** GITHUB_API_URL: GitHub Enterprise Server has its own (…/api/v3, its GraphQL at …/api/graphql). */
  apiUrl: string;
  token: string;
  /** At most this many requests per run, however many the token has left. */
  maxRequests: number;
  /** Who makes them, as the message of that limit says: `a report makes at most 500 requests`. */
  who: string;
  /** An attempt's deadline: 30 s on the system's time unless given. */
  deadline?: (ms: number) => AbortSignal;
}

/** The budgeted requests of one run. */
export async function githubApi(options: GitHubApiOptions): Promise<GitHubApi> {
  const { getOctokit } = await import('@actions/github');
  const baseUrl = options.apiUrl.replace(/\/+$/, '');
  return budgeted(getOctokit(options.token, { baseUrl }), options);
}

function budgeted(octokit: ReturnType<typeof getOctokit>, options: GitHubApiOptions): GitHubApi {
  const { apiUrl, maxRequests, who } = options;
  const host = URL.canParse(apiUrl) ? new URL(apiUrl).host : apiUrl;
  const graphqlUrl = `${apiUrl.replace(/\/+$/, '').replace(/\/api\/v3$/, '/api')}/graphql`;
  const deadline = options.deadline ?? ((ms: number) => AbortSignal.timeout(ms));
  let made = 0;
  // REST and GraphQL have a rate limit each.
  const budget: Record<'core' | 'graphql', { remaining?: number; limit?: number }> = { core: {}, graphql: {} };

  const send = async (resource: 'core' | 'graphql', route: string, params: Record<string, unknown>) => {
    const spent = budget[resource];
    if (made >= maxRequests)
      throw new Stop(
        `stopped to spare the GitHub token's rate limit: ${who} makes at most ${maxRequests} requests`,
        false,
        made,
      );
    if (spent.remaining !== undefined && spent.limit !== undefined && spent.remaining <= reserveOf(spent.limit)) {
      throw new Stop(
        `stopped to spare the GitHub token's rate limit: ${spent.remaining} of its ${spent.limit} requests an hour were left`,
        false,
        made,
      );
    }
    made++;
    let answer: Answer;
    try {
      const response = await octokit.request(route, { ...params, request: { signal: deadline(TIMEOUT_MS) } });
      answer = { status: response.status, headers: response.headers, data: response.data };
    } catch (error) {
      const response = (error as { response?: Answer }).response;
      // Neither the error's message nor its request is repeated: they could carry what was sent.
      if (!response) throw new Stop(`GitHub's API at ${apiUrl} could not be reached`, true, made);
      answer = response;
    }
    const remaining = headerCount(answer, 'x-ratelimit-remaining');
    spent.remaining = remaining ?? spent.remaining;
    spent.limit = headerCount(answer, 'x-ratelimit-limit') ?? spent.limit;
    const reset = headerCount(answer, 'x-ratelimit-reset');
    const until = reset === undefined ? '' : ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`;
    // A secondary rate limit may leave requests in the hour: GitHub says it with retry-after, or in its message.
    const saysRateLimit =
      answer.headers['retry-after'] !== undefined || /rate limit/i.test(errorMessageOf(answer.data) ?? '');
    if (answer.status === 429 || (answer.status === 403 && (remaining === 0 || saysRateLimit))) {
      throw new Stop(
        `GitHub's rate limit for the token was reached (HTTP ${answer.status} from ${host})${until}`,
        true,
        made,
      );
    }
    // GraphQL says its own limit in its errors, with HTTP 200: RATE_LIMITED, documented, or RATE_LIMIT.
    const limited = graphqlErrors(answer.data).find((error) => /^RATE_LIMIT(?:ED)?$/.test(error.type));
    if (resource === 'graphql' && limited)
      throw new Stop(
        `GitHub's rate limit for the token was reached (${limited.type} from ${host})${until}`,
        true,
        made,
      );
    return answer;
  };
  return {
    host,
    rest: (route, params = {}) => send('core', route, params),
    graphql: (query, variables) => send('graphql', `POST ${graphqlUrl}`, { query, variables }),
    made: () => made,
  };
}

/** A rate-limit header: a count of requests, or the reset in Unix seconds; undefined when it is not a whole number. */
function headerCount(answer: Answer, name: string): number | undefined {
  const value = answer.headers[name];
  return typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : undefined;
}

/** An object as JSON.parse makes one (the HTTP client hands other bodies over as a string or bytes). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  isJsonObject(value) && Object.getPrototypeOf(value) === Object.prototype;

/** GitHub's error: a JSON object with a message; undefined for anything else. */
export function errorMessageOf(data: unknown): string | undefined {
  return isObject(data) && typeof data.message === 'string' ? data.message : undefined;
}

/** A GraphQL answer's errors, each with its type and message when it has them (strings, else empty). */
export function graphqlErrors(data: unknown): { type: string; message: string }[] {
  if (!isObject(data) || !Array.isArray(data.errors)) return [];
  return data.errors.map((error: unknown) => ({
    type: isObject(error) && typeof error.type === 'string' ? error.type : '',
    message: isObject(error) && typeof error.message === 'string' ? error.message : '',
  }));
}

/** What an answer brought, for a message: its content type and the start of its body, the token scrubbed, escaped. */
export function describeBody(answer: Answer, token: string): string {
  const type = answer.headers['content-type'];
  const { data } = answer;
  const text =
    typeof data === 'string'
      ? data
      : data instanceof ArrayBuffer
        ? new TextDecoder().decode(data.slice(0, 400))
        : jsonText(data);
  const scrubbed = token ? text.replaceAll(token, '***') : text;
  return `${typeof type === 'string' ? excerpt(type, 60) : 'no content type'} and ${scrubbed ? quoted(scrubbed, 80) : 'an empty body'}`;
}

/** A parsed JSON value as text again: the HTTP client parses numbers past 2^53 as bigints, which JSON.stringify refuses. */
const jsonText = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item)) ?? '';

/** A value from an answer, for a message: as JSON, which tells a string from a number, escaped and cut; `missing` when there is none. */
export const shown = (value: unknown, max = 80): string =>
  value === undefined ? 'missing' : excerpt(jsonText(value), max);

/** An instant as GitHub writes one: ISO 8601 date and time with a zone, that names a real instant. */
const GITHUB_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** A time from GitHub's answer, by its grammar; undefined when it is not one. */
export const githubTime = (value: unknown): Date | undefined =>
  typeof value === 'string' && GITHUB_TIME.test(value) ? parseTimeInput(value) : undefined;

/** A token as HTTP's grammar (RFC 9110) has it: a Link parameter's name, or its value unquoted. */
const HTTP_TOKEN = String.raw`[!#$%&'*+.^\`|~\w-]+`;
/** One link-value of a Link header (RFC 8288): `<URI>` and its parameters, up to the comma after it. */
const LINK_VALUE = new RegExp(
  String.raw`\s*<([^<>]*)>((?:\s*;\s*${HTTP_TOKEN}(?:\s*=\s*(?:${HTTP_TOKEN}|"(?:[^"\\]|\\.)*"))?)*)\s*(?:,|$)`,
  'y',
);
/** One parameter of a link-value: its name, and its value, unquoted or quoted. */
const LINK_PARAMETER = new RegExp(
  String.raw`;\s*(${HTTP_TOKEN})(?:\s*=\s*(?:(${HTTP_TOKEN})|"((?:[^"\\]|\\.)*)"))?`,
  'g',
);

/**
 * The page of the Link header's `rel="last"`, by the header's grammar: 1 without one (a single
 * page). A string says what is wrong: a header that does not parse, a last link that is no http(s)
 * URL with a page number, or more pages than the answer's `total` items (`what`) fill.
 */
export function lastLinkedPage(link: unknown, total: number, perPage: number, what: string): number | string {
  if (link === undefined) return 1;
  const header = String(link);
  let last: string | undefined;
  LINK_VALUE.lastIndex = 0;
  while (LINK_VALUE.lastIndex < header.length) {
    const match = LINK_VALUE.exec(header);
    if (!match) return `its Link header ${shown(header, 200)} is not a list of links`;
    const rel = [...(match[2] ?? '').matchAll(LINK_PARAMETER)].find(
      (parameter) => parameter[1]?.toLowerCase() === 'rel',
    );
    if ((rel?.[2] ?? rel?.[3] ?? '').toLowerCase().split(/\s+/).includes('last')) last = match[1];
  }
  if (last === undefined) return 1;
  const url = URL.canParse(last) ? new URL(last) : undefined;
  const page = url && /^https?:$/.test(url.protocol) ? url.searchParams.get('page') : null;
  if (!page || !/^[1-9]\d{0,5}$/.test(page))
    return `its Link header's last page ${shown(last, 200)} is not an http(s) URL with a page number`;
  if (Number(page) > Math.max(1, Math.ceil(total / perPage)))
    return `its Link header's last page ${page} does not fit its ${total} ${what}`;
  return Number(page);
}
