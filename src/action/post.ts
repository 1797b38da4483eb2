import * as core from '@actions/core';
import { createDoraClient, createDryRunDoraClient } from '../datadog/client.ts';
import { DEFAULT_SITE, resolveSite } from '../datadog/sites.ts';
import { readApiKey } from './inputs.ts';
import { loadDeployment } from './state.ts';
import { deploymentSummary, type Outcome } from './summary.ts';

/** When the job ends, only if it succeeded: send the deployment, once, and say how it went. */
export async function runPost(): Promise<void> {
  const saved = loadDeployment();
  if (!saved) {
    core.info('No deployment to send: the main step of this action did not record one.');
    return;
  }
  const { deployment, endpoint, dryRun, failOnError } = saved;
  const finishedAt = saved.finishedAt ?? new Date();
  const event = { ...deployment, finishedAt };
  let outcome: Outcome;
  try {
    if (dryRun) {
      const client = createDryRunDoraClient(endpoint);
      await client.sendDeployment(event);
      const [request] = client.requests;
      core.info(`Dry run: nothing is sent. This is the request that would go to Datadog:\nPOST ${request?.url}\n${JSON.stringify(request?.body, null, 2)}`);
      outcome = { kind: 'dry-run', url: request?.url ?? '' };
    } else {
      const client = createDoraClient({ ...endpoint, apiKey: readApiKey(true) ?? '', log: (line) => core.info(line) });
      const result = await client.sendDeployment(event);
      outcome = { kind: 'sent', result };
      core.info(`Datadog accepted deployment ${result.id} (HTTP ${result.status}, ${result.attempts === 1 ? '1 attempt' : `${result.attempts} attempts`}).`);
      if (result.id !== result.sentId) {
        core.info(`Datadog knows this deployment as ${result.id}, not ${result.sentId} as sent: use ${result.id} to mark it later.`);
        core.setOutput('deployment-id', result.id);
      }
    }
  } catch (error) {
    const message = (error as Error).message;
    outcome = { kind: 'failed', message, failsStep: failOnError };
    if (failOnError) core.setFailed(message);
    else core.warning(`${message} The job keeps its result (fail-on-error is false).`, { title: 'DORA deployment not sent' });
  }

  if (process.env.GITHUB_STEP_SUMMARY) {
    const appUrl = resolveSite(endpoint.site ?? DEFAULT_SITE).appUrl;
    await core.summary.addRaw(deploymentSummary({ deployment, finishedAt, appUrl, outcome })).write();
  }
}
