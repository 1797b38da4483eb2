// Commits from GitHub's compare API, for repositories the workspace holds no full checkout of.
// It only reads, once per range, and stops before the token's hourly budget runs dry: the
// default token allows 1,000 requests an hour per repository, shared with the rest of the job.
// Every answer is parsed by its grammar, not cast: GitHub failing, or something else answering in
// its place, is a failure (told, and the step's failure with fail-on-error), never "no data".

import { excerpt } from '../../../datadog/answers.ts';
import { isCommitSha } from '../../../datadog/rules.ts';
import { quoted } from '../../../runner/escape.ts';
import { parseTimeInput } from '../../../runner/times.ts';
import { type Commit, type CommitRange, type CommitSource, type RangeCommits, rangeKey } from '../types.ts';
import { MAX_COMMITS } from './git.ts';
import { repositoryKey } from './repository.ts';

/** At most this many requests per report run, however many the token has left. */
const MAX_REQUESTS = 500;
/** The compare API's largest page. */
const PER_PAGE = 100;
const TIMEOUT_MS = 30_000;
/** Three failed ranges in a row are no bad minute: the rest is not asked, sparing the token and the job's time. */
const MAX_FAILURES_IN_A_ROW = 3;
/** What is left to the token's other users: a tenth of its hourly limit, and never under 100. */
const reserveOf = (limit: number) => Math.max(100, Math.ceil(limit / 10));

export interface GitHubCommitsOptions {
  /** GITHUB_API_URL: GitHub Enterprise Server has its own. */
  apiUrl: string;
  token: string;
  /** `failed`: GitHub failed to answer (out of reach, an error, an answer not its own), which fail-on-error makes a failure. */
  warn(message: string, failed?: boolean): void;
  maxRequests?: number;
  maxCommits?: number;
}

interface Answer {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

/** Ends every request of the run. `failed`: GitHub failed (out of reach, its rate limit reached), not the report sparing the token. */
class Stop extends Error {
  readonly failed: boolean;
  constructor(message: string, failed = false) {
    super(message);
    this.failed = failed;
  }
}

/** One range not read because GitHub's answer failed: `reason` is the range's, the message (what came, for which range) the warning's. */
class AnswerFailed extends Error {
  readonly reason: string;
  constructor(reason: string, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** One repository, and what is known of the token's access to it. */
interface Repository {
  owner: string;
  repo: string;
  /** Why the token cannot read it, once found. */
  unreadable?: string;
  readable?: boolean;
}

export function githubCommitSource(options: GitHubCommitsOptions): CommitSource {
  return { commitsIn: (ranges) => compareAll(ranges, options) };
}

async function compareAll(ranges: CommitRange[], options: GitHubCommitsOptions): Promise<Map<string, RangeCommits>> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl.replace(/\/+$/, '') });
  const host = URL.canParse(options.apiUrl) ? new URL(options.apiUrl).host : options.apiUrl;
  const maxRequests = options.maxRequests ?? MAX_REQUESTS;
  const budget = { made: 0, remaining: undefined as number | undefined, limit: undefined as number | undefined };
  const repositories = new Map<string, Repository | undefined>();
  const knownCommits = new Set<string>();
  const answers = new Map<string, RangeCommits>();
  const failures = { count: 0, first: '', inARow: 0 };
  const malformed = { count: 0, example: '' };
  let stopped: { reason: string; ranges: number; failed: boolean } | undefined;

