// The action writes the runner's protocol with its own few lines over the runner it is given: the
// same bytes as @actions/core's own functions (which write to this process), delimiters aside.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterAll, afterEach, expect, test } from '@jest/globals';
import { type Env, RunnerFileError, type Toolkit, toolkitFor } from '../../src/runner/toolkit.ts';

const dir = mkdtempSync(join(tmpdir(), 'toolkit-'));
const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shape = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER');

/** Ours, over a runner of the test's: what it writes to its log, and whether it failed the step. */
function ours(env: Env = {}): { toolkit: Toolkit; log: () => string; failed: () => boolean } {
  let log = '';
  let failed = false;
  const toolkit = toolkitFor({
    env,
    write: (text) => {
      log += text;
    },
    fail: () => {
      failed = true;
    },
  });
  return { toolkit, log: () => log, failed: () => failed };
}

/** What one of core's calls writes to this process's stdout, kept from the test runner's output. */
function stdoutOf(call: () => void): string {
  const write = process.stdout.write;
  let written = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    call();
  } finally {
    process.stdout.write = write;
  }
  return written;
}

type Both = Pick<
  Toolkit,
  'setOutput' | 'saveState' | 'info' | 'debug' | 'warning' | 'notice' | 'setFailed' | 'setSecret'
>;

test.each([
  ['GITHUB_OUTPUT', (f: Both) => f.setOutput('deployment-id', '8123456789.1.deploy.3f9c0d1e2a4b5c6d')],
  ['GITHUB_OUTPUT', (f: Both) => f.setOutput('started-at', '2026-11-27T10:00:00.000Z\nsecond line')],
  [
    'GITHUB_STATE',
    (f: Both) => f.saveState('deployment', JSON.stringify({ deployment: { id: 'x', service: 'shop' } })),
  ],
] as const)('%s: the same bytes as core', (variable, write) => {
  const mine = join(dir, `ours-${variable}`);
  const cores = join(dir, `core-${variable}`);
  writeFileSync(mine, '');
  writeFileSync(cores, '');
  write(ours({ [variable]: mine }).toolkit);
  process.env[variable] = cores;
  write(core);
  expect(shape(readFileSync(mine, 'utf8'))).toBe(shape(readFileSync(cores, 'utf8')));
  expect(readFileSync(mine, 'utf8')).not.toBe('');
});

test.each<[string, (f: Both) => void]>([
  ['info', (f) => f.info('Datadog accepted deployment 123 (HTTP 200, 1 attempt).')],
  ['debug', (f) => f.debug('The workspace is not a git checkout; using GITHUB_SHA.')],
  [
    'warning with a title',
    (f) =>
      f.warning('Datadog send deployment failed after 3 attempts: 100% down, a:b,c.\nSecond line.', {
        title: 'DORA deployment: not sent, 100%',
      }),
  ],
  [
    'notice with a title',
    (f) => f.notice('DORA incidents retire.\nSee the guide: 100%, a:b.', { title: 'Retirement: soon' }),
  ],
  [
    'setFailed',
    (f) => f.setFailed('Input service is required: the name of the service deployed (or set env DD_SERVICE).'),
  ],
  ['setSecret', (f) => f.setSecret('a1b2c3d4e5f60718293a4b5c6d7e8f90')],
])('%s: the same line in the log as core writes on stdout', (_name, call) => {
  const mine = ours();
  call(mine.toolkit);
  const cores = stdoutOf(() => call(core));
  expect(mine.log()).toBe(cores);
  expect(mine.failed()).toBe(process.exitCode === 1);
});

test('getState and getInput read the environment the runner gave the step, not this process', () => {
  process.env.STATE_deployment = 'from this process';
  process.env.INPUT_SERVICE = 'from this process';
  const { toolkit } = ours({
    STATE_deployment: '{"x":1}',
    INPUT_SERVICE: '  shop-api ',
    'INPUT_FAIL-ON-ERROR': 'true',
  });
  expect(toolkit.getState('deployment')).toBe('{"x":1}');
  expect(toolkit.getInput('service')).toBe('shop-api');
  expect(toolkit.getInput('fail-on-error')).toBe('true');
  expect(toolkit.getInput('env')).toBe('');
});

test('a runner file that cannot be written is a RunnerFileError naming it', async () => {
  const folder = join(dir, 'a-folder');
  mkdirSync(folder);
  const { toolkit } = ours({ GITHUB_OUTPUT: join(dir, 'missing'), GITHUB_STATE: folder, GITHUB_STEP_SUMMARY: folder });
  expect(() => toolkit.setOutput('a', 'b')).toThrow(RunnerFileError);
  expect(() => toolkit.setOutput('a', 'b')).toThrow(/GITHUB_OUTPUT .*missing\) could not be written/);
  expect(() => toolkit.saveState('a', 'b')).toThrow(/GITHUB_STATE/);
  await expect(toolkit.appendSummary('x')).rejects.toThrow(/GITHUB_STEP_SUMMARY/);
});

test('the summary is appended to as core appends it', async () => {
  const mine = join(dir, 'ours-summary');
  const cores = join(dir, 'core-summary');
  writeFileSync(mine, '');
  writeFileSync(cores, '');
  const { toolkit } = ours({ GITHUB_STEP_SUMMARY: mine });
  process.env.GITHUB_STEP_SUMMARY = cores;
  for (const part of ['### ✅ Sent\n', '| a | b |\n']) {
    await toolkit.appendSummary(part);
    await core.summary.addRaw(part).write();
  }
  expect(readFileSync(mine, 'utf8')).toBe(readFileSync(cores, 'utf8'));
  // Without a file (a step outside a runner), nothing.
  await expect(ours().toolkit.appendSummary('x')).resolves.toBeUndefined();
});
