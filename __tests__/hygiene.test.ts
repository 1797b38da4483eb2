// A test run leaves nothing behind: its temporary files land in one folder (scripts/local/temp-root.ts).
import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import { expect, test } from '@jest/globals';
import { TEMP_ROOT_ENV } from '../scripts/local/temp-root.ts';

test("os.tmpdir() in a test worker is the run's temporary folder, which globalTeardown removes", () => {
  const root = process.env[TEMP_ROOT_ENV];
  expect(basename(root ?? '')).toMatch(/^datadog-dora-action-test-/);
  expect(tmpdir()).toBe(root);
});
