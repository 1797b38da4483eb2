// Where the commits behind change lead time come from, per repository: git when the workspace
// is a full checkout of it, else GitHub's compare API when it is on this GitHub, else nowhere.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadExec } from '../../../pipeline/commit.ts';
import { type CommitRange, type RangeCommits, rangeKey } from '../types.ts';
import { fullCheckoutOf, type GitHistory, readGitHistory } from './git.ts';
import { githubCommitSource } from './github.ts';
import { hostOf, repositoryKey } from './repository.ts';

export interface CommitSourceOptions {
  /** GITHUB_WORKSPACE: a checkout there is read with git. */
  workspace?: string;
  /** GITHUB_SERVER_URL: repositories on its host are read through its API. */
  serverUrl: string;
  /** GITHUB_API_URL. */
  apiUrl: string;
  token?: string;
  /** Each said once: lead time partial, a repository the token cannot read, commits left out; `failed`: GitHub failed to answer, which fail-on-error makes a failure. */
  warn(message: string, failed?: boolean): void;
  /** The workspace's checkout, when its reading was begun earlier (beginCheckoutRead). */
  checkout?: Promise<Checkout>;
  /** RUNNER_TEMP, where git's log is written. */
  temp?: string;
}

/** What the workspace holds: the repositories it is a full checkout of, and their history, or why it could not be read. */
export interface Checkout {
  repositories: Set<string>;
  git?: GitHistory;
  problem?: string;
}

/**
 * Begins reading the workspace's checkout, and resolves once git is on its way, with the checkout
 * to come (which never rejects). git's log is the long part: begun before Datadog's lists, it
 * runs while their pages come in, and costs the report no wait.
 */
export async function beginCheckoutRead(
  workspace: string | undefined,
  temp?: string,
): Promise<{ checkout: Promise<Checkout> }> {
  if (!workspace || !existsSync(join(workspace, '.git')))
    return { checkout: Promise.resolve({ repositories: new Set() }) };
  // Loaded first, so that git's processes start before the HTTP client's modules load.
  await loadExec();
  return { checkout: readCheckout(workspace, temp) };
}

async function readCheckout(workspace: string, temp: string | undefined): Promise<Checkout> {
  // The log is begun beside the checks, not after them: it is the long part.
  const log = readGitHistory(workspace, undefined, undefined, temp).then(
    (git) => ({ git }),
    (error: Error) => ({ problem: error.message }),
  );
  const repositories = await fullCheckoutOf(workspace);
  return repositories.size ? { repositories, ...(await log) } : { repositories };
}

/** The commits of every range, each asked once, by rangeKey; never throws for one range. */
export async function commitsFor(
  options: CommitSourceOptions,
  ranges: CommitRange[],
): Promise<Map<string, RangeCommits>> {
  const unique = [...new Map(ranges.map((range) => [rangeKey(range), range])).values()];
  const answers = new Map<string, RangeCommits>();
  const serverHost = URL.canParse(options.serverUrl) ? new URL(options.serverUrl).host.toLowerCase() : '';
  // Thousands of ranges name a handful of repositories: each address is parsed once.
  const keys = new Map<string, string | undefined>();
  const keyOf = (repositoryId: string) =>
    keys.has(repositoryId)
      ? keys.get(repositoryId)
      : keys.set(repositoryId, repositoryKey(repositoryId)).get(repositoryId);
  const history = await checkoutHistory(options, unique);

  const viaGit: CommitRange[] = [];
  const viaApi: CommitRange[] = [];
  for (const range of unique) {
    const repository = keyOf(range.repositoryId);
    const onThisServer = repository !== undefined && hostOf(repository) === serverHost;
    const inCheckout = repository !== undefined && history?.repositories.has(repository);
    if (inCheckout && (!onThisServer || (history?.git.holds(range.base) && history.git.holds(range.head)))) {
      // A commit the checkout lacks goes to the API when it can; else git says which it lacks.
      viaGit.push(range);
    } else if (onThisServer && options.token) {
      viaApi.push(range);
    } else {
      const reason =
        repository === undefined
          ? `${range.repositoryId} is not a repository's address`
          : onThisServer
            ? `no github-token to read ${range.repositoryId} through GitHub's API`
            : `${range.repositoryId} is on another server than this GitHub's (${serverHost || options.serverUrl})`;
      answers.set(rangeKey(range), { unavailable: reason });
    }
  }

  const fromGit = history && viaGit.length ? await history.git.commitsIn(viaGit) : new Map<string, RangeCommits>();
  const fromApi =
    viaApi.length && options.token
      ? await githubCommitSource({ apiUrl: options.apiUrl, token: options.token, warn: options.warn }).commitsIn(viaApi)
      : new Map<string, RangeCommits>();
  const found = new Map([...answers, ...fromGit, ...fromApi]);
  // In the order asked, whichever source answered.
  return new Map(
    unique.flatMap((range) => {
      const answer = found.get(rangeKey(range));
      return answer ? [[rangeKey(range), answer] as const] : [];
    }),
  );
}

/** The checkout's history, when the workspace is a full checkout of a repository some range is in. */
async function checkoutHistory(
  options: CommitSourceOptions,
  ranges: CommitRange[],
): Promise<{ repositories: Set<string>; git: GitHistory } | undefined> {
  if (!options.workspace || ranges.length === 0) return undefined;
  const { repositories, git, problem } = await (options.checkout ??
    (await beginCheckoutRead(options.workspace, options.temp)).checkout);
  if (!ranges.some((range) => repositories.has(repositoryKey(range.repositoryId) ?? ''))) return undefined;
  if (git) return { repositories, git };
  options.warn(
    `The checkout in the workspace could not be read for lead time (${problem}); its commits are read through GitHub's API where they can be.`,
  );
  return undefined;
}
