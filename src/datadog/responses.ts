// Datadog's events as the client hands them back, parsed from answers that passed the check.
import { optional } from './requests.ts';
import { unixTimestamp } from './rules.ts';
import type { Deployment, Failure, WireEventObject, WireTime } from './types.ts';

/** RFC 3339 strings, or integers in seconds, milliseconds or nanoseconds, as Datadog infers them. */
export function parseTime(value: WireTime | undefined | null): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? unixTimestamp(BigInt(Math.trunc(value)).toString()) : undefined;
  if (/^\d+$/.test(value)) return unixTimestamp(value);
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

export function parseDeployment(object: WireEventObject): Deployment {
  const a = object.attributes ?? {};
  // Assigned one by one, not spread: a report parses thousands.
  const deployment: Deployment = {
    id: object.id ?? '',
    service: a.service ?? '',
    startedAt: parseTime(a.started_at) ?? new Date(Number.NaN),
    customTags: a.custom_tags ?? [],
  };
  const finishedAt = parseTime(a.finished_at);
  if (finishedAt) deployment.finishedAt = finishedAt;
  if (a.env?.trim()) deployment.env = a.env;
  if (a.version?.trim()) deployment.version = a.version;
  if (a.team?.trim()) deployment.team = a.team;
  if (a.git?.commit_sha) deployment.git = { commitSha: a.git.commit_sha, repositoryId: a.git.repository_id ?? '' };
  if (typeof a.change_failure === 'boolean') deployment.changeFailure = a.change_failure;
  const remediation = remediationOf(a.remediation);
  if (remediation) deployment.remediation = remediation;
  return deployment;
}

function remediationOf(remediation: NonNullable<WireEventObject['attributes']>['remediation']): Deployment['remediation'] {
  if (remediation?.type !== 'rollback' && remediation?.type !== 'rollforward') return undefined;
  const { id, version, type } = remediation;
  return { ...(typeof id === 'string' && id ? { id } : {}), ...(typeof version === 'string' && version ? { version } : {}), type };
}

export function parseFailure(object: WireEventObject): Failure {
  const a = object.attributes ?? {};
  return {
    id: object.id ?? '',
    ...definedDate('startedAt', a.started_at),
    ...definedDate('finishedAt', a.finished_at),
    ...optional('name', a.name),
    ...optional('severity', a.severity),
    services: a.services ?? [],
    ...optional('team', a.team),
    ...optional('env', a.env),
    ...optional('version', a.version),
    customTags: a.custom_tags ?? [],
    ...(a.git?.commit_sha ? { git: { commitSha: a.git.commit_sha, repositoryUrl: a.git.repository_url ?? '' } } : {}),
  };
}

function definedDate<K extends string>(key: K, value: WireTime | undefined): { [P in K]?: Date } {
  const date = parseTime(value);
  return (date ? { [key]: date } : {}) as { [P in K]?: Date };
}
