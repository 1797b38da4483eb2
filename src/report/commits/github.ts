// Commits from GitHub's compare API, for repositories the workspace holds no full checkout of.
// It only reads, once per range, and stops before the token's hourly budget runs dry: the
// default token allows 1,000 requests an hour per repository, shared with the rest of the job.
import { type Commit, type CommitRange, type CommitSource, type RangeCommits, rangeKey } from '../types.ts';
import { MAX_COMMITS } from './git.ts';
import { isCommitSha, repositoryKey } from './repository.ts';

/** At most this many requests per report run, however many the token has left. */
const MAX_REQUESTS = 500;
/** The compare API's largest page. */
const PER_PAGE = 100;
const TIMEOUT_MS = 30_000;
/** What is left to the token's other users: a tenth of its hourly limit, and never under 100. */
const reserveOf = (limit: number) => Math.max(100, Math.ceil(limit / 10));

export interface GitHubCommitsOptions {
  /** GITHUB_API_URL: GitHub Enterprise Server has its own. */
  apiUrl: string;
  token: string;
  /** `outOfReach`: GitHub could not be reached, which fail-on-error makes a failure. */
  warn(message: string, outOfReach?: boolean): void;
  maxRequests?: number;
  maxCommits?: number;
}

interface Answer {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

/** Ends every request of the run: the budget is spent, or GitHub is out of reach. */
class Stop extends Error {
  readonly outOfReach: boolean;
  constructor(message: string, outOfReach = false) {
    super(message);
    this.outOfReach = outOfReach;
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
  const maxRequests = options.maxRequests ?? MAX_REQUESTS;
  const budget = { made: 0, remaining: undefined as number | undefined, limit: undefined as number | undefined };
  const repositories = new Map<string, Repository | undefined>();
  const knownCommits = new Set<string>();
  const answers = new Map<string, RangeCommits>();
  let stopped: { reason: string; ranges: number; outOfReach: boolean } | undefined;

  const get = async (route: string, params: Record<string, string | number>): Promise<Answer> => {
    if (budget.made >= maxRequests) throw new Stop(`stopped to spare the GitHub token's rate limit: a report makes at most ${maxRequests} requests`);
    if (budget.remaining !== undefined && budget.limit !== undefined && budget.remaining <= reserveOf(budget.limit)) {
      throw new Stop(`stopped to spare the GitHub token's rate limit: ${budget.remaining} of its ${budget.limit} requests an hour were left`);
    }
    budget.made++;
    let answer: Answer;
    try {
      const response = await octokit.request(route, { ...params, request: { signal: AbortSignal.timeout(TIMEOUT_MS) } });
      answer = { status: response.status, headers: response.headers, data: response.data };
    } catch (error) {
      const response = (error as { response?: Answer }).response;
      // Neither the error's message nor its request is repeated: they could carry what was sent.
      if (!response) throw new Stop(`GitHub's API at ${options.apiUrl} could not be reached`, true);
      answer = response;
    }
    const count = (name: string) => (/^\d+$/.test(String(answer.headers[name])) ? Number(answer.headers[name]) : undefined);
    budget.remaining = count('x-ratelimit-remaining') ?? budget.remaining;
    budget.limit = count('x-ratelimit-limit') ?? budget.limit;
    // A secondary rate limit may leave requests in the hour: GitHub says it with retry-after, or in its message.
    const saysRateLimit = answer.headers['retry-after'] !== undefined || /rate limit/i.test(String((answer.data as { message?: unknown } | null)?.message));
    const rateLimited = answer.status === 429 || (answer.status === 403 && (count('x-ratelimit-remaining') === 0 || saysRateLimit));
    if (rateLimited) {
      const reset = count('x-ratelimit-reset');
      const until = reset === undefined ? '' : ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`;
      throw new Stop(`GitHub's rate limit for the token was reached (HTTP ${answer.status})${until}`);
    }
    return answer;
  };

  const unknownCommit = (range: CommitRange) => {
    const unknown = [range.base, range.head].filter((sha) => !knownCommits.has(sha.toLowerCase()));
    return { unavailable: `GitHub has no commit ${unknown.length === 1 ? unknown[0] : `${range.base} or ${range.head}`} in ${range.repositoryId}` };
  };

  const compare = async (range: CommitRange, repository: Repository): Promise<RangeCommits> => {
    const { owner, repo } = repository;
    const page = (page: number) =>
      get('GET /repos/{owner}/{repo}/compare/{basehead}', { owner, repo, basehead: `${range.base}...${range.head}`, per_page: PER_PAGE, page });
    const first = await page(1);
    if (first.status === 404 && repository.readable === undefined) {
      repository.readable = (await get('GET /repos/{owner}/{repo}', { owner, repo })).status === 200;
    }
    if (first.status === 422 || (first.status === 404 && repository.readable)) return unknownCommit(range);
    if (first.status === 401 || first.status === 403 || first.status === 404) {
      repository.unreadable = `the token cannot read ${range.repositoryId} (HTTP ${first.status})`;
      options.warn(`No lead time for ${range.repositoryId}: the github-token cannot read it (HTTP ${first.status}). github.token reads only the workflow's own repository; give a github-token that can read ${range.repositoryId}.`);
      return { unavailable: repository.unreadable };
    }
    if (first.status !== 200) return { unavailable: `GitHub's compare API answered HTTP ${first.status} for ${range.repositoryId}` };

    const firstPage = readPage(first.data);
    const lastPage = lastPageOf(first.headers.link);
    if (typeof firstPage === 'string') return { unavailable: `GitHub's compare answer for ${range.repositoryId} was not understood: ${firstPage}` };
    if (lastPage === undefined || lastPage > Math.max(1, Math.ceil(firstPage.total / PER_PAGE))) {
      return { unavailable: `GitHub's compare answer for ${range.repositoryId} had a Link header that does not fit its ${firstPage.total} commits` };
    }
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
    for (let number = lastPage; number > 1 && !truncated; number--) {
      const later = await page(number);
      const read = later.status === 200 ? readPage(later.data) : `HTTP ${later.status} for page ${number}`;
      if (typeof read === 'string') return { unavailable: `GitHub's compare answer for ${range.repositoryId} was not understood: ${read}` };
      take(read.commits);
    }
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
      } catch (error) {
        if (!(error instanceof Stop)) throw error;
        stopped = { reason: error.message, ranges: 1, outOfReach: error.outOfReach };
        answers.set(key, { unavailable: stopped.reason });
      }
    }
  }
  if (stopped) options.warn(`Lead time is partial: ${stopped.reason}; ${stopped.ranges} of ${answers.size} commit ranges were not read.`, stopped.outOfReach);
  return answers;
}

