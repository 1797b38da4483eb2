import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { readGitHistory } from '../../src/report/commits/git.ts';
import { githubCommitSource } from '../../src/report/commits/github.ts';
import { type CommitSourceOptions, commitsFor } from '../../src/report/commits/index.ts';
import { type CommitRange, type RangeCommits, rangeKey } from '../../src/report/types.ts';
import { type FakeGitHub, GITHUB_TOKEN, startFakeGitHub } from '../../scripts/local/fake-github.ts';
import { createGitHistory } from '../../scripts/local/git-history.ts';
import { longPlan, ORIGIN, REPOSITORY_ID, smallHistory, tempDir } from './commits-history.ts';

const plan = longPlan(300);
let dir: string;
let shas: string[];
let sha: Awaited<ReturnType<typeof smallHistory>>;
let smallDir: string;
beforeAll(async () => {
  dir = tempDir('long');
  shas = await createGitHistory(dir, plan, { origin: ORIGIN });
  smallDir = tempDir('small');
  sha = await smallHistory(smallDir, 'https://github.com/acme/small.git');
});

let github: FakeGitHub | undefined;
const standIn = async (rateLimit?: { limit: number; remaining: number }, pathPrefix?: string) => {
  github = await startFakeGitHub({ repositories: { 'acme/shop': dir, 'acme/small': smallDir }, rateLimit, pathPrefix });
  return github;
};
afterEach(async () => {
  await github?.close();
  github = undefined;
});

const range = (base: string, head: string, repositoryId = REPOSITORY_ID): CommitRange => ({ repositoryId, base, head });
/** Deployments one after another: each ships what came since the one before. */
const chain = (...heads: string[]) => heads.slice(1).map((head, i) => range(heads[i] ?? '', head));
const fromGit = async (ranges: CommitRange[], maxCommits?: number) => (await readGitHistory(dir, undefined, maxCommits)).commitsIn(ranges);
const options = (github: FakeGitHub, warnings: string[] = []): CommitSourceOptions => ({
  serverUrl: 'https://github.com',
  apiUrl: github.url,
  token: GITHUB_TOKEN,
  warn: (message) => warnings.push(message),
});
const reasons = (answers: Map<string, RangeCommits>) => [...answers.values()].map((answer) => ('unavailable' in answer ? answer.unavailable : 'commits'));

