// The deployment event: planned in main, before the deploy; sent when the job ends (post),
// or at once from main when its finish time is given.
import * as core from './toolkit.ts';
import { deploymentRequest } from '../datadog/client.ts';
import { DatadogApiError } from '../datadog/errors.ts';
import type { DoraClient } from '../datadog/types.ts';
import { apiUrlFor, appLinkFor, clientsFor } from './clients.ts';
import { detectCommit } from './commit.ts';
import { readRunContext } from './context.ts';
import { planDeployment } from './deployment.ts';
import { runScopedId } from './ids.ts';
import { type DeploymentInputs, type Endpoint, InputError, type Keys, requireKeys } from './inputs.ts';
import { describeLookup, findLatestDeployment } from './latest.ts';
import { NothingFound, type Outcome, printDryRun, reportProblem, reportRunnerFile, writeOutput, writeSummary } from './report.ts';
import { loadStartTime, type SavedDeployment, saveDeployment } from './state.ts';
import { deploymentSummary } from './summary.ts';
import { checkOrder } from './times.ts';

const SEND = 'to send a deployment to Datadog';
const LINK = 'with remediates: marking the remediated deployment a change failure needs it';
/** All that main asks Datadog before the deploy (the key check, a lookup) shares this. */
export const PREFLIGHT_BUDGET_MS = 10_000;

type Remediates = NonNullable<SavedDeployment['remediates']>;

