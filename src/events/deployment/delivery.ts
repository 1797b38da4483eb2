// Sending a deployment: from post when the job ends, or from main when its finish time is given.
// Then the deployment it remediates is marked a change failure, remediated by it.
import type { DoraClient } from '../../datadog/operations.ts';
import type { SendResult } from '../../datadog/results.ts';
import type { Clock } from '../../datadog/retirement.ts';
import { type AppLink, appLinkFor } from '../../pipeline/clients.ts';
import type { Runtime } from '../../pipeline/kind.ts';
import { describeLookup, findLatestDeployment, NotLookedUp } from '../../pipeline/latest.ts';
import { deliver, type Followed, type Prepared, type Sent } from '../../pipeline/pipeline.ts';
import { remediationTags } from '../../pipeline/remediation-tags.ts';
import { commitLink, duration, idCell, optional, type Row, sentHeadings, summaryOf } from '../../pipeline/summary.ts';
import { readRunContext } from '../../runner/context.ts';
import { markdownCode as code, markdownText } from '../../runner/escape.ts';
import type { Keys } from '../../runner/inputs/types.ts';
import { failureOf, NothingFound, type Outcome } from '../../runner/outcome.ts';
import type { PlannedDeployment, Remediates, SavedDeployment } from './state.ts';

/** The keys a deployment needs, and what for. */
export const deploymentNeeds = (remediates: boolean) => ({
  api: 'to send a deployment to Datadog',
  app: remediates ? 'with remediates: marking the remediated deployment a change failure needs it' : undefined,
});

/** When the sending step started, and when the deployment finished (post: when the job ends). */
export interface Sending {
  stepStartedAt: Date;
  finishedAt: Date;
}

/** Sends the deployment, then links the deployment it remediates to it; says how it went. */
export async function deliverDeployment(
  saved: SavedDeployment,
  sending: Sending,
  keys: Keys,
  runtime: Runtime,
): Promise<void> {
  const { deployment, endpoint, dryRun, failOnError } = saved;
  // A start given a little ahead of this runner's clock must not end before it begins.
  const finishedAt = new Date(Math.max(sending.finishedAt.getTime(), deployment.startedAt.getTime()));
  await deliver<Remediates | undefined, SendResult>(
    {
      subject: 'DORA deployment',
      failed: 'not sent',
      needs: deploymentNeeds(Boolean(saved.remediates)),
      prepare: (reader) =>
        resolveBeforeSending(saved.remediates, reader, {
          stepStartedAt: sending.stepStartedAt,
          clock: runtime.clock,
          deploymentId: deployment.id,
        }),
      async send(writer, remediates): Promise<Sent<SendResult>> {
        // Tagged, so that the report, which reads deployments back, sees the remediation too.
        const tags = remediates && 'id' in remediates ? remediationTags(remediates.id, remediates.type) : [];
        const result = await writer.sendDeployment({
          ...deployment,
          customTags: [...(deployment.customTags ?? []), ...tags],
          finishedAt,
        });
        const renamed = result.id !== result.sentId;
        return {
          result,
          accepted: [
            `Datadog accepted deployment ${result.id} (HTTP ${result.status}, ${result.attempts === 1 ? '1 attempt' : `${result.attempts} attempts`}).`,
            ...(renamed
              ? [
                  `Datadog knows this deployment as ${result.id}, not ${result.sentId} as sent: use ${result.id} to mark it later.`,
                ]
              : []),
          ].join('\n'),
          outputs: renamed ? { 'deployment-id': result.id } : {},
          ...(remediates ? { follow: () => linkRemediation(writer, remediates, result.id, failOnError) } : {}),
          ...(remediates && 'id' in remediates && remediates.given
            ? { check: [{ id: remediates.id, input: 'remediates' }] }
            : {}),
        };
      },
      wouldHave: (record) =>
        `it would have been sent to ${'requests' in record ? record.requests[0]?.url : 'Datadog'}.`,
      summary: ({ outcome, result, followed }) =>
        deploymentSummary({
          deployment,
          finishedAt,
          appLink: appLinkFor(endpoint),
          githubServerUrl: readRunContext(runtime.core.env).serverUrl,
          outcome,
          datadogId: result && result.id !== result.sentId ? result.id : undefined,
          remediation: followed,
        }),
    },
    { endpoint, dryRun, failOnError, keys, runtime },
  );
}

