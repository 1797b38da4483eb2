import * as core from './toolkit.ts';
import { startDeployment } from './deploy.ts';
import { sendFailure } from './failure.ts';
import { readInputs, readKeys } from './inputs.ts';
import { markDeployment } from './mark.ts';
import { isInputProblem } from './report.ts';

/** Where the step stands: every input is validated first, so a bad one fails before the deploy. */
export async function runMain(): Promise<void> {
  let failOnError = false;
  try {
    const keys = readKeys();
    const inputs = readInputs();
    failOnError = inputs.failOnError;
    for (const warning of inputs.warnings) core.warning(warning, { title: 'Input ignored' });
    if (inputs.event === 'deployment') await startDeployment(inputs, keys);
    else if (inputs.event === 'failure') await sendFailure(inputs, keys);
    else await markDeployment(inputs, keys);
  } catch (error) {
    if (isInputProblem(error)) return core.setFailed(error.message);
    // A bug of ours must not stop the deploy after this step, unless asked.
    const message = `Unexpected error: ${(error as Error).stack ?? String(error)}`;
    if (failOnError) core.setFailed(message);
    else core.warning(message);
  }
}
