import module from 'node:module';
import { join } from 'node:path';
if (process.env.RUNNER_TEMP)
    module.enableCompileCache?.(join(process.env.RUNNER_TEMP, 'datadog-dora-action-cache'));
const { runMain } = await import('./index.js');
await runMain({ loadReport: () => import('./report/run.js') });