/** A `latest` that main left for the end of the job is looked up now, before this deployment exists. */
async function resolveBeforeSending(
  remediates: Remediates | undefined,
  reader: DoraClient | undefined,
  step: RemediatingStep,
): Promise<Prepared<Remediates | undefined>> {
  if (!remediates || 'id' in remediates) return { prepared: remediates };
  try {
    const found = await findRemediated(remediates, reader, step);
    return { prepared: found.remediates, said: [{ info: found.said }] };
  } catch (error) {
    // A dry run without both keys says what it would have looked up, in the remediation's line.
    if (error instanceof NotLookedUp) return { prepared: remediates };
    return { prepared: undefined, said: [{ problem: error, what: 'Remediated deployment', failed: 'not found' }] };
  }
}

/**
 * The step that looks up what it remediates: when it started, its clock (the window ends now), and
 * the deployment it sends, which cannot be the one found.
 */
export interface RemediatingStep {
  stepStartedAt: Date;
  clock: Clock;
  deploymentId: string;
}

/** The failed deployment `latest` names, by its id, and the line that says which it is. */
export async function findRemediated(
  remediates: Extract<Remediates, { latest: unknown }>,
  reader: DoraClient | undefined,
  { stepStartedAt, clock, deploymentId }: RemediatingStep,
): Promise<{ remediates: Remediates; said: string }> {
  const { service, env } = remediates.latest;
  const own = [{ id: deploymentId, as: 'this deployment, which this step sends' }];
  const id = await findLatestDeployment(
    reader,
    { service, env, stepStartedAt, own, otherwise: 'This deployment is sent without a remediation link.' },
    clock(),
  );
  if (!id)
    throw new NothingFound(
      `No deployment of ${service} in ${env} was found to remediate (${describeLookup(service, env)}): this deployment is sent without a remediation link.`,
    );
  return {
    remediates: { id, type: remediates.type },
    said: `This deployment remediates ${id}, ${describeLookup(service, env)}.`,
  };
}

async function linkRemediation(
  writer: DoraClient,
  remediates: Remediates,
  remediationId: string,
  failOnError: boolean,
): Promise<Followed> {
  if (!('id' in remediates)) {
    const { service, env } = remediates.latest;
    return {
      said: [],
      summary: `${describeLookup(service, env)}, marked a change failure (${remediates.type}) — not looked up in this dry run without both keys`,
    };
  }
  try {
    await writer.patchDeployment(remediates.id, {
      changeFailure: true,
      remediation: { id: remediationId, type: remediates.type },
    });
    return {
      said: [
        {
          info: `Datadog accepted marking deployment ${remediates.id} a change failure, remediated by ${remediationId} (${remediates.type}).`,
        },
      ],
      summary: `${remediates.id}: marking it a change failure, remediated by this deployment (${remediates.type}), accepted by Datadog`,
    };
  } catch (error) {
    const failed = failureOf(error, failOnError);
    return {
      said: [{ problem: error, what: 'Remediated deployment', failed: 'not marked' }],
      summary: `${remediates.id}: ${failed.mayHaveArrived ? 'may or may not be marked' : 'not marked'}. ${failed.message}`,
    };
  }
}

export interface DeploymentSummary {
  deployment: PlannedDeployment;
  finishedAt: Date;
  appLink: AppLink;
  /** GITHUB_SERVER_URL: the commit is linked when its repository is there. */
  githubServerUrl: string;
  outcome: Outcome;
  /** Datadog's id when it answered with another than the one sent. */
  datadogId?: string;
  /** What became of the deployment it remediates. */
  remediation?: string;
}

export function deploymentSummary({
  deployment,
  finishedAt,
  appLink,
  githubServerUrl,
  outcome,
  datadogId,
  remediation,
}: DeploymentSummary): string {
  const rows: Row[] = [
    ['Service', code(deployment.service)],
    ['Env', optional(deployment.env)],
    ['Version', optional(deployment.version)],
    [
      'Commit',
      deployment.git ? commitLink(deployment.git.commitSha, deployment.git.repositoryUrl, githubServerUrl) : '—',
    ],
    ['Started', deployment.startedAt.toISOString()],
    ['Finished', finishedAt.toISOString()],
    ['Duration', duration(finishedAt.getTime() - deployment.startedAt.getTime())],
    ['Deployment id', idCell(deployment.id, datadogId)],
  ];
  return summaryOf(
    outcome,
    sentHeadings('Deployment', '✅'),
    rows,
    appLink,
    remediation ? [['Remediates', markdownText(remediation)]] : [],
  );
}
