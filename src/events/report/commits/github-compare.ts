// One commit range through GitHub's compare API: its pages read newest first, by page number,
// up to the commits lead time takes; and GitHub's refusals told apart, a commit it does not know
// from a repository the token cannot read.
import type { Get } from '../../../pipeline/github.ts';
import type { Commit, CommitRange, RangeCommits } from '../types.ts';
import {
  type Answer,
  describeBody,
  errorMessageOf,
  isRepositoryAnswer,
  lastPageOf,
  type PageCommit,
  PER_PAGE,
  readComparePage,
} from './github-answers.ts';

/** One repository, and what is known of the token's access to it. */
export interface Repository {
  owner: string;
  repo: string;
  /** Why the token cannot read it, once found. */
  unreadable?: string;
  readable?: boolean;
}

/** One range not read because GitHub's answer failed: `reason` is the range's, the message (what came, for which range) the warning's. */
export class AnswerFailed extends Error {
  readonly reason: string;
  constructor(reason: string, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** The answers by which GitHub refuses to say more: the token cannot read (401, 403, 404), or a commit is unknown (404, 422). */
const REFUSALS = new Set([401, 403, 404, 422]);

export interface Comparing {
  get: Get;
  /** GitHub's API host, as messages name it. */
  host: string;
  /** Scrubbed from what an answer brought, before a message quotes it. */
  token: string;
  warn(message: string): void;
  /** The most commits a range keeps, the newest. */
  maxCommits: number;
}

/** Compares ranges one at a time; counts the commits its answers held malformed, and keeps one example. */
export function rangeComparer({ get, host, token, warn, maxCommits }: Comparing) {
  const knownCommits = new Set<string>();
  const malformed = { count: 0, example: '' };

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
        `${came} with ${describeBody(answer, token)}${foreign ? `, which is not GitHub's answer (${foreign}),` : ''} to ${asked}`,
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
      warn(
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
        if (commits.length === maxCommits) {
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
  return { compare, malformed };
}
