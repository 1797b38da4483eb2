// Each request to GitHub's API, within what the report may spend of the token: at most so many a
// run, and none once its hourly budget is down to its other users' reserve. Either limit reached,
// GitHub out of reach, or its rate limit hit stops every request of the run (Stop).
import type { getOctokit } from '@actions/github';
import { type Answer, errorMessageOf } from './github-answers.ts';

/** At most this many requests per report run, however many the token has left. */
export const MAX_REQUESTS = 500;
const TIMEOUT_MS = 30_000;
/** What is left to the token's other users: a tenth of its hourly limit, and never under 100. */
const reserveOf = (limit: number) => Math.max(100, Math.ceil(limit / 10));

/** Ends every request of the run. `failed`: GitHub failed (out of reach, its rate limit reached), not the report sparing the token. */
export class Stop extends Error {
  readonly failed: boolean;
  constructor(message: string, failed = false) {
    super(message);
    this.failed = failed;
  }
}

/** One GET of GitHub's API: its answer, whatever its status, or Stop. */
export type Get = (route: string, params: Record<string, string | number>) => Promise<Answer>;

/** GETs through `octokit` that count what they spend; `host` names GitHub in messages. */
export function budgetedGet(
  octokit: ReturnType<typeof getOctokit>,
  apiUrl: string,
  host: string,
  maxRequests: number,
): Get {
  const budget = { made: 0, remaining: undefined as number | undefined, limit: undefined as number | undefined };
  return async (route, params) => {
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
      if (!response) throw new Stop(`GitHub's API at ${apiUrl} could not be reached`, true);
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
}

/** A rate-limit header: a count of requests, or the reset in Unix seconds; undefined when it is not a whole number. */
function headerCount(answer: Answer, name: string): number | undefined {
  const value = answer.headers[name];
  return typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : undefined;
}
