import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { createGitHistory } from '../../scripts/local/git-history.ts';
import { fullCheckoutOf, readGitHistory, remoteUrlsIn } from '../../src/events/report/commits/git.ts';
import { commitsFor } from '../../src/events/report/commits/index.ts';
import { repositoryKey } from '../../src/events/report/commits/repository.ts';
import { type CommitRange, rangeKey } from '../../src/events/report/types.ts';
import { type Git, gitWithActionsExec } from '../../src/pipeline/commit.ts';
import { at, ORIGIN, REPOSITORY_ID, smallHistory, tangledPlan, tempDir } from './commits-history.ts';

const gitIn = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
const countingGit =
  (calls: string[][]): Git =>
  (args, cwd) => {
    calls.push(args);
    return gitWithActionsExec(args, cwd);
  };
const range = (base: string, head: string, repositoryId = REPOSITORY_ID): CommitRange => ({ repositoryId, base, head });

let dir: string;
let sha: Awaited<ReturnType<typeof smallHistory>>;
beforeAll(async () => {
  dir = tempDir('checkout');
  sha = await smallHistory(dir);
});

describe('the commits of a range, from one read of the history', () => {
  const commitsOf = async (base: string, head: string, maxCommits?: number) => {
    const history = await readGitHistory(dir, undefined, maxCommits);
    return (await history.commitsIn([range(base, head)])).get(rangeKey(range(base, head)));
  };

  test('merge commits are left out, and a range over a merge brings the merged branch: newest first, with author times', async () => {
    expect(await commitsOf(sha.c1, sha.c3)).toEqual({
      commits: [
        { sha: sha.c3, authoredAt: at(7) },
        { sha: sha.f2, authoredAt: at(5) },
        // Committed at 4.5 hours: lead time counts from when it was written.
        { sha: sha.f1, authoredAt: at(2) },
        { sha: sha.c2, authoredAt: at(3) },
      ],
      truncated: false,
    });
    expect(await commitsOf(sha.c2, sha.m1)).toEqual({
      commits: [
        { sha: sha.f2, authoredAt: at(5) },
        { sha: sha.f1, authoredAt: at(2) },
      ],
      truncated: false,
    });
  });

  test('a rollback to an older commit, and the same commit twice, ship no commits', async () => {
    expect(await commitsOf(sha.c3, sha.c1)).toEqual({ commits: [], truncated: false });
    expect(await commitsOf(sha.c3, sha.c3)).toEqual({ commits: [], truncated: false });
  });

  test('from another branch: only what the head has and the base has not', async () => {
    expect(await commitsOf(sha.f2, sha.c2)).toEqual({
      commits: [{ sha: sha.c2, authoredAt: at(3) }],
      truncated: false,
    });
    expect(await commitsOf(sha.c3, sha.x1)).toEqual({
      commits: [{ sha: sha.x1, authoredAt: at(8) }],
      truncated: false,
    });
  });

  test('at most the cap, the newest kept, and said to be cut', async () => {
    expect(await commitsOf(sha.c0, sha.c3, 3)).toEqual({
      commits: [
        { sha: sha.c3, authoredAt: at(7) },
        { sha: sha.f2, authoredAt: at(5) },
        { sha: sha.f1, authoredAt: at(2) },
      ],
      truncated: true,
    });
    expect(await commitsOf(sha.c1, sha.c3, 4)).toMatchObject({ truncated: false });
  });

  test('a commit the checkout does not hold: no commits, saying which', async () => {
    const unknown = 'f'.repeat(40);
    expect(await commitsOf(sha.c1, unknown)).toEqual({
      unavailable: `commit ${unknown} is not in the checkout of ${REPOSITORY_ID}`,
    });
    expect(await commitsOf(unknown, sha.c1)).toEqual({
      unavailable: `commit ${unknown} is not in the checkout of ${REPOSITORY_ID}`,
    });
  });

  test.each([
    ['commits in order', false],
    ['committer clocks running hours off', true],
  ])("the same commits as git's own base..head on a tangled history (%s)", async (_, skew) => {
    const tangled = tempDir('tangled');
    const shas = await createGitHistory(tangled, tangledPlan(400, skew ? 7 : 3, skew));
    const history = await readGitHistory(tangled);
    const pairs = Array.from({ length: 120 }, (_, i) =>
      range(shas[(i * 37) % shas.length] ?? '', shas[(i * 91 + 13) % shas.length] ?? ''),
    );
    const answers = await history.commitsIn(pairs);
    for (const pair of pairs) {
      const expected = gitIn(tangled, 'rev-list', '--no-merges', `${pair.base}..${pair.head}`)
        .split('\n')
        .filter(Boolean);
      const found = answers.get(rangeKey(pair));
      const shasFound = found && 'commits' in found ? found.commits.map((c) => c.sha) : found;
      // With skewed clocks git's order is its walk's, not a date order: compare the sets there.
      expect(skew ? [...(shasFound as string[])].sort() : shasFound).toEqual(skew ? expected.sort() : expected);
    }
  });

  test('one git process reads the history, however many ranges', async () => {
    const calls: string[][] = [];
    const history = await readGitHistory(dir, countingGit(calls));
    const all = Object.values(sha);
    const ranges = all.flatMap((base) => all.map((head) => range(base, head)));
    expect((await history.commitsIn(ranges)).size).toBe(64);
    expect(calls).toHaveLength(1);
  });
});

