// The deployment event: planned in main, before the deploy; sent when the job ends (post),
// or at once from main when its finish time is given.
import * as core from './toolkit.ts';
import { deploymentRequest } from '../datadog/client.ts';
import type { DoraClient } from '../datadog/types.ts';
import { apiUrlFor, appUrlFor, clientsFor } from './clients.ts';
import { detectCommit } from './commit.ts';
import { readRunContext } from './context.ts';
import { planDeployment } from './deployment.ts';
import { runScopedId } from './ids.ts';
import { type DeploymentInputs, type Endpoint, InputError, readKeys } from './inputs.ts';
import { describeLookup, findLatestDeployment } from './latest.ts';
import { NothingFound, type Outcome, printDryRun, reportProblem, writeSummary } from './report.ts';
import { loadStartTime, type SavedDeployment, saveDeployment } from './state.ts';
import { deploymentSummary } from './summary.ts';

const SEND = 'to send a deployment to Datadog';
const LINK = 'with remediates: marking the remediated deployment a change failure needs it';

export async function startDeployment(inputs: DeploymentInputs): Promise<void> {
  const keys = readKeys(inputs.dryRun ? {} : { api: SEND, app: inputs.remediates ? LINK : undefined });
  const context = readRunContext();

  let startedAt = inputs.startedAt ?? loadStartTime();
  if (!startedAt) {
    startedAt = new Date();
    core.info(
      `No start time was recorded when the job started (the runner skips pre for local actions such as "uses: ./"): the deployment starts now, ${startedAt.toISOString()}.`,
    );
  }
  const commit = inputs.commitSha ? { sha: inputs.commitSha, source: 'input commit-sha' } : await detectCommit(context, undefined, core.debug);
  const deployment = planDeployment(inputs, context, { id: inputs.deploymentId ?? runScopedId(context), startedAt, commitSha: commit.sha });
  // The client's own rules, checked now rather than when the job ends.
  deploymentRequest({ ...deployment, finishedAt: inputs.finishedAt ?? startedAt });

  const clients = clientsFor(inputs.endpoint, inputs.dryRun, keys);
  if (!inputs.dryRun) await checkKey(clients.writer, inputs.endpoint, inputs.failOnError);

  const saved: SavedDeployment = { deployment, endpoint: inputs.endpoint, dryRun: inputs.dryRun, failOnError: inputs.failOnError };
  if (inputs.remediates) saved.remediates = await resolveRemediated(inputs, clients.reader);
  core.setOutput('deployment-id', deployment.id);
  core.setOutput('started-at', startedAt.toISOString());
  const what = `Deployment ${deployment.id} of ${deployment.service}${deployment.env ? ` to ${deployment.env}` : ''}, started at ${startedAt.toISOString()}${commit.sha ? `, commit ${commit.sha} (${commit.source})` : ''}`;

  if (inputs.finishedAt) {
    core.info(`${what}, finished at ${inputs.finishedAt.toISOString()} (input finished-at): sent now; nothing is left for the end of the job.`);
    await deliverDeployment(saved, inputs.finishedAt);
    return;
  }
  saveDeployment(saved);
  core.info(`${what}. It is ${inputs.dryRun ? 'shown (dry run)' : 'sent to Datadog'} when the job ends, if the job succeeds.`);
}

/** A wrong key or site is said before the deploy runs, not discovered when the job ends. */
async function checkKey(client: DoraClient, endpoint: Endpoint, failOnError: boolean): Promise<void> {
  const check = await client.checkApiKey();
  const where = apiUrlFor(endpoint);
  if (check.verdict === 'rejected') {
    const message = `Datadog rejected the API key: ${check.reason}. Check input api-key (or env DATADOG_API_KEY, DD_API_KEY) and input site: the key must belong to an organization on ${where}.`;
    if (failOnError) throw new InputError(message);
    core.warning(`${message} The deployment will not be accepted.`, { title: 'Datadog API key rejected' });
  } else if (check.verdict === 'unknown') {
    core.info(`The API key could not be checked (${check.reason}); going on.`);
  } else {
    core.debug(`Datadog accepts the API key on ${where}.`);
  }
}

