// What the report reads from Datadog is held to its grammar and its paging to bounds: the action's
// steps, run in this process as the runner runs them, against a stand-in whose list answers ignore
// the window or hold fields of the wrong type.
import { describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { type JobRun, readable } from '../../scripts/local/runner.ts';
import { weekStart } from '../../src/pipeline/weeks.ts';
import { BEFORE_RETIREMENT } from '../clock.ts';
import { type InProcessJobOptions, runJobInProcess } from '../job.ts';
import { tracked } from '../secrets.ts';
import { standInForEachTest } from '../stand-in.ts';

const HOUR = 3_600_000;
const clock = BEFORE_RETIREMENT;
// A week inside the window of `weeks: 4`.
const WEEK = weekStart(clock).getTime() - 2 * 168 * HOUR;

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));

const report = (options: InProcessJobOptions = {}): Promise<JobRun> =>
  runJobInProcess({
    clock,
    ...options,
    inputs: {
      event: 'report',
      'api-url': datadog.url,
      service: 'shop',
      env: 'production',
      weeks: '4',
      'github-token': '',
      ...options.inputs,
    },
    env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, ...options.env },
  }).then(tracked);

/** A deployment as Datadog's list answers hold one, in the window, with `attributes` over a well-formed one's. */
const answered = (i: number, attributes: Record<string, unknown> = {}) => ({
  id: `shop-deploy-${String(i).padStart(4, '0')}`,
  type: 'dora_deployment',
  attributes: {
    service: 'shop',
    env: 'production',
    started_at: new Date(WEEK + i * 60_000).toISOString(),
    finished_at: new Date(WEEK + i * 60_000 + 600_000).toISOString(),
    ...attributes,
  },
});

describe('a list answer that ignores the window', () => {
  // The same full page of 1000 deployments, whatever from and to say.
  const ignoring = () =>
    datadog.misbehaveOn(
      '/api/v2/dora/deployments',
      ...Array.from({ length: 20 }, () => ({
        status: 200,
        body: { data: Array.from({ length: 1000 }, (_, i) => answered(i)) },
      })),
    );
  const PARTIAL =
    "The deployments were read in part: Datadog's answer ignored the window asked (it held events outside it, or the same ones again), so reading stopped after 2 requests. The figures are partial.";

  test('reading stops at its second answer; a warning and the summary say the figures are partial, and the report goes on', async () => {
    ignoring();
    const main = (await report()).step('main')!;
    expect([main.exitCode, main.outputs.deployments]).toEqual([0, '1000']);
    expect(main.log).toContain(`Warning: ${PARTIAL} The job keeps its result (fail-on-error is false).`);
    expect(datadog.requests.filter((r) => r.path === '/api/v2/dora/deployments')).toHaveLength(2);
    const summary = readable(main.summary);
    expect(summary).toContain("- **Datadog's answers could not be read to the end**: the figures are partial.");
    expect(summary).toContain(PARTIAL);
  });

  test('with fail-on-error, a broken answer fails the step, as Datadog failing does; the figures are still given', async () => {
    ignoring();
    const main = (await report({ inputs: { 'fail-on-error': 'true' } })).step('main')!;
    expect([main.exitCode, main.outputs.deployments]).toEqual([1, '1000']);
    expect(main.log).toContain(`Error: ${PARTIAL}`);
  });
});

describe('a list answer with fields of the wrong type', () => {
  const malformed = () =>
    datadog.misbehaveOn('/api/v2/dora/deployments', {
      status: 200,
      body: {
        data: [
          answered(1),
          answered(2, { custom_tags: 'dora.remediates:shop-deploy-0001' }),
          answered(3, { service: { name: 'shop' } }),
          answered(4, { started_at: 'a\n::error::injected' }),
        ],
      },
    });
  const LEFT_OUT = `Datadog's answers for deployments: 2 events were malformed and left out; 1 malformed field was dropped from the events kept. For example, deployment shop-deploy-0002: custom_tags is "dora.remediates:shop-deploy-0001": expected a list of at most 100.`;

  test('custom_tags as a string, a service that is an object, a start that is no time: a warning names them, and the report counts the rest', async () => {
    malformed();
    const main = (await report()).step('main')!;
    expect([main.exitCode, main.outputs.deployments]).toEqual([0, '2']);
    expect(main.log).toContain(`Warning: ${LEFT_OUT}`);
    expect(main.log).not.toContain('is not a function');
    expect(readable(main.summary)).toContain(LEFT_OUT);
  });

  test('with fail-on-error too: events left out are a warning, never a failure', async () => {
    malformed();
    const main = (await report({ inputs: { 'fail-on-error': 'true' } })).step('main')!;
    expect([main.exitCode, main.outputs.deployments]).toEqual([0, '2']);
    expect(main.log).toContain(`Warning: ${LEFT_OUT}`);
  });
});
