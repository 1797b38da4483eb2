// A checkout's commit graph as git's log gives it, held in arrays by commit index, and the walks
// over it: each commit's generation, and a range's commits as git's `base..head` finds them.

export interface Graph {
  shas: string[];
  index: Map<string, number>;
  committed: number[];
  authored: number[];
  merge: boolean[];
  parents: number[][];
  /** 1 + the longest path to a root: a commit's ancestors all have a lower one. */
  generation: number[];
}

/** Depth first without recursion: a history's depth is its length, beyond any call stack. */
export function generations(parents: number[][]): number[] {
  const generation = new Array<number>(parents.length).fill(0);
  const ON_PATH = 1;
  const DONE = 2;
  const state = new Uint8Array(parents.length);
  // Index loops, not for…of: this runs once per commit, before the code is warm.
  for (let start = 0; start < parents.length; start++) {
    if (state[start]) continue;
    const path = [start];
    state[start] = ON_PATH;
    while (path.length) {
      const top = path[path.length - 1]!;
      const own = parents[top]!;
      let next = -1;
      let highest = 0;
      for (let p = 0; p < own.length; p++) {
        const parent = own[p]!;
        if (state[parent] !== DONE) {
          next = parent;
          break;
        }
        if (generation[parent]! > highest) highest = generation[parent]!;
      }
      if (next === -1) {
        generation[top] = 1 + highest;
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
 * The commits reachable from head and not from base, merges left out, as git's `--no-merges
 * base..head`. Commits leave the queue highest generation first, so every child of a commit has
 * left before it, and its flag is final; the walk ends when only commits reachable from base are
 * queued. The flags and the queue are allocated once for every range: thousands are walked per report.
 */
export function rangeWalker(graph: Graph): (base: number, head: number) => number[] {
  const flags = new Uint8Array(graph.shas.length);
  const generation = Int32Array.from(graph.generation);
  // A bucket per generation, each a list threaded through `next`: a parent's generation is below
  // its child's, so the highest non-empty bucket only ever moves down within a walk.
  const bucket = new Int32Array(generation.reduce((a, b) => Math.max(a, b), 0) + 1).fill(-1);
  const next = new Int32Array(graph.shas.length);
  const touched = new Int32Array(graph.shas.length);
  let touchedCount = 0;
  let size = 0;
  let highest = 0;
  const push = (item: number, flag: number) => {
    flags[item] = QUEUED | flag;
    touched[touchedCount++] = item;
    const g = generation[item]!;
    next[item] = bucket[g]!;
    bucket[g] = item;
    if (g > highest) highest = g;
    size++;
  };
  const pop = (): number => {
    while (bucket[highest] === -1) highest--;
    const item = bucket[highest]!;
    bucket[highest] = next[item]!;
    size--;
    return item;
  };
  return (base, head) => {
    size = 0;
    touchedCount = 0;
    push(base, EXCLUDED);
    if (head !== base) push(head, 0);
    let wanted = head === base ? 0 : 1;
    const found: number[] = [];
    while (wanted > 0 && size > 0) {
      const commit = pop();
      const excluded = (flags[commit]! & EXCLUDED) !== 0;
      if (!excluded) {
        wanted--;
        if (!graph.merge[commit]) found.push(commit);
      }
      const parents = graph.parents[commit]!;
      for (let p = 0; p < parents.length; p++) {
        const parent = parents[p]!;
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
    for (let k = 0; k < touchedCount; k++) {
      const i = touched[k]!;
      flags[i] = 0;
      bucket[generation[i]!] = -1;
    }
    highest = 0;
    return found;
  };
}
