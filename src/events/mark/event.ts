// change-failure and stable: patch a deployment Datadog already has, at once, from main: by id,
// the latest of a service in an env, or by version (the most recently finished of that version).

import type { WriteResult } from '../../datadog/results.ts';
import type { DeploymentPatch, RemediationType } from '../../datadog/types.ts';
import { type AppLink, appLinkFor } from '../../pipeline/clients.ts';
import type { EventKind, Runtime } from '../../pipeline/kind.ts';
import { describeLookup, findLatestDeployment } from '../../pipeline/latest.ts';
import { deliver } from '../../pipeline/pipeline.ts';
import { type Row, summaryOf } from '../../pipeline/summary.ts';
import { markdownCode as code, markdownText, quoted } from '../../runner/escape.ts';
import { givenId } from '../../runner/inputs/grammar.ts';
import { isGiven, line, text } from '../../runner/inputs/read.ts';
import { onlyWith, remediationType, target } from '../../runner/inputs/shared.ts';
import { type Common, InputError, type Keys, type Target } from '../../runner/inputs/types.ts';
import { NothingFound, type Outcome } from '../../runner/outcome.ts';

/** A deployment of a service in an env, by the version it deployed. */
export interface VersionOf {
  service: string;
  env: string;
  version: string;
}

export interface MarkInputs extends Common {
  event: 'change-failure' | 'stable';
  target: Target | { version: VersionOf };
  /** change-failure: a deployment that already remediated it, by id… */
  remediationId?: string;
  /** …or by the version it deployed. */
  remediationVersion?: string;
  remediationType: RemediationType;
}

/** change-failure (with its remediation) or stable: one module, two events. */
function markKind(event: MarkInputs['event']): EventKind<MarkInputs> {
  const changeFailure = event === 'change-failure';
  return {
    reads: [
      'deployment-id',
      'version',
      ...(changeFailure ? ['remediation-id', 'remediation-version', 'remediation-type'] : []),
      'service',
      'env',
    ],
    parse(source, _event, warnings) {
      const marked = markTarget(source, event);
      if ('id' in marked) {
        for (const name of ['service', 'env']) {
          if (isGiven(source, name))
            warnings.push(
              `Input ${name} applies to event ${event} only with deployment-id: latest, or with version; it is ignored.`,
            );
        }
      }
      const byId = changeFailure ? line(source, 'remediation-id') : undefined;
      const remediationId = byId && givenId(byId, event);
      const remediationVersion = changeFailure ? text(source, 'remediation-version') : undefined;
      if (remediationId && remediationVersion) {
        throw new InputError(
          `Inputs remediation-id and remediation-version are both given for event ${event}: name the deployment that remediated it by one of them.`,
        );
      }
      if (remediationId && 'id' in marked && remediationId === marked.id) {
        throw new InputError(
          `Input remediation-id is the deployment-id, ${quoted(remediationId)}: a deployment cannot remediate itself; expected the id of the rollback or roll-forward deployment.`,
        );
      }
      if (remediationVersion && 'version' in marked && remediationVersion === marked.version.version) {
        throw new InputError(
          `Input remediation-version is the version marked, ${quoted(remediationVersion)}: a version cannot remediate itself; expected the version the rollback or roll-forward deployed.`,
        );
      }
      if (!remediationId && !remediationVersion)
        onlyWith(source, warnings, 'remediation-type', 'remediation-id or remediation-version', event);
      return { target: marked, remediationId, remediationVersion, remediationType: remediationType(source) };
    },
    main: markDeployment,
  };
}

/** The deployment to mark: by deployment-id (an id, or latest), or by the input version; never both. */
function markTarget(source: Parameters<EventKind<MarkInputs>['parse']>[0], event: string): MarkInputs['target'] {
  // Only the input names a version to mark: DD_VERSION, set for the other events, never does.
  const version = text(source, 'version');
  const deployment = target(source, 'deployment-id', event);
  if (deployment && version) {
    throw new InputError(
      `Inputs deployment-id and version are both given for event ${event}: name the deployment to mark by one of them: deployment-id (an id, or latest), or version with service and env.`,
    );
  }
  if (deployment) return deployment;
  if (!version) {
    throw new InputError(
      `Input deployment-id or version is required for event ${event}: the id of the deployment to mark (the deployment-id output of its job), or latest; or the version it deployed, with service and env.`,
    );
  }
  const service = line(source, 'service', 'DD_SERVICE');
  const env = line(source, 'env', 'DD_ENV');
  for (const [name, variable, found] of [
    ['service', 'DD_SERVICE', service],
    ['env', 'DD_ENV', env],
  ] as const) {
    if (!found)
      throw new InputError(
        `Input ${name} is required with version, for event ${event}: a deployment is marked by the version of a service in an env (or set env ${variable}).`,
      );
  }
  return { version: { service: service!.value, env: env!.value, version } };
}

export const changeFailure = markKind('change-failure');
export const stable = markKind('stable');

/** The deployment a mark is sent for: by id (given, or the one `latest` found), or by version. */
type Marked = { id: string } | { version: VersionOf };

