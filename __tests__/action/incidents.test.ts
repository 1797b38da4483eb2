// A failure as an alert event: what the failure event writes and the report reads back (pure).

import { createHash } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import { requestBodyErrors } from '../../scripts/local/openapi.ts';
import { alertEventRequest, v1EventRequest } from '../../src/datadog/events.ts';
import {
  aggregationKey,
  alertEventOf,
  type FailureFacts,
  incidentFromEvent,
  priorityOf,
  v1EventOf,
} from '../../src/pipeline/incidents.ts';
import { parseInputs } from '../../src/steps/inputs.ts';

const NOW = new Date('2027-01-05T12:00:00.000Z');
const HOUR = 3_600_000;
const facts: FailureFacts = {
  id: '8123456789.1.deploy.0123456789abcdef',
  startedAt: new Date(NOW.getTime() - 2 * HOUR),
  services: ['shop-api', 'checkout'],
  name: 'Checkout down',
  severity: 'SEV-2',
  env: 'production',
  team: 'payments',
  version: 'v1.4.2',
  tags: ['tier:1', 'github.repository:acme/shop', 'github.run_id:8123456789'],
  repositoryUrl: 'https://github.com/acme/shop',
  runUrl: 'https://github.com/acme/shop/actions/runs/8123456789',
};

describe('the alert event of a failure', () => {
  test('open: status error, its start as the timestamp, every tag a reader needs, and a body Datadog takes', () => {
    const event = alertEventOf(facts, NOW);
    expect(event).toMatchObject({
      title: 'Checkout down',
      status: 'error',
      priority: '2',
      aggregationKey: facts.id,
      timestamp: facts.startedAt,
    });
    expect(event.tags).toEqual([
      'tier:1',
      'github.repository:acme/shop',
      'github.run_id:8123456789',
      `dora.failure_id:${facts.id}`,
      'service:shop-api',
      'dora.service:shop-api',
      'dora.service:checkout',
      'env:production',
      'team:payments',
      'version:v1.4.2',
      'severity:SEV-2',
      `dora.started_at:${facts.startedAt.toISOString()}`,
    ]);
    expect(event.custom).toMatchObject({
      failure_id: facts.id,
      started_at: facts.startedAt.toISOString(),
      services: ['shop-api', 'checkout'],
    });
    expect(event.message).toBe(
      `Failure ${facts.id} (SEV-2) of shop-api, checkout (team payments) in production, started ${facts.startedAt.toISOString()}, not resolved yet. Reported by GitHub Actions run https://github.com/acme/shop/actions/runs/8123456789. An incident trail: it does not feed DORA metrics, which come from marked change failures.`,
    );
    expect(requestBodyErrors('POST', '/api/v2/events', alertEventRequest(event, NOW))).toEqual([]);
  });

  test('resolved: status ok, its finish as the timestamp; a start of any age kept in custom and the tags', () => {
    const old = {
      ...facts,
      startedAt: new Date('2026-12-20T08:00:00Z'),
      finishedAt: new Date(NOW.getTime() - 16 * HOUR),
    };
    const event = alertEventOf(old, NOW);
    expect(event).toMatchObject({ status: 'ok', timestamp: old.finishedAt });
    expect(event.custom).toMatchObject({
      started_at: '2026-12-20T08:00:00.000Z',
      finished_at: old.finishedAt.toISOString(),
    });
    expect(event.tags).toContain('dora.started_at:2026-12-20T08:00:00.000Z');
    expect(event.tags).toContain(`dora.finished_at:${old.finishedAt.toISOString()}`);
    expect(requestBodyErrors('POST', '/api/v2/events', alertEventRequest(event, NOW))).toEqual([]);
  });

  test('a moment older than 17 hours, or in the future, is left out for Datadog to stamp the receipt', () => {
    expect(
      alertEventOf({ ...facts, startedAt: new Date(NOW.getTime() - 17 * HOUR - 1) }, NOW).timestamp,
    ).toBeUndefined();
    expect(alertEventOf({ ...facts, startedAt: new Date(NOW.getTime() + 60_000) }, NOW).timestamp).toBeUndefined();
    expect(alertEventOf({ ...facts, startedAt: new Date(NOW.getTime() - 17 * HOUR) }, NOW).timestamp).toEqual(
      new Date(NOW.getTime() - 17 * HOUR),
    );
  });

  test('the client itself refuses a timestamp Datadog would refuse', () => {
    expect(() =>
      alertEventRequest({ ...alertEventOf(facts, NOW), timestamp: new Date(NOW.getTime() - 18 * HOUR - 1) }, NOW),
    ).toThrow('is more than 18 hours old, which Datadog refuses');
  });

  test('a default title without a name; one service tag for one service', () => {
    const event = alertEventOf({ ...facts, name: undefined, services: ['shop-api'], env: undefined }, NOW);
    expect(event.title).toBe('Failure of shop-api');
    expect(event.tags?.filter((tag) => /^(service|dora\.service):/.test(tag))).toEqual([
      'service:shop-api',
      'dora.service:shop-api',
    ]);
    expect(alertEventOf({ ...facts, name: undefined, services: [], team: 'payments' }, NOW).title).toBe(
      'Failure of team payments in production',
    );
  });

  test.each([
    ['SEV-1', '1'],
    ['sev-5', '5'],
    ['SEV3', '3'],
    ['SEV-6', undefined],
    ['High', undefined],
    [undefined, undefined],
  ])('severity %s gives priority %s', (severity, priority) => {
    expect(priorityOf(severity)).toBe(priority);
  });

  test('the aggregation key is the id when it fits in 100 characters, else dora- and 40 hex digits of its SHA-256', () => {
    expect(aggregationKey('x'.repeat(100))).toBe('x'.repeat(100));
    const long = 'y'.repeat(128);
    expect(aggregationKey(long)).toBe(`dora-${createHash('sha256').update(long).digest('hex').slice(0, 40)}`);
    expect(aggregationKey(long)).toHaveLength(45);
  });

  test('through v1: the same title, tags and key, alert type error then success, a body Datadog takes', () => {
    const open = v1EventOf(facts, NOW);
    expect(open).toMatchObject({
      title: 'Checkout down',
      alertType: 'error',
      aggregationKey: facts.id,
      dateHappened: facts.startedAt,
    });
    expect(open.tags).toEqual(alertEventOf(facts, NOW).tags);
    expect(requestBodyErrors('POST', '/api/v1/events', v1EventRequest(open, NOW))).toEqual([]);
    expect(v1EventOf({ ...facts, finishedAt: NOW }, NOW).alertType).toBe('success');
  });
});

