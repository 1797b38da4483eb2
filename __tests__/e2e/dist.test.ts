// The committed dist/ holds one copy of each module: the bundles main loads apart (dist/events/report/,
// dist/events/export/) take what they share with the steps from dist/index.js (scripts/build.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const files = (readdirSync(DIST, { recursive: true }) as string[]).filter((file) => file.endsWith('.js')).sort();
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
/** The modules a bundle's files hold (dist/'s own: folder ''), by the paths webpack names them with. */
function modulesOf(folder: string): Set<string> {
  const own = files.filter((file) => (folder ? file.startsWith(`${folder}/`) : !file.includes('/')));
  return new Set(
    own.flatMap((file) => [...read(file).matchAll(/^;\/\/ CONCATENATED MODULE: (\.\/\S+)$/gm)].map((m) => m[1]!)),
  );
}

test('no file of dist/ is a copy of another', () => {
  // Numbers aside: a copy in another bundle numbers its modules its own way.
  const digest = (file: string) => createHash('sha256').update(read(file).replace(/\d+/g, '0')).digest('hex');
  const byContent = Map.groupBy(files, digest);
  expect([...byContent.values()].filter((same) => same.length > 1)).toEqual([]);
});

test.each(['events/report', 'events/export', 'events/backfill'])(
  'dist/%s/ takes what it shares with the steps from dist/index.js',
  (folder) => {
    expect(read(`${folder}/run.js`)).toMatch(/^import \* as \w+ from "\.\.\/\.\.\/index\.js";$/m);
    const steps = modulesOf('');
    expect(steps.size).toBeGreaterThan(20);
    expect([...modulesOf(folder)].filter((module) => steps.has(module))).toEqual([]);
  },
);
