import { readFileSync } from 'node:fs';
import { expect, test } from '@jest/globals';
import { VERSION } from '../src/version.ts';

test('tests run on Node 24, the runtime the action declares', () => {
  expect(process.versions.node.split('.')[0]).toBe('24');
});

test('the version sent in the User-Agent is the package version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
});