function repositoryOf(repositoryId: string, known: Map<string, Repository | undefined>): Repository | undefined {
  const key = repositoryKey(repositoryId) ?? '';
  if (!known.has(key)) {
    const [, owner, repo, ...rest] = key.split('/');
    const valid = owner && repo && rest.length === 0 && /^[\w.-]+$/.test(owner) && /^[\w.-]+$/.test(repo);
    known.set(key, valid ? { owner, repo } : undefined);
  }
  return known.get(key);
}

/** The `page` of the Link header's `rel="last"`; 1 without one (a single page); undefined if malformed. */
function lastPageOf(link: string | number | undefined): number | undefined {
  if (link === undefined) return 1;
  const last = /<([^>]*)>;\s*rel="last"/.exec(String(link));
  if (!last) return 1;
  const page = URL.canParse(last[1] ?? '') ? new URL(last[1] ?? '').searchParams.get('page') : null;
  return page && /^[1-9]\d{0,5}$/.test(page) ? Number(page) : undefined;
}

interface PageCommit {
  sha: string;
  authoredAt: Date;
  merge: boolean;
}

/** One page of a compare answer, checked by its grammar; a string says what was wrong. */
function readPage(data: unknown): { total: number; commits: PageCommit[] } | string {
  const answer = data as { total_commits?: unknown; commits?: unknown } | null;
  if (typeof answer !== 'object' || answer === null) return 'not a JSON object';
  if (!Number.isSafeInteger(answer.total_commits) || (answer.total_commits as number) < 0) return 'no total_commits';
  if (!Array.isArray(answer.commits)) return 'no commits';
  const commits: PageCommit[] = [];
  for (const item of answer.commits as unknown[]) {
    const commit = item as { sha?: unknown; parents?: unknown; commit?: { author?: { date?: unknown } | null } } | null;
    const date = commit?.commit?.author?.date;
    const authoredAt = typeof date === 'string' ? new Date(date) : undefined;
    if (typeof commit?.sha !== 'string' || !isCommitSha(commit.sha)) return 'a commit without a sha';
    if (!Array.isArray(commit.parents) || !commit.parents.every((parent: { sha?: unknown } | null) => typeof parent?.sha === 'string' && isCommitSha(parent.sha))) {
      return `commit ${commit.sha} without parents`;
    }
    if (!authoredAt || Number.isNaN(authoredAt.getTime())) return `commit ${commit.sha} without an author date`;
    commits.push({ sha: commit.sha.toLowerCase(), authoredAt, merge: commit.parents.length > 1 });
  }
  return { total: answer.total_commits as number, commits };
}
