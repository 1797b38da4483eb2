import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { detectCommit, type Git } from '../../src/action/commit.ts';
import type { RunContext } from '../../src/action/context.ts';

const GITHUB_SHA = '1111111111111111111111111111111111111111';
const HEAD_SHA = '2222222222222222222222222222222222222222';
const base: RunContext = { serverUrl: 'https://github.com', apiUrl: 'https://api.github.com', repository: 'acme/shop', eventName: 'push', sha: GITHUB_SHA, payload: {} };
const noGit: Git = async () => {
  throw new Error('Unable to locate executable file: git');
};

describe('the commit each trigger deployed', () => {
  test('pull_request: the head commit, not the temporary merge commit', async () => {
    const context = { ...base, eventName: 'pull_request', payload: { pull_request: { head: { sha: HEAD_SHA } } } };
    expect(await detectCommit(context, noGit)).toEqual({ sha: HEAD_SHA, source: "the pull request's head commit" });
  });

  test('pull_request_target too', async () => {
    const context = { ...base, eventName: 'pull_request_target', payload: { pull_request: { head: { sha: HEAD_SHA } } } };
    expect((await detectCommit(context, noGit)).sha).toBe(HEAD_SHA);
  });

  test("workflow_run: the triggering run's head_sha", async () => {
    const context = { ...base, eventName: 'workflow_run', payload: { workflow_run: { head_sha: HEAD_SHA } } };
    expect((await detectCommit(context, noGit)).sha).toBe(HEAD_SHA);
  });

  test("deployment: the deployment's sha", async () => {
    const context = { ...base, eventName: 'deployment', payload: { deployment: { sha: HEAD_SHA } } };
    expect((await detectCommit(context, noGit)).sha).toBe(HEAD_SHA);
  });

  test('push and workflow_dispatch without a checkout: GITHUB_SHA', async () => {
    for (const eventName of ['push', 'workflow_dispatch']) {
      expect(await detectCommit({ ...base, eventName, workspace: '/nowhere' }, noGit)).toEqual({ sha: GITHUB_SHA, source: 'GITHUB_SHA' });
    }
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
    const found = await detectCommit({ ...base, eventName: 'workflow_dispatch', workspace: dir }, undefined, (m) => logs.push(m));
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
    expect(await detectCommit({ ...base, workspace: dir }, undefined, (m) => logs.push(m))).toEqual({ sha: GITHUB_SHA, source: 'GITHUB_SHA' });
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
