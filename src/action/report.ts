// How the action tells users what happened: logs, annotations, the job summary.
import * as core from './toolkit.ts';
import type { RecordedRequest } from '../datadog/client.ts';
import { DatadogConfigError } from '../datadog/errors.ts';
import { InputError } from './inputs.ts';

export type Outcome =
  | { kind: 'done'; status: number; attempts: number; durationMs: number }
  | { kind: 'dry-run'; what: string }
  | { kind: 'failed'; message: string; failsStep: boolean };

/** Nothing in Datadog matches what the user asked for. */
export class NothingFound extends Error {
  override name = 'NothingFound';
}

/** A configuration the user must fix: the step fails, whatever fail-on-error says. */
export function isInputProblem(error: unknown): error is Error {
  return error instanceof InputError || error instanceof DatadogConfigError;
}

/**
 * Datadog unreachable, refusing, or holding nothing that matches: a warning, and the job keeps its
 * result, unless fail-on-error. A deploy must not break because Datadog had a bad minute.
 */
export function reportProblem(error: unknown, failOnError: boolean, title: string): Outcome {
  if (isInputProblem(error)) throw error;
  const message = error instanceof Error ? error.message : String(error);
  if (failOnError) core.setFailed(message);
  else core.warning(`${message} The job keeps its result (fail-on-error is false).`, { title });
  return { kind: 'failed', message, failsStep: failOnError };
}

export function printDryRun(requests: RecordedRequest[]): void {
  for (const request of requests) {
    core.info(`Dry run: nothing is sent. This is the request that would go to Datadog:\n${request.method} ${request.url}${request.body === undefined ? '' : `\n${JSON.stringify(request.body, null, 2)}`}`);
  }
}

export async function writeSummary(markdown: string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
}

export function describeAttempts(outcome: { attempts: number; durationMs: number; status: number }): string {
  const time = outcome.durationMs < 1000 ? `${outcome.durationMs} ms` : `${(outcome.durationMs / 1000).toFixed(1)} s`;
  return `${time}, ${outcome.attempts === 1 ? '1 attempt' : `${outcome.attempts} attempts`} (HTTP ${outcome.status})`;
}
