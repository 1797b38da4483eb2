import * as core from '@actions/core';
import { deploymentRequest, createDoraClient } from '../datadog/client.ts';
import { DatadogConfigError } from '../datadog/errors.ts';
import { DEFAULT_SITE, resolveSite } from '../datadog/sites.ts';
import { detectCommit } from './commit.ts';
import { readRunContext } from './context.ts';
import { newDeploymentId, planDeployment } from './deployment.ts';
import { InputError, readApiKey, readInputs, type Endpoint } from './inputs.ts';
import { loadStartTime, saveDeployment } from './state.ts';

/** Where the step stands, before the deploy: validate everything, so a bad input fails now. */
export async function runMain(): Promise<void> {
  try {
    const inputs = readInputs();
    const apiKey = readApiKey(!inputs.dryRun);
    const context = await readRunContext();

    let startedAt = inputs.startedAt ?? loadStartTime();
    if (!startedAt) {
      startedAt = new Date();
      core.info(
        `No start time was recorded when the job started (the runner skips pre for local actions such as "uses: ./"): the deployment starts now, ${startedAt.toISOString()}.`,
      );
    }
    const commit = inputs.commitSha ? { sha: inputs.commitSha, source: 'input commit-sha' } : await detectCommit(context, undefined, core.debug);
    const deployment = planDeployment(inputs, context, {
      id: inputs.deploymentId ?? newDeploymentId(context),
      startedAt,
      commitSha: commit.sha,
    });
    // The client's own rules, checked now rather than when the job ends.
    deploymentRequest({ ...deployment, finishedAt: inputs.finishedAt ?? startedAt });

    if (apiKey && !inputs.dryRun) await checkKey(inputs.endpoint, apiKey, inputs.failOnError);

    saveDeployment({ deployment, endpoint: inputs.endpoint, dryRun: inputs.dryRun, failOnError: inputs.failOnError, finishedAt: inputs.finishedAt });
    core.setOutput('deployment-id', deployment.id);
    core.setOutput('started-at', startedAt.toISOString());
    core.info(
      `Deployment ${deployment.id} of ${deployment.service}${deployment.env ? ` to ${deployment.env}` : ''} started at ${startedAt.toISOString()}` +
        `${commit.sha ? `, commit ${commit.sha} (${commit.source})` : ''}. It is ${inputs.dryRun ? 'shown (dry run)' : 'sent to Datadog'} when the job ends, if the job succeeds.`,
    );
  } catch (error) {
    if (error instanceof InputError || error instanceof DatadogConfigError) core.setFailed(error.message);
    else core.setFailed(`Unexpected error: ${(error as Error).stack ?? String(error)}`);
  }
}

/** A wrong key or site is said before the deploy runs, not discovered when the job ends. */
async function checkKey(endpoint: Endpoint, apiKey: string, failOnError: boolean): Promise<void> {
  const check = await createDoraClient({ ...endpoint, apiKey }).checkApiKey();
  const where = endpoint.baseUrl ?? resolveSite(endpoint.site ?? DEFAULT_SITE).apiUrl;
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
