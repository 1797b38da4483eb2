// npm run build, once tsc has compiled src/ to build/: ncc bundles each entry, the bundles are
// checked, and only then is dist/ replaced: a build that fails leaves the last dist/ whole.
//
// - dist/pre.js: pre alone; it loads Node's own modules only.
// - dist/index.js: the steps' bundle, which dist/main.js and dist/post.js call into, with its
//   chunks (N.index.js: got, @actions/exec), each loaded only by a step that needs it.
// - dist/events/{report,export,backfill}/run.js: the bundles main loads apart, for those events only,
//   so that deploy steps never load or compile them (Bundles, in src/events/index.ts). The
//   modules of src/runner/, src/pipeline/ and src/datadog/ they use they take from dist/index.js, which
//   src/index.ts re-exports for them, instead of copies of their own: one copy of each in dist/,
//   and one instance of each in a step (an error the client throws is of the class the report
//   checks for). Bundled with the steps' instead, every module they share would be held apart
//   from the steps' joined one, and every deploy step would pay for it.
// - dist/main.js, dist/post.js: the entrypoints as tsc wrote them.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

interface StatsModule {
  name?: string;
  modules?: StatsModule[];
  usedExports?: string[] | boolean | null;
  providedExports?: string[] | null;
}
interface Made {
  code: string;
  assets: Record<string, { source: string | Buffer; permissions?: number }>;
  stats: { toJson(options: object): { modules?: StatsModule[] } };
}
type Ncc = (entry: string, options: { quiet: boolean; externals?: Record<string, string> }) => Promise<Made>;
const ncc = createRequire(import.meta.url)('@vercel/ncc') as Ncc;

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = join(ROOT, 'build');
const DIST = join(ROOT, 'dist');
/** In a bundle apart, a request for a module of these folders is one for the steps' bundle. */
const SHARED = /^(?:\.\.\/)+(?:runner|pipeline|datadog)\//;
/** The steps' bundle, as the bundles apart (dist/events/<kind>/run.js) import it. */
const STEPS = '../../index.js';

interface Bundle extends Made {
  /** Webpack's modules, those joined into one listed inside it. */
  modules: StatsModule[];
  /** The modules the bundle holds, by their path. */
  holds: Set<string>;
}

const inside = (modules: StatsModule[]): StatsModule[] => modules.flatMap((m) => [m, ...inside(m.modules ?? [])]);

async function bundle(entry: string, externals?: Record<string, string>): Promise<Bundle> {
  const made = await ncc(join(BUILD, entry), { quiet: true, ...(externals ? { externals } : {}) });
  const what = { all: false, modules: true, nestedModules: true, usedExports: true, providedExports: true };
  const modules = made.stats.toJson(what).modules ?? [];
  const holds = inside(modules)
    .filter((m) => m.name && !m.modules && !/^(external |webpack\/)/.test(m.name))
    .map((m) => m.name!);
  return { ...made, modules, holds: new Set(holds) };
}

const pre = await bundle('pre.js');
const steps = await bundle('index.js');
const fromSteps = { [`/${SHARED.source}/`]: STEPS };
const apart = {
  report: await bundle('events/report/run.js', fromSteps),
  export: await bundle('events/export/run.js', fromSteps),
  backfill: await bundle('events/backfill/run.js', fromSteps),
};

const exported = new Set(steps.modules.find((m) => m.name?.startsWith('./build/index.js'))?.providedExports);
const problems = Object.entries(apart).flatMap(([name, made]) => {
  const found: string[] = [];
  const copies = [...made.holds].filter((module) => steps.holds.has(module));
  if (copies.length) {
    // e.g. a package a module of runner/ or pipeline/ loads too: load it through that module.
    found.push(`dist/events/${name}/ would hold copies of what dist/index.js holds: ${copies.join(', ')}`);
  }
  const taken = inside(made.modules).find((m) => m.name === `external "${STEPS}"`)?.usedExports;
  if (taken === true) found.push(`dist/events/${name}/ uses dist/index.js whole, not by the names it exports.`);
  const missing = Array.isArray(taken) ? taken.filter((used) => !exported.has(used)) : [];
  if (missing.length) {
    found.push(
      `dist/events/${name}/ takes from dist/index.js what src/index.ts does not export: ${missing.join(', ')}`,
    );
  }
  return found;
});
if (problems.length) {
  console.error(`dist/ left as it was:\n${problems.join('\n')}`);
  process.exit(1);
}

function write(file: string, made: Made): void {
  mkdirSync(dirname(join(DIST, file)), { recursive: true });
  writeFileSync(join(DIST, file), made.code);
  for (const [asset, { source, permissions }] of Object.entries(made.assets)) {
    writeFileSync(join(DIST, dirname(file), asset), source, { mode: permissions });
  }
}
rmSync(DIST, { recursive: true, force: true });
write('index.js', steps);
write('pre.js', pre);
write('events/report/run.js', apart.report);
write('events/export/run.js', apart.export);
write('events/backfill/run.js', apart.backfill);
for (const entry of ['main.js', 'post.js']) copyFileSync(join(BUILD, entry), join(DIST, entry));
