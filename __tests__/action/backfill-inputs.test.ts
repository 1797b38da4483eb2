// event backfill's inputs: each held to its grammar, failing before anything is read or sent, naming
// the input, its value and what is accepted.
import { expect, test } from '@jest/globals';
import type { BackfillInputs } from '../../src/events/backfill/inputs.ts';
import { parseInputs } from '../../src/steps/inputs.ts';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const DAY = 86_400_000;
const parse = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  parseInputs(
    (name) => ({ event: 'backfill', service: 'shop-api', ...inputs })[name] ?? '',
    env,
    NOW,
  ) as BackfillInputs;
const refusal = (inputs: Record<string, string>) => {
  try {
    parse(inputs);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected an InputError for ${JSON.stringify(inputs)}`);
};

test('deployments: every environment, the last 90 days by default; version never from DD_VERSION', () => {
  expect(parse({ source: 'deployments' }, { DD_VERSION: '9.9.9', DD_ENV: 'production' })).toMatchObject({
    source: 'deployments',
    service: 'shop-api',
    env: 'production',
    tags: [],
    since: new Date(NOW.getTime() - 90 * DAY),
  });
  expect(parse({ source: 'deployments' }, { DD_VERSION: '9.9.9' }).version).toBeUndefined();
  expect(parse({ source: 'deployments', environment: 'production', since: '30d' })).toMatchObject({
    environment: 'production',
    since: new Date(NOW.getTime() - 30 * DAY),
  });
});

test('workflow-runs: the workflow by file name or id, and the job', () => {
  expect(parse({ source: 'workflow-runs', workflow: 'deploy.yml', job: 'deploy (eu)' })).toMatchObject({
    workflow: 'deploy.yml',
    job: 'deploy (eu)',
  });
  expect(parse({ source: 'workflow-runs', workflow: '1234567' }).workflow).toBe('1234567');
});

test.each([
  [{}, /^Input source is required for event backfill: expected deployments .* or workflow-runs/],
  [{ source: 'runs' }, /^Input source is "runs": expected deployments/],
  [{ source: 'workflow-runs' }, /^Input workflow is required with source: workflow-runs/],
  [
    { source: 'workflow-runs', workflow: '../deploy.yml' },
    /^Input workflow is "..\/deploy.yml": expected the file name/,
  ],
  [{ source: 'deployments', since: '3y' }, /^Input since is "3y"/],
  [{ source: 'deployments', since: '2023-01-01' }, /^Input since is "2023-01-01", more than two years ago/],
  [{ source: 'deployments', tags: 'not a tag' }, /^Input tags has "not a tag": expected key:value tags/],
  [{ source: 'deployments', service: '' }, /^Input service is required for event backfill/],
])('%j is refused by name', (inputs, message) => {
  expect(refusal(inputs)).toMatch(message);
});

test('inputs of the other source are named in warnings, and ignored', () => {
  expect(parse({ source: 'deployments', workflow: 'deploy.yml', job: 'deploy' }).warnings).toEqual([
    'Input workflow applies to source: workflow-runs only; it is ignored.',
    'Input job applies to source: workflow-runs only; it is ignored.',
  ]);
  expect(parse({ source: 'workflow-runs', workflow: 'deploy.yml', environment: 'production' }).warnings).toEqual([
    'Input environment applies to source: deployments only; it is ignored.',
  ]);
});
