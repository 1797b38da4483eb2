// Every end-to-end scenario is checked for leaks: no key, token or proxy credential may appear in
// any step's log, outputs, state or job summary.
import { afterEach, expect } from '@jest/globals';
import { API_KEY, APP_KEY } from '../scripts/local/fake-datadog.ts';
import { GITHUB_TOKEN } from '../scripts/local/fake-github.ts';
import { type JobRun, RUNNER_GITHUB_TOKEN } from '../scripts/local/runner.ts';

export const PROXY_USER = 'deploy-bot';
export const PROXY_PASSWORD = 'pr0xy-s3cret-passw0rd';
export const WRONG_API_KEY = 'ffffffffffffffffffffffffffffffff';
export const WRONG_APP_KEY = '0000000000000000000000000000000000000000';
// The job's token is every step's, by github-token's default.
const SECRETS = [API_KEY, APP_KEY, PROXY_PASSWORD, WRONG_API_KEY, WRONG_APP_KEY, GITHUB_TOKEN, RUNNER_GITHUB_TOKEN];

const runs: JobRun[] = [];

export function tracked(run: JobRun): JobRun {
  runs.push(run);
  return run;
}

afterEach(() => {
  for (const run of runs.splice(0)) {
    const everything = run.everything();
    for (const secret of SECRETS)
      expect(everything.includes(secret) ? `a secret in ${everything}` : 'no secret').toBe('no secret');
  }
});
