// Every value is held to its grammar where it enters: hostile, malformed and oversized inputs.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { parse as parseYaml } from 'yaml';
import { MAX_LENGTH } from '../../src/runner/inputs/grammar.ts';
import { parseKeys } from '../../src/runner/inputs/read.ts';
import { InputError } from '../../src/runner/inputs/types.ts';
import { parseTimeInput } from '../../src/runner/times.ts';
import { parseInputs } from '../../src/steps/inputs.ts';

const NOW = new Date('2026-11-28T12:00:00Z');
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const parse = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  parseInputs(reader(inputs), env, NOW);
const refusal = (inputs: Record<string, string>, env: Record<string, string> = {}): string => {
  try {
    parse(inputs, env);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`expected an InputError for ${JSON.stringify(inputs)}`);
};

// One of each class: C0 and C1 controls, DEL, line and paragraph separators, bidirectional controls.
const UNSAFE = [
  '\n',
  '\r',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
];
const UNSAFE_ANYWHERE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

// Each single-line input, with a valid value and the event it applies to.
const SINGLE_LINE: [string, string, Record<string, string>][] = [
  ['service', 'shop', {}],
  ['env', 'prod', { service: 'shop' }],
  ['version', 'v1.2.3', { service: 'shop' }],
  ['team', 'payments', { service: 'shop' }],
  ['name', 'Checkout down', { event: 'failure', service: 'shop' }],
  ['severity', 'SEV-1', { event: 'failure', service: 'shop' }],
  ['deployment-id', 'deploy-0123456789abcdef', { service: 'shop' }],
  ['deployment-id', 'eG42zNIkVjM', { event: 'change-failure' }],
  ['remediates', 'eG42zNIkVjM', { service: 'shop' }],
  ['remediation-id', 'eG42zNIkVjM', { event: 'change-failure', 'deployment-id': 'abc' }],
  ['remediation-version', 'v1.4.1', { event: 'change-failure', 'deployment-id': 'abc' }],
  ['version', 'v1.4.2', { event: 'stable', service: 'shop', env: 'prod' }],
  [
    'failure-id',
    'failure-0123456789abcdef',
    { event: 'failure', service: 'shop', 'started-at': '2026-11-27T10:00:00Z' },
  ],
  ['site', 'datadoghq.eu', { service: 'shop' }],
  ['api-url', 'https://api.datadoghq.eu', { service: 'shop' }],
  ['started-at', '2026-11-27T10:00:00Z', { service: 'shop' }],
  ['finished-at', '2026-11-27T10:00:00Z', { service: 'shop' }],
  ['commit-sha', '66adc9350f2cc9b250b69abddab733dd55e1a588', { service: 'shop' }],
  ['repository-url', 'https://github.com/acme/shop', { service: 'shop' }],
  ['event', 'deployment', { service: 'shop' }],
  ['remediation-type', 'rollback', { service: 'shop', remediates: 'eG42zNIkVjM' }],
  ['dry-run', 'true', { service: 'shop' }],
  ['fail-on-error', 'true', { service: 'shop' }],
];

