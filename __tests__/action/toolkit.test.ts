// The action writes the runner's protocol with its own few lines over @actions/core's modules: the
// same bytes as @actions/core's own functions, delimiters aside.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterAll, afterEach, expect, test } from '@jest/globals';
import * as toolkit from '../../src/runner/toolkit.ts';

const dir = mkdtempSync(join(tmpdir(), 'toolkit-'));
const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shape = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER');

/** What a call writes to stdout, kept from the test runner's output. */
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

test.each([
  ['GITHUB_OUTPUT', (f: typeof core) => f.setOutput('deployment-id', '8123456789.1.deploy.3f9c0d1e2a4b5c6d')],
  ['GITHUB_OUTPUT', (f: typeof core) => f.setOutput('started-at', '2026-11-27T10:00:00.000Z\nsecond line')],
  [
    'GITHUB_STATE',
    (f: typeof core) => f.saveState('deployment', JSON.stringify({ deployment: { id: 'x', service: 'shop' } })),
  ],
] as const)('%s: the same bytes as core', (variable, write) => {
  const ours = join(dir, `ours-${variable}`);
  const cores = join(dir, `core-${variable}`);
  writeFileSync(ours, '');
  writeFileSync(cores, '');
  process.env[variable] = ours;
  write(toolkit as unknown as typeof core);
  process.env[variable] = cores;
  write(core);
  expect(shape(readFileSync(ours, 'utf8'))).toBe(shape(readFileSync(cores, 'utf8')));
  expect(readFileSync(ours, 'utf8')).not.toBe('');
});

test.each<[string, (f: typeof core) => void]>([
  ['info', (f) => f.info('Datadog accepted deployment 123 (HTTP 200, 1 attempt).')],
  ['debug', (f) => f.debug('The workspace is not a git checkout; using GITHUB_SHA.')],
  [
    'warning with a title',
    (f) =>
      f.warning('Datadog send deployment failed after 3 attempts: 100% down, a:b,c.\nSecond line.', {
        title: 'DORA deployment not sent',
      }),
  ],
  [
    'setFailed',
    (f) => f.setFailed('Input service is required: the name of the service deployed (or set env DD_SERVICE).'),
  ],
  ['setSecret', (f) => f.setSecret('a1b2c3d4e5f60718293a4b5c6d7e8f90')],
])('%s: the same line on stdout as core', (_name, call) => {
  const ours = stdoutOf(() => call(toolkit as unknown as typeof core));
  const oursExit = process.exitCode;
  process.exitCode = undefined;
  const cores = stdoutOf(() => call(core));
  expect(ours).toBe(cores);
  expect(oursExit).toBe(process.exitCode);
});

test('getState reads what the runner hands on', () => {
  process.env.STATE_deployment = '{"x":1}';
  expect(toolkit.getState('deployment')).toBe(core.getState('deployment'));
});
