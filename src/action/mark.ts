// change-failure and stable: patch a deployment Datadog already has, at once, from main.
import * as core from './toolkit.ts';
import { appLinkFor, clientsFor } from './clients.ts';
import { InputError, type Keys, type MarkInputs, requireKeys } from './inputs.ts';
import { describeLookup, findLatestDeployment } from './latest.ts';
import { NothingFound, type Outcome, printDryRun, reportProblem, writeOutput, writeSummary } from './report.ts';
import { markSummary, type MarkReport } from './summary.ts';

export async function markDeployment(inputs: MarkInputs, keys: Keys): Promise<void> {
  const changeFailure = inputs.event === 'change-failure';
  const why = `for event ${inputs.event}: marking a deployment is a write to Datadog`;
  requireKeys(keys, inputs.dryRun ? {} : { api: why, app: why });
  const { writer, reader, dryRun } = clientsFor(inputs.endpoint, inputs.dryRun, keys);
  const remediation = inputs.remediationId ? { id: inputs.remediationId, type: inputs.remediationType } : undefined;
  const report: Omit<MarkReport, 'outcome'> = { changeFailure, remediation, appLink: appLinkFor(inputs.endpoint) };
  let outcome: Outcome;
  try {
    let id: string;
    if ('id' in inputs.target) {
      id = inputs.target.id;
    } else {
      const { service, env } = inputs.target.latest;
      report.lookup = describeLookup(service, env);
      if (!reader) {
        const what = `${report.lookup} would be looked up (a dry run reads only when both keys are given), and marked ${changeFailure ? 'a change failure' : 'stable'}.`;
        core.info(`Dry run: ${what}`);
        await writeSummary(markSummary({ ...report, outcome: { kind: 'dry-run', what } }), inputs.failOnError);
        return;
      }
      const latest = await findLatestDeployment(reader, service, env);
      if (!latest) throw new NothingFound(`No deployment of ${service} in ${env} was found (${report.lookup}): nothing was marked. Check inputs service and env, or pass the id as deployment-id.`);
      if (latest === remediation?.id) {
        throw new InputError(`The latest deployment of ${service} in ${env} is ${latest}, the remediation-id itself: a deployment cannot remediate itself, so nothing was marked. Give the failed deployment's id as deployment-id.`);
      }
      id = latest;
      core.info(`The latest deployment of ${service} in ${env} is ${id}.`);
    }
    report.id = id;
    const result = await writer.patchDeployment(id, { changeFailure, ...(remediation ? { remediation } : {}) });
    writeOutput('deployment-id', id, inputs.failOnError);
    if (dryRun) {
      printDryRun(dryRun.requests.filter((request) => request.method === 'PATCH'));
      outcome = { kind: 'dry-run', what: `deployment ${id} would have been marked ${changeFailure ? 'a change failure' : 'stable'}.` };
    } else {
      outcome = { kind: 'done', ...result };
      core.info(`Datadog accepted marking deployment ${id} ${changeFailure ? `a change failure${remediation ? `, remediated by ${remediation.id} (${remediation.type})` : ''}` : 'stable'} (HTTP ${result.status}).`);
    }
  } catch (error) {
    outcome = reportProblem(error, inputs.failOnError, 'Deployment', `not marked ${changeFailure ? 'a change failure' : 'stable'}`);
  }
  await writeSummary(markSummary({ ...report, outcome }), inputs.failOnError);
}
