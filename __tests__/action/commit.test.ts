import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { detectCommit, type Git } from '../../src/pipeline/commit.ts';
import { type RunContext, readRunContext } from '../../src/runner/context.ts';

const GITHUB_SHA = '1111111111111111111111111111111111111111';
const HEAD_SHA = '2222222222222222222222222222222222222222';
const base: RunContext = {
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  repository: 'acme/shop',
  eventName: 'push',
  sha: GITHUB_SHA,
};
const noGit: Git = async () => {
  throw new Error('Unable to locate executable file: git');
};

/** The runner's event file, written as given: an object as JSON, a string as it is. */
function eventFile(payload: object | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json');
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return path;
}
const triggered = (eventName: string, payload: object | string): RunContext => ({
  ...base,
  eventName,
  eventPath: eventFile(payload),
});

describe('the commit each trigger deployed', () => {
  test('pull_request: the head commit, not the temporary merge commit', async () => {
    const context = triggered('pull_request', { pull_request: { head: { sha: HEAD_SHA } } });
    expect(await detectCommit(context, noGit)).toEqual({ sha: HEAD_SHA, source: "the pull request's head commit" });
  });

  test('pull_request_target too', async () => {
    expect(
      (await detectCommit(triggered('pull_request_target', { pull_request: { head: { sha: HEAD_SHA } } }), noGit)).sha,
    ).toBe(HEAD_SHA);
  });

  test("workflow_run: the triggering run's head_sha", async () => {
    expect((await detectCommit(triggered('workflow_run', { workflow_run: { head_sha: HEAD_SHA } }), noGit)).sha).toBe(
      HEAD_SHA,
    );
  });

  test("deployment: the deployment's sha", async () => {
    expect((await detectCommit(triggered('deployment', { deployment: { sha: HEAD_SHA } }), noGit)).sha).toBe(HEAD_SHA);
  });

  test('push and workflow_dispatch without a checkout: GITHUB_SHA, and the event file is not even read', async () => {
    for (const eventName of ['push', 'workflow_dispatch']) {
      expect(
        await detectCommit({ ...base, eventName, workspace: '/nowhere', eventPath: '/nowhere/event.json' }, noGit),
      ).toEqual({ sha: GITHUB_SHA, source: 'GITHUB_SHA' });
    }
  });
});

describe('the event payload is held to the grammar of input commit-sha', () => {
  const SHA_256 = 'a'.repeat(64);

  test('a SHA-256 commit passes, in either letter case', async () => {
    expect(
      (await detectCommit(triggered('pull_request', { pull_request: { head: { sha: SHA_256 } } }), noGit)).sha,
    ).toBe(SHA_256);
    expect(
      (await detectCommit(triggered('workflow_run', { workflow_run: { head_sha: HEAD_SHA.toUpperCase() } }), noGit))
        .sha,
    ).toBe(HEAD_SHA.toUpperCase());
  });

  test.each<[string, unknown, string]>([
    ['a number', 12345, 'has pull_request.head.sha a number: expected a string of 40 or more hexadecimal characters'],
    ['a short SHA', 'abc1234', 'has pull_request.head.sha "abc1234": expected 40 or more hexadecimal characters'],
    [
      'a line break and a command',
      `${HEAD_SHA}\n::error::x`,
      'has pull_request.head.sha "2222222222222222222222222222222222222222\\n::error::x": expected 40 or more hexadecimal characters',
    ],
    [
      'longer than the input allows',
      'a'.repeat(65),
      `has pull_request.head.sha "${'a'.repeat(65)}": expected at most 64 characters`,
    ],
    [
      'an object',
      { sha: HEAD_SHA },
      'has pull_request.head.sha an object: expected a string of 40 or more hexadecimal characters',
    ],
    ['null', null, 'has pull_request.head.sha null: expected a string of 40 or more hexadecimal characters'],
  ])(
    'pull_request with %s: sent without a commit, and the warning names the file, the field and why',
    async (_name, sha, problem) => {
      const context = triggered('pull_request', { pull_request: { head: { sha } } });
      expect(await detectCommit(context, noGit)).toEqual({
        source: 'none',
        problem: `The event payload GITHUB_EVENT_PATH (${context.eventPath}) ${problem}. The event is sent without a commit: GITHUB_SHA and the checkout's HEAD are the pull request's temporary merge commit. Set input commit-sha to name the commit.`,
      });
    },
  );

  test.each<[string, string | object, string]>([
    ['not JSON', '{"pull_request": ', 'is not JSON'],
    ['JSON but not an object', '[1, 2]', 'is not a JSON object'],
    ['empty', '', 'is not JSON'],
  ])(
    'an event file that is %s: the field cannot be read, and workflow_run goes without a commit',
    async (_name, payload, problem) => {
      const context = triggered('workflow_run', payload);
      const found = await detectCommit(context, noGit);
      expect(found.sha).toBeUndefined();
      expect(found.problem).toBe(
        `The event payload GITHUB_EVENT_PATH (${context.eventPath}) ${problem}: its workflow_run.head_sha cannot be read. The event is sent without a commit: GITHUB_SHA is the default branch's latest commit, not the triggering run's. Set input commit-sha to name the commit.`,
      );
    },
  );

  test('no event file at all: said, and the pull request goes without a commit', async () => {
    const missing = await detectCommit({ ...base, eventName: 'pull_request', eventPath: '/nowhere/event.json' }, noGit);
    expect(missing.problem).toMatch(
      /^The event payload GITHUB_EVENT_PATH \(\/nowhere\/event\.json\) cannot be read \(ENOENT\): its pull_request\.head\.sha cannot be read\. The event is sent without a commit/,
    );
    expect((await detectCommit({ ...base, eventName: 'pull_request' }, noGit)).problem).toMatch(
      /^GITHUB_EVENT_PATH is not set: its pull_request\.head\.sha cannot be read\./,
    );
  });

  test('a deployment event with a malformed sha falls back down the chain, saying which commit it took instead', async () => {
    const context = triggered('deployment', { deployment: { sha: 'main' } });
    expect(await detectCommit(context, noGit)).toEqual({
      sha: GITHUB_SHA,
      source: 'GITHUB_SHA',
      problem: `The event payload GITHUB_EVENT_PATH (${context.eventPath}) has deployment.sha "main": expected 40 or more hexadecimal characters. The commit is GITHUB_SHA instead.`,
    });
    const missing = triggered('deployment_status', { deployment: {} });
    expect((await detectCommit(missing, noGit)).problem).toBe(
      `The event payload GITHUB_EVENT_PATH (${missing.eventPath}) has no deployment.sha. The commit is GITHUB_SHA instead.`,
    );
  });

  test('GITHUB_SHA, last of the chain, is held to the same grammar: malformed, there is no commit', async () => {
    expect(await detectCommit({ ...base, sha: 'not-a-sha' }, noGit)).toEqual({
      source: 'none',
      problem:
        'GITHUB_SHA is "not-a-sha": expected 40 or more hexadecimal characters. The event is sent without a commit.',
    });
    const context = triggered('deployment', '{}');
    expect((await detectCommit({ ...context, sha: 'x' }, noGit)).problem).toBe(
      `The event payload GITHUB_EVENT_PATH (${context.eventPath}) has no deployment.sha; GITHUB_SHA is "x": expected 40 or more hexadecimal characters. The event is sent without a commit.`,
    );
  });
});

