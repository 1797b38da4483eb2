// The one place that reads the GitHub workflow context.
// @actions/github's Context, from its own module: the package root also loads Octokit (40 ms).
import { Context } from '../../node_modules/@actions/github/lib/context.js';

/** The parts of an event payload that say which commit a run is about. */
export interface EventPayload {
  pull_request?: { head?: { sha?: string } };
  workflow_run?: { head_sha?: string };
  deployment?: { sha?: string };
}

export interface RunContext {
  /** https://github.com, or a GitHub Enterprise Server's URL. */
  serverUrl: string;
  /** https://api.github.com, or a GitHub Enterprise Server's API. */
  apiUrl: string;
  /** owner/name */
  repository: string;
  eventName: string;
  /** The commit the runner chose for this run (for pull requests, a merge commit in no branch). */
  sha?: string;
  ref?: string;
  workflow?: string;
  job?: string;
  runId?: string;
  runAttempt?: string;
  workspace?: string;
  payload: EventPayload;
}

type Env = Record<string, string | undefined>;

/** Reads the run's context, event payload included, through @actions/github. */
export function readRunContext(env: Env = process.env): RunContext {
  const context = new Context();
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const number = (value: number) => (Number.isFinite(value) ? String(value) : undefined);
  return {
    serverUrl: context.serverUrl.replace(/\/+$/, ''),
    apiUrl: context.apiUrl.replace(/\/+$/, ''),
    repository: env.GITHUB_REPOSITORY ?? '',
    eventName: context.eventName ?? '',
    sha: text(context.sha),
    ref: text(context.ref),
    workflow: text(context.workflow),
    job: text(context.job),
    runId: number(context.runId),
    runAttempt: number(context.runAttempt),
    workspace: text(env.GITHUB_WORKSPACE),
    payload: context.payload as EventPayload,
  };
}