/** `remediates: latest` is looked up now, before this deployment exists in Datadog. */
async function resolveRemediated(inputs: DeploymentInputs, reader: DoraClient | undefined): Promise<SavedDeployment['remediates']> {
  const target = inputs.remediates!;
  const type = inputs.remediationType;
  if ('id' in target) return { ...target, type };
  const { service, env } = target.latest;
  if (!reader) {
    core.info(`Dry run without both keys: ${describeLookup(service, env)} would be looked up now, and marked a change failure remediated by this deployment.`);
    return { ...target, type };
  }
  try {
    const id = await findLatestDeployment(reader, service, env);
    if (!id) throw new NothingFound(`No deployment of ${service} in ${env} was found to remediate (${describeLookup(service, env)}): this deployment is sent without a remediation link.`);
    core.info(`This deployment remediates ${id}, ${describeLookup(service, env)}.`);
    return { id, type };
  } catch (error) {
    reportProblem(error, inputs.failOnError, 'Remediated deployment not found');
    return undefined;
  }
}

/** Sends the deployment, then links the deployment it remediates to it; says how it went. */
export async function deliverDeployment(saved: SavedDeployment, finishedAt: Date): Promise<void> {
  const { deployment, endpoint, dryRun, failOnError, remediates } = saved;
  const appUrl = appUrlFor(endpoint);
  let outcome: Outcome;
  let datadogId: string | undefined;
  let remediation: { line: string } | undefined;
  try {
    const keys = readKeys(dryRun ? {} : { api: SEND, app: remediates ? LINK : undefined });
    const { writer, dryRun: recorder } = clientsFor(endpoint, dryRun, keys);
    const result = await writer.sendDeployment({ ...deployment, finishedAt });
    if (recorder) {
      outcome = { kind: 'dry-run', what: `it would have been sent to ${recorder.requests[0]?.url}.` };
    } else {
      outcome = { kind: 'done', ...result };
      core.info(`Datadog accepted deployment ${result.id} (HTTP ${result.status}, ${result.attempts === 1 ? '1 attempt' : `${result.attempts} attempts`}).`);
      if (result.id !== result.sentId) {
        datadogId = result.id;
        core.info(`Datadog knows this deployment as ${result.id}, not ${result.sentId} as sent: use ${result.id} to mark it later.`);
        core.setOutput('deployment-id', result.id);
      }
    }
    if (remediates) remediation = await linkRemediation(writer, remediates, result.id, failOnError);
    if (recorder) printDryRun(recorder.requests);
  } catch (error) {
    outcome = reportProblem(error, failOnError, 'DORA deployment not sent');
  }
  await writeSummary(deploymentSummary({ deployment, finishedAt, appUrl, outcome, datadogId, remediation }));
}

async function linkRemediation(
  writer: DoraClient,
  remediates: NonNullable<SavedDeployment['remediates']>,
  remediationId: string,
  failOnError: boolean,
): Promise<{ line: string }> {
  if (!('id' in remediates)) {
    const { service, env } = remediates.latest;
    return { line: `${describeLookup(service, env)}, marked a change failure (${remediates.type}) — not looked up in this dry run without both keys` };
  }
  try {
    await writer.patchDeployment(remediates.id, { changeFailure: true, remediation: { id: remediationId, type: remediates.type } });
    core.info(`Deployment ${remediates.id} is marked a change failure, remediated by ${remediationId} (${remediates.type}).`);
    return { line: `${remediates.id}: marked a change failure, remediated by this deployment (${remediates.type})` };
  } catch (error) {
    const outcome = reportProblem(error, failOnError, 'Remediated deployment not marked');
    return { line: `${remediates.id}: not marked. ${outcome.kind === 'failed' ? outcome.message : ''}` };
  }
}
