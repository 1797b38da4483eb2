// The layout is the architecture (CONTRIBUTING's map): each module sits in a room, a room imports
// only the rooms below it, an event kind none of the others, and no import makes a cycle, type-only
// imports included.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { expect, test } from '@jest/globals';

const SRC = new URL('../src/', import.meta.url).pathname;

/** From the bottom: a room may import its own modules and those of the rooms before it. */
const ROOMS = ['datadog', 'runner', 'pipeline', 'events/*', 'events', 'steps', 'entrypoints'] as const;

function roomOf(module: string): { room: (typeof ROOMS)[number]; kind?: string } {
  if (module === 'version.ts') return { room: 'datadog' };
  const [top, second] = module.split('/');
  if (top === 'events' && module.split('/').length > 2) return { room: 'events/*', kind: second };
  if (top === 'events') return { room: 'events' };
  if (!module.includes('/')) return { room: 'entrypoints' };
  return { room: top as (typeof ROOMS)[number] };
}

function modules(folder = SRC): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? modules(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [relative(SRC, join(folder, entry.name))]
        : [],
  );
}

/** Every module of src/ a module imports, statically, dynamically or for types only. */
function importsOf(module: string): string[] {
  const text = readFileSync(join(SRC, module), 'utf8');
  const found = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) =>
    normalize(join(dirname(module), match[1] ?? '')),
  );
  return found.filter((target) => !target.startsWith('..'));
}

const graph = new Map(modules().map((module) => [module, importsOf(module)]));

test('the rooms are those of the map, and every module is in one', () => {
  const rooms = new Set([...graph.keys()].map((module) => roomOf(module).room));
  expect([...rooms].sort()).toEqual([...ROOMS].sort());
  const kinds = new Set([...graph.keys()].map((module) => roomOf(module).kind).filter(Boolean));
  expect([...kinds].sort()).toEqual(['backfill', 'deployment', 'export', 'failure', 'mark', 'report']);
});

test('no module imports a room above its own, nor another event kind', () => {
  const wrong = [...graph].flatMap(([module, targets]) =>
    targets
      .filter((target) => {
        const from = roomOf(module);
        const to = roomOf(target);
        if (ROOMS.indexOf(to.room) > ROOMS.indexOf(from.room)) return true;
        return from.room === 'events/*' && to.room === 'events/*' && from.kind !== to.kind;
      })
      .map((target) => `${module} → ${target}`),
  );
  expect(wrong).toEqual([]);
});

test('no import cycle, type-only imports included', () => {
  const cycles: string[] = [];
  const done = new Set<string>();
  const walk = (module: string, path: string[]) => {
    if (path.includes(module)) return cycles.push([...path.slice(path.indexOf(module)), module].join(' → '));
    if (done.has(module)) return;
    for (const target of graph.get(module) ?? []) walk(target, [...path, module]);
    done.add(module);
  };
  for (const module of graph.keys()) walk(module, []);
  expect(cycles).toEqual([]);
});

test('the Datadog client imports nothing from GitHub or @actions: it could be published on its own', () => {
  const outside = [...graph.keys()]
    .filter((module) => roomOf(module).room === 'datadog')
    .filter((module) => /from '@actions|from '\.\.\/\.\.\/node_modules/.test(readFileSync(join(SRC, module), 'utf8')));
  expect(outside).toEqual([]);
});
