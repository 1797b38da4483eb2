// The parts of @actions/core the action uses, from @actions/core's own modules. Its root module
// also loads its HTTP client and undici (for OIDC tokens, which the action never asks for):
// about 35 ms and 1 MB in every step of every deploy job. The package exports only its root, so
// its modules are imported by path; the functions below are core's own one-liners over them.
import { EOL } from 'node:os';
import type { AnnotationProperties } from '@actions/core';
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js';
import { summary } from '../../node_modules/@actions/core/lib/summary.js';
import { toCommandProperties } from '../../node_modules/@actions/core/lib/utils.js';
import { forLog } from './escape.ts';

/** A file of the runner's (state, outputs, summary) that could not be written. */
export class RunnerFileError extends Error {
  override name = 'RunnerFileError';
  constructor(variable: string, cause: unknown) {
    super(
      `The runner's file ${variable} (${process.env[variable] || 'not set'}) could not be written (${(cause as Error).message ?? String(cause)}).`,
    );
  }
}

function writingTo<T>(variable: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw new RunnerFileError(variable, error);
  }
}

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/** Throws RunnerFileError when GITHUB_OUTPUT cannot be written. */
export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT)
    writingTo('GITHUB_OUTPUT', () => issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value)));
  else issueCommand('set-output', { name }, value);
}

/** Throws RunnerFileError when GITHUB_STATE cannot be written. */
export function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE)
    writingTo('GITHUB_STATE', () => issueFileCommand('STATE', prepareKeyValueMessage(name, value)));
  else issueCommand('save-state', { name }, value);
}

/** Appends to the job summary, if the runner gave a file; throws RunnerFileError when it cannot be written. */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await summary.addRaw(markdown).write();
  } catch (error) {
    summary.emptyBuffer();
    throw new RunnerFileError('GITHUB_STEP_SUMMARY', error);
  }
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

// Every message goes through forLog: no value in it can become a command to the runner.
export function info(message: string): void {
  process.stdout.write(forLog(message) + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, forLog(message));
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), forLog(message));
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), forLog(message));
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand('error', {}, forLog(message));
}
