// Commits from GitHub's compare API, for repositories the workspace holds no full checkout of.
// It only reads, once per range, and stops before the token's hourly budget runs dry: the
// default token allows 1,000 requests an hour per repository, shared with the rest of the job.
// Every answer is parsed by its grammar, not cast: GitHub failing, or something else answering in
// its place, is a failure (told, and the step's failure with fail-on-error), never "no data".

import { isCommitSha } from '../../../datadog/rules.ts';
import { githubApi, Stop } from '../../../pipeline/github.ts';
import { type CommitRange, type CommitSource, type RangeCommits, rangeKey } from '../types.ts';
import { MAX_COMMITS } from './git.ts';
import { AnswerFailed, type Repository, rangeComparer } from './github-compare.ts';
import { repositoryKey } from './repository.ts';

/** At most this many requests per report run, however many the token has left. */
export const MAX_REQUESTS = 500;
/** Three failed ranges in a row are no bad minute: the rest is not asked, sparing the token and the job's time. */
const MAX_FAILURES_IN_A_ROW = 3;

export interface GitHubCommitsOptions {
  /** GITHUB_API_URL: GitHub Enterprise Server has its own. */
  apiUrl: string;
  token: string;
  /** `failed`: GitHub failed to answer (out of reach, an error, an answer not its own), which fail-on-error makes a failure. */
  warn(message: string, failed?: boolean): void;
  maxRequests?: number;
  maxCommits?: number;
}

export function githubCommitSource(options: GitHubCommitsOptions): CommitSource {
  return { commitsIn: (ranges) => compareAll(ranges, options) };
}

async function compareAll(ranges: CommitRange[], options: GitHubCommitsOptions): Promise<Map<string, RangeCommits>> {
  const api = await githubApi({
    apiUrl: options.apiUrl,
    token: options.token,
    maxRequests: options.maxRequests ?? MAX_REQUESTS,
    who: 'a report',
  });
  const { host } = api;
  const get = (route: string, params: Record<string, string | number>) => api.rest(route, params);
  const comparer = rangeComparer({
    get,
    host,
    token: options.token,
    warn: (message) => options.warn(message),
    maxCommits: options.maxCommits ?? MAX_COMMITS,
  });
  const repositories = new Map<string, Repository | undefined>();
  const answers = new Map<string, RangeCommits>();
  const failures = { count: 0, first: '', inARow: 0 };
  let stopped: { reason: string; ranges: number; failed: boolean } | undefined;

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
        answers.set(key, await comparer.compare(range, repository));
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
  const { malformed } = comparer;
  if (malformed.count) {
    const commits =
      malformed.count === 1
        ? '1 commit in GitHub’s compare answers was'
        : `${malformed.count} commits in GitHub’s compare answers were`;
    options.warn(`${commits} malformed and left out of lead time: ${malformed.example}.`);
  }
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
