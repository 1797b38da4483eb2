import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import {
  type FakeGitHub,
  GITHUB_TOKEN,
  type GitHubMisbehaviour,
  startFakeGitHub,
} from '../../scripts/local/fake-github.ts';
import { createGitHistory } from '../../scripts/local/git-history.ts';
import { readGitHistory } from '../../src/events/report/commits/git.ts';
import { githubCommitSource } from '../../src/events/report/commits/github.ts';
import { lastPageOf, readComparePage } from '../../src/events/report/commits/github-answers.ts';
import { type CommitSourceOptions, commitsFor } from '../../src/events/report/commits/index.ts';
import { type CommitRange, type RangeCommits, rangeKey } from '../../src/events/report/types.ts';
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
const fromGit = async (ranges: CommitRange[], maxCommits?: number) =>
  (await readGitHistory(dir, undefined, maxCommits)).commitsIn(ranges);
/** Warnings go to `warnings`; those that fail the step with fail-on-error, to `failures`. */
const options = (github: FakeGitHub, warnings: string[] = [], failures = warnings): CommitSourceOptions => ({
  serverUrl: 'https://github.com',
  apiUrl: github.url,
  token: GITHUB_TOKEN,
  warn: (message, failed) => (failed ? failures : warnings).push(message),
});
const reasons = (answers: Map<string, RangeCommits>) =>
  [...answers.values()].map((answer) => ('unavailable' in answer ? answer.unavailable : 'commits'));

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
    const ranges = chain(
      shas[0] ?? '',
      shas[3] ?? '',
      shas[17] ?? '',
      shas[17] ?? '',
      shas[9] ?? '',
      shas[120] ?? '',
      shas[299] ?? '',
    );
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
    expect(fake.requests.map((r) => r.path)).toEqual([
      `/repos/acme/shop/compare/${shas[49]}...${shas[200]}`,
      `/repos/acme/shop/compare/${shas[49]}...${shas[200]}`,
    ]);
  });

  test('the newest commits when a range has more than the cap, reading the last pages only', async () => {
    const fake = await standIn();
    const whole = range(shas[0] ?? '', shas.at(-1) ?? '');
    const answers = await githubCommitSource({
      apiUrl: fake.url,
      token: GITHUB_TOKEN,
      warn: () => {},
      maxCommits: 120,
    }).commitsIn([whole]);
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
    const answers = await commitsFor({ ...options(fake), serverUrl: 'https://ghe.example.com' }, [
      onServer,
      range(shas[0] ?? '', shas[4] ?? ''),
    ]);
    expect(answers.get(rangeKey(onServer))).toEqual(
      (await fromGit([range(shas[0] ?? '', shas[4] ?? '')])).get(rangeKey(range(shas[0] ?? '', shas[4] ?? ''))),
    );
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
    const ranges = [
      other(shas[0] ?? '', shas[1] ?? ''),
      range(sha.c1, sha.c3, 'github.com/acme/small'),
      other(shas[1] ?? '', shas[2] ?? ''),
    ];
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
    expect(reasons(await commitsFor({ ...options(fake), token: '' }, ranges))).toEqual(
      ranges.map(() => "no github-token to read github.com/acme/shop through GitHub's API"),
    );
    expect(fake.requests).toHaveLength(1);
  });

  test("GitHub's rate-limit answer stops every request, with one warning that fail-on-error makes a failure", async () => {
    const warnings: string[] = [];
    const failures: string[] = [];
    const fake = await standIn();
    fake.exhaustRateLimit();
    const ranges = chain(...shas.slice(0, 6));
    const answers = await commitsFor(options(fake, warnings, failures), ranges);
    expect(new Set(reasons(answers))).toEqual(
      new Set([
        expect.stringMatching(
          /^GitHub's rate limit for the token was reached \(HTTP 403 from 127\.0\.0\.1:\d+\) until \d\d:\d\d UTC$/,
        ),
      ]),
    );
    expect(failures).toEqual([
      expect.stringMatching(/^Lead time is partial: GitHub's rate limit .*; 5 of 5 commit ranges were not read\.$/),
    ]);
    expect(warnings).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  test('a secondary rate limit (429, retry-after) is the same failure', async () => {
    const failures: string[] = [];
    const fake = await standIn();
    fake.misbehave(() => ({
      status: 429,
      body: { message: 'You have exceeded a secondary rate limit.' },
      headers: { 'retry-after': '60' },
    }));
    const answers = await commitsFor(options(fake, [], failures), chain(...shas.slice(0, 4)));
    expect(new Set(reasons(answers))).toEqual(
      new Set([
        expect.stringMatching(/^GitHub's rate limit for the token was reached \(HTTP 429 from 127\.0\.0\.1:\d+\)$/),
      ]),
    );
    expect(failures).toHaveLength(1);
    expect(fake.requests).toHaveLength(1);
  });

  test("stops before the token's reserve: a tenth of its limit, at least 100, stays for the rest of the job; the report's own choice, no failure", async () => {
    const warnings: string[] = [];
    const fake = await standIn({ limit: 1000, remaining: 103 });
    const ranges = chain(...shas.slice(0, 11));
    const answers = await commitsFor(options(fake, warnings, []), ranges);
    const spared = "stopped to spare the GitHub token's rate limit: 100 of its 1000 requests an hour were left";
    expect(reasons(answers)).toEqual([...Array(3).fill('commits'), ...Array(7).fill(spared)]);
    expect(warnings).toEqual([`Lead time is partial: ${spared}; 7 of 10 commit ranges were not read.`]);
    expect(fake.requests).toHaveLength(3);
  });

  test('at most so many requests in one report, however many the token has left', async () => {
    const fake = await standIn({ limit: 5000, remaining: 5000 });
    const ranges = chain(...shas.slice(0, 6));
    const answers = await githubCommitSource({
      apiUrl: fake.url,
      token: GITHUB_TOKEN,
      warn: () => {},
      maxRequests: 2,
    }).commitsIn(ranges);
    expect(reasons(answers)).toEqual([
      'commits',
      'commits',
      ...Array(3).fill("stopped to spare the GitHub token's rate limit: a report makes at most 2 requests"),
    ]);
  });

  test('GitHub out of reach: one warning that fail-on-error makes a failure, no error', async () => {
    const fake = await standIn();
    const { url } = fake;
    await fake.close();
    github = undefined;
    const failures: string[] = [];
    const answers = await commitsFor({ ...options(fake, [], failures), apiUrl: url }, chain(...shas.slice(0, 4)));
    expect(new Set(reasons(answers))).toEqual(new Set([`GitHub's API at ${url} could not be reached`]));
    expect(failures).toHaveLength(1);
  });
});

describe('GitHub failing is a failure, never "no data": a warning naming its answer, which fail-on-error makes the step\'s failure', () => {
  const short = (sha = '') => sha.slice(0, 12);
  const html = {
    status: 200,
    text: '<!DOCTYPE html><title>Sign in to the proxy</title>',
    headers: { 'content-type': 'text/html' },
  };

  test.each<[string, GitHubMisbehaviour & { status: number }, string]>([
    [
      'HTTP 500',
      { status: 500, body: { message: 'Server Error' } },
      'answered HTTP 500 with application/json; charset=utf-8 and "{"message":"Server Error"}"',
    ],
    [
      'an HTML page with HTTP 200',
      html,
      `answered HTTP 200 with text/html and "<!DOCTYPE html><title>Sign in to the proxy</title>", which is not GitHub's answer (not JSON),`,
    ],
    [
      'JSON that does not parse',
      { status: 200, text: '{"total_commits": 3, "commits": [' },
      `answered HTTP 200 with application/json; charset=utf-8 and "{"total_commits": 3, "commits": [", which is not GitHub's answer (JSON that does not parse),`,
    ],
    [
      'JSON of another shape',
      { status: 200, body: { status: 'ok', items: [] } },
      `answered HTTP 200 with application/json; charset=utf-8 and "{"status":"ok","items":[]}", which is not GitHub's answer (its total_commits is not a whole number: missing),`,
    ],
    [
      'an HTML page for a refusal',
      { ...html, status: 404 },
      `answered HTTP 404 with text/html and "<!DOCTYPE html><title>Sign in to the proxy</title>", which is not GitHub's answer (not its error, a JSON object with a message),`,
    ],
  ])(
    '%s on every call: each range fails, three in a row stop the rest, one warning that names what came',
    async (_name, misbehaviour, came) => {
      const warnings: string[] = [];
      const failures: string[] = [];
      const fake = await standIn();
      fake.misbehave(() => misbehaviour);
      const ranges = chain(...shas.slice(0, 6));
      const answers = await commitsFor(options(fake, warnings, failures), ranges);
      const host = new URL(fake.url).host;
      expect(failures).toEqual([
        `Lead time is partial: ${host} ${came} to the compare of ${REPOSITORY_ID} ${short(shas[0])}...${short(shas[1])} (the first of 3 failures); GitHub failed 3 times in a row, so no more was asked; 5 of 5 commit ranges were not read.`,
      ]);
      expect(warnings).toEqual([]);
      const failed = `${host} answered HTTP ${misbehaviour.status}${misbehaviour.status === 500 ? '' : ", which is not GitHub's answer,"} for ${REPOSITORY_ID}`;
      expect(reasons(answers)).toEqual([
        failed,
        failed,
        failed,
        'GitHub failed 3 times in a row, so no more was asked',
        'GitHub failed 3 times in a row, so no more was asked',
      ]);
      expect(fake.requests).toHaveLength(3);
    },
  );

  test('a mix: the ranges GitHub answered keep their lead time; one whose later page failed has none, and the warning says the figure is partial', async () => {
    const failures: string[] = [];
    const fake = await standIn();
    const whole = range(shas[0] ?? '', shas.at(-1) ?? '');
    fake.misbehave((request) =>
      request.query.page === '3'
        ? { status: 502, text: 'Bad Gateway', headers: { 'content-type': 'text/plain' } }
        : undefined,
    );
    const ranges = [range(shas[0] ?? '', shas[4] ?? ''), whole, range(shas[4] ?? '', shas[9] ?? '')];
    const answers = await commitsFor(options(fake, [], failures), ranges);
    const host = new URL(fake.url).host;
    expect(reasons(answers)).toEqual(['commits', `${host} answered HTTP 502 for ${REPOSITORY_ID}`, 'commits']);
    expect(answers.get(rangeKey(ranges[2]!))).toEqual((await fromGit([ranges[2]!])).get(rangeKey(ranges[2]!)));
    expect(failures).toEqual([
      `Lead time is partial: ${host} answered HTTP 502 with text/plain and "Bad Gateway" to the compare of ${REPOSITORY_ID} ${short(whole.base)}...${short(whole.head)}; 1 of 3 commit ranges were not read.`,
    ]);
  });

  test('a malformed commit is left out and counted; the rest of its answer counts, and the warning shows one, escaped', async () => {
    const warnings: string[] = [];
    const failures: string[] = [];
    const fake = await standIn();
    const left: string[] = [];
    const broken: Record<number, (commit: Record<string, unknown>) => Record<string, unknown>> = {
      1: (commit) => ({ ...commit, sha: 'not-a-sha\n::error::injected' }),
      2: (commit) => ({ ...commit, commit: { author: { date: '2026-02-30T10:00:00Z' } } }),
      3: (commit) => ({ ...commit, parents: 'none' }),
      4: (commit) => ({ ...commit, commit: { author: { date: '2026-01-05 09:00' } } }),
    };
    fake.misbehave(() => ({
      alterCommits: (commit, index) => {
        if (!broken[index]) return commit;
        left.push(String(commit.sha));
        return broken[index](commit);
      },
    }));
    const ranged = range(shas[0] ?? '', shas[12] ?? '');
    const answers = await commitsFor(options(fake, warnings, failures), [ranged]);
    const fromGitCommits = (await fromGit([ranged])).get(rangeKey(ranged));
    expect(left).toHaveLength(4);
    expect(answers.get(rangeKey(ranged))).toEqual({
      truncated: false,
      commits:
        fromGitCommits && 'commits' in fromGitCommits
          ? fromGitCommits.commits.filter((commit) => !left.includes(commit.sha))
          : [],
    });
    expect(warnings).toEqual([
      `4 commits in GitHub’s compare answers were malformed and left out of lead time: a commit's sha is not a commit SHA: "not-a-sha\\n::error::injected", in the compare of ${REPOSITORY_ID} ${short(ranged.base)}...${short(ranged.head)}.`,
    ]);
    expect(failures).toEqual([]);
  });

  test('what an answer brings is escaped and cut, and the token it may echo is scrubbed', async () => {
    const failures: string[] = [];
    const fake = await standIn();
    fake.misbehave(() => ({
      status: 503,
      text: `\u001b[31m\r\n::error::down\u202e for ${GITHUB_TOKEN} ${'x'.repeat(500)}`,
      headers: { 'content-type': 'text/plain' },
    }));
    await commitsFor(options(fake, [], failures), chain(shas[0] ?? '', shas[1] ?? ''));
    const [said = ''] = failures;
    expect(said).toContain('with text/plain and "\\u{1b}[31m\\r\\n::error::down\\u{202e} for *** xxx');
    expect(said).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(said).not.toContain(GITHUB_TOKEN);
    expect(said.length).toBeLessThan(400);
  });

  test('the look-up of a repository answered by something else is a failure, not a token that cannot read it', async () => {
    const warnings: string[] = [];
    const failures: string[] = [];
    const fake = await standIn();
    fake.misbehave((request) => (request.path === '/repos/acme/private' ? html : undefined));
    const answers = await commitsFor(options(fake, warnings, failures), [
      range(shas[0] ?? '', shas[1] ?? '', 'github.com/acme/private'),
    ]);
    const host = new URL(fake.url).host;
    expect(reasons(answers)).toEqual([
      `${host} answered HTTP 200, which is not GitHub's answer, for github.com/acme/private`,
    ]);
    expect(failures).toEqual([
      `Lead time is partial: ${host} answered HTTP 200 with text/html and "<!DOCTYPE html><title>Sign in to the proxy</title>", which is not GitHub's answer (not a repository, a JSON object with its full_name), to the look-up of github.com/acme/private; 1 of 1 commit ranges were not read.`,
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('the grammar of a compare answer', () => {
  const json = { 'content-type': 'application/json; charset=utf-8' };
  const sha = (digit: string) => digit.repeat(40);
  const commit = (fields: Record<string, unknown> = {}) => ({
    sha: sha('a'),
    parents: [{ sha: sha('b') }],
    commit: { author: { date: '2026-01-05T09:00:00Z' } },
    ...fields,
  });
  const page = (commits: unknown[], total = commits.length) =>
    readComparePage({ headers: json, data: { total_commits: total, commits } });

  test.each<[string, Record<string, string>, unknown, string]>([
    ['an HTML page', { 'content-type': 'text/html' }, '<html>', 'not JSON'],
    ['no content type', {}, '{}', 'not JSON'],
    ['JSON that does not parse', json, '{"total_commits": 1,', 'JSON that does not parse'],
    ['a list', json, [], 'not a JSON object'],
    ['bytes', json, new ArrayBuffer(4), 'not a JSON object'],
    ['no total_commits', json, { commits: [] }, 'its total_commits is not a whole number: missing'],
    ['a negative total', json, { total_commits: -1, commits: [] }, 'its total_commits is not a whole number: -1'],
    ['a fractional total', json, { total_commits: 1.5, commits: [] }, 'its total_commits is not a whole number: 1.5'],
    ['a total as text', json, { total_commits: '3', commits: [] }, 'its total_commits is not a whole number: "3"'],
    [
      'a total past safe integers',
      json,
      { total_commits: 2n ** 64n, commits: [] },
      'its total_commits is not a whole number: "18446744073709551616"',
    ],
    [
      'commits as an object',
      json,
      { total_commits: 1, commits: { sha: sha('a') } },
      `its commits are not a list: {"sha":"${sha('a')}"}`,
    ],
    [
      'more commits than a page',
      json,
      { total_commits: 101, commits: Array(101).fill(commit()) },
      'it lists 101 commits, more than a page of 100 holds',
    ],
  ])('a whole answer that is not one: %s', (_name, headers, data, problem) => {
    expect(readComparePage({ headers, data })).toBe(problem);
  });

  test('a commit is held to its grammar: a malformed one is left out and said, escaped', () => {
    const read = page([
      commit(),
      null,
      commit({ sha: 'a'.repeat(39) }),
      commit({ sha: sha('g') }),
      commit({ parents: undefined }),
      commit({ parents: [sha('b')] }),
      commit({ parents: [{ sha: 'short' }] }),
      commit({ commit: undefined }),
      commit({ commit: { author: null } }),
      commit({ commit: { author: { date: 1767603600 } } }),
      commit({ commit: { author: { date: '2026-01-05' } } }),
      commit({ commit: { author: { date: '2026-01-05T09:00:00' } } }),
      commit({ commit: { author: { date: '2026-02-30T09:00:00Z' } } }),
      commit({ commit: { author: { date: '2026-01-05T24:00:00Z' } } }),
      commit({ commit: { author: { date: '2026-01-05t09:00:00z' } } }),
      commit({ commit: { author: { date: '2026-01-05T09:00:00Z\u2028' } } }),
      commit({
        sha: 'C'.repeat(40),
        parents: [{ sha: sha('b') }, { sha: sha('d') }],
        commit: { author: { date: '2026-01-05T10:30:00.123456789+01:30' } },
      }),
    ]);
    expect(read).toEqual({
      total: 17,
      commits: [
        { sha: sha('a'), authoredAt: new Date('2026-01-05T09:00:00Z'), merge: false },
        { sha: sha('c'), authoredAt: new Date('2026-01-05T09:00:00.123Z'), merge: true },
      ],
      malformed: [
        'a commit is not a JSON object: null',
        `a commit's sha is not a commit SHA: "${'a'.repeat(39)}"`,
        `a commit's sha is not a commit SHA: "${sha('g')}"`,
        `commit ${sha('a')}'s parents are not a list of commits, each with a sha: missing`,
        `commit ${sha('a')}'s parents are not a list of commits, each with a sha: ["${sha('b')}"]`,
        `commit ${sha('a')}'s parents are not a list of commits, each with a sha: [{"sha":"short"}]`,
        `commit ${sha('a')}'s author date is not an ISO 8601 time: missing`,
        `commit ${sha('a')}'s author date is not an ISO 8601 time: missing`,
        `commit ${sha('a')}'s author date is not an ISO 8601 time: 1767603600`,
        `commit ${sha('a')}'s author date is not an ISO 8601 time: "2026-01-05"`,
        `commit ${sha('a')}'s author date is not an ISO 8601 time: "2026-01-05T09:00:00"`,
        `commit ${sha('a')}'s author date is not an ISO 8601 time: "2026-02-30T09:00:00Z"`,
        `commit ${sha('a')}'s author date is not an ISO 8601 time: "2026-01-05T24:00:00Z"`,
        `commit ${sha('a')}'s author date is not an ISO 8601 time: "2026-01-05t09:00:00z"`,
        `commit ${sha('a')}'s author date is not an ISO 8601 time: "2026-01-05T09:00:00Z\\u{2028}"`,
      ],
    });
  });

  const api = 'https://api.github.com/repositories/1/compare/a...b?per_page=100';
  test.each<[string, unknown, number, number | string]>([
    ['no Link header: a single page', undefined, 50, 1],
    ["GitHub's own", `<${api}&page=2>; rel="next", <${api}&page=3>; rel="last"`, 250, 3],
    ['no last link', `<${api}&page=2>; rel="next"`, 250, 1],
    ['rel as a list, a parameter holding a comma', `<${api}&page=3>; title="a, b"; rel="next last"`, 250, 3],
    ['"rel=last" inside another parameter\'s quoted value', `<${api}&page=3>; title="; rel=last"; rel="next"`, 250, 1],
    [
      'a link without angle brackets',
      `${api}&page=3; rel="last"`,
      250,
      `its Link header "${api}&page=3; rel=\\"last\\"" is not a list of links`,
    ],
    [
      'something after the links',
      `<${api}&page=3>; rel="last", and more`,
      250,
      `its Link header "<${api}&page=3>; rel=\\"last\\", and more" is not a list of links`,
    ],
    [
      'a last link that is no URL',
      '<page=3>; rel="last"',
      250,
      `its Link header's last page "page=3" is not an http(s) URL with a page number`,
    ],
    [
      'a last link to another scheme',
      '<javascript:alert(1)?page=3>; rel="last"',
      250,
      `its Link header's last page "javascript:alert(1)?page=3" is not an http(s) URL with a page number`,
    ],
    [
      'page 0',
      `<${api}&page=0>; rel="last"`,
      250,
      `its Link header's last page "${api}&page=0" is not an http(s) URL with a page number`,
    ],
    [
      'a page in exponent form',
      `<${api}&page=1e3>; rel="last"`,
      250,
      `its Link header's last page "${api}&page=1e3" is not an http(s) URL with a page number`,
    ],
    [
      'more pages than the commits fill',
      `<${api}&page=4>; rel="last"`,
      250,
      "its Link header's last page 4 does not fit its 250 commits",
    ],
  ])('the Link header: %s', (_name, link, total, last) => {
    expect(lastPageOf(link, total)).toEqual(last);
  });
});
