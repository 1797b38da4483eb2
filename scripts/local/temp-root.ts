// One folder for every temporary file of a test run, removed when the run ends, pass or fail.
// os.tmpdir() reads TMPDIR (TEMP and TMP on Windows) on each call: pointed at the folder, every
// mkdtemp of the tests, of the scripts they use and of the processes they start lands inside it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEMP_ROOT_ENV = 'DORA_TEST_TEMP_ROOT';

/** Set in process.env: Jest forks its workers after globalSetup, so they inherit it. */
export function createTempRoot(): void {
  const root = mkdtempSync(join(tmpdir(), 'datadog-dora-action-test-'));
  process.env[TEMP_ROOT_ENV] = root;
  for (const name of ['TMPDIR', 'TEMP', 'TMP']) process.env[name] = root;
}

/** Jest's globalTeardown: once, after the last test file, whatever their results. Throws if the folder stays. */
export default function removeTempRoot(): void {
  const root = process.env[TEMP_ROOT_ENV];
  if (!root)
    throw new Error(
      `${TEMP_ROOT_ENV} is not set: the test run's temporary folder was never made, or is not known here.`,
    );
  rmSync(root, { recursive: true, force: true });
}
