import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RunContext } from './context.ts';

export interface DetectedCommit {
  sha?: string;
  /** Where it came from, for the log. */
  source: string;
}

/**
 * The commit a trigger says was deployed. A pull request's GITHUB_SHA is a temporary merge
 * commit that is in no branch's history, so Datadog could compute no lead time from it.
 */
export function commitFromEvent(context: RunContext): DetectedCommit | undefined {
  const { payload, eventName } = context;
  if (eventName.startsWith('pull_request') && payload.pull_request?.head?.sha) {
    return { sha: payload.pull_request.head.sha, source: "the pull request's head commit" };
  }
  if (eventName === 'workflow_run' && payload.workflow_run?.head_sha) {
    return { sha: payload.workflow_run.head_sha, source: "the triggering workflow run's head_sha" };
  }
  if (eventName.startsWith('deployment') && payload.deployment?.sha) {
    return { sha: payload.deployment.sha, source: "the deployment event's sha" };
  }
  return undefined;
}

/** Runs git with an argument array: no input ever reaches a shell. */
export type Git = (args: string[], cwd: string) => Promise<{ exitCode: number; stdout: string }>;

export async function gitWithActionsExec(args: string[], cwd: string): Promise<{ exitCode: number; stdout: string }> {
  const { getExecOutput } = await import('@actions/exec');
  return getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true });
}

/**
 * What the trigger says; else HEAD of the workspace when it is a checkout of this repository
 * (a deploy job may check out another ref than the one that triggered it); else GITHUB_SHA.
 */
export async function detectCommit(context: RunContext, git: Git = gitWithActionsExec, debug: (message: string) => void = () => {}): Promise<DetectedCommit> {
  const fromEvent = commitFromEvent(context);
  if (fromEvent) return fromEvent;
  // No .git, no git to run: most deploy jobs that skip checkout, and every one that spares a process.
  const checkout = context.workspace && existsSync(join(context.workspace, '.git')) ? context.workspace : undefined;
  if (context.workspace && !checkout) debug('The workspace is not a git checkout; using GITHUB_SHA.');
  const head = checkout ? await workspaceHead(context, checkout, git, debug) : undefined;
  if (head) return { sha: head, source: 'HEAD of the checkout in the workspace' };
  return { sha: context.sha, source: 'GITHUB_SHA' };
}

async function workspaceHead(context: RunContext, workspace: string, git: Git, debug: (message: string) => void): Promise<string | undefined> {
  try {
    const remote = await git(['config', '--get', 'remote.origin.url'], workspace);
    const origin = remote.stdout.trim().replace(/\.git$/, '').toLowerCase();
    if (remote.exitCode !== 0 || !context.repository || !origin.endsWith(`/${context.repository.toLowerCase()}`) && !origin.endsWith(`:${context.repository.toLowerCase()}`)) {
      debug(`The workspace is not a checkout of ${context.repository || 'this repository'}; using GITHUB_SHA.`);
      return undefined;
    }
    const head = await git(['rev-parse', 'HEAD'], workspace);
    const sha = head.stdout.trim();
    if (head.exitCode !== 0 || !/^[a-f0-9]{40,}$/.test(sha)) {
      debug(`git rev-parse HEAD failed in the workspace (exit code ${head.exitCode}); using GITHUB_SHA.`);
      return undefined;
    }
    return sha;
  } catch (error) {
    // git missing, or refusing a workspace owned by another user (containers): fall back quietly.
    debug(`git could not be run in the workspace (${(error as Error).message}); using GITHUB_SHA.`);
    return undefined;
  }
}
