// change-failure and stable: patch a deployment Datadog already has, at once, from main.
import * as core from './toolkit.ts';
import { appUrlFor, clientsFor } from './clients.ts';
import { type MarkInputs, readKeys } from './inputs.ts';
import { describeLookup, findLatestDeployment } from './latest.ts';
import { NothingFound, type Outcome, printDryRun, reportProblem, writeSummary } from './report.ts';
import { markSummary, type MarkReport } from './summary.ts';

export async function markDeployment(inputs: MarkInputs): Promise<void> {
  const changeFailure = inputs.event === 'change-failure';
  const why = `for event ${inputs.event}: marking a deployment is a write to Datadog`;
  const keys = readKeys(inputs.dryRun ? {} : { api: why, app: why });
  const { writer, reader, dryRun } = clientsFor(inputs.endpoint, inputs.dryRun, keys);
  const remediation = inputs.remediationId ? { id: inputs.remediationId, type: inputs.remediationType } : undefined;
  const report: Omit<MarkReport, 'outcome'> = { changeFailure, remediation, appUrl: appUrlFor(inputs.endpoint) };
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
        await writeSummary(markSummary({ ...report, outcome: { kind: 'dry-run', what } }));
        return;
      }
      const latest = await findLatestDeployment(reader, service, env);
      if (!latest) throw new NothingFound(`No deployment of ${service} in ${env} was found (${report.lookup}): nothing was marked. Check inputs service and env, or pass the id as deployment-id.`);
      id = latest;
      core.info(`The latest deployment of ${service} in ${env} is ${id}.`);
    }
    report.id = id;
    const result = await writer.patchDeployment(id, { changeFailure, ...(remediation ? { remediation } : {}) });
    core.setOutput('deployment-id', id);
    if (dryRun) {
      printDryRun(dryRun.requests.filter((request) => request.method === 'PATCH'));
      outcome = { kind: 'dry-run', what: `deployment ${id} would have been marked ${changeFailure ? 'a change failure' : 'stable'}.` };
    } else {
      outcome = { kind: 'done', ...result };
      core.info(`Datadog marked deployment ${id} ${changeFailure ? `a change failure${remediation ? `, remediated by ${remediation.id} (${remediation.type})` : ''}` : 'stable'}.`);
    }
  } catch (error) {
    outcome = reportProblem(error, inputs.failOnError, `Deployment not marked ${changeFailure ? 'a change failure' : 'stable'}`);
  }
  await writeSummary(markSummary({ ...report, outcome }));
}
