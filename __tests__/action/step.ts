// A step run in this process as the runner runs one: its own output and summary files, and its
// stdout (log lines, and the runner's commands: annotations, masks) kept from the test runner's
// output and read. Nothing else of the environment leaks from one test to the next.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach } from '@jest/globals';
import { parseFileCommands } from '../../scripts/local/runner.ts';

export interface StepInProcess {
  /** What the step printed: log lines, and the runner's commands as it reads them (`::warning title=…::…`). */
  log(): string;
  outputs(): Record<string, string>;
  summary(): string;
  /** The exit code the runner would see. */
  exitCode(): number;
}

/** Variables a test machine may hold that would change what a step reads. */
const READ_FROM_ENV = /^(INPUT_|STATE_|DATADOG_|DD_|GITHUB_|HTTPS?_PROXY$|NO_PROXY$)/i;

export function stepInProcessForEachTest(env: Record<string, string> = {}): StepInProcess {
  // One folder for the file's tests: @actions/core keeps the summary's path once it has read it.
  const dir = mkdtempSync(join(tmpdir(), 'step-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  const savedEnv = { ...process.env };
  const write = process.stdout.write;
  let printed = '';
  beforeEach(() => {
    for (const name of Object.keys(process.env)) if (READ_FROM_ENV.test(name)) delete process.env[name];
    Object.assign(process.env, files, env);
    for (const file of Object.values(files)) writeFileSync(file, '');
    printed = '';
    process.stdout.write = ((chunk: string | Uint8Array) => {
      printed += String(chunk);
      return true;
    }) as typeof process.stdout.write;
  });
  afterEach(() => {
    process.stdout.write = write;
    process.env = { ...savedEnv };
    process.exitCode = undefined;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    log: () => printed,
    outputs: () => parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: () => readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    exitCode: () => Number(process.exitCode ?? 0),
  };
}
