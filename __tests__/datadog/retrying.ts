// What the tests of retries and lost answers share: a deployment to send, a stand-in for each
// test, and a client on it whose log lines are kept and checked for keys, timed by the test's time:
// backoffs pass at once, and an attempt that gets no answer is cut when the test moves time.
import { afterEach, beforeEach, expect } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import {
  createDoraClient,
  DatadogApiError,
  type DeploymentEvent,
  type DoraClient,
  type Timing,
} from '../../src/datadog/index.ts';
import { TestTime } from '../clock.ts';
import { standInForEachTest } from '../stand-in.ts';

export const deployment: DeploymentEvent = {
  id: 'deploy-0123456789abcdef',
  service: 'shopist',
  startedAt: new Date('2026-11-27T10:00:00Z'),
  finishedAt: new Date('2026-11-27T10:05:00Z'),
};

/** One attempt as the timer saw it: when it began on the test's time, its timeout, and its deadline. */
export interface TimedAttempt {
  at: number;
  timeoutMs: number;
  deadline: AbortSignal;
}

/** The test's timer, noting each attempt's deadline as the client asks for it. */
export function attemptsOn(time: TestTime, attempts: TimedAttempt[]) {
  return {
    ...time.timer,
    deadline: (ms: number): AbortSignal => {
      const deadline = time.timer.deadline(ms);
      attempts.push({ at: time.now(), timeoutMs: ms, deadline });
      return deadline;
    },
  };
}

/** One turn of the event loop: sockets move, the test's time does not. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Whether the call has ended, looked at without waiting for it (which also handles its failure). */
function ending(call: Promise<unknown>): () => boolean {
  let ended = false;
  call.then(
    () => (ended = true),
    () => (ended = true),
  );
  return () => ended;
}

/** Turns the event loop until the stand-in has received `count` requests; throws when the call ends first. */
export async function received(server: FakeDatadog, count: number, call: Promise<unknown>): Promise<void> {
  const ended = ending(call);
  while (server.requests.length < count) {
    if (ended()) throw new Error(`The call ended before the stand-in received request ${count}.`);
    await turn();
  }
}

export interface RetryingClients {
  /** What the client logged (its retries), in this test. */
  logs: string[];
  /** This test's time, from the day before DORA incidents retire: its clients' clock and timer. */
  time(): TestTime;
  /** Every attempt of this test's clients, in order. */
  attempts: TimedAttempt[];
  /** The test time between one attempt's start and the next's: a backoff, after a timeout if one was cut. */
  gaps(): number[];
  clientWith(timing?: Partial<Timing>, baseUrl?: string): DoraClient;
  /**
   * Lets the request numbered `count` (from 1, as the stand-in counts them) go unanswered: once the
   * stand-in has it, the test's time moves to its attempt's deadline, which cuts it.
   */
  cut(count: number, call: Promise<unknown>): Promise<void>;
  /** Lets every request of the call go unanswered, each cut at its deadline, until the call ends. */
  leaveUnanswered<T>(call: Promise<T>): Promise<T>;
}

/** A stand-in for each test, and clients on it that log; no key in any line they logged. */
export function retryingClientsForEachTest(use: (server: FakeDatadog) => void): RetryingClients {
  let server: FakeDatadog;
  let time = new TestTime();
  const logs: string[] = [];
  const attempts: TimedAttempt[] = [];
  standInForEachTest((standIn) => use((server = standIn)));
  beforeEach(() => {
    logs.length = 0;
    attempts.length = 0;
    time = new TestTime();
  });
  afterEach(() => {
    expect(logs.join('\n')).not.toContain(API_KEY);
    expect(logs.join('\n')).not.toContain(APP_KEY);
  });
  const cut = async (count: number, call: Promise<unknown>) => {
    await received(server, count, call);
    // The request came from the attempt begun last, and nothing has moved the time since it began.
    const attempt = attempts.at(-1)!;
    expect(time.now()).toBe(attempt.at);
    time.advance(attempt.timeoutMs);
    expect(attempt.deadline.aborted).toBe(true);
  };
  return {
    logs,
    time: () => time,
    attempts,
    gaps: () => attempts.slice(1).map((attempt, i) => attempt.at - attempts[i]!.at),
    clientWith: (timing = {}, baseUrl = server.url) =>
      createDoraClient({
        clock: time.clock,
        timer: attemptsOn(time, attempts),
        baseUrl,
        apiKey: API_KEY,
        appKey: APP_KEY,
        timing,
        log: (line) => logs.push(line),
      }),
    cut,
    leaveUnanswered: async (call) => {
      const ended = ending(call);
      for (let count = server.requests.length + 1; ; count++) {
        while (server.requests.length < count && !ended()) await turn();
        if (ended()) return call;
        await cut(count, call);
      }
    },
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