describe('the checkout in the workspace (real git)', () => {
  const checkout = (origin: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'checkout-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'deployed');
    git('remote', 'add', 'origin', origin);
    return { dir, head: git('rev-parse', 'HEAD') };
  };

  test('workflow_dispatch deploying another ref: HEAD of the checkout of this repository', async () => {
    const { dir, head } = checkout('https://github.com/acme/shop');
    const logs: string[] = [];
    const found = await detectCommit({ ...base, eventName: 'workflow_dispatch', workspace: dir }, undefined, (m) =>
      logs.push(m),
    );
    expect(found).toEqual({ sha: head, source: 'HEAD of the checkout in the workspace' });
    expect(head).not.toBe(GITHUB_SHA);
  });

  test('an SSH remote of this repository counts', async () => {
    const { dir, head } = checkout('git@github.com:acme/shop.git');
    expect((await detectCommit({ ...base, workspace: dir })).sha).toBe(head);
  });

  test('a checkout of another repository is not the deployed commit', async () => {
    const { dir } = checkout('https://github.com/acme/infrastructure');
    const logs: string[] = [];
    expect(await detectCommit({ ...base, workspace: dir }, undefined, (m) => logs.push(m))).toEqual({
      sha: GITHUB_SHA,
      source: 'GITHUB_SHA',
    });
    expect(logs).toEqual(['The workspace is not a checkout of acme/shop; using GITHUB_SHA.']);
  });

  test('git refusing the workspace (another owner, in a container): falls back', async () => {
    const { dir } = checkout('https://github.com/acme/shop');
    const refusing: Git = async (args) =>
      args[0] === 'config' ? { exitCode: 0, stdout: 'https://github.com/acme/shop\n' } : { exitCode: 128, stdout: '' };
    const logs: string[] = [];
    expect((await detectCommit({ ...base, workspace: dir }, refusing, (m) => logs.push(m))).sha).toBe(GITHUB_SHA);
    expect(logs).toEqual(['git rev-parse HEAD failed in the workspace (exit code 128); using GITHUB_SHA.']);
  });

  test('git missing: falls back, saying why in the debug log', async () => {
    const { dir } = checkout('https://github.com/acme/shop');
    const logs: string[] = [];
    expect((await detectCommit({ ...base, workspace: dir }, noGit, (m) => logs.push(m))).sha).toBe(GITHUB_SHA);
    expect(logs[0]).toContain('git could not be run in the workspace (Unable to locate executable file: git)');
  });

  test('no .git in the workspace: git is not even run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-'));
    const logs: string[] = [];
    expect((await detectCommit({ ...base, workspace: dir }, noGit, (m) => logs.push(m))).sha).toBe(GITHUB_SHA);
    expect(logs).toEqual(['The workspace is not a git checkout; using GITHUB_SHA.']);
  });
});

describe("the run context, from the runner's environment", () => {
  test('read as the runner sets it, the payload left for what needs it', () => {
    expect(
      readRunContext({
        GITHUB_SERVER_URL: 'https://ghe.acme.example/',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_RUN_ID: '8123456789',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_EVENT_PATH: '/runner/event.json',
      }),
    ).toEqual({
      serverUrl: 'https://ghe.acme.example',
      apiUrl: 'https://api.github.com',
      repository: 'acme/shop',
      eventName: 'push',
      runId: '8123456789',
      runAttempt: '2',
      eventPath: '/runner/event.json',
    });
  });

  test('a run id or attempt that is not a whole number is left out, never guessed at', () => {
    const context = readRunContext({ GITHUB_RUN_ID: '12abc', GITHUB_RUN_ATTEMPT: '-1' });
    expect([context.runId, context.runAttempt]).toEqual([undefined, undefined]);
    expect(context.serverUrl).toBe('https://github.com');
  });
});
