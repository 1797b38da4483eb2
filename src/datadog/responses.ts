// Datadog's events as the client hands them back: every field the client reads held to its type
// and grammar as it enters, so that nothing past the client meets a value of another shape. A
// malformed optional field is dropped; an event whose required fields do not parse is left out.
// Either is told in `flaws`, for the caller to say what its figures lack. Each field is read by
// fields.ts.
import {
  attributesOf,
  beginEvent,
  commitOf,
  flawed,
  idOf,
  kept,
  leftOut,
  MAX_TITLE,
  name,
  remediationOf,
  repositoryOf,
  requiredName,
  requiredTime,
  servicesOf,
  tagsOf,
  time,
} from './fields.ts';
import type { Deployment, EventFlaw, Failure, RawEvent } from './results.ts';

/**
 * A deployment of a list or get answer (documented: id; attributes service, started_at,
 * finished_at, env, version, team, custom_tags, git { commit_sha, repository_id }). Left out
 * (undefined) without a Datadog id, a service or a start.
 */
export function parseDeployment(event: Record<string, unknown>, flaws: EventFlaw[]): Deployment | undefined {
  beginEvent();
  const id = idOf(event.id);
  const a = attributesOf(event.attributes);
  const service = requiredName(a.service, 'service');
  const startedAt = requiredTime(a.started_at, 'started_at');
  if (id === undefined || service === undefined || startedAt === undefined) return leftOut(event.id, flaws);
  // Assigned one by one, not spread: a report parses thousands.
  const deployment: Deployment = { id, service, startedAt, customTags: tagsOf(a.custom_tags) };
  const finishedAt = time(a.finished_at, 'finished_at');
  if (finishedAt) deployment.finishedAt = finishedAt;
  const env = name(a.env, 'env');
  if (env) deployment.env = env;
  const version = name(a.version, 'version');
  if (version) deployment.version = version;
  const team = name(a.team, 'team');
  if (team) deployment.team = team;
  const commitSha = commitOf(a.git);
  if (commitSha) {
    const repositoryId = repositoryOf(a.git as Record<string, unknown>, 'repository_id');
    deployment.git = repositoryId ? { commitSha, repositoryId } : { commitSha };
  }
  const changeFailure = a.change_failure;
  if (typeof changeFailure === 'boolean') deployment.changeFailure = changeFailure;
  else if (changeFailure !== undefined && changeFailure !== null)
    flawed(changeFailure, 'change_failure', 'expected true or false');
  const remediation = remediationOf(a.remediation);
  if (remediation) deployment.remediation = remediation;
  return kept(deployment, flaws);
}

/**
 * A failure of a list or get answer (documented: id; attributes started_at, finished_at, name,
 * severity, services, team, env, version, custom_tags, git { commit_sha, repository_url }). Left
 * out (undefined) without a Datadog id or a start.
 */
export function parseFailure(event: Record<string, unknown>, flaws: EventFlaw[]): Failure | undefined {
  beginEvent();
  const id = idOf(event.id);
  const a = attributesOf(event.attributes);
  const startedAt = requiredTime(a.started_at, 'started_at');
  if (id === undefined || startedAt === undefined) return leftOut(event.id, flaws);
  const failure: Failure = { id, startedAt, services: servicesOf(a.services), customTags: tagsOf(a.custom_tags) };
  const finishedAt = time(a.finished_at, 'finished_at');
  if (finishedAt) failure.finishedAt = finishedAt;
  const title = name(a.name, 'name', MAX_TITLE);
  if (title) failure.name = title;
  const severity = name(a.severity, 'severity');
  if (severity) failure.severity = severity;
  const team = name(a.team, 'team');
  if (team) failure.team = team;
  const env = name(a.env, 'env');
  if (env) failure.env = env;
  const version = name(a.version, 'version');
  if (version) failure.version = version;
  const commitSha = commitOf(a.git);
  if (commitSha) {
    const repositoryUrl = repositoryOf(a.git as Record<string, unknown>, 'repository_url');
    failure.git = repositoryUrl ? { commitSha, repositoryUrl } : { commitSha };
  }
  return kept(failure, flaws);
}

/** An event of a list answer as it came, every field untouched, for an export; left out (undefined) without a Datadog id, which names it once. */
export function parseRawEvent(event: Record<string, unknown>, flaws: EventFlaw[]): RawEvent | undefined {
  beginEvent();
  return idOf(event.id) === undefined ? leftOut(event.id, flaws) : (event as RawEvent);
}
