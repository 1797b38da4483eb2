// A step run in this process as the runner runs one: its own environment, output and summary
// files, and its log (lines, and the runner's commands: annotations, masks), read by the test.
// Nothing of this process's environment or stdout is touched.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach } from '@jest/globals';
import { parseFileCommands } from '../../scripts/local/runner.ts';
import type { Runtime } from '../../src/pipeline/kind.ts';
import { type Env, toolkitFor } from '../../src/runner/toolkit.ts';
import { TestTime } from '../clock.ts';

export interface StepInProcess {
  /** What the step is given: its toolkit over this step's runner, and the test's time. */
  runtime(): Runtime;
  /** The step's environment, which a test may add to before the step runs (STATE_*, INPUT_*). */
  env: Env;
  time(): TestTime;
  /** What the step printed: log lines, and the runner's commands as it reads them (`::warning title=…::…`). */
  log(): string;
  outputs(): Record<string, string>;
  state(): Record<string, string>;
  summary(): string;
  /** The exit code the runner would see. */
  exitCode(): number;
}

export function stepInProcessForEachTest(given: Env = {}, start?: Date): StepInProcess {
  const dir = mkdtempSync(join(tmpdir(), 'step-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  };
  const env: Env = {};
  let printed = '';
  let exitCode = 0;
  let time = new TestTime(start);
  let runtime: Runtime;
  beforeEach(() => {
    for (const name of Object.keys(env)) delete env[name];
    Object.assign(env, { RUNNER_TEMP: dir, ...files, ...given });
    for (const file of Object.values(files)) writeFileSync(file, '');
    printed = '';
    exitCode = 0;
    time = new TestTime(start);
    const core = toolkitFor({
      env,
      write: (text) => {
        printed += text;
      },
      fail: () => {
        exitCode = 1;
      },
    });
    runtime = { core, clock: time.clock, timer: time.timer };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    runtime: () => runtime,
    env,
    time: () => time,
    log: () => printed,
    outputs: () => parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: () => parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
    summary: () => readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    exitCode: () => exitCode,
  };
}