describe('the compare API, without a checkout', () => {
  test('over 250 commits: pages of 100 through the Link header, merges left out, the same commits as git', async () => {
    const fake = await standIn();
    const whole = range(shas[0] ?? '', shas.at(-1) ?? '');
    const answers = await commitsFor(options(fake), [whole]);
    const commits = answers.get(rangeKey(whole));
    expect(commits).toMatchObject({ truncated: false });
    const merges = plan.filter((commit) => (commit.parents?.length ?? 0) > 1).length;
    expect(merges).toBeGreaterThan(20);
    expect(commits && 'commits' in commits && commits.commits.length).toBe(plan.length - 1 - merges);
    expect(commits).toEqual((await fromGit([whole])).get(rangeKey(whole)));
    expect(fake.requests.map((r) => `${r.method} ${r.path} page ${r.query.page} of ${r.query.per_page}`)).toEqual(
      [1, 3, 2].map((page) => `GET /repos/acme/shop/compare/${whole.base}...${whole.head} page ${page} of 100`),
    );
    expect(fake.requests.every((r) => r.headers.authorization === `token ${GITHUB_TOKEN}`)).toBe(true);
  });

  test('lead time is the same from git in a full checkout and from the API without one; git asks GitHub nothing', async () => {
    const ranges = chain(shas[0] ?? '', shas[3] ?? '', shas[17] ?? '', shas[17] ?? '', shas[9] ?? '', shas[120] ?? '', shas[299] ?? '');
    const fake = await standIn();
    const withoutCheckout = await commitsFor(options(fake), ranges);
    const requestsWithoutCheckout = fake.requests.length;
    const withCheckout = await commitsFor({ ...options(fake), workspace: dir }, ranges);
    expect(withCheckout).toEqual(withoutCheckout);
    expect(reasons(withCheckout)).toEqual(ranges.map(() => 'commits'));
    expect(fake.requests).toHaveLength(requestsWithoutCheckout);
  });

  test('a checkout that lacks a commit: git for what it holds, the API for the rest', async () => {
    const fake = await standIn();
    const older = tempDir('older-checkout');
    // The same plan makes the same commits: this checkout stops at the fiftieth.
    expect(await createGitHistory(older, plan.slice(0, 50), { origin: ORIGIN })).toEqual(shas.slice(0, 50));
    const ranges = chain(shas[0] ?? '', shas[20] ?? '', shas[49] ?? '', shas[200] ?? '');
    const answers = await commitsFor({ ...options(fake), workspace: older }, ranges);
    expect(answers).toEqual(await fromGit(ranges));
    expect(fake.requests.map((r) => r.path)).toEqual([`/repos/acme/shop/compare/${shas[49]}...${shas[200]}`, `/repos/acme/shop/compare/${shas[49]}...${shas[200]}`]);
  });

  test('the newest commits when a range has more than the cap, reading the last pages only', async () => {
    const fake = await standIn();
    const whole = range(shas[0] ?? '', shas.at(-1) ?? '');
    const answers = await githubCommitSource({ apiUrl: fake.url, token: GITHUB_TOKEN, warn: () => {}, maxCommits: 120 }).commitsIn([whole]);
    expect(answers.get(rangeKey(whole))).toMatchObject({ truncated: true });
    expect(answers).toEqual(await fromGit([whole], 120));
    expect(fake.requests.map((r) => r.query.page)).toEqual(['1', '3', '2']);
  });

  test('each range is asked once', async () => {
    const fake = await standIn();
    const ranges = chain(shas[0] ?? '', shas[5] ?? '', shas[10] ?? '');
    const answers = await commitsFor(options(fake), [...ranges, ...ranges, ranges[0] as CommitRange]);
    expect(answers.size).toBe(2);
    expect(fake.requests).toHaveLength(2);
  });

  test('GitHub Enterprise Server: its own host and API URL', async () => {
    const fake = await standIn(undefined, '/api/v3');
    const onServer = range(shas[0] ?? '', shas[4] ?? '', 'ghe.example.com/acme/shop');
    const answers = await commitsFor({ ...options(fake), serverUrl: 'https://ghe.example.com' }, [onServer, range(shas[0] ?? '', shas[4] ?? '')]);
    expect(answers.get(rangeKey(onServer))).toEqual((await fromGit([range(shas[0] ?? '', shas[4] ?? '')])).get(rangeKey(range(shas[0] ?? '', shas[4] ?? ''))));
    expect(reasons(answers)[1]).toBe("github.com/acme/shop is on another server than this GitHub's (ghe.example.com)");
    expect(fake.requests.map((r) => r.path)).toEqual([`/repos/acme/shop/compare/${shas[0]}...${shas[4]}`]);
  });
});

