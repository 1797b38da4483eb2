import module from 'node:module';
import { join } from 'node:path';
if (process.env.RUNNER_TEMP)
    module.enableCompileCache?.(join(process.env.RUNNER_TEMP, 'datadog-dora-action-cache'));
const { runMain, processRuntime } = await import('./index.js');
await runMain({
    loadReport: () => import('./events/report/run.js'),
    loadExport: () => import('./events/export/run.js'),
    loadBackfill: () => import('./events/backfill/run.js'),
    ...processRuntime(),
});
