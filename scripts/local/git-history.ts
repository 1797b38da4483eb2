// Builds a real git repository from a plan, with one `git fast-import` for the whole history:
// the bench and the demo need thousands of commits, and a git process per commit would take
// seconds. Authors and times are in the stream, so no identity is read from the user's config.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface PlannedCommit {
  message: string;
  authoredAt: Date;
  /** When it was committed (a rebase or a merge moves it); the author time by default. */
  committedAt?: Date;
  /** Indexes of earlier commits in the plan, the first parent first; by default the one just before (none for the first). */
  parents?: number[];
  /** The branch that moves to it; `main` by default. A branch left unmerged keeps its commits reachable. */
  branch?: string;
}

export interface GitHistoryOptions {
  /** The `origin` remote's URL, e.g. `https://github.com/org/repo.git`, so the checkout matches a repository id. */
  origin?: string;
}

const AUTHOR = 'DORA Test <dora-test@example.com>';

/** Runs git in `cwd`, with `input` on its stdin; rejects with its stderr when it fails. */
function runGit(cwd: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // No stdin without input: git may exit before it would read one, and writing to it then fails (EPIPE).
    // glibc hands freed memory back to the system after every large free: fast-import of thousands of
    // commits spends seconds on it. A high trim threshold keeps it (measured: 5.6 s → 0.2 s for 15,000).
    const child = spawn('git', args, {
      cwd,
      env: { ...process.env, MALLOC_TRIM_THRESHOLD_: '134217728' },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else
        reject(new Error(`git ${args[0]} failed (exit code ${code}): ${Buffer.concat(err).toString('utf8').trim()}`));
    });
    if (input !== undefined) {
      // A git that fails before reading all of it says why on stderr, and its exit code rejects.
      child.stdin?.on('error', () => {});
      child.stdin?.end(input);
    }
  });
}

/** Makes `dir` a git repository holding the planned commits; returns their shas in plan order. */
export async function createGitHistory(
  dir: string,
  commits: PlannedCommit[],
  options: GitHistoryOptions = {},
): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  await runGit(dir, ['init', '--quiet', '--initial-branch=main']);
  const stream: string[] = [];
  commits.forEach((commit, i) => {
    const parents = commit.parents ?? (i === 0 ? [] : [i - 1]);
    if (parents.some((p) => !Number.isInteger(p) || p < 0 || p >= i))
      throw new Error(`commit ${i}: parents must be earlier commits of the plan`);
    const seconds = (date: Date) => `${Math.floor(date.getTime() / 1000)} +0000`;
    const ref = `refs/heads/${commit.branch ?? 'main'}`;
    // A reset first, so a commit without parents is a root even on a branch that already has one.
    stream.push(`reset ${ref}`, `commit ${ref}`, `mark :${i + 1}`);
    stream.push(
      `author ${AUTHOR} ${seconds(commit.authoredAt)}`,
      `committer ${AUTHOR} ${seconds(commit.committedAt ?? commit.authoredAt)}`,
    );
    stream.push(`data ${Buffer.byteLength(commit.message)}`, commit.message);
    for (const [n, p] of parents.entries()) stream.push(`${n === 0 ? 'from' : 'merge'} :${p + 1}`);
    stream.push('');
  });
  stream.push('done', '');
  const marks = join(dir, '.git', 'planned-marks');
  await runGit(dir, ['fast-import', '--quiet', '--done', `--export-marks=${marks}`], stream.join('\n'));
  const shaOf = new Map(
    readFileSync(marks, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string]),
  );
  rmSync(marks);
  if (options.origin) await runGit(dir, ['remote', 'add', 'origin', options.origin]);
  return commits.map((_, i) => {
    const sha = shaOf.get(`:${i + 1}`);
    if (!sha) throw new Error(`git fast-import made no commit ${i}`);
    return sha;
  });
}
