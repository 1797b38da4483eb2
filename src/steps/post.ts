import { deliverDeployment } from '../events/deployment/delivery.ts';
import { loadDeployment, type SavedDeployment, SavedStateError } from '../events/deployment/state.ts';
import { isInputProblem } from '../runner/outcome.ts';
import * as core from '../runner/toolkit.ts';
import { readKeys } from './inputs.ts';

/** When the job ends, only if it succeeded: send the deployment main planned, once. */
export async function runPost(): Promise<void> {
  let saved: SavedDeployment | undefined;
  try {
    const keys = readKeys();
    saved = loadDeployment();
    if (!saved) {
      core.debug('Nothing to send when the job ends: main sent what it had to, or recorded no deployment.');
      return;
    }
    const now = new Date();
    await deliverDeployment(saved, { stepStartedAt: now, finishedAt: now }, keys);
  } catch (error) {
    if (error instanceof SavedStateError) {
      core.warning(
        `What main saved for the end of the job ${error.message}, so this job's deployment is not sent: the runner's state was changed or cut off on the way.`,
        {
          title: 'DORA deployment not sent',
        },
      );
      return;
    }
    if (isInputProblem(error)) {
      core.setFailed(error.message);
      return;
    }
    // Never a reason to fail a deploy that went out, unless asked.
    const message = `Unexpected error: ${(error as Error).stack ?? String(error)}`;
    if (saved?.failOnError) core.setFailed(message);
    else core.warning(message);
  }
}
