// The pipeline in process: an event's steps return values, and deliver tells them in order (log,
// annotations, outputs, summary), through the real client against the stand-in or, in a dry run,
// the client that records. The ids a request carries are output whatever its answer.
import { describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog, type Misbehaviour } from '../../scripts/local/fake-datadog.ts';
import { DatadogApiError, DatadogConfigError } from '../../src/datadog/errors.ts';
import type { SendResult } from '../../src/datadog/results.ts';
import { NotLookedUp } from '../../src/pipeline/latest.ts';
import { type Delivery, deliver, type StepSettings } from '../../src/pipeline/pipeline.ts';
import { NothingFound } from '../../src/runner/outcome.ts';
import { standInForEachTest } from '../stand-in.ts';
import { stepInProcessForEachTest } from './step.ts';

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));
const step = stepInProcessForEachTest();

const FOUND = 'deployment-found-1';
const SENT_ID = 'deploy-0123456789abcdef';
const DEPLOYMENT = '/api/v2/dora/deployment';
const startedAt = new Date('2026-11-27T10:00:00Z');

/** A deployment that a lookup names, whose sending is followed by a step of its own and a check of an id given. */
function delivery(changes: Partial<Delivery<string, SendResult>> = {}): Delivery<string, SendResult> {
  return {
    subject: 'DORA deployment',
    failed: 'not sent',
    needs: { api: 'to send a deployment' },
    prepare: () => ({
      prepared: FOUND,
      ids: { 'deployment-id': SENT_ID, 'found-id': FOUND },
      said: [{ info: `Found ${FOUND}.` }],
    }),
    async send(writer, found) {
      const result = await writer.sendDeployment({
        id: SENT_ID,
        service: 'shop-api',
        startedAt,
        finishedAt: startedAt,
        customTags: [`found:${found}`],
      });
      return {
        result,
        accepted: `Datadog accepted ${result.id}.`,
        outputs: { 'deployment-id': `${result.id}-as-answered` },
        follow: async () => ({ said: [{ info: 'Linked.' }], summary: 'linked' }),
        check: [{ id: 'unknown-deployment', input: 'remediates' }],
      };
    },
    wouldHave: (record) =>
      'notLookedUp' in record
        ? `${record.notLookedUp}, then sent`
        : `${record.requests.map((r) => r.method).join(', ')} about ${record.prepared}`,
    summary: ({ outcome, prepared, result, followed }) =>
      JSON.stringify({
        outcome: outcome.kind,
        ...(outcome.kind === 'dry-run' ? { what: outcome.what } : {}),
        prepared,
        result: result?.id,
        followed,
      }),
    ...changes,
  };
}

const settings = (changes: Partial<StepSettings> = {}): StepSettings => ({
  endpoint: { baseUrl: datadog.url },
  dryRun: false,
  failOnError: false,
  keys: { apiKey: API_KEY, appKey: APP_KEY },
  runtime: step.runtime(),
  ...changes,
});

const lines = () => step.log().trimEnd().split('\n');
const summary = () => JSON.parse(step.summary());
const sent = () => datadog.requests.filter((request) => request.path === DEPLOYMENT);

