// Commits from a full git checkout. One git process per deployment costs about 11 ms, so the
// history is read once, with one `git log`, and every range is walked in memory.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Git, gitWithActionsExec } from '../../action/commit.ts';
import { type Commit, type CommitRange, type CommitSource, type RangeCommits, rangeKey } from '../types.ts';
import { isCommitSha, repositoryKey } from './repository.ts';

/** Datadog counts at most this many commits per deployment. */
export const MAX_COMMITS = 5000;

/** A checkout's commit graph, read once; answers for ranges whose two commits it holds. */
export interface GitHistory extends CommitSource {
  holds(sha: string): boolean;
}

/**
 * The repositories (as `repositoryKey`s) that the workspace is a full checkout of: it has `.git`,
 * is not shallow (a shallow history would cut ranges short), and a remote's URL names them.
 * Two git processes at most; none without `.git`.
 */
export async function fullCheckoutOf(workspace: string, git: Git = gitWithActionsExec): Promise<Set<string>> {
  const none = new Set<string>();
  if (!existsSync(join(workspace, '.git'))) return none;
  try {
    const shallow = await git(['rev-parse', '--is-shallow-repository'], workspace);
    if (shallow.exitCode !== 0 || shallow.stdout.trim() !== 'false') return none;
    const remotes = await git(['config', '--get-regexp', '^remote\\..*\\.url$'], workspace);
    if (remotes.exitCode !== 0) return none;
    const urls = remotes.stdout.split('\n').map((line) => line.trim().split(/\s+/)[1] ?? '');
    return new Set(urls.map(repositoryKey).filter((key) => key !== undefined));
  } catch {
    // git missing, or refusing a workspace owned by another user: no checkout to read.
    return none;
  }
}