describe('read back', () => {
  test('a v2 event: times from custom, services from the tags', () => {
    const event = alertEventOf({ ...facts, finishedAt: NOW }, NOW);
    const reading = incidentFromEvent({
      id: 'AgAAA1',
      tags: event.tags ?? [],
      status: 'ok',
      title: event.title,
      timestamp: NOW,
      custom: event.custom!,
    });
    expect(reading).toEqual({
      id: facts.id,
      startedAt: facts.startedAt,
      finishedAt: NOW,
      services: ['shop-api', 'checkout'],
      env: 'production',
      name: 'Checkout down',
      severity: 'SEV-2',
    });
  });

  test('a v1 event, without custom: times from the tags', () => {
    const event = v1EventOf(facts, NOW);
    expect(incidentFromEvent({ id: 'AgAAA2', tags: event.tags ?? [], status: 'error', timestamp: NOW })).toMatchObject({
      id: facts.id,
      startedAt: facts.startedAt,
      services: ['shop-api', 'checkout'],
    });
  });

  test("an event without the failure-id tag is not the action's", () => {
    expect(incidentFromEvent({ id: 'AgAAA3', tags: ['service:shop-api'], status: 'error' })).toBeUndefined();
  });
});

describe("the failure's tags are counted in Datadog's 100 from now on", () => {
  const parse = (inputs: Record<string, string>) =>
    parseInputs((name) => ({ event: 'failure', ...inputs })[name] ?? '', {}, NOW);
  const tags = (n: number) => Array.from({ length: n }, (_, i) => `k${i}:v`).join(',');

  test('with one service, env and severity: 5 of the run, 8 of an alert event (version and finish counted always), so 87', () => {
    const inputs = { service: 'shop-api', env: 'production', severity: 'SEV-1' };
    expect(() => parse({ ...inputs, tags: tags(87) })).not.toThrow();
    expect(() => parse({ ...inputs, tags: tags(88) })).toThrow(
      "Input tags has 88 tags: Datadog accepts 100 per event, and a failure carries 13 of the action's (the run's, and an alert event's: its id, services, env, team, version, severity and times), so at most 87 here.",
    );
  });

  test('every service adds one', () => {
    expect(() => parse({ service: 'a', tags: tags(90) })).toThrow('so at most 89 here');
    expect(() => parse({ service: 'a,b,c', tags: tags(87) })).not.toThrow();
    expect(() => parse({ service: 'a,b,c', tags: tags(88) })).toThrow('so at most 87 here');
  });
});
