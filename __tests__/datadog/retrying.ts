// What the tests of retries and lost answers share: a deployment to send, a stand-in for each
// test, and a client on it whose log lines are kept and checked for keys.
import { afterEach, beforeEach, expect } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import {
  createDoraClient,
  DatadogApiError,
  type DeploymentEvent,
  type DoraClient,
  type Timing,
} from '../../src/datadog/index.ts';
import { beforeRetirement } from '../clock.ts';
import { standInForEachTest } from '../stand-in.ts';

export const deployment: DeploymentEvent = {
  id: 'deploy-0123456789abcdef',
  service: 'shopist',
  startedAt: new Date('2026-11-27T10:00:00Z'),
  finishedAt: new Date('2026-11-27T10:05:00Z'),
};

export interface RetryingClients {
  /** What the client logged (its retries), in this test. */
  logs: string[];
  clientWith(timing: Partial<Timing>, baseUrl?: string): DoraClient;
}

/** A stand-in for each test, and clients on it that log; no key in any line they logged. */
export function retryingClientsForEachTest(use: (server: FakeDatadog) => void): RetryingClients {
  let server: FakeDatadog;
  const logs: string[] = [];
  standInForEachTest((standIn) => use((server = standIn)));
  beforeEach(() => {
    logs.length = 0;
  });
  afterEach(() => {
    expect(logs.join('\n')).not.toContain(API_KEY);
    expect(logs.join('\n')).not.toContain(APP_KEY);
  });
  return {
    logs,
    clientWith: (timing, baseUrl = server.url) =>
      createDoraClient({
        clock: beforeRetirement,
        baseUrl,
        apiKey: API_KEY,
        appKey: APP_KEY,
        timing,
        log: (line) => logs.push(line),
      }),
  };
}

/** The DatadogApiError a call ends with. */
export async function failureOf(promise: Promise<unknown>): Promise<DatadogApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatadogApiError);
  return error as DatadogApiError;
}
