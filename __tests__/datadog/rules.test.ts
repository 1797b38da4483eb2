import { describe, expect, test } from '@jest/globals';
import { parseTime } from '../../src/datadog/fields.ts';
import {
  baseUrlProblem,
  commitShaProblem,
  eventIdProblem,
  pathIdProblem,
  tagProblem,
  versionProblem,
} from '../../src/datadog/index.ts';
import { isCommitSha, unixTimestamp } from '../../src/datadog/rules.ts';
import { parseTimeInput } from '../../src/runner/times.ts';

describe('ids in a URL path', () => {
  test.each([
    'a',
    'eG42zIk',
    '08a3dbc57bb781a5',
    '2775a2d3-6c28-4934-ae60-0ef9ce3720ee',
    'org:repo_1.2',
    '.a',
    '..a',
    'x'.repeat(128),
  ])('%s is one', (id) => {
    expect(pathIdProblem(id)).toBeUndefined();
  });

  test.each([
    ['', 'Datadog ids are 1 to 128 letters, digits, hyphens, underscores, periods and colons'],
    ['x'.repeat(129), 'Datadog ids are 1 to 128 letters, digits, hyphens, underscores, periods and colons'],
    ['a/b', 'Datadog ids are 1 to 128 letters, digits, hyphens, underscores, periods and colons'],
    ['a?b', 'Datadog ids are 1 to 128 letters, digits, hyphens, underscores, periods and colons'],
    ['a%2Fb', 'Datadog ids are 1 to 128 letters, digits, hyphens, underscores, periods and colons'],
    ['abc\n', 'Datadog ids are 1 to 128 letters, digits, hyphens, underscores, periods and colons'],
    ['ab c', 'Datadog ids are 1 to 128 letters, digits, hyphens, underscores, periods and colons'],
    ['é', 'Datadog ids are 1 to 128 letters, digits, hyphens, underscores, periods and colons'],
    ['.', 'an id of periods alone is not an id'],
    ['..', 'an id of periods alone is not an id'],
    ['...', 'an id of periods alone is not an id'],
  ])('%j is not: %s', (id, problem) => {
    expect(pathIdProblem(id)).toBe(problem);
  });
});

describe('ids of new events', () => {
  test.each(['deploy-0123456789abcdef', '0123456789abcdef', 'run:123:attempt:1.job', 'x'.repeat(128)])(
    '%s is one',
    (id) => {
      expect(eventIdProblem(id)).toBeUndefined();
    },
  );

  test.each(['0123456789abcde', 'x'.repeat(129), 'deploy/0123456789abcdef', 'deploy 0123456789abcdef', ''])(
    '%j is not',
    (id) => {
      expect(eventIdProblem(id)).toBe(
        'Datadog accepts 16 to 128 letters, digits, hyphens, underscores, periods and colons',
      );
    },
  );

  test('one of periods alone could never be patched: not one either', () => {
    expect(eventIdProblem('.'.repeat(16))).toBe('an id of periods alone is not an id');
  });
});

test('commit SHAs, one rule for every reader: 40 to 64 hexadecimal characters, in either case', () => {
  expect(commitShaProblem('66adc9350f2cc9b250b69abddab733dd55e1a588')).toBeUndefined();
  expect(commitShaProblem('66ADC9350F2CC9B250B69ABDDAB733DD55E1A588')).toBeUndefined();
  expect(commitShaProblem('a'.repeat(64))).toBeUndefined();
  for (const sha of ['abc123', 'g'.repeat(40), `${'a'.repeat(40)}\n`, '']) {
    expect(commitShaProblem(sha)).toBe('expected 40 or more hexadecimal characters');
  }
  expect(commitShaProblem('a'.repeat(65))).toBe('expected at most 64 characters');
  expect(
    ['a'.repeat(40), 'A'.repeat(52), 'f'.repeat(64), 'a'.repeat(39), 'a'.repeat(65), `x${'a'.repeat(40)}`].map(
      isCommitSha,
    ),
  ).toEqual([true, true, true, false, false, false]);
});

test('tags: key:value', () => {
  for (const tag of ['team:backend', 'url:https://x', 'a:b c']) expect(tagProblem(tag)).toBeUndefined();
  for (const tag of ['team', ':value', 'key:', ' key:value', 'key:va\nlue', ''])
    expect(tagProblem(tag)).toBe('expected key:value');
});

test('remediation versions: one line, not empty', () => {
  for (const version of ['v1.12.07', '2026.11.27-1 (hotfix)', 'sha:66adc93'])
    expect(versionProblem(version)).toBeUndefined();
  for (const version of ['', ' \t']) expect(versionProblem(version)).toBe('it is empty');
  for (const version of ['v1\n', 'v1\r\nv2', 'v1\u2028v2']) expect(versionProblem(version)).toBe('expected one line');
});

describe('base URLs', () => {
  test.each([
    'https://api.datadoghq.com',
    'https://gateway.example.com/datadog/',
    'http://127.0.0.1:8126',
    '  https://api.datadoghq.eu  ',
  ])('%s is one', (url) => {
    expect(baseUrlProblem(url)).toBeUndefined();
  });

  test.each([
    ['https://api.datadoghq.com/?site=eu', 'it must not have a query (?) or fragment (#)'],
    ['https://api.datadoghq.com?', 'it must not have a query (?) or fragment (#)'],
    ['https://api.datadoghq.com/#top', 'it must not have a query (?) or fragment (#)'],
    ['https://api.datadoghq.com#', 'it must not have a query (?) or fragment (#)'],
    ['ftp://api.datadoghq.com', 'it must start with https:// (or http://)'],
    ['api.datadoghq.com', 'it is not a URL: expected e.g. https://api.datadoghq.com'],
    ['https://user:s3cret@gateway.example.com', 'it must not carry credentials: pass the keys as keys'],
    ['https://api.data\ndoghq.com', 'it contains spaces or control characters'],
    ['https://api.datadoghq.com/a b', 'it contains spaces or control characters'],
  ])('%j is not: %s', (url, problem) => {
    expect(baseUrlProblem(url)).toBe(problem);
  });

  test('a problem never repeats the URL, which may hold credentials', () => {
    for (const url of ['ftp://user:s3cret@x', 'https://user:s3cret@x?q', 'user:s3cret@x']) {
      expect(baseUrlProblem(url)).not.toContain('s3cret');
    }
  });
});

describe('Unix timestamps: one rule for what is sent and what is read back', () => {
  const at = new Date('2026-11-27T10:00:00.123Z');
  test.each([
    ['seconds', '1795773600', new Date('2026-11-27T10:00:00Z')],
    ['milliseconds', '1795773600123', at],
    ['nanoseconds', '1795773600123456789', at],
  ])('%s', (_unit, digits, date) => {
    expect(unixTimestamp(digits)).toEqual(date);
    expect(parseTimeInput(digits)).toEqual(date);
    expect(parseTime(digits)).toEqual(date);
  });

  test('microseconds, or anything between the units, are no sure time: refused alike', () => {
    for (const digits of ['1795773600123456', '179577360012345', '17957736001234567890']) {
      expect(unixTimestamp(digits)).toBeUndefined();
      expect(parseTimeInput(digits)).toBeUndefined();
      expect(parseTime(digits)).toBeUndefined();
    }
  });

  test('numbers in older answers read the same as their digits', () => {
    expect(parseTime(1795773600)).toEqual(new Date('2026-11-27T10:00:00Z'));
    expect(parseTime(1795773600123)).toEqual(at);
    expect(parseTime(-1)).toBeUndefined();
  });
});