export async function startDeployment(inputs: DeploymentInputs, keys: Keys): Promise<void> {
  // Date.now(), not performance.now(): the global `performance` loads perf_hooks, a cost paid in every dry run.
  const preflightEnds = Date.now() + PREFLIGHT_BUDGET_MS;
  requireKeys(keys, inputs.dryRun ? {} : { api: SEND, app: inputs.remediates ? LINK : undefined });
  const context = readRunContext();

  const recorded = inputs.startedAt ? undefined : loadStartTime();
  let startedAt = inputs.startedAt ?? recorded;
  if (!startedAt) {
    startedAt = new Date();
    core.info(
      `No start time was recorded when the job started (the runner skips pre for local actions such as "uses: ./", and pre records nothing when it cannot write the runner's state): the deployment starts now, ${startedAt.toISOString()}.`,
    );
  }
  if (inputs.finishedAt && !inputs.startedAt) checkOrder(inputs.finishedAt, startedAt, recorded ? "the job's start, recorded when the job started" : 'the start of this step');
  const commit = inputs.commitSha ? { sha: inputs.commitSha, source: 'input commit-sha' } : await detectCommit(context, undefined, core.debug);
  const deployment = planDeployment(inputs, context, { id: inputs.deploymentId ?? runScopedId(context), startedAt, commitSha: commit.sha });
  // The client's own rules, checked now rather than when the job ends.
  deploymentRequest({ ...deployment, finishedAt: inputs.finishedAt ?? startedAt });

  const clients = clientsFor(inputs.endpoint, inputs.dryRun, keys);
  if (!inputs.dryRun) await checkKey(clients.writer, inputs.endpoint, inputs.failOnError);

  const saved: SavedDeployment = { deployment, endpoint: inputs.endpoint, dryRun: inputs.dryRun, failOnError: inputs.failOnError };
  if (inputs.remediates) {
    const reader = clientsFor(inputs.endpoint, inputs.dryRun, keys, { budgetMs: Math.max(1, preflightEnds - Date.now()) }).reader;
    saved.remediates = await resolveBeforeDeploy({ ...inputs.remediates, type: inputs.remediationType }, reader, inputs.failOnError);
  }
  writeOutput('deployment-id', deployment.id, inputs.failOnError);
  writeOutput('started-at', startedAt.toISOString(), inputs.failOnError);
  const what = `Deployment ${deployment.id} of ${deployment.service}${deployment.env ? ` to ${deployment.env}` : ''}, started at ${startedAt.toISOString()}${commit.sha ? `, commit ${commit.sha} (${commit.source})` : ''}`;

  if (inputs.finishedAt) {
    core.info(`${what}, finished at ${inputs.finishedAt.toISOString()} (input finished-at): sent now; nothing is left for the end of the job.`);
    await deliverDeployment(saved, inputs.finishedAt, keys);
    return;
  }
  try {
    saveDeployment(saved);
  } catch (error) {
    reportRunnerFile(error, 'The deployment cannot be sent when the job ends: give finished-at to send it from this step instead.', inputs.failOnError);
    return;
  }
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

/**
 * `remediates: latest` is looked up before the deploy, while this deployment is not in Datadog,
 * within what is left of the short budget: a lookup that cannot finish in it is left for post,
 * which looks again before sending this deployment, so the deploy is never held and the link not lost.
 */
async function resolveBeforeDeploy(remediates: Remediates, reader: DoraClient | undefined, failOnError: boolean): Promise<Remediates | undefined> {
  if ('id' in remediates) return remediates;
  const { service, env } = remediates.latest;
  if (!reader) {
    core.info(`Dry run without both keys: ${describeLookup(service, env)} would be looked up now, and marked a change failure remediated by this deployment.`);
    return remediates;
  }
  try {
    return await findRemediated(remediates, reader);
  } catch (error) {
    if (error instanceof DatadogApiError && !isRefusal(error)) {
      core.info(`${describeLookup(service, env)} could not be looked up before the deploy (${error.message}) It is looked up again when the job ends, before this deployment is sent.`);
      return remediates;
    }
    reportProblem(error, failOnError, 'Remediated deployment', 'not found');
    return undefined;
  }
}

/** Datadog said no (a 4xx other than 429): asking again later would not change its answer. */
function isRefusal(error: DatadogApiError): boolean {
  return error.kind === 'http' && error.status !== undefined && error.status < 500 && error.status !== 429;
}

async function findRemediated(remediates: Extract<Remediates, { latest: unknown }>, reader: DoraClient): Promise<Remediates> {
  const { service, env } = remediates.latest;
  const id = await findLatestDeployment(reader, service, env);
  if (!id) throw new NothingFound(`No deployment of ${service} in ${env} was found to remediate (${describeLookup(service, env)}): this deployment is sent without a remediation link.`);
  core.info(`This deployment remediates ${id}, ${describeLookup(service, env)}.`);
  return { id, type: remediates.type };
}

/** Sends the deployment, then links the deployment it remediates to it; says how it went. */
export async function deliverDeployment(saved: SavedDeployment, now: Date, keys: Keys): Promise<void> {
  const { deployment, endpoint, dryRun, failOnError } = saved;
  // A start given a little ahead of this runner's clock must not end before it begins.
  const finishedAt = now < deployment.startedAt ? deployment.startedAt : now;
  let outcome: Outcome;
  let datadogId: string | undefined;
  let remediation: { line: string } | undefined;
  try {
    requireKeys(keys, dryRun ? {} : { api: SEND, app: saved.remediates ? LINK : undefined });
    const { writer, reader, dryRun: recorder } = clientsFor(endpoint, dryRun, keys);
    const remediates = await resolveBeforeSending(saved.remediates, reader, failOnError);
    const result = await writer.sendDeployment({ ...deployment, finishedAt });
    if (recorder) {
      outcome = { kind: 'dry-run', what: `it would have been sent to ${recorder.requests[0]?.url}.` };
    } else {
      outcome = { kind: 'done', ...result };
      core.info(`Datadog accepted deployment ${result.id} (HTTP ${result.status}, ${result.attempts === 1 ? '1 attempt' : `${result.attempts} attempts`}).`);
      if (result.id !== result.sentId) {
        datadogId = result.id;
        core.info(`Datadog knows this deployment as ${result.id}, not ${result.sentId} as sent: use ${result.id} to mark it later.`);
        writeOutput('deployment-id', result.id, failOnError);
      }
    }
    if (remediates) remediation = await linkRemediation(writer, remediates, result.id, failOnError);
    if (recorder) printDryRun(recorder.requests);
  } catch (error) {
    outcome = reportProblem(error, failOnError, 'DORA deployment', 'not sent');
  }
  await writeSummary(deploymentSummary({ deployment, finishedAt, appLink: appLinkFor(endpoint), outcome, datadogId, remediation }), failOnError);
}

/** A `latest` that main left for the end of the job is looked up now, before this deployment exists. */
async function resolveBeforeSending(remediates: Remediates | undefined, reader: DoraClient | undefined, failOnError: boolean): Promise<Remediates | undefined> {
  if (!remediates || 'id' in remediates || !reader) return remediates;
  try {
    return await findRemediated(remediates, reader);
  } catch (error) {
    reportProblem(error, failOnError, 'Remediated deployment', 'not found');
    return undefined;
  }
}

async function linkRemediation(writer: DoraClient, remediates: Remediates, remediationId: string, failOnError: boolean): Promise<{ line: string }> {
  if (!('id' in remediates)) {
    const { service, env } = remediates.latest;
    return { line: `${describeLookup(service, env)}, marked a change failure (${remediates.type}) — not looked up in this dry run without both keys` };
  }
  try {
    await writer.patchDeployment(remediates.id, { changeFailure: true, remediation: { id: remediationId, type: remediates.type } });
    core.info(`Datadog accepted marking deployment ${remediates.id} a change failure, remediated by ${remediationId} (${remediates.type}).`);
    return { line: `${remediates.id}: marked a change failure, remediated by this deployment (${remediates.type}), accepted by Datadog` };
  } catch (error) {
    const outcome = reportProblem(error, failOnError, 'Remediated deployment', 'not marked');
    return { line: `${remediates.id}: ${outcome.mayHaveArrived ? 'may or may not be marked' : 'not marked'}. ${outcome.message}` };
  }
}
