// The runner's protocol, over the runner a step is given: its environment (inputs, saved state, the
// paths of its files) and its log. The bytes are @actions/core's; its root module is not loaded (it
// also loads its HTTP client and undici, for OIDC tokens the action never asks for: about 35 ms and
// 1 MB in every step), nor its writers, which read process.env: a step run in-process by a test is
// given its own environment. The package exports only its root, so its pure helpers are imported by
// path.
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import type { AnnotationProperties } from '@actions/core';
import { prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';
import { forLog } from './escape.ts';

export type Env = Record<string, string | undefined>;

/** What a step runs in: the process the runner started, or a test's stand-in for it. */
export interface Runner {
  /** INPUT_*, STATE_*, GITHUB_*, RUNNER_* and the rest of the step's environment. */
  env: Env;
  /** The step's log, where the runner also reads its commands. */
  write(text: string): void;
  /** Marks the step failed; it goes on to its end. */
  fail(): void;
}

/** The step the runner started: this process. */
export const processRunner: Runner = {
  env: process.env,
  write: (text) => process.stdout.write(text),
  fail: () => {
    process.exitCode = 1;
  },
};

/** A file of the runner's (state, outputs, summary) that could not be written. */
export class RunnerFileError extends Error {
  override name = 'RunnerFileError';
  constructor(variable: string, path: string | undefined, cause: unknown) {
    super(
      `The runner's file ${variable} (${path || 'not set'}) could not be written (${(cause as Error).message ?? String(cause)}).`,
    );
  }
}

export interface Toolkit {
  /** The step's environment, as the runner gave it. */
  env: Env;
  getInput(name: string): string;
  setSecret(secret: string): void;
  /** Throws RunnerFileError when GITHUB_OUTPUT cannot be written. */
  setOutput(name: string, value: string): void;
  /** Throws RunnerFileError when GITHUB_STATE cannot be written. */
  saveState(name: string, value: string): void;
  getState(name: string): string;
  /** Appends to the job summary, if the runner gave a file; throws RunnerFileError when it cannot be written. */
  appendSummary(markdown: string): Promise<void>;
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  setFailed(message: string): void;
}

const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::command key=value,…::message`, escaped as the runner reads it. */
function commandLine(command: string, properties: Record<string, unknown>, message: string): string {
  const given = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(toCommandValue(value))}`);
  return `::${command}${given.length ? ` ${given.join(',')}` : ''}::${escapeData(message)}${EOL}`;
}

export function toolkitFor(runner: Runner): Toolkit {
  const { env } = runner;
  const command = (name: string, properties: Record<string, unknown>, message: string) =>
    runner.write(commandLine(name, properties, message));
  const appendTo = (variable: string, text: string, mustExist: boolean) => {
    const path = env[variable];
    try {
      if (mustExist && !existsSync(path ?? '')) throw new Error(`Missing file at path: ${path}`);
      appendFileSync(path ?? '', text, { encoding: 'utf8' });
    } catch (error) {
      throw new RunnerFileError(variable, path, error);
    }
  };
  const fileCommand = (variable: 'GITHUB_OUTPUT' | 'GITHUB_STATE', name: string, value: string) =>
    appendTo(variable, `${prepareKeyValueMessage(name, value)}${EOL}`, true);

  return {
    env,
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setSecret: (secret) => command('add-mask', {}, secret),
    setOutput: (name, value) =>
      env.GITHUB_OUTPUT ? fileCommand('GITHUB_OUTPUT', name, value) : command('set-output', { name }, value),
    saveState: (name, value) =>
      env.GITHUB_STATE ? fileCommand('GITHUB_STATE', name, value) : command('save-state', { name }, value),
    getState: (name) => env[`STATE_${name}`] ?? '',
    appendSummary: async (markdown) => {
      if (env.GITHUB_STEP_SUMMARY) appendTo('GITHUB_STEP_SUMMARY', markdown, false);
    },
    // Every message goes through forLog: no value in it can become a command to the runner.
    info: (message) => runner.write(forLog(message) + EOL),
    debug: (message) => command('debug', {}, forLog(message)),
    warning: (message, properties = {}) => command('warning', toCommandProperties(properties), forLog(message)),
    notice: (message, properties = {}) => command('notice', toCommandProperties(properties), forLog(message)),
    setFailed: (message) => {
      runner.fail();
      command('error', {}, forLog(message));
    },
  };
}