  const get = async (route: string, params: Record<string, string | number>): Promise<Answer> => {
    if (budget.made >= maxRequests)
      throw new Stop(`stopped to spare the GitHub token's rate limit: a report makes at most ${maxRequests} requests`);
    if (budget.remaining !== undefined && budget.limit !== undefined && budget.remaining <= reserveOf(budget.limit)) {
      throw new Stop(
        `stopped to spare the GitHub token's rate limit: ${budget.remaining} of its ${budget.limit} requests an hour were left`,
      );
    }
    budget.made++;
    let answer: Answer;
    try {
      const response = await octokit.request(route, {
        ...params,
        request: { signal: AbortSignal.timeout(TIMEOUT_MS) },
      });
      answer = { status: response.status, headers: response.headers, data: response.data };
    } catch (error) {
      const response = (error as { response?: Answer }).response;
      // Neither the error's message nor its request is repeated: they could carry what was sent.
      if (!response) throw new Stop(`GitHub's API at ${options.apiUrl} could not be reached`, true);
      answer = response;
    }
    const remaining = headerCount(answer, 'x-ratelimit-remaining');
    budget.remaining = remaining ?? budget.remaining;
    budget.limit = headerCount(answer, 'x-ratelimit-limit') ?? budget.limit;
    // A secondary rate limit may leave requests in the hour: GitHub says it with retry-after, or in its message.
    const saysRateLimit =
      answer.headers['retry-after'] !== undefined || /rate limit/i.test(errorMessageOf(answer.data) ?? '');
    if (answer.status === 429 || (answer.status === 403 && (remaining === 0 || saysRateLimit))) {
      const reset = headerCount(answer, 'x-ratelimit-reset');
      const until = reset === undefined ? '' : ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`;
      throw new Stop(
        `GitHub's rate limit for the token was reached (HTTP ${answer.status} from ${host})${until}`,
        true,
      );
    }
    return answer;
  };

  const unknownCommit = (range: CommitRange) => {
    const unknown = [range.base, range.head].filter((sha) => !knownCommits.has(sha.toLowerCase()));
    return {
      unavailable: `GitHub has no commit ${unknown.length === 1 ? unknown[0] : `${range.base} or ${range.head}`} in ${range.repositoryId}`,
    };
  };

  const compare = async (range: CommitRange, repository: Repository): Promise<RangeCommits> => {
    const { owner, repo } = repository;
    const compareOf = `the compare of ${range.repositoryId} ${range.base.slice(0, 12)}...${range.head.slice(0, 12)}`;
    /** GitHub's answer failed: what came, from whom, to which request; `foreign`: why it is not GitHub's. */
    const failure = (answer: Answer, foreign?: string, asked = compareOf) => {
      const came = `${host} answered HTTP ${answer.status}`;
      return new AnswerFailed(
        `${came}${foreign ? ", which is not GitHub's answer," : ''} for ${range.repositoryId}`,
        `${came} with ${describeBody(answer, options.token)}${foreign ? `, which is not GitHub's answer (${foreign}),` : ''} to ${asked}`,
      );
    };
    const page = (page: number) =>
      get('GET /repos/{owner}/{repo}/compare/{basehead}', {
        owner,
        repo,
        basehead: `${range.base}...${range.head}`,
        per_page: PER_PAGE,
        page,
      });
    /** A refusal that decides "no data" must be GitHub's own: its error, a JSON object with a message. */
    const checkRefusal = (answer: Answer, asked?: string) => {
      if (errorMessageOf(answer.data) === undefined)
        throw failure(answer, 'not its error, a JSON object with a message', asked);
    };

    const first = await page(1);
    if (REFUSALS.has(first.status)) {
      checkRefusal(first);
      if (first.status === 404 && repository.readable === undefined) {
        const asked = `the look-up of ${range.repositoryId}`;
        const probe = await get('GET /repos/{owner}/{repo}', { owner, repo });
        if (probe.status === 200) {
          if (!isRepositoryAnswer(probe.data))
            throw failure(probe, 'not a repository, a JSON object with its full_name', asked);
        } else if (REFUSALS.has(probe.status)) checkRefusal(probe, asked);
        else throw failure(probe, undefined, asked);
        repository.readable = probe.status === 200;
      }
      if (first.status === 422 || (first.status === 404 && repository.readable)) return unknownCommit(range);
      repository.unreadable = `the token cannot read ${range.repositoryId} (HTTP ${first.status})`;
      options.warn(
        `No lead time for ${range.repositoryId}: the github-token cannot read it (HTTP ${first.status}). github.token reads only the workflow's own repository; give a github-token that can read ${range.repositoryId}.`,
      );
      return { unavailable: repository.unreadable };
    }
    const read = (answer: Answer) => {
      if (answer.status !== 200) throw failure(answer);
      const parsed = readComparePage(answer);
      if (typeof parsed === 'string') throw failure(answer, parsed);
      malformed.count += parsed.malformed.length;
      if (!malformed.example && parsed.malformed[0]) malformed.example = `${parsed.malformed[0]}, in ${compareOf}`;
      return parsed;
    };
    const firstPage = read(first);
    const lastPage = lastPageOf(first.headers.link, firstPage.total);
    if (typeof lastPage === 'string') throw failure(first, lastPage);
    knownCommits.add(range.base.toLowerCase()).add(range.head.toLowerCase());
    // Pages run oldest first; the newest are wanted first, and the cap cuts the oldest.
    const commits: Commit[] = [];
    let truncated = false;
    const take = (pageCommits: PageCommit[]) => {
      for (const commit of pageCommits.toReversed()) {
        if (commit.merge) continue;
        if (commits.length === (options.maxCommits ?? MAX_COMMITS)) {
          truncated = true;
          return;
        }
        commits.push({ sha: commit.sha, authoredAt: commit.authoredAt });
      }
    };
    // By page number on this API's own path: a URL from an answer could lead the token elsewhere.
    for (let number = lastPage; number > 1 && !truncated; number--) take(read(await page(number)).commits);
    if (!truncated) take(firstPage.commits);
    return { commits, truncated };
  };

  for (const range of new Map(ranges.map((range) => [rangeKey(range), range])).values()) {
    const key = rangeKey(range);
    if (stopped) {
      stopped.ranges++;
      answers.set(key, { unavailable: stopped.reason });
      continue;
    }
    const repository = repositoryOf(range.repositoryId, repositories);
    if (!repository) {
      answers.set(key, { unavailable: `${range.repositoryId} names no GitHub repository` });
    } else if (!isCommitSha(range.base) || !isCommitSha(range.head)) {
      answers.set(key, { unavailable: `${isCommitSha(range.base) ? range.head : range.base} is not a commit sha` });
    } else if (repository.unreadable) {
      answers.set(key, { unavailable: repository.unreadable });
    } else if (range.base.toLowerCase() === range.head.toLowerCase()) {
      answers.set(key, { commits: [], truncated: false });
    } else {
      try {
        answers.set(key, await compare(range, repository));
        failures.inARow = 0;
      } catch (error) {
        if (error instanceof AnswerFailed) {
          answers.set(key, { unavailable: error.reason });
          failures.count++;
          failures.first ||= error.message;
          if (++failures.inARow === MAX_FAILURES_IN_A_ROW)
            stopped = {
              reason: `GitHub failed ${MAX_FAILURES_IN_A_ROW} times in a row, so no more was asked`,
              ranges: 0,
              failed: true,
            };
          continue;
        }
        if (!(error instanceof Stop)) throw error;
        stopped = { reason: error.message, ranges: 1, failed: error.failed };
        answers.set(key, { unavailable: stopped.reason });
      }
    }
  }
  const notRead = failures.count + (stopped?.ranges ?? 0);
  if (notRead) {
    const firstFailure =
      failures.count > 1 ? `${failures.first} (the first of ${failures.count} failures)` : failures.first;
    const reasons = [firstFailure, stopped?.reason].filter(Boolean).join('; ');
    options.warn(
      `Lead time is partial: ${reasons}; ${notRead} of ${answers.size} commit ranges were not read.`,
      failures.count > 0 || stopped?.failed,
    );
  }
  if (malformed.count) {
    const commits =
      malformed.count === 1
        ? '1 commit in GitHub’s compare answers was'
        : `${malformed.count} commits in GitHub’s compare answers were`;
    options.warn(`${commits} malformed and left out of lead time: ${malformed.example}.`);
  }
  return answers;
}

