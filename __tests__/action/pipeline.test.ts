// The pipeline in process, against the stand-in: the ids a request carries are output whatever
// its answer, so a later step can find, resolve or resend the event.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { API_KEY, type FakeDatadog, type Misbehaviour } from '../../scripts/local/fake-datadog.ts';
import { parseFileCommands } from '../../scripts/local/runner.ts';
import { deliver } from '../../src/action/pipeline.ts';
import type { SendResult } from '../../src/datadog/types.ts';
import { standInForEachTest } from '../stand-in.ts';
import { beforeRetirement } from '../clock.ts';

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));

const savedEnv = { ...process.env };
const write = process.stdout.write;
let printed = '';
beforeEach(() => {
  process.env.GITHUB_OUTPUT = join(mkdtempSync(join(tmpdir(), 'pipeline-')), 'output');
  writeFileSync(process.env.GITHUB_OUTPUT, '');
  // The runner's commands (warnings) are kept from the test runner's output, and read.
  printed = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  }) as typeof process.stdout.write;
});
afterEach(() => {
  process.stdout.write = write;
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

const SENT_ID = 'failure-0123456789abcdef';
const FAILURE = '/api/v2/dora/failure';

async function sendFailure(...answers: Misbehaviour[]): Promise<{ outputs: Record<string, string>; summary: string }> {
  datadog.misbehaveOn(FAILURE, ...answers);
  let summary = '';
  await deliver<SendResult>(
    {
      subject: 'DORA failure',
      failed: 'not sent',
      needs: { api: 'to send a failure' },
      send: ({ writer }) => writer.sendFailure({ id: SENT_ID, startedAt: new Date('2026-11-27T10:00:00Z'), services: ['shop-api'] }),
      accepted: () => 'accepted',
      ids: () => ({ 'failure-id': SENT_ID }),
      outputs: (result) => ({ 'failure-id': result.id }),
      wouldHave: () => 'nothing',
      summary: (outcome) => (summary = JSON.stringify(outcome)),
    },
    { endpoint: { baseUrl: datadog.url }, dryRun: false, failOnError: false, keys: { apiKey: API_KEY }, clock: beforeRetirement },
  );
  return { outputs: parseFileCommands(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8')), summary };
}

describe('the ids a request carries are output whatever its answer', () => {
  test('accepted: the answer’s id', async () => {
    const { outputs } = await sendFailure();
    expect(outputs).toEqual({ 'failure-id': SENT_ID });
  });

  test('its answer lost, then no time left to retry: the id sent, and the outcome unknown', async () => {
    const { outputs, summary } = await sendFailure({ lose: 'reset', store: false }, { status: 429, headers: { 'x-ratelimit-reset': '3600' } });
    expect(outputs).toEqual({ 'failure-id': SENT_ID });
    expect(JSON.parse(summary)).toMatchObject({ kind: 'failed', mayHaveArrived: true });
    expect(printed).toMatch(/^::warning title=DORA failure%3A outcome unknown::.* The failure may or may not have arrived at Datadog/m);
  });

  test('refused: the id sent all the same, for a later step to send it again', async () => {
    const { outputs, summary } = await sendFailure({ status: 400, body: { errors: ['Bad Request'] } });
    expect(outputs).toEqual({ 'failure-id': SENT_ID });
    expect(JSON.parse(summary)).toMatchObject({ kind: 'failed', mayHaveArrived: false });
  });
});
