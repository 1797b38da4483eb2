import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { commitShaProblem, isCommitSha } from '../datadog/rules.ts';
import { payloadValue, type RunContext, readEventPayload } from '../runner/context.ts';
import { quoted } from '../runner/escape.ts';
import type { Toolkit } from '../runner/toolkit.ts';

export interface DetectedCommit {
  sha?: string;
  /** Where it came from, for the log. */
  source: string;
  /** A value on the way that failed its grammar, naming its file or variable and field, and what was done instead: a warning. */
  problem?: string;
}

/** Where a trigger names the commit it is about; `noFallback`, why HEAD and GITHUB_SHA would name another commit. */
interface EventCommit {
  field: string;
  source: string;
  noFallback?: string;
}

/**
 * A pull request's GITHUB_SHA is a temporary merge commit that is in no branch's history (and
 * what actions/checkout checks out), so Datadog could compute no lead time from it; a
 * workflow_run's is the default branch's latest commit, not the triggering run's.
 */
function eventCommit(eventName: string): EventCommit | undefined {
  if (eventName.startsWith('pull_request'))
    return {
      field: 'pull_request.head.sha',
      source: "the pull request's head commit",
      noFallback: "GITHUB_SHA and the checkout's HEAD are the pull request's temporary merge commit",
    };
  if (eventName === 'workflow_run')
    return {
      field: 'workflow_run.head_sha',
      source: "the triggering workflow run's head_sha",
      noFallback: "GITHUB_SHA is the default branch's latest commit, not the triggering run's",
    };
  if (eventName.startsWith('deployment')) return { field: 'deployment.sha', source: "the deployment event's sha" };
  return undefined;
}

/** What a JSON value is, as a message says it: a string quoted, anything else by its type. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return quoted(value, 80);
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a${typeof value === 'object' ? 'n' : ''} ${typeof value}`;
}

/** The commit the trigger's payload names, checked; or why it names none that can be used. */
function commitFromEvent(context: RunContext): (DetectedCommit & { noFallback?: string }) | undefined {
  const event = eventCommit(context.eventName);
  if (!event) return undefined;
  const payload = readEventPayload(context);
  if ('problem' in payload)
    return {
      source: event.source,
      problem: `${payload.problem}: its ${event.field} cannot be read`,
      noFallback: event.noFallback,
    };
  const value = payloadValue(payload.json, event.field);
  const problem =
    value === undefined
      ? undefined
      : typeof value === 'string'
        ? commitShaProblem(value)
        : 'expected a string of 40 or more hexadecimal characters';
  if (value !== undefined && !problem) return { sha: value as string, source: event.source };
  const has = value === undefined ? `has no ${event.field}` : `has ${event.field} ${describeValue(value)}: ${problem}`;
  return {
    source: event.source,
    problem: `The event payload GITHUB_EVENT_PATH (${context.eventPath}) ${has}`,
    noFallback: event.noFallback,
  };
}

/** Runs git with an argument array: no input ever reaches a shell. */
export type Git = (args: string[], cwd: string) => Promise<{ exitCode: number; stdout: string }>;

/** @actions/exec, in a chunk of its own: only a step that runs git loads it (the report too, from here). */
export const loadExec = () => import('@actions/exec');

export async function gitWithActionsExec(args: string[], cwd: string): Promise<{ exitCode: number; stdout: string }> {
  const { getExecOutput } = await loadExec();
  return getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true });
}

/**
 * What the trigger says; else HEAD of the workspace when it is a checkout of this repository
 * (a deploy job may check out another ref than the one that triggered it); else GITHUB_SHA. A
 * payload value that fails its grammar falls back, unless the fallback names another commit:
 * then there is none.
 */
export async function detectCommit(
  context: RunContext,
  git: Git = gitWithActionsExec,
  debug: (message: string) => void = () => {},
): Promise<DetectedCommit> {
  const fromEvent = commitFromEvent(context);
  if (fromEvent?.sha) return { sha: fromEvent.sha, source: fromEvent.source };
  if (fromEvent?.noFallback)
    return {
      source: 'none',
      problem: `${fromEvent.problem}. The event is sent without a commit: ${fromEvent.noFallback}. Set input commit-sha to name the commit.`,
    };
  // No .git, no git to run: most deploy jobs that skip checkout, and every one that spares a process.
  const checkout = context.workspace && existsSync(join(context.workspace, '.git')) ? context.workspace : undefined;
  if (context.workspace && !checkout) debug('The workspace is not a git checkout; using GITHUB_SHA.');
  const head = checkout ? await workspaceHead(context, checkout, git, debug) : undefined;
  const fallback: DetectedCommit = head
    ? { sha: head, source: 'HEAD of the checkout in the workspace' }
    : githubSha(context);
  const problems = [fromEvent?.problem, fallback.problem].filter(Boolean);
  if (!problems.length) return fallback;
  const instead = fallback.sha ? `The commit is ${fallback.source} instead.` : 'The event is sent without a commit.';
  return { ...fallback, problem: `${problems.join('; ')}. ${instead}` };
}

/** The last of the chain, held to the same grammar: the runner's, but from outside all the same. */
function githubSha(context: RunContext): DetectedCommit {
  const problem = context.sha === undefined ? undefined : commitShaProblem(context.sha);
  if (!problem) return { sha: context.sha, source: 'GITHUB_SHA' };
  return { source: 'none', problem: `GITHUB_SHA is ${quoted(context.sha!, 80)}: ${problem}` };
}

/** The commit of this run, with a warning for any value on the way that failed its grammar. */
export async function detectCommitAndWarn(context: RunContext, core: Toolkit): Promise<DetectedCommit> {
  const commit = await detectCommit(context, undefined, core.debug);
  if (commit.problem) core.warning(commit.problem, { title: 'Commit from the runner not used' });
  return commit;
}

async function workspaceHead(
  context: RunContext,
  workspace: string,
  git: Git,
  debug: (message: string) => void,
): Promise<string | undefined> {
  try {
    const remote = await git(['config', '--get', 'remote.origin.url'], workspace);
    const origin = remote.stdout
      .trim()
      .replace(/\.git$/, '')
      .toLowerCase();
    if (
      remote.exitCode !== 0 ||
      !context.repository ||
      (!origin.endsWith(`/${context.repository.toLowerCase()}`) &&
        !origin.endsWith(`:${context.repository.toLowerCase()}`))
    ) {
      debug(`The workspace is not a checkout of ${context.repository || 'this repository'}; using GITHUB_SHA.`);
      return undefined;
    }
    const head = await git(['rev-parse', 'HEAD'], workspace);
    const sha = head.stdout.trim();
    if (head.exitCode !== 0 || !isCommitSha(sha)) {
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
