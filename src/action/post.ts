import * as core from './toolkit.ts';
import { deliverDeployment } from './deploy.ts';
import { isInputProblem } from './report.ts';
import { loadDeployment } from './state.ts';

/** When the job ends, only if it succeeded: send the deployment main planned, once. */
export async function runPost(): Promise<void> {
  const saved = loadDeployment();
  if (!saved) {
    core.debug('Nothing to send when the job ends: main sent what it had to, or recorded no deployment.');
    return;
  }
  try {
    await deliverDeployment(saved, new Date());
  } catch (error) {
    if (isInputProblem(error)) {
      core.setFailed(error.message);
      return;
    }
    // Never a reason to fail a deploy that went out, unless asked.
    const message = `Unexpected error: ${(error as Error).stack ?? String(error)}`;
    if (saved.failOnError) core.setFailed(message);
    else core.warning(message);
  }
}
