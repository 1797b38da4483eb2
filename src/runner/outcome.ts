// How an outcome is told: what happened sorted into done, dry run or failed, then said in the log,
// an annotation, the step's outputs and its job summary.

import type { RecordedRequest } from '../datadog/dry-run.ts';
import { DatadogApiError } from '../datadog/errors.ts';
import { RunnerFileError, type Toolkit } from './toolkit.ts';

export type Outcome =
  | { kind: 'done'; status: number; attempts: number; durationMs: number }
  | { kind: 'dry-run'; what: string }
  /** mayHaveArrived: an answer was lost, so Datadog may hold the event all the same. */
  | { kind: 'failed'; message: string; failsStep: boolean; mayHaveArrived: boolean };

/** Nothing in Datadog matches what the user asked for: a warning, never a failure. */
export class NothingFound extends Error {
  override name = 'NothingFound';
}

/** The names InputError and DatadogConfigError give their errors (a bundler may rename the classes). */
const CONFIGURATION_ERRORS = new Set(['InputError', 'DatadogConfigError']);

/**
 * A configuration the user must fix: the step fails, whatever fail-on-error says. Told by name, not
 * by class: the report is a bundle of its own, with its own copies of these classes.
 */
export function isInputProblem(error: unknown): error is Error {
  return error instanceof Error && CONFIGURATION_ERRORS.has(error.name);
}

export type Failed = Outcome & { kind: 'failed' };

/**
 * What a problem comes to, before anything is told: a configuration the user must fix is thrown
 * instead, for the step to fail.
 */
export function failureOf(error: unknown, failOnError: boolean): Failed {
  if (isInputProblem(error)) throw error;
  const message = error instanceof Error ? error.message : String(error);
  const mayHaveArrived = error instanceof DatadogApiError && error.mayHaveArrived;
  return { kind: 'failed', message, failsStep: failOnError && !(error instanceof NothingFound), mayHaveArrived };
}

/**
 * Datadog unreachable, refusing, or holding nothing that matches: a warning, and the job keeps its
 * result, unless fail-on-error. A deploy must not break because Datadog had a bad minute.
 */
export function sayProblem(core: Toolkit, error: unknown, failOnError: boolean, what: string, failed: string): Failed {
  const outcome = failureOf(error, failOnError);
  const title = outcome.mayHaveArrived ? `${what}: outcome unknown` : `${what} ${failed}`;
  if (outcome.failsStep) core.setFailed(outcome.message);
  else if (error instanceof NothingFound) core.warning(outcome.message, { title });
  else core.warning(`${outcome.message} The job keeps its result (fail-on-error is false).`, { title });
  return outcome;
}

/**
 * What a step says on its way, as a value, for the pipeline to tell in order: a line, a warning,
 * or a problem (`sayProblem`: what it was about, and what it says when it failed).
 */
export type Said =
  | { info: string }
  | { warning: string; title: string }
  | { problem: unknown; what: string; failed: string };

export function tell(core: Toolkit, said: readonly Said[], failOnError: boolean): void {
  for (const line of said) {
    if ('info' in line) core.info(line.info);
    else if ('warning' in line) core.warning(line.warning, { title: line.title });
    else sayProblem(core, line.problem, failOnError, line.what, line.failed);
  }
}

/**
 * A runner file that cannot be written (state, an output, the summary) is said with what follows
 * from it; it fails the step only with fail-on-error, and never stops what the step does next.
 */
export function sayRunnerFileProblem(core: Toolkit, error: unknown, consequence: string, failOnError: boolean): void {
  if (!(error instanceof RunnerFileError)) throw error;
  const message = `${error.message} ${consequence}`;
  if (failOnError) core.setFailed(message);
  else
    core.warning(`${message} The job keeps its result (fail-on-error is false).`, { title: 'Runner file not written' });
}

export function writeOutput(core: Toolkit, name: string, value: string, failOnError: boolean): void {
  try {
    core.setOutput(name, value);
  } catch (error) {
    sayRunnerFileProblem(core, error, `Output ${name} is not set: later steps cannot read it.`, failOnError);
  }
}

export function printDryRun(core: Toolkit, requests: RecordedRequest[]): void {
  for (const request of requests) {
    core.info(
      `Dry run: nothing is sent. This is the request that would go to Datadog:\n${request.method} ${request.url}${request.body === undefined ? '' : `\n${JSON.stringify(request.body, null, 2)}`}`,
    );
  }
}

export async function writeSummary(core: Toolkit, markdown: string, failOnError: boolean): Promise<void> {
  try {
    await core.appendSummary(markdown);
  } catch (error) {
    sayRunnerFileProblem(core, error, 'This step shows no job summary; its log says what happened.', failOnError);
  }
}

export function describeAttempts(outcome: { attempts: number; durationMs: number; status: number }): string {
  const time = outcome.durationMs < 1000 ? `${outcome.durationMs} ms` : `${(outcome.durationMs / 1000).toFixed(1)} s`;
  return `${time}, ${outcome.attempts === 1 ? '1 attempt' : `${outcome.attempts} attempts`} (HTTP ${outcome.status})`;
}