/** Reads every commit reachable from any ref with one `git log`; throws, saying why, when it cannot. */
export async function readGitHistory(workspace: string, git: Git = gitWithActionsExec, maxCommits = MAX_COMMITS): Promise<GitHistory> {
  // Into a file, not a pipe: git runs at full speed while this process is busy with Datadog's answers.
  const folder = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'datadog-dora-git-'));
  try {
    const file = join(folder, 'log');
    // Committer time orders the walk's answer, newest first, as git log does; author time is lead time's.
    // A user's log.showSignature would add lines the format does not describe.
    const log = await git(['log', '--all', '--no-show-signature', `--output=${file}`, '--format=%H %ct %at %P'], workspace);
    if (log.exitCode !== 0) throw new Error(`git log failed in the workspace (exit code ${log.exitCode})`);
    return historyFrom(await readFile(file, 'utf8'), maxCommits);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

interface Graph {
  shas: string[];
  index: Map<string, number>;
  committed: number[];
  authored: number[];
  merge: boolean[];
  parents: number[][];
  /** 1 + the longest path to a root: a commit's ancestors all have a lower one. */
  generation: number[];
}

function historyFrom(logOutput: string, maxCommits: number): GitHistory {
  const graph = parseLog(logOutput);
  const { index } = graph;
  const walk = rangeWalker(graph);
  const answer = (range: CommitRange): RangeCommits => {
    const base = index.get(range.base.toLowerCase());
    const head = index.get(range.head.toLowerCase());
    const missing = [range.head, range.base].find((sha) => !index.has(sha.toLowerCase()));
    if (base === undefined || head === undefined) return { unavailable: `commit ${missing} is not in the checkout of ${range.repositoryId}` };
    const newestFirst = walk(base, head)
      .filter((i) => !graph.merge[i])
      .sort((a, b) => (graph.committed[b] ?? 0) - (graph.committed[a] ?? 0) || (graph.generation[b] ?? 0) - (graph.generation[a] ?? 0));
    const commits: Commit[] = newestFirst.slice(0, maxCommits).map((i) => ({ sha: graph.shas[i] ?? '', authoredAt: new Date((graph.authored[i] ?? 0) * 1000) }));
    return { commits, truncated: newestFirst.length > maxCommits };
  };
  return {
    holds: (sha) => index.has(sha.toLowerCase()),
    commitsIn: async (ranges) => new Map(ranges.map((range) => [rangeKey(range), answer(range)])),
  };
}

function parseLog(output: string): Graph {
  const lines = output.split('\n').filter((line) => line !== '');
  const graph: Graph = { shas: [], index: new Map(), committed: [], authored: [], merge: [], parents: [], generation: [] };
  const parentShas: string[][] = [];
  for (const line of lines) {
    // A root commit has no parents: its line ends with the space before them.
    const [sha = '', committed = '', authored = '', ...parents] = line.trimEnd().split(' ');
    if (!isCommitSha(sha) || !/^\d+$/.test(committed) || !/^\d+$/.test(authored) || !parents.every(isCommitSha)) {
      throw new Error(`git log gave a line that is not "sha committer-time author-time parents": ${line.slice(0, 200)}`);
    }
    graph.shas.push(sha);
    graph.committed.push(Number(committed));
    graph.authored.push(Number(authored));
    graph.merge.push(parents.length > 1);
    parentShas.push(parents);
  }
  graph.index = new Map(graph.shas.map((sha, i) => [sha, i]));
  // A parent outside the log (a replaced or grafted history) ends the walk there.
  graph.parents = parentShas.map((shas) => shas.map((sha) => graph.index.get(sha)).filter((i) => i !== undefined));
  graph.generation = generations(graph.parents);
  return graph;
}

/** Depth first without recursion: a history's depth is its length, beyond any call stack. */
function generations(parents: number[][]): number[] {
  const generation = new Array<number>(parents.length).fill(0);
  const ON_PATH = 1;
  const DONE = 2;
  const state = new Uint8Array(parents.length);
  for (let start = 0; start < parents.length; start++) {
    if (state[start]) continue;
    const path = [start];
    state[start] = ON_PATH;
    while (path.length) {
      const top = path[path.length - 1] ?? 0;
      const next = (parents[top] ?? []).find((p) => state[p] !== DONE);
      if (next === undefined) {
        generation[top] = 1 + Math.max(0, ...(parents[top] ?? []).map((p) => generation[p] ?? 0));
        state[top] = DONE;
        path.pop();
      } else if (state[next] === ON_PATH) {
        // Only a replaced or grafted history can loop; walking it would never end.
        throw new Error('git log gave a history that loops');
      } else {
        state[next] = ON_PATH;
        path.push(next);
      }
    }
  }
  return generation;
}

const QUEUED = 1;
const EXCLUDED = 2;

/**
 * The commits reachable from head and not from base, as git's `base..head`. Commits leave the
 * queue highest generation first, so every child of a commit has left before it, and its flag is
 * final; the walk ends when only commits reachable from base are queued. The flags and the heap
 * are allocated once for every range: thousands of ranges are walked per report.
 */
function rangeWalker(graph: Graph): (base: number, head: number) => number[] {
  const flags = new Uint8Array(graph.shas.length);
  const generation = Int32Array.from(graph.generation);
  const heap = new Int32Array(graph.shas.length);
  const touched: number[] = [];
  let size = 0;
  const push = (item: number, flag: number) => {
    flags[item] = QUEUED | flag;
    touched.push(item);
    let i = size++;
    const rank = generation[item]!;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (generation[heap[up]!]! >= rank) break;
      heap[i] = heap[up]!;
      i = up;
    }
    heap[i] = item;
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap[--size]!;
    const rank = generation[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && generation[heap[child + 1]!]! > generation[heap[child]!]!) child++;
      if (generation[heap[child]!]! <= rank) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  };
  return (base, head) => {
    size = 0;
    touched.length = 0;
    push(base, EXCLUDED);
    if (head !== base) push(head, 0);
    let wanted = head === base ? 0 : 1;
    const found: number[] = [];
    while (wanted > 0 && size > 0) {
      const commit = pop();
      const excluded = (flags[commit]! & EXCLUDED) !== 0;
      if (!excluded) {
        wanted--;
        found.push(commit);
      }
      for (const parent of graph.parents[commit]!) {
        const parentFlags = flags[parent]!;
        if (!(parentFlags & QUEUED)) {
          push(parent, excluded ? EXCLUDED : 0);
          if (!excluded) wanted++;
        } else if (excluded && !(parentFlags & EXCLUDED)) {
          flags[parent] = parentFlags | EXCLUDED;
          wanted--;
        }
      }
    }
    for (const i of touched) flags[i] = 0;
    return found;
  };
}