/** The answers by which GitHub refuses to say more: the token cannot read (401, 403, 404), or a commit is unknown (404, 422). */
const REFUSALS = new Set([401, 403, 404, 422]);

function repositoryOf(repositoryId: string, known: Map<string, Repository | undefined>): Repository | undefined {
  const key = repositoryKey(repositoryId) ?? '';
  if (!known.has(key)) {
    const [, owner, repo, ...rest] = key.split('/');
    const valid = owner && repo && rest.length === 0 && /^[\w.-]+$/.test(owner) && /^[\w.-]+$/.test(repo);
    known.set(key, valid ? { owner, repo } : undefined);
  }
  return known.get(key);
}

/** An object as JSON.parse makes one (the HTTP client hands other bodies over as a string or bytes). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** A rate-limit header: a count of requests, or the reset in Unix seconds; undefined when it is not a whole number. */
function headerCount(answer: Answer, name: string): number | undefined {
  const value = answer.headers[name];
  return typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : undefined;
}

/** GitHub's error: a JSON object with a message; undefined for anything else. */
function errorMessageOf(data: unknown): string | undefined {
  return isObject(data) && typeof data.message === 'string' ? data.message : undefined;
}

const isRepositoryAnswer = (data: unknown): boolean =>
  isObject(data) && typeof data.full_name === 'string' && /^[\w.-]+\/[\w.-]+$/.test(data.full_name);

