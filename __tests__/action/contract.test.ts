import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { parseKeys } from '../../src/runner/inputs/read.ts';
import { parseInputs } from '../../src/steps/inputs.ts';

const root = new URL('../../', import.meta.url).pathname;
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: Record<string, string>;
};

const VALID: Record<string, string> = {
  event: 'deployment',
  'api-key': 'k',
  'app-key': 'a',
  remediates: 'latest',
  'remediation-type': 'rollforward',
  'remediation-id': 'abc',
  'failure-id': 'failure-0123456789abcdef',
  name: 'outage',
  severity: 'SEV-1',
  site: 'datadoghq.eu',
  service: 'shop',
  env: 'prod',
  version: '1',
  team: 'web',
  tags: 'a:b',
  'commit-sha': '66adc9350f2cc9b250b69abddab733dd55e1a588',
  'repository-url': 'https://github.com/acme/shop',
  'deployment-id': 'deploy-0123456789abcdef',
  'started-at': '2026-11-27T10:00:00Z',
  'finished-at': '2026-11-27T10:05:00Z',
  'dry-run': 'false',
  'fail-on-error': 'false',
};

test('every input in action.yml is read by the code, and the code reads no undeclared input', () => {
  const read = new Set<string>();
  const reader = (name: string) => {
    read.add(name);
    return VALID[name] ?? '';
  };
  parseInputs(reader, {});
  parseKeys({ read: reader, env: {} }, () => {});
  // api-url is read only when given: it replaces site.
  parseInputs((name) => (read.add(name), name === 'api-url' ? 'https://api.datadoghq.com' : (VALID[name] ?? '')), {});
  expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
});

test('every input and output has a description', () => {
  for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
    expect({ name, described: Boolean(spec.description?.trim()) }).toEqual({ name, described: true });
  }
});

test('no input declares a default, the runner would always pass it, hiding env fallbacks; but the token, by convention', () => {
  expect(Object.entries(action.inputs).filter(([, spec]) => spec.default !== undefined)).toEqual([
    ['github-token', expect.objectContaining({ default: '${{ github.token }}' })],
  ]);
});

test('the token, always given by its default, is never named as an input that does not apply', () => {
  for (const event of ['deployment', 'change-failure', 'stable', 'failure', 'report', 'export']) {
    const given: Record<string, string> = {
      event,
      service: 'shop',
      env: 'prod',
      ...(event.includes('-') || event === 'stable' ? { 'deployment-id': 'latest' } : {}),
      'github-token': 'ghs_0123456789abcdefghij',
    };
    expect(parseInputs((name) => given[name] ?? '', {}).warnings).toEqual([]);
  }
});

test('the action runs on node24 with pre, main and post, and post only after success', () => {
  expect(action.runs).toMatchObject({
    using: 'node24',
    pre: 'dist/pre.js',
    main: 'dist/main.js',
    post: 'dist/post.js',
    'post-if': 'success()',
  });
});

test('only the inputs module reads inputs', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
    );
  const sources = files(join(root, 'src')).map((file) => ({
    file: file.slice(root.length),
    text: readFileSync(file, 'utf8'),
  }));
  expect(
    sources.filter(({ text }) => /getInput\b|getBooleanInput|getMultilineInput/.test(text)).map(({ file }) => file),
  ).toEqual(['src/runner/toolkit.ts', 'src/steps/inputs.ts']);
  expect(sources.filter(({ text }) => /INPUT_/.test(text)).map(({ file }) => file)).toEqual(['src/runner/toolkit.ts']);
});
