// event report's inputs: each parsed once into a typed value; a bad one fails naming it.
import { describe, expect, test } from '@jest/globals';
import type { ReportInputs } from '../../src/events/report/inputs.ts';
import { parseInputs } from '../../src/steps/inputs.ts';

const parse = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  parseInputs((name) => ({ event: 'report', ...inputs })[name] ?? '', env) as ReportInputs;
const refusal = (inputs: Record<string, string>, env: Record<string, string> = {}) => {
  try {
    parse(inputs, env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected an InputError for ${JSON.stringify(inputs)}`);
};

describe('the selection', () => {
  test('services and envs, separated by commas or newlines, or * for every one found', () => {
    expect(parse({ service: 'shop, cart\ncart', env: 'prod,staging' })).toMatchObject({
      services: ['shop', 'cart'],
      envs: ['prod', 'staging'],
      weeks: 12,
      thresholds: {},
    });
    const every = parse({ service: '*', env: '*' });
    expect([every.services, every.envs]).toEqual([undefined, undefined]);
  });

  test('default to DD_SERVICE and DD_ENV; without an env, every env found', () => {
    expect(parse({}, { DD_SERVICE: 'shop', DD_ENV: 'prod' })).toMatchObject({ services: ['shop'], envs: ['prod'] });
    expect(parse({ service: 'shop' }).envs).toBeUndefined();
  });

  test.each([
    [
      {},
      'Input service is required for event report: the services to report on, separated by commas or newlines, or * for every service (or set env DD_SERVICE).',
    ],
    [
      { service: 'shop, *' },
      'Input service has * beside names: expected * alone, for every service found, or names separated by commas or newlines.',
    ],
    [
      { service: 'shop', env: '*,prod' },
      'Input env has * beside names: expected * alone, for every env found, or names separated by commas or newlines.',
    ],
  ])('%j is refused', (inputs, message) => {
    expect(refusal(inputs)).toBe(message);
  });
});

describe('weeks and the gate’s thresholds', () => {
  test('read in their units: percent, seconds, deployments per week', () => {
    expect(
      parse({
        service: 's',
        weeks: '104',
        'max-change-failure-rate': '15%',
        'max-change-lead-time': '2d',
        'max-recovery-time': '90m',
        'min-deployments-per-week': '0.5',
      }),
    ).toMatchObject({
      weeks: 104,
      thresholds: {
        maxChangeFailureRate: 15,
        maxChangeLeadTime: 172_800,
        maxRecoveryTime: 5400,
        minDeploymentsPerWeek: 0.5,
      },
    });
    expect(parse({ service: 's', 'max-change-lead-time': '3600', 'max-recovery-time': '1.5w' }).thresholds).toEqual({
      maxChangeLeadTime: 3600,
      maxRecoveryTime: 907_200,
    });
  });

  test.each([
    [
      'weeks',
      '0',
      'Input weeks is "0": expected a whole number of weeks from 1 to 104 (Datadog keeps events two years).',
    ],
    [
      'weeks',
      '105',
      'Input weeks is "105": expected a whole number of weeks from 1 to 104 (Datadog keeps events two years).',
    ],
    [
      'weeks',
      '4.5',
      'Input weeks is "4.5": expected a whole number of weeks from 1 to 104 (Datadog keeps events two years).',
    ],
    [
      'max-change-failure-rate',
      '101%',
      'Input max-change-failure-rate is "101%": expected a percentage from 0 to 100, as 15 or 15%.',
    ],
    [
      'max-change-failure-rate',
      '-1',
      'Input max-change-failure-rate is "-1": expected a percentage from 0 to 100, as 15 or 15%.',
    ],
    [
      'max-change-lead-time',
      '2 days',
      'Input max-change-lead-time is "2 days": expected a duration: a number with s, m, h, d or w (30m, 2d, 1.5w), or a number of seconds.',
    ],
    [
      'max-recovery-time',
      '1e3',
      'Input max-recovery-time is "1e3": expected a duration: a number with s, m, h, d or w (30m, 2d, 1.5w), or a number of seconds.',
    ],
    [
      'min-deployments-per-week',
      'many',
      'Input min-deployments-per-week is "many": expected a number of deployments per week, as 5 or 0.5.',
    ],
  ])('%s %j is refused', (input, value, message) => {
    expect(refusal({ service: 's', [input]: value })).toBe(message);
  });

  test('report’s inputs given to another event are named as ignored, and the deploy goes on', () => {
    const inputs = parseInputs(
      (name) => ({ service: 'shop', weeks: '4', 'max-change-failure-rate': '10' })[name] ?? '',
      {},
    );
    expect(inputs.warnings).toEqual([
      'Input weeks does not apply to event deployment; it is ignored.',
      'Input max-change-failure-rate does not apply to event deployment; it is ignored.',
    ]);
  });

  test('inputs that describe an event are named as ignored by the report', () => {
    expect(parse({ service: 's', version: '1.2', tags: 'a:b' }).warnings).toEqual([
      'Input version does not apply to event report; it is ignored.',
      'Input tags does not apply to event report; it is ignored.',
    ]);
  });
});
