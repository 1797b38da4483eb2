import module from 'node:module';
import { join } from 'node:path';

// V8's compiled code, kept in RUNNER_TEMP for the job: the steps after the first start faster.
// Node 20 (the runner's on 32-bit ARM, whatever runs.using says) has no compile cache: it goes without.
if (process.env.RUNNER_TEMP) module.enableCompileCache?.(join(process.env.RUNNER_TEMP, 'datadog-dora-action-cache'));
const { runMain, processRuntime } = await import('./index.ts');
// Not bundled with index.ts: see Bundles.
await runMain({
  loadReport: () => import('./events/report/run.ts'),
  loadExport: () => import('./events/export/run.ts'),
  loadBackfill: () => import('./events/backfill/run.ts'),
  ...processRuntime(),
});
