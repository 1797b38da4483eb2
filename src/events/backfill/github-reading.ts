// What both readers of GitHub's history share: the budgeted access, GitHub's refusals said as the
// input to change, values held to their grammar where they enter, what was left out, the reorder
// by finish, and the history that ends, without throwing, where GitHub or the budget stopped it.
import { isCommitSha, lineProblem } from '../../datadog/rules.ts';
import { type Answer, describeBody, errorMessageOf, type GitHubApi, githubApi, Stop } from '../../pipeline/github.ts';
import { quoted } from '../../runner/escape.ts';
import { InputError } from '../../runner/inputs/types.ts';
import type { GitHubHistory, LeftOut, PastDeployment, ReadingStop } from './types.ts';

/** At most this many requests per backfill run: a year of one workflow's runs with their jobs; the token's reserve stops it sooner. */
export const MAX_REQUESTS = 2_000;

export interface HistoryReading {
  /** GITHUB_API_URL. */
  apiUrl: string;
  token: string;
  /** GITHUB_REPOSITORY: `owner/name`. */
  repository: string;
  /** Those created from this instant… */
  since: Date;
  /** …through this one. */
  until: Date;
  maxRequests?: number;
  /** An attempt's deadline: the system's time unless given. */
  deadline?: (ms: number) => AbortSignal;
}

export const openApi = (reading: HistoryReading): Promise<GitHubApi> =>
  githubApi({
    apiUrl: reading.apiUrl,
    token: reading.token,
    maxRequests: reading.maxRequests ?? MAX_REQUESTS,
    who: 'a backfill',
    ...(reading.deadline ? { deadline: reading.deadline } : {}),
  });

/** `owner/name`, each part as GitHub's grammar has it. */
export function ownerAndName(repository: string): { owner: string; name: string } {
  const [owner, name, ...rest] = repository.split('/');
  if (!owner || !name || rest.length || !/^[\w.-]{1,100}$/.test(owner) || !/^[\w.-]{1,100}$/.test(name))
    throw new InputError(`GITHUB_REPOSITORY is ${quoted(repository)}: expected owner/name.`);
  return { owner, name };
}

/** A GitHub id: a positive whole number. */
export const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
/** A commit SHA, as the one rule has it (isCommitSha), lowercase. */
export const shaOf = (value: unknown): string | undefined =>
  typeof value === 'string' && isCommitSha(value) ? value.toLowerCase() : undefined;
/** A name (an environment's, a job's): one line, at most 255 characters. */
export const isName = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && lineProblem(value, 255) === undefined;
/** An http(s) URL for the summary's link, when it is one; undefined otherwise. */
export const httpUrl = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= 2_000 && /^https?:\/\/[^\s]+$/.test(value) && URL.canParse(value)
    ? value
    : undefined;

/** The refusal of a token that lacks a permission, or is no token: said as what to change; undefined for another answer. */
export function refusal(answer: Answer, permission: 'deployments' | 'actions', what: string): InputError | undefined {
  if (answer.status === 401)
    return new InputError(
      `The github-token is not valid: GitHub answered HTTP 401 (${errorMessageOf(answer.data) ?? 'no message'}) to ${what}.`,
    );
  if (answer.status === 403) return forbidden(permission, what, errorMessageOf(answer.data));
  return undefined;
}

/** The token lacks `permission`: said with what GitHub said, and how the workflow gives it. */
export const forbidden = (permission: 'deployments' | 'actions', what: string, said?: string) =>
  new InputError(
    `The github-token cannot read ${what}${said ? ` (GitHub said ${quoted(said, 120)})` : ''}: the job needs the permission ${permission}: read. Set it in the workflow, under the job (or the workflow): permissions: { ${permission}: read, contents: read }.`,
  );

/** An answer that is not the one asked for: a failure of GitHub's, said with what came. */
export const unexpected = (api: GitHubApi, answer: Answer, token: string, asked: string, why?: string) =>
  new Stop(
    `${api.host} answered HTTP ${answer.status} with ${describeBody(answer, token)}${why ? `, which is not GitHub's answer (${why}),` : ''} to ${asked}`,
    true,
    api.made(),
  );

