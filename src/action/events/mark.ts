// change-failure and stable: patch a deployment Datadog already has, at once, from main.
import * as core from '../toolkit.ts';
import type { RemediationType, WriteResult } from '../../datadog/types.ts';
import { type AppLink, appLinkFor } from '../clients.ts';
import { markdownCode as code, markdownText, quoted } from '../escape.ts';
import { givenId } from '../inputs/grammar.ts';
import { isGiven, line } from '../inputs/read.ts';
import { onlyWith, remediationType, target } from '../inputs/shared.ts';
import { type Common, InputError, type Keys, type Target } from '../inputs/types.ts';
import { describeLookup, findLatestDeployment } from '../latest.ts';
import { NothingFound, type Outcome } from '../outcome.ts';
import { deliver } from '../pipeline.ts';
import { type Row, summaryOf } from '../summary.ts';
import type { EventKind } from './kind.ts';

export interface MarkInputs extends Common {
  event: 'change-failure' | 'stable';
  target: Target;
  /** change-failure: a deployment that already remediated it. */
  remediationId?: string;
  remediationType: RemediationType;
}

/** change-failure (with its remediation) or stable: one module, two events. */
function markKind(event: MarkInputs['event']): EventKind<MarkInputs> {
  const changeFailure = event === 'change-failure';
  return {
    reads: ['deployment-id', ...(changeFailure ? ['remediation-id', 'remediation-type'] : []), 'service', 'env'],
    parse(source, _event, warnings) {
      const deployment = target(source, 'deployment-id', event);
      if (!deployment) throw new InputError(`Input deployment-id is required for event ${event}: the id of the deployment to mark (the deployment-id output of its job), or latest.`);
      if ('id' in deployment) {
        for (const name of ['service', 'env']) {
          if (isGiven(source, name)) warnings.push(`Input ${name} applies to event ${event} only with deployment-id: latest; it is ignored.`);
        }
      }
      const remediation = changeFailure ? line(source, 'remediation-id') : undefined;
      const remediationId = remediation && givenId(remediation, event);
      if (remediationId && 'id' in deployment && remediationId === deployment.id) {
        throw new InputError(`Input remediation-id is the deployment-id, ${quoted(remediationId)}: a deployment cannot remediate itself; expected the id of the rollback or roll-forward deployment.`);
      }
      if (!remediationId) onlyWith(source, warnings, 'remediation-type', 'remediation-id', event);
      return { target: deployment, remediationId, remediationType: remediationType(source) };
    },
    main: markDeployment,
  };
}

export const changeFailure = markKind('change-failure');
export const stable = markKind('stable');

async function markDeployment(inputs: MarkInputs, keys: Keys): Promise<void> {
  const changeFailure = inputs.event === 'change-failure';
  const mark = changeFailure ? 'a change failure' : 'stable';
  const why = `for event ${inputs.event}: marking a deployment is a write to Datadog`;
  const remediation = inputs.remediationId ? { id: inputs.remediationId, type: inputs.remediationType } : undefined;
  const facts: Pick<MarkSummary, 'changeFailure' | 'remediation' | 'id'> = { changeFailure, remediation };
  await deliver<WriteResult>(
    {
      subject: 'Deployment',
      failed: `not marked ${mark}`,
      needs: { api: why, app: why },
      async send({ writer, reader }) {
        facts.id = 'id' in inputs.target ? inputs.target.id : await findLatest(inputs.target.latest, reader, remediation?.id);
        return writer.patchDeployment(facts.id, { changeFailure, ...(remediation ? { remediation } : {}) });
      },
      accepted: (result) =>
        `Datadog accepted marking deployment ${facts.id} ${changeFailure ? `a change failure${remediation ? `, remediated by ${remediation.id} (${remediation.type})` : ''}` : 'stable'} (HTTP ${result.status}).`,
      outputs: () => ({ 'deployment-id': facts.id! }),
      wouldHave: (record) => ('notLookedUp' in record ? `${record.notLookedUp} would be looked up (a dry run reads only when both keys are given), and marked ${mark}.` : `deployment ${facts.id} would have been marked ${mark}.`),
      summary: (outcome) => markSummary({ ...facts, lookup: 'latest' in inputs.target ? describeLookup(inputs.target.latest.service, inputs.target.latest.env) : undefined, appLink: appLinkFor(inputs.endpoint), outcome }),
    },
    { ...inputs, keys },
  );
}

async function findLatest({ service, env }: { service: string; env: string }, reader: Parameters<typeof findLatestDeployment>[0], remediationId: string | undefined): Promise<string> {
  const latest = await findLatestDeployment(reader, service, env);
  if (!latest) throw new NothingFound(`No deployment of ${service} in ${env} was found (${describeLookup(service, env)}): nothing was marked. Check inputs service and env, or pass the id as deployment-id.`);
  if (latest === remediationId) {
    throw new InputError(`The latest deployment of ${service} in ${env} is ${latest}, the remediation-id itself: a deployment cannot remediate itself, so nothing was marked. Give the failed deployment's id as deployment-id.`);
  }
  core.info(`The latest deployment of ${service} in ${env} is ${latest}.`);
  return latest;
}

export interface MarkSummary {
  changeFailure: boolean;
  /** The deployment marked, when known. */
  id?: string;
  /** How it was found, when it was looked up. */
  lookup?: string;
  remediation?: { id: string; type: string };
  appLink: AppLink;
  outcome: Outcome;
}

export function markSummary(summary: MarkSummary): string {
  const mark = summary.changeFailure ? 'a change failure' : 'stable';
  const rows: Row[] = [
    ['Deployment id', summary.id ? code(summary.id) : '—'],
    ...(summary.lookup ? [['Found as', markdownText(summary.lookup)] as Row] : []),
    ['Change failure', summary.changeFailure ? 'yes' : 'no (stable)'],
    ...(summary.remediation ? [['Remediated by', `${code(summary.remediation.id)} (${summary.remediation.type})`] as Row] : []),
  ];
  return summaryOf(
    summary.outcome,
    { done: `${summary.changeFailure ? '🔴' : '🟢'} Deployment marked ${mark}`, failed: `Deployment not marked ${mark}`, unknown: `Deployment may or may not be marked ${mark}`, dryRun: 'Deployment not marked' },
    rows,
    summary.appLink,
  );
}