describe('no control character reaches the log or the summary', () => {
  test.each(SINGLE_LINE)('%s %s is refused, named, with any unsafe character inside', (input, valid, others) => {
    expect(() => parse({ ...others, [input]: valid })).not.toThrow();
    for (const character of UNSAFE) {
      for (const value of [
        `${valid}${character}::error::injected`,
        `${valid.slice(0, 2)}${character}${valid.slice(2)}`,
      ]) {
        const message = refusal({ ...others, [input]: value });
        expect(message).toMatch(new RegExp(`^Input ${input} `));
        // The message quotes the value with the character made visible, never raw.
        expect(message).not.toMatch(UNSAFE_ANYWHERE);
      }
    }
  });

  test.each([
    ['service', 'DD_SERVICE', {}],
    ['env', 'DD_ENV', { service: 'shop' }],
    ['version', 'DD_VERSION', { service: 'shop' }],
    ['site', 'DD_SITE', { service: 'shop' }],
    ['site', 'DATADOG_SITE', { service: 'shop' }],
  ])('%s from env %s is held to the same grammar', (input, variable, inputs) => {
    expect(refusal(inputs, { [variable]: 'prod\n::add-mask::x' })).toMatch(
      new RegExp(`^Input ${input} \\(from env ${variable}\\) is "prod\\\\n::add-mask::x": expected one line`),
    );
  });

  test('list inputs split on commas and newlines, and each item is checked', () => {
    expect(parse({ service: 'shop', tags: 'a:b\nc:d,e:f' })).toMatchObject({ tags: ['a:b', 'c:d', 'e:f'] });
    expect(refusal({ service: 'shop', tags: 'a:b\nc:\u202ed' })).toBe(
      'Input tags has an item "c:\\u{202e}d": expected one line, without control characters, line or paragraph separators or bidirectional controls.',
    );
    expect(refusal({ service: 'shop', tags: `a:b,k:${'v'.repeat(199)}` })).toBe(
      'Input tags has an item of 201 characters: at most 200 are accepted.',
    );
    expect(parse({ event: 'failure', service: 'shop\napi' })).toMatchObject({ services: ['shop', 'api'] });
    expect(refusal({ event: 'failure', service: 'shop,ap\u0000i' })).toMatch(
      /^Input service has an item "ap\\u\{0\}i"/,
    );
  });

  test('any other Unicode is kept as given', () => {
    const values = {
      service: 'café-サービス',
      env: 'prod-🚀',
      version: 'v1 — ünïcode',
      team: 'équipe ☕',
      tags: 'owner:zoë,emoji:🎉',
    };
    expect(parse(values)).toMatchObject({
      service: 'café-サービス',
      env: 'prod-🚀',
      version: 'v1 — ünïcode',
      team: 'équipe ☕',
      tags: ['owner:zoë', 'emoji:🎉'],
    });
    expect(
      parse({ event: 'failure', service: 'api', name: 'Paiement «bloqué» — 支払い', severity: 'SÉV-1' }),
    ).toMatchObject({ name: 'Paiement «bloqué» — 支払い', severity: 'SÉV-1' });
  });

  test('a key with a line break or a space is refused without its value', () => {
    for (const key of ['abc\ndef', 'abc def', 'abc\u2028def']) {
      let message = '';
      try {
        parseKeys({ read: reader({ 'api-key': key }), env: {} }, () => {});
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toBe('Input api-key holds spaces or characters no Datadog key has (its value is not shown).');
    }
  });
});

describe('every input has an upper bound, stated in action.yml', () => {
  const action = parseYaml(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, { description: string }>;
  };

  test('each description states the bound the code holds', () => {
    const stated = Object.fromEntries(
      Object.entries(action.inputs).map(([name, spec]) => [
        name,
        Number(/At most ([\d,]+) characters/.exec(spec.description)?.[1]?.replaceAll(',', '')),
      ]),
    );
    expect(stated).toEqual(MAX_LENGTH);
  });

  // The secrets are held to their bound where they are used, without their value: tested apart.
  test.each(Object.entries(MAX_LENGTH).filter(([name]) => !name.endsWith('-key') && name !== 'github-token'))(
    '%s: one character more is refused, naming it',
    (input, max) => {
      const others: Record<string, string> = { service: 'shop' };
      if (['name', 'severity', 'failure-id', 'events-url'].includes(input))
        Object.assign(others, { event: 'failure', 'started-at': '2026-11-27T10:00:00Z' });
      if (input === 'remediation-id' || input === 'remediation-version')
        Object.assign(others, { event: 'change-failure', 'deployment-id': 'abc' });
      if (input === 'weeks' || /^(max|min)-/.test(input)) Object.assign(others, { event: 'report' });
      if (input === 'since') Object.assign(others, { event: 'export' });
      if (input === 'source') Object.assign(others, { event: 'backfill' });
      if (input === 'environment') Object.assign(others, { event: 'backfill', source: 'deployments' });
      if (input === 'workflow' || input === 'job')
        Object.assign(others, { event: 'backfill', source: 'workflow-runs', workflow: 'deploy.yml' });
      expect(refusal({ ...others, [input]: 'x'.repeat(max + 1) })).toBe(
        `Input ${input} is ${max + 1} characters long: at most ${max} are accepted.`,
      );
    },
  );

  test('the keys too, without their value', () => {
    expect(() => parseKeys({ read: reader({ 'app-key': 'k'.repeat(257) }), env: {} }, () => {})).toThrow(
      'Input app-key is 257 characters long: at most 256 are accepted.',
    );
  });

  test('a bound generous for real values: the longest of each is accepted', () => {
    const inputs = parse({
      service: 's'.repeat(100),
      env: 'e'.repeat(100),
      version: 'v'.repeat(100),
      team: 't'.repeat(100),
      tags: Array.from({ length: 20 }, (_, i) => `k${i}:${'v'.repeat(190)}`).join(','),
      'repository-url': `https://github.com/${'o'.repeat(200)}/${'r'.repeat(200)}`,
    });
    expect(inputs).toMatchObject({ service: 's'.repeat(100) });
    expect(refusal({ service: 's'.repeat(101) })).toBe(
      'Input service is 101 characters long: at most 100 are accepted.',
    );
  });
});

describe('words and identities', () => {
  test('latest in any letter case, wherever it is accepted', () => {
    for (const word of ['latest', 'LATEST', 'Latest', 'lAtEsT']) {
      expect(parse({ event: 'stable', 'deployment-id': word, service: 'shop', env: 'prod' })).toMatchObject({
        target: { latest: { service: 'shop', env: 'prod' } },
      });
      expect(parse({ service: 'shop', env: 'prod', remediates: word })).toMatchObject({
        remediates: { latest: { service: 'shop', env: 'prod' } },
      });
    }
  });

  test('latest is refused by name where it is not accepted', () => {
    expect(refusal({ service: 'shop', 'deployment-id': 'Latest' })).toMatch(
      /^Input deployment-id is "Latest": latest names a deployment already sent, and is not accepted here \(event deployment\)/,
    );
    expect(
      refusal({ event: 'failure', service: 'shop', 'failure-id': 'LATEST', 'started-at': '2026-11-27T10:00:00Z' }),
    ).toMatch(/^Input failure-id is "LATEST": latest/);
    expect(refusal({ event: 'change-failure', 'deployment-id': 'abc', 'remediation-id': 'latest' })).toMatch(
      /^Input remediation-id is "latest": latest is not accepted here \(event change-failure\)/,
    );
  });

  test('a deployment never remediates itself', () => {
    expect(
      refusal({ service: 'shop', 'deployment-id': 'deploy-0123456789abcdef', remediates: 'deploy-0123456789abcdef' }),
    ).toMatch(
      /^Input remediates is the deployment-id, "deploy-0123456789abcdef": a deployment cannot remediate itself/,
    );
    expect(
      refusal({ event: 'change-failure', 'deployment-id': 'eG42zNIkVjM', 'remediation-id': 'eG42zNIkVjM' }),
    ).toMatch(/^Input remediation-id is the deployment-id, "eG42zNIkVjM": a deployment cannot remediate itself/);
  });

  test('an id in a URL path: 1 to 128 of A-Z a-z 0-9 - _ . : and not dots alone', () => {
    expect(parse({ event: 'stable', 'deployment-id': 'a' })).toMatchObject({ target: { id: 'a' } });
    expect(parse({ event: 'stable', 'deployment-id': 'a.b:c_d-e' })).toMatchObject({ target: { id: 'a.b:c_d-e' } });
    for (const bad of ['.', '..', '....', 'a/b', 'a%2Fb', 'a?b', 'é']) {
      expect(refusal({ event: 'stable', 'deployment-id': bad })).toMatch(
        /^Input deployment-id is ".*": expected an id Datadog gave \(1 to 128/,
      );
      expect(refusal({ service: 'shop', remediates: bad })).toMatch(/^Input remediates is/);
      expect(refusal({ event: 'change-failure', 'deployment-id': 'abc', 'remediation-id': bad })).toMatch(
        /^Input remediation-id is/,
      );
    }
  });

  test("an id sent as a new event's id: 16 to 128", () => {
    expect(parse({ service: 'shop', 'deployment-id': 'x'.repeat(16) })).toMatchObject({ deploymentId: 'x'.repeat(16) });
    expect(refusal({ service: 'shop', 'deployment-id': 'x'.repeat(15) })).toMatch(
      /^Input deployment-id is "x{15}": expected 16 to 128/,
    );
  });
});

describe('times are real instants, in order, kept by Datadog and not in the future', () => {
  test.each([
    '2026-04-31',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-06-00',
    '2026-06-31T10:00:00Z',
    '2026-11-27T24:00:00Z',
    '2026-11-27T10:60:00Z',
    '2026-11-27T10:00:60Z',
    '2026-11-27T10:00:00+24:00',
    '2026-11-27T10:00:00+01:60',
    '2026-11-27T1:00:00Z',
  ])('%s names no real instant, and is never rolled over', (value) => {
    expect(parseTimeInput(value)).toBeUndefined();
    expect(refusal({ service: 'shop', 'started-at': value })).toContain(
      `Input started-at is "${value}": expected a real instant`,
    );
  });

  test('leap days and zones are understood', () => {
    expect(parseTimeInput('2028-02-29T23:30:00-01:30')).toEqual(new Date('2028-03-01T01:00:00Z'));
    expect(parseTimeInput('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(parseTimeInput('2026-11-27t10:00:00.5z')).toEqual(new Date('2026-11-27T10:00:00.500Z'));
    expect(parseTimeInput('2026-11-27T10:00:00+0100')).toEqual(new Date('2026-11-27T09:00:00Z'));
  });

  test('in the future beyond a few minutes of clock skew: refused; within: kept', () => {
    expect(parse({ service: 'shop', 'started-at': '2026-11-28T12:04:00Z' })).toMatchObject({
      startedAt: new Date('2026-11-28T12:04:00Z'),
    });
    expect(refusal({ service: 'shop', 'started-at': '2026-11-28T12:06:00Z' })).toBe(
      'Input started-at is "2026-11-28T12:06:00.000Z", in the future (this runner\'s clock says 2026-11-28T12:00:00.000Z): expected a time no later than a few minutes from now.',
    );
    expect(refusal({ service: 'shop', 'finished-at': String(Math.floor(NOW.getTime() / 1000) + 3600) })).toMatch(
      /^Input finished-at is "2026-11-28T13:00:00.000Z", in the future/,
    );
    expect(refusal({ event: 'failure', service: 'shop', 'started-at': '2027-01-01' })).toMatch(
      /^Input started-at is "2027-01-01T00:00:00.000Z", in the future/,
    );
  });

  test('older than Datadog keeps events: refused; a failure resolved days later still works', () => {
    expect(refusal({ service: 'shop', 'started-at': '2024-11-01T00:00:00Z' })).toBe(
      'Input started-at is "2024-11-01T00:00:00.000Z", more than two years ago: Datadog keeps events two years; expected a later time.',
    );
    expect(refusal({ service: 'shop', 'started-at': '0' })).toMatch(
      /^Input started-at is "1970-01-01T00:00:00.000Z", more than two years ago/,
    );
    expect(
      parse({
        event: 'failure',
        service: 'shop',
        'failure-id': 'incident-2026-11-20-001',
        'started-at': '2026-11-20T08:00:00Z',
        'finished-at': '2026-11-28T11:00:00Z',
      }),
    ).toMatchObject({
      startedAt: new Date('2026-11-20T08:00:00Z'),
      finishedAt: new Date('2026-11-28T11:00:00Z'),
    });
  });
});
