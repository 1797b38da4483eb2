// The one place that reads the GitHub workflow context: the runner's environment, and the event
// payload it writes to GITHUB_EVENT_PATH. Read here without @actions/github, whose Context parses
// the payload as it starts (a file that is not JSON throws there) and costs every step its load.

import { readFileSync, statSync } from 'node:fs';
import { isObject } from '../datadog/answers.ts';
import type { Env } from './toolkit.ts';

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
  /** GITHUB_EVENT_PATH: the event's payload, read only by what needs it (readEventPayload). */
  eventPath?: string;
}

/** Reads the run's context from the runner's environment; the payload is read apart, when needed. */
export function readRunContext(env: Env): RunContext {
  const text = (value: string | undefined) => value || undefined;
  // Run ids and attempts are whole numbers: anything else is left out, never guessed at.
  const number = (value: string | undefined) => (value && /^\d{1,20}$/.test(value) ? value : undefined);
  return {
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    repository: env.GITHUB_REPOSITORY ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: text(env.GITHUB_SHA),
    ref: text(env.GITHUB_REF),
    workflow: text(env.GITHUB_WORKFLOW),
    job: text(env.GITHUB_JOB),
    runId: number(env.GITHUB_RUN_ID),
    runAttempt: number(env.GITHUB_RUN_ATTEMPT),
    workspace: text(env.GITHUB_WORKSPACE),
    eventPath: text(env.GITHUB_EVENT_PATH),
  };
}

/** GitHub's webhook payloads are at most 25 MB: a larger file is no event's. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

/** The event payload's JSON object, or what is wrong with its file, naming it. */
export type EventPayload = { json: Record<string, unknown> } | { problem: string };

export function readEventPayload(context: Pick<RunContext, 'eventPath'>): EventPayload {
  const path = context.eventPath;
  if (!path) return { problem: 'GITHUB_EVENT_PATH is not set' };
  const file = `The event payload GITHUB_EVENT_PATH (${path})`;
  let text: string;
  try {
    if (statSync(path).size > MAX_EVENT_BYTES) return { problem: `${file} is larger than GitHub's 25 MB` };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { problem: `${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: `${file} is not JSON` };
  }
  if (!isObject(json)) return { problem: `${file} is not a JSON object` };
  return { json };
}

/** The value at a dotted path of the payload (`pull_request.head.sha`); undefined where a step is missing or not an object. */
export function payloadValue(json: Record<string, unknown>, path: string): unknown {
  let value: unknown = json;
  for (const key of path.split('.')) value = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  return value;
}