async function markDeployment(inputs: MarkInputs, keys: Keys, runtime: Runtime): Promise<void> {
  const stepStartedAt = runtime.clock();
  const changeFailure = inputs.event === 'change-failure';
  const mark = changeFailure ? 'a change failure' : 'stable';
  const why = `for event ${inputs.event}: marking a deployment is a write to Datadog`;
  const { target } = inputs;
  const type = inputs.remediationType;
  const remediation: DeploymentPatch['remediation'] = inputs.remediationId
    ? { id: inputs.remediationId, type }
    : inputs.remediationVersion
      ? { version: inputs.remediationVersion, type }
      : undefined;
  const patch: DeploymentPatch = { changeFailure, ...(remediation ? { remediation } : {}) };
  const what = `${mark}${remediation ? `, remediated by ${'id' in remediation ? remediation.id : `version ${remediation.version}`} (${type})` : ''}`;
  await deliver<Marked, WriteResult>(
    {
      subject: 'Deployment',
      failed: `not marked ${mark}`,
      needs: { api: why, app: why },
      async prepare(reader) {
        if ('version' in target) return { prepared: target };
        if ('id' in target) return { prepared: target, ids: { 'deployment-id': target.id } };
        const found = await findLatest(target.latest, reader, stepStartedAt, runtime.clock(), inputs.remediationId);
        return { prepared: { id: found.id }, ids: { 'deployment-id': found.id }, said: [{ info: found.said }] };
      },
      async send(writer, marked) {
        const result =
          'version' in marked
            ? await writer.patchDeploymentByVersion(marked.version, patch)
            : await writer.patchDeployment(marked.id, patch);
        const accepted =
          'version' in marked
            ? `Datadog accepted marking the most recently finished deployment of ${marked.version.service} in ${marked.version.env} with version ${marked.version.version} ${what} (HTTP ${result.status}); its answer does not say whether a deployment matched.`
            : `Datadog accepted marking deployment ${marked.id} ${what} (HTTP ${result.status}).`;
        // The ids given as inputs: a 202 would be Datadog's answer for an id no deployment has, too.
        const check = [
          ...('id' in target ? [{ id: target.id, input: 'deployment-id' }] : []),
          ...(inputs.remediationId ? [{ id: inputs.remediationId, input: 'remediation-id' }] : []),
        ];
        return { result, accepted, check };
      },
      wouldHave: (record) =>
        'notLookedUp' in record
          ? `${record.notLookedUp} would be looked up (a dry run reads only when both keys are given), and marked ${mark}.`
          : `${'id' in record.prepared ? `deployment ${record.prepared.id}` : `the most recently finished deployment of version ${record.prepared.version.version}`} would have been marked ${mark}.`,
      summary: ({ outcome, prepared }) =>
        markSummary({
          changeFailure,
          remediation,
          version: 'version' in target ? target.version : undefined,
          id: prepared && 'id' in prepared ? prepared.id : undefined,
          lookup: 'latest' in target ? describeLookup(target.latest.service, target.latest.env) : undefined,
          appLink: appLinkFor(inputs.endpoint),
          outcome,
        }),
    },
    { ...inputs, keys, runtime },
  );
}

async function findLatest(
  { service, env }: { service: string; env: string },
  reader: Parameters<typeof findLatestDeployment>[0],
  stepStartedAt: Date,
  now: Date,
  remediationId: string | undefined,
): Promise<{ id: string; said: string }> {
  const own = remediationId
    ? [{ id: remediationId, as: 'the remediation-id, and a deployment cannot remediate itself' }]
    : [];
  const latest = await findLatestDeployment(
    reader,
    {
      service,
      env,
      stepStartedAt,
      own,
      otherwise: 'Nothing was marked.',
    },
    now,
  );
  if (!latest)
    throw new NothingFound(
      `No deployment of ${service} in ${env} was found (${describeLookup(service, env)}): nothing was marked. Check inputs service and env, or pass the id as deployment-id.`,
    );
  return { id: latest, said: `The latest deployment of ${service} in ${env} is ${latest}.` };
}

export interface MarkSummary {
  changeFailure: boolean;
  /** The deployment marked, when its id is known. */
  id?: string;
  /** How it was found, when it was looked up. */
  lookup?: string;
  /** Marked by version: which. */
  version?: VersionOf;
  remediation?: DeploymentPatch['remediation'];
  appLink: AppLink;
  outcome: Outcome;
}

export function markSummary(summary: MarkSummary): string {
  const mark = summary.changeFailure ? 'a change failure' : 'stable';
  const { version, remediation } = summary;
  const rows: Row[] = version ? [] : [['Deployment id', summary.id ? code(summary.id) : '—']];
  if (summary.lookup) rows.push(['Found as', markdownText(summary.lookup)]);
  if (version) {
    const which = `the most recently finished deployment of ${code(version.service)} in ${code(version.env)} with version ${code(version.version)}`;
    rows.push(['Version', `${which}, if one matches: Datadog's answer does not say`]);
  }
  rows.push(['Change failure', summary.changeFailure ? 'yes' : 'no (stable)']);
  if (remediation)
    rows.push([
      'Remediated by',
      `${'id' in remediation ? code(remediation.id) : `version ${code(remediation.version)}`} (${remediation.type})`,
    ]);
  return summaryOf(
    summary.outcome,
    // Datadog's 202 says it accepted the mark, not that a deployment is marked.
    {
      done: `${summary.changeFailure ? '🔴' : '🟢'} Mark as ${mark} accepted by Datadog`,
      failed: `Deployment not marked ${mark}`,
      unknown: `Deployment may or may not be marked ${mark}`,
      dryRun: 'Deployment not marked',
    },
    rows,
    summary.appLink,
  );
}