/** What an answer brought, for a message: its content type and the start of its body, the token scrubbed, escaped. */
function describeBody(answer: Answer, token: string): string {
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
const shown = (value: unknown, max = 80): string => (value === undefined ? 'missing' : excerpt(jsonText(value), max));

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
 * URL with a page number, or more pages than the answer's commits fill.
 */
export function lastPageOf(link: unknown, total: number): number | string {
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
  if (Number(page) > Math.max(1, Math.ceil(total / PER_PAGE)))
    return `its Link header's last page ${page} does not fit its ${total} commits`;
  return Number(page);
}

export interface PageCommit {
  sha: string;
  authoredAt: Date;
  merge: boolean;
}

export interface ComparePage {
  total: number;
  commits: PageCommit[];
  /** What was wrong with each commit left out, escaped. */
  malformed: string[];
}

const JSON_TYPE = /^application\/json\s*(?:;|$)/i;

/**
 * One page of a compare answer, by its grammar. A string says why the whole is not GitHub's
 * compare answer; a commit that is not one is left out, and said in `malformed`.
 */
export function readComparePage(answer: Pick<Answer, 'headers' | 'data'>): ComparePage | string {
  const { data } = answer;
  if (!JSON_TYPE.test(String(answer.headers['content-type'] ?? ''))) return 'not JSON';
  if (typeof data === 'string') return 'JSON that does not parse';
  if (!isObject(data)) return 'not a JSON object';
  const total = data.total_commits;
  if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0)
    return `its total_commits is not a whole number: ${shown(total)}`;
  if (!Array.isArray(data.commits)) return `its commits are not a list: ${shown(data.commits)}`;
  if (data.commits.length > PER_PAGE)
    return `it lists ${data.commits.length} commits, more than a page of ${PER_PAGE} holds`;
  const page: ComparePage = { total, commits: [], malformed: [] };
  for (const item of data.commits as unknown[]) {
    const commit = readCommit(item);
    if (typeof commit === 'string') page.malformed.push(commit);
    else page.commits.push(commit);
  }
  return page;
}

/** An instant as GitHub writes one: ISO 8601 date and time with a zone, that names a real instant. */
const GITHUB_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** One commit of a compare answer: its sha, its parents' (a merge has several) and its author time; a string says what is wrong. */
function readCommit(item: unknown): PageCommit | string {
  if (!isObject(item)) return `a commit is not a JSON object: ${shown(item)}`;
  const { sha, parents } = item;
  if (typeof sha !== 'string' || !isCommitSha(sha)) return `a commit's sha is not a commit SHA: ${shown(sha)}`;
  if (
    !Array.isArray(parents) ||
    !parents.every((parent) => isObject(parent) && typeof parent.sha === 'string' && isCommitSha(parent.sha))
  ) {
    return `commit ${sha}'s parents are not a list of commits, each with a sha: ${shown(parents)}`;
  }
  const author = isObject(item.commit) && isObject(item.commit.author) ? item.commit.author : undefined;
  const date = author?.date;
  const authoredAt = typeof date === 'string' && GITHUB_TIME.test(date) ? parseTimeInput(date) : undefined;
  if (!authoredAt) return `commit ${sha}'s author date is not an ISO 8601 time: ${shown(date)}`;
  return { sha: sha.toLowerCase(), authoredAt, merge: parents.length > 1 };
}
