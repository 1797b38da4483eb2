import { type Bundles, runEvent } from '../events/index.ts';
import type { Runtime } from '../pipeline/kind.ts';
import { isInputProblem } from '../runner/outcome.ts';
import { readInputs, readKeys } from './inputs.ts';

/** Where the step stands: every input is validated first, so a bad one fails before the deploy. */
export async function runMain(runtime: Runtime & Bundles): Promise<void> {
  const { core } = runtime;
  let failOnError = false;
  try {
    const keys = readKeys(core);
    const inputs = readInputs(core, runtime.clock());
    failOnError = inputs.failOnError;
    for (const warning of inputs.warnings) core.warning(warning, { title: 'Input ignored' });
    await runEvent(inputs, keys, runtime);
  } catch (error) {
    if (isInputProblem(error)) return core.setFailed(error.message);
    // A bug of ours must not stop the deploy after this step, unless asked.
    const message = `Unexpected error: ${(error as Error).stack ?? String(error)}`;
    if (failOnError) core.setFailed(message);
    else core.warning(message);
  }
}
