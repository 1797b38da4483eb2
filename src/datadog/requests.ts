// Request bodies, built from the caller's events and checked before anything is sent: pure, so
// the action can check its inputs with them before the job does any work.
import { randomUUID } from 'node:crypto';
import { excerpt } from './answers.ts';
import { DatadogConfigError } from './errors.ts';
import {
  commitShaProblem,
  eventIdProblem,
  MAX_CUSTOM_TAGS,
  pathIdProblem,
  tagProblem,
  versionProblem,
} from './rules.ts';
import type {
  DeployedVersion,
  DeploymentEvent,
  DeploymentPatch,
  FailureEvent,
  GitInfo,
  ListQuery,
  Remediation,
  RemediationType,
} from './types.ts';
import type {
  WireDeploymentPatchByVersionRequest,
  WireDeploymentPatchRequest,
  WireDeploymentRequest,
  WireFailureRequest,
  WireGitInfo,
  WireListRequest,
} from './wire.ts';

/** Generates an event id Datadog accepts (16–128 of [A-Za-z0-9_.:-]). */
export function newEventId(): string {
  return randomUUID();
}

export function deploymentRequest(event: DeploymentEvent): WireDeploymentRequest {
  if (!event.service?.trim()) throw new DatadogConfigError('A deployment needs a service name.');
  const startedAt = millis('startedAt', event.startedAt);
  const finishedAt = millis('finishedAt', event.finishedAt);
  return {
    data: {
      attributes: {
        id: eventId('deployment', event.id),
        service: event.service,
        started_at: startedAt,
        finished_at: finishedAt,
        ...optional('env', event.env),
        ...optional('version', event.version),
        ...optional('team', event.team),
        ...gitAndTags(event),
      },
    },
  };
}

export function failureRequest(event: FailureEvent): WireFailureRequest {
  const services = event.services?.filter((service) => service.trim() !== '') ?? [];
  if (services.length === 0 && !event.team?.trim()) {
    throw new DatadogConfigError('A failure needs at least one service or a team.');
  }
  return {
    data: {
      attributes: {
        id: eventId('failure', event.id),
        started_at: millis('startedAt', event.startedAt),
        ...(event.finishedAt === undefined ? {} : { finished_at: millis('finishedAt', event.finishedAt) }),
        ...(services.length ? { services } : {}),
        ...optional('team', event.team),
        ...optional('name', event.name),
        ...optional('severity', event.severity),
        ...optional('env', event.env),
        ...optional('version', event.version),
        ...gitAndTags(event),
      },
    },
  };
}

export function patchRequest(id: string, patch: DeploymentPatch): WireDeploymentPatchRequest {
  return {
    data: { id: pathId('deployment', id), type: 'dora_deployment_patch_request', attributes: patchAttributes(patch) },
  };
}

/** The patch of the most recently finished deployment of a service, env and version. */
export function patchByVersionRequest(
  target: DeployedVersion,
  patch: DeploymentPatch,
): WireDeploymentPatchByVersionRequest {
  for (const field of ['service', 'env', 'version'] as const) {
    if (!target[field]?.trim()) throw new DatadogConfigError(`Patching a deployment by version needs its ${field}.`);
  }
  const { service, env, version } = target;
  return {
    data: { type: 'dora_deployment_patch_request', attributes: { service, env, version, ...patchAttributes(patch) } },
  };
}

function patchAttributes({
  changeFailure,
  remediation,
}: DeploymentPatch): WireDeploymentPatchRequest['data']['attributes'] {
  return { change_failure: changeFailure, ...(remediation ? { remediation: checkedRemediation(remediation) } : {}) };
}

function checkedRemediation(remediation: Remediation): Remediation {
  // Checked as given: a caller in plain JavaScript can pass both or neither.
  const { id, version, type } = remediation as { id?: string; version?: string; type: RemediationType };
  if (id !== undefined && version !== undefined) {
    throw new DatadogConfigError(
      'A remediation names the deployment that remediated by its id or by its version, not both.',
    );
  }
  if (type !== 'rollback' && type !== 'rollforward') {
    throw new DatadogConfigError(`Remediation type "${String(type)}" is not valid: expected rollback or rollforward.`);
  }
  if (id !== undefined) {
    const problem = pathIdProblem(id);
    if (problem) throw new DatadogConfigError(`The remediation id ${quoted(id)} is not valid: ${problem}.`);
    return { id, type };
  }
  if (version === undefined)
    throw new DatadogConfigError('A remediation needs the id or the version of the deployment that remediated.');
  const problem = versionProblem(version);
  if (problem) throw new DatadogConfigError(`The remediation version ${quoted(version)} is not valid: ${problem}.`);
  return { version, type };
}

export function listRequest(type: WireListRequest['data']['type'], query: ListQuery): WireListRequest {
  const { limit } = query;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 1000)) {
    throw new DatadogConfigError(`List limit ${limit} is not valid: expected a whole number from 1 to 1000.`);
  }
  return {
    data: {
      type,
      attributes: {
        ...(query.from ? { from: iso('from', query.from) } : {}),
        ...(query.to ? { to: iso('to', query.to) } : {}),
        ...optional('query', query.query),
        ...optional('sort', query.sort),
        ...(limit === undefined ? {} : { limit }),
      },
    },
  };
}

function eventId(kind: string, id: string | undefined): string {
  if (id === undefined) return newEventId();
  const problem = eventIdProblem(id);
  if (problem) throw new DatadogConfigError(`The ${kind} id ${quoted(id)} is not valid: ${problem}.`);
  return id;
}

export function pathId(kind: string, id: string): string {
  if (!id.trim()) throw new DatadogConfigError(`A ${kind} id is needed.`);
  const problem = pathIdProblem(id);
  if (problem) throw new DatadogConfigError(`The ${kind} id ${quoted(id)} is not valid: ${problem}.`);
  return id;
}

/** A value as given, fit to show in a message however odd it is. */
function quoted(value: string): string {
  return `"${excerpt(value, 60)}"`;
}

function millis(field: string, date: Date): number {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new DatadogConfigError(`${field} is not a valid date.`);
  return ms;
}

function iso(field: string, date: Date): string {
  return new Date(millis(field, date)).toISOString();
}

export function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value?.trim() ? { [key]: value } : {}) as { [P in K]?: string };
}

function gitAndTags(event: { git?: GitInfo; customTags?: string[] }): { git?: WireGitInfo; custom_tags?: string[] } {
  const out: { git?: WireGitInfo; custom_tags?: string[] } = {};
  if (event.git) {
    const problem = commitShaProblem(event.git.commitSha);
    if (problem) throw new DatadogConfigError(`Commit SHA ${quoted(event.git.commitSha)} is not valid: ${problem}.`);
    if (!event.git.repositoryUrl.trim()) throw new DatadogConfigError('The git info needs a repository URL.');
    out.git = { commit_sha: event.git.commitSha, repository_url: event.git.repositoryUrl };
  }
  const tags = event.customTags ?? [];
  if (tags.length > MAX_CUSTOM_TAGS) {
    throw new DatadogConfigError(
      `${tags.length} custom tags given: Datadog accepts at most ${MAX_CUSTOM_TAGS} per event.`,
    );
  }
  for (const tag of tags) {
    const problem = tagProblem(tag);
    if (problem) throw new DatadogConfigError(`Custom tag ${quoted(tag)} is not valid: ${problem}.`);
  }
  if (tags.length) out.custom_tags = tags;
  return out;
}
