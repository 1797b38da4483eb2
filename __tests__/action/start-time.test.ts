import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterEach, expect, test } from '@jest/globals';
import { parseFileCommands } from '../../scripts/local/runner.ts';
import { recordStartTime, STARTED_AT } from '../../src/runner/start-time.ts';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

test("pre's state, written without @actions/core, is what core's own getState reads in the next step", () => {
  const file = join(mkdtempSync(join(tmpdir(), 'state-')), 'state');
  writeFileSync(file, 'earlier<<ghadelimiter_1\nkept\nghadelimiter_1\n');
  const at = new Date('2026-11-27T10:00:00.123Z');
  recordStartTime(at, { GITHUB_STATE: file });

  // The runner parses the file and hands each value to later steps as STATE_<name>.
  const state = parseFileCommands(readFileSync(file, 'utf8'));
  expect(state).toEqual({ earlier: 'kept', [STARTED_AT]: '2026-11-27T10:00:00.123Z' });
  for (const [name, value] of Object.entries(state)) process.env[`STATE_${name}`] = value;
  expect(core.getState(STARTED_AT)).toBe(at.toISOString());
});

test("the same bytes as core's saveState, delimiter aside", () => {
  const dir = mkdtempSync(join(tmpdir(), 'state-'));
  const ours = join(dir, 'ours');
  const cores = join(dir, 'core');
  writeFileSync(cores, '');
  const at = new Date('2026-11-27T10:00:00.123Z');
  recordStartTime(at, { GITHUB_STATE: ours });
  process.env.GITHUB_STATE = cores;
  core.saveState(STARTED_AT, at.toISOString());
  const shape = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER');
  expect(shape(readFileSync(ours, 'utf8'))).toBe(shape(readFileSync(cores, 'utf8')));
});

test('no state file (outside a runner): nothing written, nothing thrown', () => {
  expect(() => recordStartTime(new Date(), {})).not.toThrow();
});
