import { deliverDeployment } from '../events/deployment/delivery.ts';
import { loadDeployment, type SavedDeployment, SavedStateError } from '../events/deployment/state.ts';
import type { Runtime } from '../pipeline/kind.ts';
import { isInputProblem } from '../runner/outcome.ts';
import { readKeys } from './inputs.ts';

/** When the job ends, only if it succeeded: send the deployment main planned, once. */
export async function runPost(runtime: Runtime): Promise<void> {
  const { core } = runtime;
  let saved: SavedDeployment | undefined;
  try {
    const keys = readKeys(core);
    saved = loadDeployment(core);
    if (!saved) {
      core.debug('Nothing to send when the job ends: main sent what it had to, or recorded no deployment.');
      return;
    }
    const now = runtime.clock();
    await deliverDeployment(saved, { stepStartedAt: now, finishedAt: now }, keys, runtime);
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