describe('a full checkout of the repository', () => {
  test.each([
    ['https://github.com/acme/shop.git', REPOSITORY_ID],
    ['https://x-access-token:secret@GitHub.com/Acme/Shop', REPOSITORY_ID],
    ['git@github.com:acme/shop.git', REPOSITORY_ID],
    ['ssh://git@github.com:22/acme/shop.git/', REPOSITORY_ID],
    ['github.com/acme/shop', REPOSITORY_ID],
    ['https://ghe.example.com:8443/acme/shop', 'ghe.example.com:8443/acme/shop'],
    ['/srv/git/shop.git', undefined],
    ['file:///srv/git/shop.git', undefined],
  ])('%s names %s', (url, key) => {
    expect(repositoryKey(url)).toBe(key);
  });

  test("a clone whose remote is the repository's: yes, read from its files without running git", async () => {
    const calls: string[][] = [];
    expect(await fullCheckoutOf(dir, countingGit(calls))).toEqual(new Set([REPOSITORY_ID]));
    expect(calls).toEqual([]);
  });

  test('a shallow clone is not a full checkout, though its remote matches', async () => {
    const parent = tempDir('clones');
    for (const [name, depth] of [
      ['full', []],
      ['shallow', ['--depth', '1']],
    ] as const) {
      gitIn(parent, 'clone', '--quiet', ...depth, `file://${dir}`, name);
      gitIn(join(parent, name), 'remote', 'set-url', 'origin', ORIGIN);
    }
    expect(await fullCheckoutOf(join(parent, 'full'))).toEqual(new Set([REPOSITORY_ID]));
    expect(await fullCheckoutOf(join(parent, 'shallow'))).toEqual(new Set());
    // A worktree's .git is a file: git itself says whether its repository is shallow.
    gitIn(join(parent, 'shallow'), 'worktree', 'add', '--quiet', '--detach', join(parent, 'shallow-worktree'));
    gitIn(join(parent, 'full'), 'worktree', 'add', '--quiet', '--detach', join(parent, 'full-worktree'));
    expect(await fullCheckoutOf(join(parent, 'shallow-worktree'))).toEqual(new Set());
    expect(await fullCheckoutOf(join(parent, 'full-worktree'))).toEqual(new Set([REPOSITORY_ID]));
  });

  test('a checkout of another repository is not a match; a folder without .git runs no git', async () => {
    const other = tempDir('other');
    await smallHistory(other, 'https://github.com/acme/infrastructure');
    expect(await fullCheckoutOf(other)).toEqual(new Set(['github.com/acme/infrastructure']));
    const calls: string[][] = [];
    expect(await fullCheckoutOf(tempDir('empty'), countingGit(calls))).toEqual(new Set());
    expect(calls).toEqual([]);
  });
});

describe('commitsFor: git where the workspace holds the repository', () => {
  const options = { workspace: '', serverUrl: 'https://github.com', apiUrl: 'https://api.github.com', warn: () => {} };

  test('the checkout answers without GitHub; other repositories say why they have none', async () => {
    const warnings: string[] = [];
    const ranges = [
      range(sha.c1, sha.c3),
      range(sha.c1, sha.c3),
      range(sha.c0, sha.c1, 'gitlab.com/acme/shop'),
      range(sha.c0, sha.c1, 'github.com/acme/api'),
    ];
    const answers = await commitsFor({ ...options, workspace: dir, warn: (m) => warnings.push(m) }, ranges);
    expect(answers.size).toBe(3);
    expect(answers.get(rangeKey(range(sha.c1, sha.c3)))).toMatchObject({
      commits: [{ sha: sha.c3 }, { sha: sha.f2 }, { sha: sha.f1 }, { sha: sha.c2 }],
    });
    expect(answers.get(rangeKey(range(sha.c0, sha.c1, 'gitlab.com/acme/shop')))).toEqual({
      unavailable: "gitlab.com/acme/shop is on another server than this GitHub's (github.com)",
    });
    expect(answers.get(rangeKey(range(sha.c0, sha.c1, 'github.com/acme/api')))).toEqual({
      unavailable: "no github-token to read github.com/acme/api through GitHub's API",
    });
    expect(warnings).toEqual([]);
  });

  test('a commit the checkout lacks, with no way to ask GitHub: no lead time, never a zero', async () => {
    const unknown = 'e'.repeat(40);
    const answers = await commitsFor({ ...options, workspace: dir }, [range(sha.c1, unknown)]);
    expect(answers.get(rangeKey(range(sha.c1, unknown)))).toEqual({
      unavailable: "no github-token to read github.com/acme/shop through GitHub's API",
    });
  });
});

describe("a checkout's own config file", () => {
  test.each([
    [
      '[core]\n\tbare = false\n[remote "origin"]\n\turl = https://github.com/acme/shop\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n',
      ['https://github.com/acme/shop'],
    ],
    [
      '[remote "origin"]\n\turl = git@github.com:acme/shop.git\n[remote "fork"]\nURL=https://github.com/me/shop\n[branch "main"]\n\turl = not-a-remote\n',
      ['git@github.com:acme/shop.git', 'https://github.com/me/shop'],
    ],
    ['[core]\n\tbare = false\n', []],
  ])('names its remotes: %j', (config, urls) => {
    expect(remoteUrlsIn(config)).toEqual(urls);
  });

  test.each([
    ['an include', '[include]\n\tpath = other\n[remote "origin"]\n\turl = https://github.com/acme/shop\n'],
    ['URL rewriting', '[url "https://github.com/"]\n\tinsteadOf = gh:\n[remote "origin"]\n\turl = gh:acme/shop\n'],
    ['a quoted value', '[remote "origin"]\n\turl = "https://github.com/acme/shop"\n'],
    ['a comment after the value', '[remote "origin"]\n\turl = https://github.com/acme/shop # ours\n'],
  ])('leaves %s to git', (_name, config) => {
    expect(remoteUrlsIn(config)).toBeUndefined();
  });
});
