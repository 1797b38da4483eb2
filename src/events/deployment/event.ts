// deployment: planned in main, before the deploy, and sent when the job ends (post), or at once
// from main when its finish time is given (deployment-delivery.ts).

import { DatadogApiError } from '../../datadog/errors.ts';
import type { DoraClient } from '../../datadog/operations.ts';
import { deploymentRequest } from '../../datadog/requests.ts';
import { apiUrlFor, clientsFor } from '../../pipeline/clients.ts';
import { detectCommitAndWarn } from '../../pipeline/commit.ts';
import { runScopedId } from '../../pipeline/ids.ts';
import type { EventKind, Runtime } from '../../pipeline/kind.ts';
import { describeLookup, NotLookedUp } from '../../pipeline/latest.ts';
import { requireKeysFor } from '../../pipeline/pipeline.ts';
import { describe, type Facts } from '../../pipeline/plan.ts';
import { REMEDIATION_TAG_COUNT } from '../../pipeline/remediation-tags.ts';
import { type RunContext, readRunContext } from '../../runner/context.ts';
import { quoted } from '../../runner/escape.ts';
import { MAX_SERVICE_LENGTH, notLonger } from '../../runner/inputs/grammar.ts';
import { line } from '../../runner/inputs/read.ts';
import { DESCRIBING, described, newEventId, onlyWith, remediationType, target } from '../../runner/inputs/shared.ts';
import {
  type Common,
  type Described,
  type Endpoint,
  InputError,
  type Keys,
  type Target,
} from '../../runner/inputs/types.ts';
import { sayProblem, sayRunnerFileProblem, writeOutput } from '../../runner/outcome.ts';
import { loadStartTime } from '../../runner/start-time.ts';
import { checkOrder } from '../../runner/times.ts';
import type { Toolkit } from '../../runner/toolkit.ts';
import { deliverDeployment, deploymentNeeds, findRemediated, type RemediatingStep } from './delivery.ts';
import { type PlannedDeployment, type Remediates, type SavedDeployment, saveDeployment } from './state.ts';

export interface DeploymentInputs extends Common, Described {
  event: 'deployment';
  service: string;
  deploymentId?: string;
  /** The failed deployment this one remediates. */
  remediates?: Target;
  remediationType: Remediates['type'];
}

export function planDeployment(inputs: DeploymentInputs, context: RunContext, facts: Facts): PlannedDeployment {
  return {
    id: facts.id,
    service: inputs.service,
    startedAt: facts.startedAt,
    ...describe(inputs, context, facts.commitSha),
  };
}

/** All that main asks Datadog before the deploy (the key check, a lookup) shares this. */
const PREFLIGHT_BUDGET_MS = 10_000;

export const deployment: EventKind<DeploymentInputs> = {
  reads: ['service', ...DESCRIBING, 'deployment-id', 'remediates', 'remediation-type'],

  parse(source, event, warnings) {
    const service = line(source, 'service', 'DD_SERVICE');
    if (!service)
      throw new InputError('Input service is required: the name of the service deployed (or set env DD_SERVICE).');
    notLonger(service, MAX_SERVICE_LENGTH);
    const deploymentId = newEventId(source, 'deployment-id', event);
    const remediates = target(source, 'remediates', event);
    if (remediates && 'id' in remediates && remediates.id === deploymentId) {
      throw new InputError(
        `Input remediates is the deployment-id, ${quoted(remediates.id)}: a deployment cannot remediate itself; expected the id of the failed deployment, or latest.`,
      );
    }
    if (!remediates) onlyWith(source, warnings, 'remediation-type', 'remediates', event);
    const remediationTags = remediates ? { tags: REMEDIATION_TAG_COUNT, because: 'with remediates' } : undefined;
    return {
      ...described(source, remediationTags),
      service: service.value,
      deploymentId,
      remediates,
      remediationType: remediationType(source),
    };
  },

  main: startDeployment,
};

