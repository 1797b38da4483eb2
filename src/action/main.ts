import * as core from './toolkit.ts';
import { startDeployment } from './deploy.ts';
import { sendFailure } from './failure.ts';
import { readInputs } from './inputs.ts';
import { markDeployment } from './mark.ts';
import { isInputProblem } from './report.ts';

/** Where the step stands: every input is validated first, so a bad one fails before the deploy. */
export async function runMain(): Promise<void> {
  try {
    const inputs = readInputs();
    for (const warning of inputs.warnings) core.warning(warning, { title: 'Input ignored' });
    if (inputs.event === 'deployment') await startDeployment(inputs);
    else if (inputs.event === 'failure') await sendFailure(inputs);
    else await markDeployment(inputs);
  } catch (error) {
    if (isInputProblem(error)) core.setFailed(error.message);
    else core.setFailed(`Unexpected error: ${(error as Error).stack ?? String(error)}`);
  }
}