describe('what each step returns is told, in order', () => {
  test('sent: the lookup’s line, Datadog’s acceptance, what followed, the check of the ids given; the ids and outputs; the summary of every step', async () => {
    await deliver(delivery(), settings());

    expect(lines()).toEqual([
      `Found ${FOUND}.`,
      `Datadog accepted ${SENT_ID}.`,
      'Linked.',
      '::warning title=Deployment not known to Datadog::Datadog knows no deployment unknown-deployment (input remediates): if the id is wrong, the mark has no effect. Datadog may also not show yet a deployment sent seconds ago.',
    ]);
    // An output from the answer replaces the id of the same name known before it.
    expect(step.outputs()).toEqual({ 'deployment-id': `${SENT_ID}-as-answered`, 'found-id': FOUND });
    expect(summary()).toEqual({ outcome: 'done', prepared: FOUND, result: SENT_ID, followed: 'linked' });
    expect(
      (sent()[0]?.body as { data: { attributes: { custom_tags: string[] } } }).data.attributes.custom_tags,
    ).toEqual([`found:${FOUND}`]);
    expect(step.exitCode()).toBe(0);
  });

  test('a dry run, through the client that records: no acceptance said, its requests shown after what followed, nothing sent', async () => {
    await deliver(delivery(), settings({ dryRun: true, keys: {} }));

    const log = lines();
    expect(log.slice(0, 3)).toEqual([
      `Found ${FOUND}.`,
      'Linked.',
      'Dry run: nothing is sent. This is the request that would go to Datadog:',
    ]);
    expect(log[3]).toBe(`POST ${datadog.url}${DEPLOYMENT}`);
    expect(step.log()).not.toContain('Datadog accepted');
    // Without both keys a dry run reads nothing: the ids given are not checked.
    expect(step.log()).not.toContain('::warning');
    expect(summary()).toEqual({
      outcome: 'dry-run',
      what: `POST about ${FOUND}`,
      prepared: FOUND,
      result: SENT_ID,
      followed: 'linked',
    });
    expect(datadog.requests).toEqual([]);
  });

  test('a dry run whose lookup needs both keys: what it would look up, said once, and nothing else', async () => {
    const lookup = 'the latest deployment of shop-api in production (the last 30 days)';
    await deliver(
      delivery({ prepare: () => Promise.reject(new NotLookedUp(lookup)) }),
      settings({ dryRun: true, keys: {} }),
    );

    expect(lines()).toEqual([`Dry run: ${lookup}, then sent`]);
    expect(step.outputs()).toEqual({});
    expect(summary()).toEqual({ outcome: 'dry-run', what: `${lookup}, then sent` });
    expect(datadog.requests).toEqual([]);
  });

  test('what followed went wrong: its warning, after the acceptance; the deployment is still sent', async () => {
    const refused = new NothingFound('The remediated deployment was not marked.');
    await deliver(
      delivery({
        send: async (writer) => ({
          ...(await sendOnly(writer)),
          follow: async () => ({
            said: [{ problem: refused, what: 'Remediated deployment', failed: 'not marked' }],
            summary: 'not marked',
          }),
        }),
      }),
      settings({ failOnError: true }),
    );

    expect(lines()).toEqual([
      `Found ${FOUND}.`,
      `Datadog accepted ${SENT_ID}.`,
      '::warning title=Remediated deployment not marked::The remediated deployment was not marked.',
    ]);
    expect(summary()).toMatchObject({ outcome: 'done', followed: 'not marked' });
    // Nothing found is never a failure, even with fail-on-error.
    expect(step.exitCode()).toBe(0);
  });

  test('a configuration problem is not told here: it fails the step where it is caught, and no summary is written', async () => {
    const problem = new DatadogConfigError('The deployment id "x" is not valid.');
    await expect(deliver(delivery({ send: () => Promise.reject(problem) }), settings())).rejects.toBe(problem);
    expect(step.summary()).toBe('');
    expect(step.outputs()).toEqual({});
  });
});

async function sendOnly(writer: Parameters<Delivery<string, SendResult>['send']>[0]) {
  const result = await writer.sendDeployment({ id: SENT_ID, service: 'shop-api', startedAt, finishedAt: startedAt });
  return { result, accepted: `Datadog accepted ${result.id}.` };
}

describe('the ids a request carries are output whatever its answer', () => {
  const sendWith = async (...answers: Misbehaviour[]) => {
    datadog.misbehaveOn(DEPLOYMENT, ...answers);
    await deliver(delivery({ send: sendOnly }), settings({ keys: { apiKey: API_KEY } }));
  };

  test('accepted: the answer’s outputs over the ids known before', async () => {
    await sendWith();
    expect(step.outputs()).toEqual({ 'deployment-id': SENT_ID, 'found-id': FOUND });
  });

  test('its answer lost: the ids known, and the outcome unknown', async () => {
    const lost = new DatadogApiError({
      operation: 'send deployment',
      kind: 'network',
      summary: 'the connection was reset',
      attempts: 2,
      mayHaveArrived: true,
    });
    await deliver(delivery({ send: () => Promise.reject(lost) }), settings());
    expect(step.outputs()).toEqual({ 'deployment-id': SENT_ID, 'found-id': FOUND });
    expect(summary()).toEqual({ outcome: 'failed', prepared: FOUND });
    expect(step.log()).toMatch(
      /^::warning title=DORA deployment%3A outcome unknown::.* The deployment may or may not have arrived at Datadog/m,
    );
  });

  test('refused: the ids all the same, for a later step to send it again; no result in the summary', async () => {
    await sendWith({ status: 400, body: { errors: ['Bad Request'] } });
    expect(step.outputs()).toEqual({ 'deployment-id': SENT_ID, 'found-id': FOUND });
    expect(summary()).toEqual({ outcome: 'failed', prepared: FOUND });
    expect(step.log()).toMatch(
      /^::warning title=DORA deployment not sent::Datadog send deployment failed after 1 attempt: Datadog answered HTTP 400/m,
    );
  });

  test('a lookup that found nothing: no ids, a warning, nothing sent', async () => {
    await deliver(
      delivery({
        prepare: () => Promise.reject(new NothingFound('No deployment of shop-api in production was found.')),
      }),
      settings({ failOnError: true }),
    );
    expect(step.outputs()).toEqual({});
    expect(lines()).toEqual([
      '::warning title=DORA deployment not sent::No deployment of shop-api in production was found.',
    ]);
    expect(summary()).toEqual({ outcome: 'failed' });
    expect(sent()).toEqual([]);
  });
});
