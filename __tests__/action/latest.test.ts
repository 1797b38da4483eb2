// `latest`: the deployment Datadog's answer names is written on only when it answers what was
// asked. A real client against the stand-in, which answers as told.
import { describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { createDoraClient } from '../../src/datadog/index.ts';
import type { Deployment } from '../../src/datadog/results.ts';
import { ForeignAnswer, findLatestDeployment, type LatestLookup, mismatches } from '../../src/pipeline/latest.ts';
import { beforeRetirement } from '../clock.ts';
import { standInForEachTest } from '../stand-in.ts';

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));
const reader = () =>
  createDoraClient({
    clock: beforeRetirement,
    baseUrl: datadog.url,
    apiKey: API_KEY,
    appKey: APP_KEY,
    timing: { maxAttempts: 1 },
  });

const now = new Date('2026-11-27T12:00:00Z');
const from = new Date('2026-10-28T12:00:00Z');
const lookup: LatestLookup = {
  service: 'shop-api',
  env: 'production',
  stepStartedAt: now,
  own: [{ id: 'this-deployment-0001', as: 'this deployment, which this step sends' }],
  otherwise: 'Nothing was marked.',
};
const found: Deployment = {
  id: 'previous-0001',
  service: 'shop-api',
  env: 'production',
  startedAt: new Date('2026-11-27T10:00:00Z'),
  finishedAt: new Date('2026-11-27T10:05:00Z'),
  customTags: [],
};

describe('what makes an answer not one to the lookup', () => {
  test('the deployment asked for: none', () => {
    expect(mismatches(found, lookup, from)).toEqual([]);
  });

  test('service and env in another letter case are the same, as Datadog matches them', () => {
    expect(mismatches({ ...found, service: 'Shop-API', env: 'PRODUCTION' }, lookup, from)).toEqual([]);
  });

  test.each<[string, Partial<Deployment>, string]>([
    ['another service', { service: 'checkout' }, 'its service is "checkout", not "shop-api"'],
    ['a service that only starts the same', { service: 'shop-api-v2' }, 'its service is "shop-api-v2", not "shop-api"'],
    ['no service', { service: '' }, 'its service is missing, not "shop-api"'],
    ['another env', { env: 'staging' }, 'its env is "staging", not "production"'],
    ['no env', { env: undefined }, 'its env is missing, not "production"'],
    ['no finish time', { finishedAt: undefined }, 'it has no finish time'],
    [
      'a finish after this step started',
      { finishedAt: new Date('2026-11-27T12:00:02Z') },
      'it finished at 2026-11-27T12:00:02.000Z, after this step started (2026-11-27T12:00:00.000Z)',
    ],
    [
      'a finish before the window',
      { finishedAt: new Date('2026-10-01T00:00:00Z') },
      'it finished at 2026-10-01T00:00:00.000Z, before the 30 days asked',
    ],
    ['this very deployment', { id: 'this-deployment-0001' }, 'it is this deployment, which this step sends'],
    ['an id no path may hold', { id: '..' }, 'its id is not one (an id of periods alone is not an id)'],
    [
      'a value that would break a line',
      { service: 'shop-api\n::error::x' },
      'its service is "shop-api\\n::error::x", not "shop-api"',
    ],
  ])('%s', (_name, change, problem) => {
    expect(mismatches({ ...found, ...change }, lookup, from)).toEqual([problem]);
  });

  test('within the second Datadog rounds to, a bound is kept', () => {
    expect(mismatches({ ...found, finishedAt: new Date('2026-11-27T12:00:01Z') }, lookup, from)).toEqual([]);
    expect(mismatches({ ...found, finishedAt: new Date(from.getTime() - 1000) }, lookup, from)).toEqual([]);
  });
});

describe('findLatestDeployment against the stand-in', () => {
  const answerWith = (attributes: Record<string, unknown>, id = 'other-service-0001') =>
    datadog.misbehaveOn('/api/v2/dora/deployments', {
      status: 200,
      body: { data: [{ id, type: 'dora_deployment', attributes }] },
    });

  test('the latest of the service in the env', async () => {
    datadog.seed({
      deployments: [
        {
          id: 'previous-0001',
          service: 'shop-api',
          env: 'production',
          started_at: Date.parse('2026-11-27T10:00:00Z'),
          finished_at: Date.parse('2026-11-27T10:05:00Z'),
        },
      ],
    });
    await expect(findLatestDeployment(reader(), lookup, now)).resolves.toBe('previous-0001');
  });

  test("an answer naming another service's deployment is refused, saying what was asked, what came, and what follows", async () => {
    answerWith({
      service: 'checkout',
      env: 'production',
      started_at: '2026-11-27T10:00:00Z',
      finished_at: '2026-11-27T10:05:00Z',
    });
    const refusal = await findLatestDeployment(reader(), lookup, now).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ForeignAnswer);
    expect((refusal as Error).message).toBe(
      'Datadog answered the lookup of the latest deployment of shop-api in production (the last 30 days) with deployment "other-service-0001", which does not match it: its service is "checkout", not "shop-api". Nothing was marked.',
    );
  });

  test('every mismatch is named at once', async () => {
    answerWith(
      { service: 'checkout', env: 'staging', started_at: '2026-11-27T11:59:00Z', finished_at: '2026-11-27T12:30:00Z' },
      'this-deployment-0001',
    );
    await expect(findLatestDeployment(reader(), lookup, now)).rejects.toThrow(
      'which does not match it: its service is "checkout", not "shop-api"; its env is "staging", not "production"; it finished at 2026-11-27T12:30:00.000Z, after this step started (2026-11-27T12:00:00.000Z); it is this deployment, which this step sends. Nothing was marked.',
    );
  });

  test('the one deployment answered, left out as malformed, is refused too: not taken for "nothing found"', async () => {
    answerWith(
      { service: 'shop-api', env: 'production', started_at: 'yesterday', finished_at: '2026-11-27T10:05:00Z' },
      'malformed-0001',
    );
    await expect(findLatestDeployment(reader(), lookup, now)).rejects.toThrow(
      /^Datadog answered the lookup of the latest deployment of shop-api in production \(the last 30 days\) with deployment "malformed-0001", which does not parse: .*started_at.*\. Nothing was marked\.$/,
    );
  });

  test('nothing found is not foreign', async () => {
    await expect(findLatestDeployment(reader(), lookup, now)).resolves.toBeUndefined();
  });
});