/** What was left out, counted as it is met; one example of what was malformed kept for the message. */
export function tally(): LeftOut & { malformedOne(problem: string): void } {
  const left: LeftOut & { malformedOne(problem: string): void } = {
    unsuccessful: 0,
    malformed: 0,
    beyondCap: 0,
    malformedOne(problem) {
      left.malformed++;
      left.malformedExample ??= problem;
    },
  };
  return left;
}

/** At most this many deployments held to reorder by finish; beyond it the earliest finish goes first, in order or not. */
export const MAX_HELD = 1_000;

/**
 * Past deployments reordered by finish, read in the order they were created. A deployment
 * finishes no sooner than it is created, so once the reading has reached a creation at or past
 * one's finish, none read later can finish before it: it is released. Only what is under way at
 * the latest creation read is held (bounded by MAX_HELD): a lookahead as long as the longest
 * deployment, never the year.
 */
export function byFinish() {
  const held: PastDeployment[] = [];
  const before = (a: PastDeployment, b: PastDeployment) =>
    a.finishedAt.getTime() - b.finishedAt.getTime() || a.objectId - b.objectId;
  const swap = (i: number, j: number) => {
    [held[i], held[j]] = [held[j] as PastDeployment, held[i] as PastDeployment];
  };
  const pop = (): PastDeployment => {
    const top = held[0] as PastDeployment;
    const last = held.pop() as PastDeployment;
    if (held.length) {
      held[0] = last;
      for (let i = 0; ; ) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let least = i;
        if (l < held.length && before(held[l] as PastDeployment, held[least] as PastDeployment) < 0) least = l;
        if (r < held.length && before(held[r] as PastDeployment, held[least] as PastDeployment) < 0) least = r;
        if (least === i) break;
        swap(i, least);
        i = least;
      }
    }
    return top;
  };
  return {
    hold(past: PastDeployment): void {
      held.push(past);
      for (let i = held.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (before(held[i] as PastDeployment, held[parent] as PastDeployment) >= 0) break;
        swap(i, parent);
        i = parent;
      }
    },
    /** Those that finished by `createdBy`, the latest creation read; and the earliest beyond MAX_HELD. */
    *release(createdBy: Date | undefined): Generator<PastDeployment> {
      while (held.length > MAX_HELD || (createdBy && held[0] && held[0].finishedAt <= createdBy)) yield pop();
    },
    *all(): Generator<PastDeployment> {
      while (held.length) yield pop();
    },
  };
}

/**
 * The history of a reading: `read` yields the past deployments, oldest first; a Stop or GitHub's
 * failure thrown from it ends the iteration, and `stopped()` says why and through which instant
 * (`readThrough()`, the latest instant through which every deployment was yielded).
 */
export function historyOf(
  api: GitHubApi,
  repositoryId: number,
  left: LeftOut,
  read: () => AsyncGenerator<PastDeployment>,
  readThrough: () => Date | undefined,
  extra: Pick<GitHubHistory, 'workflow'> = {},
): GitHubHistory {
  let stop: ReadingStop | undefined;
  return {
    repositoryId,
    ...extra,
    deployments: {
      async *[Symbol.asyncIterator]() {
        try {
          yield* read();
        } catch (error) {
          // A refusal once the reading is under way (a permission withdrawn) ends it as GitHub's failure.
          if (!(error instanceof Stop || error instanceof InputError)) throw error;
          const through = readThrough();
          stop = {
            message: error.message,
            failed: error instanceof Stop ? error.failed : true,
            ...(through ? { readThrough: through } : {}),
          };
        }
      },
    },
    stopped: () => stop,
    leftOut: () => {
      const { unsuccessful, malformed, beyondCap, malformedExample } = left;
      return { unsuccessful, malformed, beyondCap, ...(malformedExample ? { malformedExample } : {}) };
    },
    requests: () => api.made(),
  };
}
