// Values leave through the escaping of where they go: no command in the log, no structure in the summary.
import { describe, expect, test } from '@jest/globals';
import {
  forLog,
  GUIDES,
  linkOrigins,
  markdownCode,
  markdownCodeSpan,
  markdownLink,
  markdownText,
  quoted,
  safeUrl,
} from '../../src/runner/escape.ts';

// What the runner reads as a command in a line of output: `::` after leading spaces, or `##[` anywhere.
const isCommand = (line: string) => /^\s*::/.test(line) || line.includes('##[');

describe('log lines', () => {
  test.each([
    '::error::injected',
    '   ::add-mask::secret',
    '\t::set-output name=x::y',
    'text\n::warning::injected',
    'text\r::warning::injected',
    'text\r\n  ::stop-commands::token',
    'before ##[error]legacy command',
    '##[set-env name=x;]y',
    'a\u2028::error::after a line separator',
  ])('%j carries no command', (text) => {
    const shown = forLog(text);
    expect(shown.split('\n').filter(isCommand)).toEqual([]);
    // Every line break the runner splits on is one we chose.
    expect(shown).not.toMatch(/\r/);
  });

  test('ordinary text is left as it is, line breaks included', () => {
    expect(forLog('Datadog accepted deployment 123 (HTTP 200).\n  indented: fine\tand tabs')).toBe(
      'Datadog accepted deployment 123 (HTTP 200).\n  indented: fine\tand tabs',
    );
  });

  test('controls and bidirectional overrides are shown as escapes', () => {
    expect(forLog('a\u001b[31mred\u202eevil')).toBe('a\\u{1b}[31mred\\u{202e}evil');
  });
});

describe('Markdown', () => {
  // What a hostile value would open in GitHub-flavoured Markdown.
  const attacks = [
    '# heading',
    '## [link](https://evil.example)',
    '![image](https://evil.example/x.png)',
    '<img src=x onerror=alert(1)>',
    '<details><summary>x</summary>',
    'a | b | c',
    '| --- |',
    'https://evil.example/phish',
    'www.evil.example',
    'mail@evil.example',
    '[ref]: https://evil.example',
    '&lt;script&gt;',
    '*bold* _em_ ~~strike~~ `code`',
    '1. list',
    '- list',
    '> quote',
  ];

  test.each(attacks)('text %j opens nothing: every punctuation character is escaped', (attack) => {
    const escaped = markdownText(attack);
    // Once every escape pair is taken out, no punctuation is left to mean anything.
    expect(escaped.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toMatch(/[!-/:-@[-`{-~]/);
    expect(escaped.replace(/\\(.)/g, '$1')).toBe(attack);
  });

  test('line breaks and controls become spaces: a value cannot start a line', () => {
    expect(markdownText('v1\n# heading\r\n| row |')).toBe('v1 \\# heading  \\| row \\|');
    expect(markdownCode('v1\n# x\u2028y')).toBe('`v1 # x y`');
  });

  test('code: a backtick cannot close it, a pipe cannot end the cell', () => {
    expect(markdownCode('a`b|c')).toBe("`a'b\\|c`");
  });

  test('code as the value is: a longer fence for its backticks, a pipe escaped only in a table cell, a line break a space', () => {
    expect(markdownCodeSpan('a`b|c', 'line')).toBe('``a`b|c``');
    expect(markdownCodeSpan('a`b|c', 'cell')).toBe('``a`b\\|c``');
    // The span takes a space off each end: one is added where the value begins or ends with a backtick or space.
    expect(markdownCodeSpan('`tick`', 'line')).toBe('`` `tick` ``');
    expect(markdownCodeSpan(' a ', 'line')).toBe('`  a  `');
    expect(markdownCodeSpan('v1\n# x', 'cell')).toBe('`v1 # x`');
    // In a cell GitHub pairs a backslash with the character after it: `a\\|b` would end the cell at its pipe. Prose there.
    expect(markdownCodeSpan('a\\|b', 'cell')).toBe('a\\\\\\|b');
  });

  test('URLs: only http(s), without credentials, and nothing that would end the destination, the link or the cell', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
    expect(safeUrl('https://user:pass@github.com/a')).toBeUndefined();
    expect(safeUrl('git@github.com:acme/shop.git')).toBeUndefined();
    expect(safeUrl('https://github.com/a b/c)d](e|f<g>"h\'')).toBe(
      'https://github.com/a%20b/c%29d%5D%28e%7Cf%3Cg%3E%22h%27',
    );
    const github = linkOrigins('https://github.com');
    expect(markdownLink('`abc`', 'https://github.com/acme/shop/commit/abc', github)).toBe(
      '[`abc`](https://github.com/acme/shop/commit/abc)',
    );
    expect(markdownLink('`abc`', 'ftp://x', linkOrigins('ftp://x'))).toBe('`abc`');
  });

  test('links go only to the origins given: another host, a look-alike, another scheme or port is text', () => {
    const allowed = linkOrigins('https://app.datadoghq.eu', 'https://github.com/');
    expect([...allowed]).toEqual(['https://app.datadoghq.eu', 'https://github.com']);
    expect(markdownLink('x', 'https://app.datadoghq.eu/ci/dora', allowed)).toBe(
      '[x](https://app.datadoghq.eu/ci/dora)',
    );
    expect(markdownLink('x', 'https://GITHUB.com:443/a', allowed)).toBe('[x](https://github.com/a)');
    for (const elsewhere of [
      'https://github.com.evil.example/acme/shop',
      'https://evil.example/github.com/acme/shop',
      'https://github.com@evil.example/acme/shop',
      'https://xn--gthub-n4a.com/acme/shop',
      'https://gíthub.com/acme/shop',
      'http://github.com/acme/shop',
      'https://github.com:8443/acme/shop',
      'https://app.datadoghq.com/ci/dora',
    ]) {
      expect(markdownLink('x', elsewhere, allowed)).toBe('x');
    }
    expect(linkOrigins('not a url', 'javascript:alert(1)').size).toBe(0);
    expect(markdownLink('guide', 'https://docs.datadoghq.com/x', GUIDES)).toBe('[guide](https://docs.datadoghq.com/x)');
  });
});

test('quoted: a value in a message shows its controls and is cut when long', () => {
  expect(quoted('a\nb\u202e')).toBe('"a\\nb\\u{202e}"');
  expect(quoted('x'.repeat(300))).toBe(`"${'x'.repeat(199)}…"`);
});
