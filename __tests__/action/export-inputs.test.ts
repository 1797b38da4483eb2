// event export's inputs, and the grammar of `since`: a bad one fails naming it, its value and what is accepted.
import { describe, expect, test } from '@jest/globals';
import type { ExportInputs } from '../../src/events/export/inputs.ts';
import { parseInputs } from '../../src/steps/inputs.ts';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const DAY = 86_400_000;
const parse = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  parseInputs((name) => ({ event: 'export', ...inputs })[name] ?? '', env, NOW) as ExportInputs;
const refusal = (inputs: Record<string, string>) => {
  try {
    parse(inputs);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected an InputError for ${JSON.stringify(inputs)}`);
};

const ACCEPTED =
  'expected a time within the last two years (what Datadog keeps): a date (2025-06-01), ISO 8601 with a time zone (2025-06-01T08:00:00Z) or Unix seconds, milliseconds or nanoseconds; or a time back from now, a whole number with h, d or w (36h, 90d, 12w), at most 730d.';

describe('since', () => {
  test('by default, all that Datadog keeps: two years back from now', () => {
    expect(parse({}).since).toEqual(new Date(NOW.getTime() - 730 * DAY));
  });

  test.each([
    ['90d', new Date(NOW.getTime() - 90 * DAY)],
    ['12w', new Date(NOW.getTime() - 84 * DAY)],
    ['36h', new Date(NOW.getTime() - 36 * 3_600_000)],
    ['2 D', new Date(NOW.getTime() - 2 * DAY)],
    ['730d', new Date(NOW.getTime() - 730 * DAY)],
    ['2025-06-01', new Date('2025-06-01T00:00:00Z')],
    ['2025-06-01T08:00:00+02:00', new Date('2025-06-01T06:00:00Z')],
    ['1748736000', new Date('2025-06-01T00:00:00Z')],
  ])('%s is read as %s', (since, expected) => {
    expect(parse({ since }).since).toEqual(expected);
  });

  test.each([
    ['3 months', `Input since is "3 months": ${ACCEPTED}`],
    [
      '90',
      `Input since is "90", more than two years ago: Datadog keeps events two years (from 2024-11-28T12:00:00.000Z); ${ACCEPTED}`,
    ],
    [
      '731d',
      `Input since is "731d", more than two years ago: Datadog keeps events two years (from 2024-11-28T12:00:00.000Z); ${ACCEPTED}`,
    ],
    [
      '2024-11-27',
      `Input since is "2024-11-27", more than two years ago: Datadog keeps events two years (from 2024-11-28T12:00:00.000Z); ${ACCEPTED}`,
    ],
    [
      `${'9'.repeat(39)}w`,
      `Input since is "${'9'.repeat(39)}w", more than two years ago: Datadog keeps events two years (from 2024-11-28T12:00:00.000Z); ${ACCEPTED}`,
    ],
    [
      '2026-12-01',
      `Input since is "2026-12-01", in the future (this runner's clock says 2026-11-28T12:00:00.000Z): ${ACCEPTED}`,
    ],
    ['2025-02-30', `Input since is "2025-02-30": ${ACCEPTED}`],
    ['-90d', `Input since is "-90d": ${ACCEPTED}`],
    ['9'.repeat(41), 'Input since is 41 characters long: at most 40 are accepted.'],
  ])('%j is refused', (since, message) => {
    expect(refusal({ since })).toBe(message);
  });

  test('given to another event, it is named as ignored', () => {
    const inputs = parseInputs((name) => ({ service: 'shop', since: '90d' })[name] ?? '', {}, NOW);
    expect(inputs.warnings).toEqual(['Input since does not apply to event deployment; it is ignored.']);
  });
});

describe('the selection', () => {
  test('every service and env when none is given, or *', () => {
    for (const given of [{}, { service: '*', env: '*' }] as Record<string, string>[]) {
      const inputs = parse(given);
      expect([inputs.services, inputs.envs]).toEqual([undefined, undefined]);
    }
  });

  test('names, separated by commas or newlines, each once; DD_SERVICE and DD_ENV when not given', () => {
    expect(parse({ service: 'shop, cart\ncart', env: 'production' })).toMatchObject({
      services: ['shop', 'cart'],
      envs: ['production'],
    });
    expect(parse({}, { DD_SERVICE: 'shop', DD_ENV: 'staging' })).toMatchObject({
      services: ['shop'],
      envs: ['staging'],
    });
  });

  test.each([
    [
      { service: 'shop, *' },
      'Input service has * beside names: expected * alone, for every service found, or names separated by commas or newlines.',
    ],
    [
      { env: '*,prod' },
      'Input env has * beside names: expected * alone, for every env found, or names separated by commas or newlines.',
    ],
  ])('%j is refused', (inputs, message) => {
    expect(refusal(inputs)).toBe(message);
  });
});
