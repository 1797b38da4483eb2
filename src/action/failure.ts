// failure: an incident event, sent at once from main.
import * as core from './toolkit.ts';
import { failureRequest } from '../datadog/client.ts';
import { appLinkFor, clientsFor } from './clients.ts';
import { detectCommit } from './commit.ts';
import { readRunContext } from './context.ts';
import { planFailure } from './deployment.ts';
import { runScopedId } from './ids.ts';
import { type FailureInputs, type Keys, requireKeys } from './inputs.ts';
import { type Outcome, printDryRun, reportProblem, writeOutput, writeSummary } from './report.ts';
import { failureSummary } from './summary.ts';
import { checkOrder } from './times.ts';

export async function sendFailure(inputs: FailureInputs, keys: Keys): Promise<void> {
  requireKeys(keys, inputs.dryRun ? {} : { api: 'to send a failure to Datadog' });
  const startedAt = inputs.startedAt ?? new Date();
  if (inputs.finishedAt && !inputs.startedAt) checkOrder(inputs.finishedAt, startedAt, 'the start of a failure without started-at, now');
  const context = readRunContext();
  const commit = inputs.commitSha ?? (await detectCommit(context, undefined, core.debug)).sha;
  const failure = planFailure(inputs, context, { id: inputs.failureId ?? runScopedId(context), startedAt, commitSha: commit });
  failureRequest(failure);

  const { writer, dryRun } = clientsFor(inputs.endpoint, inputs.dryRun, keys);
  let outcome: Outcome;
  let datadogId: string | undefined;
  try {
    const result = await writer.sendFailure(failure);
    writeOutput('failure-id', result.id, inputs.failOnError);
    if (dryRun) {
      printDryRun(dryRun.requests);
      outcome = { kind: 'dry-run', what: `it would have been sent to ${dryRun.requests[0]?.url}.` };
    } else {
      outcome = { kind: 'done', ...result };
      if (result.id !== result.sentId) datadogId = result.id;
      core.info(
        `Datadog accepted failure ${result.id}${failure.finishedAt ? `, resolved at ${failure.finishedAt.toISOString()}` : ', ongoing: send the same failure-id again with finished-at to resolve it'}.`,
      );
    }
  } catch (error) {
    outcome = reportProblem(error, inputs.failOnError, 'DORA failure', 'not sent');
  }
  await writeSummary(failureSummary({ failure, datadogId, appLink: appLinkFor(inputs.endpoint), outcome }), inputs.failOnError);
}