async function startDeployment(inputs: DeploymentInputs, keys: Keys, runtime: Runtime): Promise<void> {
  const { core, clock, timer } = runtime;
  const stepStartedAt = clock();
  requireKeysFor(inputs, keys, deploymentNeeds(Boolean(inputs.remediates)));
  const context = readRunContext(core.env);

  const pre = inputs.startedAt ? undefined : loadStartTime(stepStartedAt, core.env);
  if (pre && 'refused' in pre)
    core.info(
      `The start time recorded when the job started is not one (${JSON.stringify(pre.refused.slice(0, 40))}); it is not used.`,
    );
  const recorded = pre && 'at' in pre ? pre.at : undefined;
  let startedAt = inputs.startedAt ?? recorded;
  if (!startedAt) {
    startedAt = stepStartedAt;
    core.info(
      `No start time was recorded when the job started (the runner skips pre for local actions such as "uses: ./", and pre records nothing when it cannot write the runner's state): the deployment starts now, ${startedAt.toISOString()}.`,
    );
  }
  if (inputs.finishedAt && !inputs.startedAt)
    checkOrder(
      inputs.finishedAt,
      startedAt,
      recorded ? "the job's start, recorded when the job started" : 'the start of this step',
    );
  const commit = inputs.commitSha
    ? { sha: inputs.commitSha, source: 'input commit-sha' }
    : await detectCommitAndWarn(context, core);
  const planned = planDeployment(inputs, context, {
    id: inputs.deploymentId ?? runScopedId(context),
    startedAt,
    commitSha: commit.sha,
  });
  // The client's own rules, checked now rather than when the job ends.
  deploymentRequest({ ...planned, finishedAt: inputs.finishedAt ?? startedAt });

  // Timed from here: the key check and the lookup share the short budget before the deploy.
  const preflightEnds = timer.now() + PREFLIGHT_BUDGET_MS;
  const clients = clientsFor(inputs.endpoint, inputs.dryRun, keys, runtime);
  await checkKey(core, clients.writer, inputs.endpoint, inputs.failOnError);

  const saved: SavedDeployment = {
    deployment: planned,
    endpoint: inputs.endpoint,
    dryRun: inputs.dryRun,
    failOnError: inputs.failOnError,
  };
  if (inputs.remediates) {
    const reader = clientsFor(inputs.endpoint, inputs.dryRun, keys, runtime, {
      budgetMs: Math.max(1, preflightEnds - timer.now()),
    }).reader;
    const given = 'id' in inputs.remediates ? { given: true } : {};
    saved.remediates = await resolveBeforeDeploy(
      core,
      { ...inputs.remediates, type: inputs.remediationType, ...given },
      reader,
      { stepStartedAt, clock, deploymentId: planned.id },
      inputs.failOnError,
    );
  }
  writeOutput(core, 'deployment-id', planned.id, inputs.failOnError);
  writeOutput(core, 'started-at', startedAt.toISOString(), inputs.failOnError);
  const what = `Deployment ${planned.id} of ${planned.service}${planned.env ? ` to ${planned.env}` : ''}, started at ${startedAt.toISOString()}${commit.sha ? `, commit ${commit.sha} (${commit.source})` : ''}`;

  if (inputs.finishedAt) {
    core.info(
      `${what}, finished at ${inputs.finishedAt.toISOString()} (input finished-at): sent now; nothing is left for the end of the job.`,
    );
    await deliverDeployment(saved, { stepStartedAt, finishedAt: inputs.finishedAt }, keys, runtime);
    return;
  }
  try {
    saveDeployment(core, saved);
  } catch (error) {
    sayRunnerFileProblem(
      core,
      error,
      'The deployment cannot be sent when the job ends: give finished-at to send it from this step instead.',
      inputs.failOnError,
    );
    return;
  }
  core.info(
    `${what}. It is ${clients.dryRun ? 'shown (dry run)' : 'sent to Datadog'} when the job ends, if the job succeeds.`,
  );
}

/** A wrong key or site is said before the deploy runs, not discovered when the job ends. */
async function checkKey(core: Toolkit, client: DoraClient, endpoint: Endpoint, failOnError: boolean): Promise<void> {
  const check = await client.checkApiKey();
  const where = apiUrlFor(endpoint);
  if (check.verdict === 'rejected') {
    const message = `Datadog rejected the API key: ${check.reason}. Check input api-key (or env DATADOG_API_KEY, DD_API_KEY) and input site: the key must belong to an organization on ${where}.`;
    if (failOnError) throw new InputError(message);
    core.warning(`${message} The deployment will not be accepted.`, { title: 'Datadog API key rejected' });
  } else if (check.verdict === 'unknown') {
    core.info(`The API key could not be checked (${check.reason}); going on.`);
  } else if (check.verdict === 'valid') {
    core.debug(`Datadog accepts the API key on ${where}.`);
  }
}

/**
 * `remediates: latest` is looked up before the deploy, while this deployment is not in Datadog,
 * within what is left of the short budget: a lookup that cannot finish in it is left for post,
 * which looks again before sending this deployment, so the deploy is never held and the link not lost.
 */
async function resolveBeforeDeploy(
  core: Toolkit,
  remediates: Remediates,
  reader: DoraClient | undefined,
  step: RemediatingStep,
  failOnError: boolean,
): Promise<Remediates | undefined> {
  if ('id' in remediates) return remediates;
  try {
    const found = await findRemediated(remediates, reader, step);
    core.info(found.said);
    return found.remediates;
  } catch (error) {
    if (error instanceof NotLookedUp) {
      core.info(
        `Dry run without both keys: ${error.lookup} would be looked up now, and marked a change failure remediated by this deployment.`,
      );
      return remediates;
    }
    if (error instanceof DatadogApiError && !isRefusal(error)) {
      const { service, env } = remediates.latest;
      core.info(
        `${describeLookup(service, env)} could not be looked up before the deploy (${error.message}) It is looked up again when the job ends, before this deployment is sent.`,
      );
      return remediates;
    }
    sayProblem(core, error, failOnError, 'Remediated deployment', 'not found');
    return undefined;
  }
}

/** Datadog said no (a 4xx other than 429): asking again later would not change its answer. */
function isRefusal(error: DatadogApiError): boolean {
  return error.kind === 'http' && error.status !== undefined && error.status < 500 && error.status !== 429;
}
