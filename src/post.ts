import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

// V8's compiled code, kept in RUNNER_TEMP for the job: the steps after the first start faster.
if (process.env.RUNNER_TEMP) enableCompileCache(join(process.env.RUNNER_TEMP, 'datadog-dora-action-cache'));
const { runPost } = await import('./index.ts');
await runPost();
