// What the report reads from Datadog: the selection's deployments since the look-back began, and
// its failures since the window began, page by page, each checked before it counts.
import { listAllDeployments, listAllFailures } from '../datadog/paging.ts';
import type { Deployment, DoraClient, Failure } from '../datadog/types.ts';
import type { Collected, Selection } from './calculate.ts';
import type { DeploymentRecord, FailureRecord, ReportWindow } from './types.ts';

/** A value Datadog's search syntax takes unquoted; anything else is filtered here instead. */
const PLAIN = /^[A-Za-z0-9_.\/-]+$/;

/** Datadog's search query for the selection, where its values allow; the answers are filtered here too. */
function queryFor(selection: Selection): string | undefined {
  const term = (key: string, values: string[] | undefined) =>
    values && values.length && values.every((value) => PLAIN.test(value)) ? `${key}:(${values.join(' OR ')})` : undefined;
  const terms = [term('service', selection.services), term('env', selection.envs)].filter(Boolean);
  return terms.length ? terms.join(' ') : undefined;
}

const isDate = (date: Date | undefined): date is Date => date !== undefined && !Number.isNaN(date.getTime());
const SHA = /^[0-9a-f]{40,64}$/i;

/** A deployment the report can place: a service and a finish; what does not parse is left out of what it has. */
function deploymentRecord(deployment: Deployment): DeploymentRecord | undefined {
  const { id, service, startedAt, finishedAt, git } = deployment;
  if (!id || !service || !isDate(finishedAt)) return undefined;
  // Assigned one by one, not spread: a report reads thousands.
  const record: DeploymentRecord = {
    id,
    service,
    env: deployment.env ?? '',
    startedAt: isDate(startedAt) ? startedAt : finishedAt,
    finishedAt,
    customTags: deployment.customTags.filter((tag) => typeof tag === 'string'),
  };
  if (deployment.version) record.version = deployment.version;
  if (git && SHA.test(git.commitSha)) {
    record.commitSha = git.commitSha.toLowerCase();
    if (git.repositoryId) record.repositoryId = git.repositoryId;
  }
  if (deployment.changeFailure !== undefined) record.changeFailure = deployment.changeFailure;
  if (deployment.remediation) record.remediation = deployment.remediation;
  return record;
}

function failureRecord(failure: Failure): FailureRecord | undefined {
  const { id, startedAt, finishedAt } = failure;
  if (!id || !isDate(startedAt)) return undefined;
  return {
    id,
    services: failure.services.filter((service) => typeof service === 'string'),
    env: failure.env ?? '',
    ...(failure.name ? { name: failure.name } : {}),
    ...(failure.severity ? { severity: failure.severity } : {}),
    startedAt,
    ...(isDate(finishedAt) && finishedAt >= startedAt ? { finishedAt } : {}),
  };
}

const selected = (selection: Selection, service: string, env: string): boolean =>
  (!selection.services || selection.services.includes(service)) && (!selection.envs || selection.envs.includes(env));

/** Throws what the client throws: a list that fails leaves the report without data. */
export async function collect(client: DoraClient, window: ReportWindow, selection: Selection): Promise<Collected> {
  const query = queryFor(selection);
  // A failure without an env belongs to every env of its services: only its services are asked for.
  const failureQuery = queryFor({ ...(selection.services ? { services: selection.services } : {}) });
  const [deployments, failures] = await Promise.all([
    listAllDeployments(client, { from: window.lookBackStart, to: window.now, ...(query ? { query } : {}) }),
    listAllFailures(client, { from: window.start, to: window.now, ...(failureQuery ? { query: failureQuery } : {}) }),
  ]);
  const incompletePages = [
    ...(deployments.truncated ? ['deployments: more than 1000 started in the same millisecond, so some may be missing'] : []),
    ...(failures.truncated ? ['failures: more than 1000 started in the same millisecond, so some may be missing'] : []),
  ];
  return {
    deployments: deployments.items.flatMap((deployment) => deploymentRecord(deployment) ?? []).filter((d) => selected(selection, d.service, d.env)),
    failures: failures.items.flatMap((failure) => failureRecord(failure) ?? []),
    incompletePages,
  };
}
