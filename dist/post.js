import module from 'node:module';
import { join } from 'node:path';
if (process.env.RUNNER_TEMP)
    module.enableCompileCache?.(join(process.env.RUNNER_TEMP, 'datadog-dora-action-cache'));
const { runPost, processRuntime } = await import('./index.js');
await runPost(processRuntime());
