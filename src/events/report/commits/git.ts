// Commits from a full git checkout. One git process per deployment costs about 11 ms, so the
// history is read once, with one `git log`, and every range is walked in memory.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMIT_SHA_PATTERN } from '../../../datadog/rules.ts';
import { type Git, gitWithActionsExec } from '../../../pipeline/commit.ts';
import { type Commit, type CommitRange, type CommitSource, type RangeCommits, rangeKey } from '../types.ts';
import { type Graph, generations, rangeWalker } from './graph.ts';
import { repositoryKey } from './repository.ts';

/** Datadog counts at most this many commits per deployment. */
export const MAX_COMMITS = 5000;

/** A checkout's commit graph, read once; answers for ranges whose two commits it holds. */
export interface GitHistory extends CommitSource {
  holds(sha: string): boolean;
}

/**
 * The repositories (as `repositoryKey`s) that the workspace is a full checkout of: it has `.git`,
 * is not shallow (a shallow history would cut ranges short), and a remote's URL names them.
 * Where `.git` is a folder, its files say (git marks a shallow one with its `shallow` file), and git
 * runs only for a config that only git can read; where it is a file (a worktree, a submodule), two
 * git processes; none without `.git`.
 */
export async function fullCheckoutOf(workspace: string, git: Git = gitWithActionsExec): Promise<Set<string>> {
  const none = new Set<string>();
  const gitDir = join(workspace, '.git');
  if (!existsSync(gitDir)) return none;
  try {
    const folder = statSync(gitDir).isDirectory();
    if (folder) {
      if (existsSync(join(gitDir, 'shallow'))) return none;
    } else {
      const shallow = await git(['rev-parse', '--is-shallow-repository'], workspace);
      if (shallow.exitCode !== 0 || shallow.stdout.trim() !== 'false') return none;
    }
    const urls =
      (folder && remoteUrlsIn(readFileSync(join(gitDir, 'config'), 'utf8'))) ||
      (await remoteUrlsFromGit(workspace, git));
    return new Set(urls.map(repositoryKey).filter((key) => key !== undefined));
  } catch {
    // git missing, or refusing a workspace owned by another user: no checkout to read.
    return none;
  }
}

async function remoteUrlsFromGit(workspace: string, git: Git): Promise<string[]> {
  const remotes = await git(['config', '--get-regexp', '^remote\\..*\\.url$'], workspace);
  return remotes.exitCode === 0 ? remotes.stdout.split('\n').map((line) => line.trim().split(/\s+/)[1] ?? '') : [];
}

/**
 * The remotes' URLs in a checkout's own config file, as actions/checkout writes it: a process
 * spared. Undefined where git alone can say: includes, URL rewriting, quoted or continued values.
 */
export function remoteUrlsIn(config: string): string[] | undefined {
  if (/^\s*\[\s*(?:include|includeIf|url)\b/im.test(config)) return undefined;
  const urls: string[] = [];
  let inRemote = false;
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[([^\]]*)\]/.exec(line);
    if (section) inRemote = /^remote[\s.]/i.test(section[1] ?? '');
    if (!inRemote || !/^\s*url\s*=/i.test(line)) continue;
    const url = /^\s*url\s*=\s*([^\s"\\;#]+)\s*$/i.exec(line)?.[1];
    if (!url) return undefined;
    urls.push(url);
  }
  return urls;
}

/** Reads every commit reachable from any ref with one `git log`; throws, saying why, when it cannot. */
export async function readGitHistory(
  workspace: string,
  git: Git = gitWithActionsExec,
  maxCommits = MAX_COMMITS,
  temp = tmpdir(),
): Promise<GitHistory> {
  // Into a file, not a pipe: git runs at full speed while this process is busy with Datadog's answers.
  const folder = mkdtempSync(join(temp, 'datadog-dora-git-'));
  try {
    const file = join(folder, 'log');
    // Committer time orders the walk's answer, newest first, as git log does; author time is lead time's.
    // A user's log.showSignature would add lines the format does not describe.
    const log = await git(
      ['log', '--all', '--no-show-signature', `--output=${file}`, '--format=%H %ct %at %P'],
      workspace,
    );
    if (log.exitCode !== 0) throw new Error(`git log failed in the workspace (exit code ${log.exitCode})`);
    return historyFrom(await readFile(file, 'utf8'), maxCommits);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function historyFrom(logOutput: string, maxCommits: number): GitHistory {
  const graph = parseLog(logOutput);
  const { index } = graph;
  const walk = rangeWalker(graph);
  // Newest first, as git log lists them: by committer time, then generation.
  const newer = (a: number, b: number) =>
    graph.committed[b]! - graph.committed[a]! || graph.generation[b]! - graph.generation[a]!;
  // One object per commit, whatever the number of ranges it is in (in a monorepo, one per service).
  const made: Commit[] = [];
  const answer = (range: CommitRange): RangeCommits => {
    const base = index.get(range.base.toLowerCase());
    const head = index.get(range.head.toLowerCase());
    if (base === undefined || head === undefined) {
      return {
        unavailable: `commit ${head === undefined ? range.head : range.base} is not in the checkout of ${range.repositoryId}`,
      };
    }
    const newestFirst = walk(base, head).sort(newer);
    const commits: Commit[] = [];
    for (let k = 0; k < Math.min(newestFirst.length, maxCommits); k++) {
      const i = newestFirst[k]!;
      const commit = made[i] ?? { sha: graph.shas[i]!, authoredAt: new Date(graph.authored[i]! * 1000) };
      made[i] = commit;
      commits.push(commit);
    }
    return { commits, truncated: newestFirst.length > maxCommits };
  };
  return {
    holds: (sha) => index.has(sha.toLowerCase()),
    commitsIn: async (ranges) => new Map(ranges.map((range) => [rangeKey(range), answer(range)])),
  };
}

/** One line per commit: `sha committer-time author-time parents…`; a root's ends with the space before its none. */
const LOG_LINE = new RegExp(
  `^(${COMMIT_SHA_PATTERN}) (\\d+) (\\d+) ?(${COMMIT_SHA_PATTERN}(?: ${COMMIT_SHA_PATTERN})*)? *$`,
);

function parseLog(output: string): Graph {
  const graph: Graph = {
    shas: [],
    index: new Map(),
    committed: [],
    authored: [],
    merge: [],
    parents: [],
    generation: [],
  };
  const parentShas: string[][] = [];
  for (let start = 0; start < output.length; ) {
    const end = output.indexOf('\n', start);
    const line = output.slice(start, end === -1 ? output.length : end);
    start = end === -1 ? output.length : end + 1;
    if (line === '') continue;
    const match = LOG_LINE.exec(line);
    if (!match)
      throw new Error(
        `git log gave a line that is not "sha committer-time author-time parents": ${line.slice(0, 200)}`,
      );
    const [, sha = '', committed = '', authored = '', parents] = match;
    const parentList = parents ? parents.split(' ') : [];
    graph.shas.push(sha);
    graph.committed.push(Number(committed));
    graph.authored.push(Number(authored));
    graph.merge.push(parentList.length > 1);
    parentShas.push(parentList);
  }
  graph.index = new Map(graph.shas.map((sha, i) => [sha, i]));
  // A parent outside the log (a replaced or grafted history) ends the walk there.
  graph.parents = parentShas.map((shas) => shas.map((sha) => graph.index.get(sha)).filter((i) => i !== undefined));
  graph.generation = generations(graph.parents);
  return graph;
}