describe('what the API cannot answer: no lead time, saying why, never a zero', () => {
  test('a commit GitHub does not know, named; the other ranges still answered', async () => {
    const fake = await standIn();
    const unknown = 'd'.repeat(40);
    const ranges = [range(shas[0] ?? '', shas[4] ?? ''), range(shas[4] ?? '', unknown)];
    const answers = await commitsFor(options(fake), ranges);
    expect(reasons(answers)).toEqual(['commits', `GitHub has no commit ${unknown} in ${REPOSITORY_ID}`]);
  });

  test('a repository the token cannot read: said once, asked once', async () => {
    const warnings: string[] = [];
    const fake = await standIn();
    const other = (base: string, head: string) => range(base, head, 'github.com/acme/private');
    const ranges = [other(shas[0] ?? '', shas[1] ?? ''), range(sha.c1, sha.c3, 'github.com/acme/small'), other(shas[1] ?? '', shas[2] ?? '')];
    const answers = await commitsFor(options(fake, warnings), ranges);
    const cannotRead = 'the token cannot read github.com/acme/private (HTTP 404)';
    expect(reasons(answers)).toEqual([cannotRead, 'commits', cannotRead]);
    expect(warnings).toEqual([
      "No lead time for github.com/acme/private: the github-token cannot read it (HTTP 404). github.token reads only the workflow's own repository; give a github-token that can read github.com/acme/private.",
    ]);
    expect(fake.requests.map((r) => r.path).filter((path) => path.includes('private'))).toEqual([
      `/repos/acme/private/compare/${shas[0]}...${shas[1]}`,
      '/repos/acme/private',
    ]);
  });

  test('a token GitHub refuses, and no token at all', async () => {
    const warnings: string[] = [];
    const fake = await standIn();
    const ranges = chain(shas[0] ?? '', shas[1] ?? '', shas[2] ?? '');
    const refused = await commitsFor({ ...options(fake, warnings), token: 'ghs_NotTheRightOne' }, ranges);
    expect(reasons(refused)).toEqual(ranges.map(() => 'the token cannot read github.com/acme/shop (HTTP 401)'));
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify([...refused, warnings])).not.toContain('NotTheRightOne');
    expect(fake.requests).toHaveLength(1);
    expect(reasons(await commitsFor({ ...options(fake), token: '' }, ranges))).toEqual(ranges.map(() => "no github-token to read github.com/acme/shop through GitHub's API"));
    expect(fake.requests).toHaveLength(1);
  });

  test("GitHub's rate-limit answer stops every request, with one warning", async () => {
    const warnings: string[] = [];
    const fake = await standIn();
    fake.exhaustRateLimit();
    const ranges = chain(...shas.slice(0, 6));
    const answers = await commitsFor(options(fake, warnings), ranges);
    expect(new Set(reasons(answers))).toEqual(new Set([expect.stringMatching(/^GitHub's rate limit for the token was reached \(HTTP 403\) until \d\d:\d\d UTC$/)]));
    expect(warnings).toEqual([expect.stringMatching(/^Lead time is partial: GitHub's rate limit .*; 5 of 5 commit ranges were not read\.$/)]);
    expect(fake.requests).toHaveLength(1);
  });

  test("stops before the token's reserve: a tenth of its limit, at least 100, stays for the rest of the job", async () => {
    const warnings: string[] = [];
    const fake = await standIn({ limit: 1000, remaining: 103 });
    const ranges = chain(...shas.slice(0, 11));
    const answers = await commitsFor(options(fake, warnings), ranges);
    const spared = "stopped to spare the GitHub token's rate limit: 100 of its 1000 requests an hour were left";
    expect(reasons(answers)).toEqual([...Array(3).fill('commits'), ...Array(7).fill(spared)]);
    expect(warnings).toEqual([`Lead time is partial: ${spared}; 7 of 10 commit ranges were not read.`]);
    expect(fake.requests).toHaveLength(3);
  });

  test('at most so many requests in one report, however many the token has left', async () => {
    const fake = await standIn({ limit: 5000, remaining: 5000 });
    const ranges = chain(...shas.slice(0, 6));
    const answers = await githubCommitSource({ apiUrl: fake.url, token: GITHUB_TOKEN, warn: () => {}, maxRequests: 2 }).commitsIn(ranges);
    expect(reasons(answers)).toEqual(['commits', 'commits', ...Array(3).fill("stopped to spare the GitHub token's rate limit: a report makes at most 2 requests")]);
  });

  test('GitHub out of reach: one warning, no error', async () => {
    const fake = await standIn();
    const { url } = fake;
    await fake.close();
    github = undefined;
    const warnings: string[] = [];
    const answers = await commitsFor({ ...options(fake, warnings), apiUrl: url }, chain(...shas.slice(0, 4)));
    expect(new Set(reasons(answers))).toEqual(new Set([`GitHub's API at ${url} could not be reached`]));
    expect(warnings).toHaveLength(1);
  });
});
