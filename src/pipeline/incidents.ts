// A failure (incident) as an alert event of Datadog's Events API, once the DORA incident API is
// gone: how the failure event writes one and how the report reads it back. Both sides meet here.
import { createHash } from 'node:crypto';
import { MAX_AGGREGATION_KEY, MAX_MESSAGE, MAX_TITLE } from '../datadog/events.ts';
import { parseTime } from '../datadog/fields.ts';
import type { FoundEvent } from '../datadog/results.ts';
import type { AlertEvent, AlertPriority, V1Event } from '../datadog/types.ts';

/** The tag naming the failure: every event about one failure carries it, and readers count one failure per id. */
export const FAILURE_ID_TAG = 'dora.failure_id';
/** One per service: Datadog fills its reserved `service` from one `service:` tag only. */
export const SERVICE_TAG = 'dora.service';
export const SEVERITY_TAG = 'severity';
/** The real start and finish, of any age: the event's own timestamp cannot be older than 18 hours. */
export const STARTED_TAG = 'dora.started_at';
export const FINISHED_TAG = 'dora.finished_at';

/** What an alert event says of a failure, besides the run's tags. */
export interface FailureFacts {
  id: string;
  startedAt: Date;
  finishedAt?: Date;
  services: string[];
  name?: string;
  severity?: string;
  env?: string;
  team?: string;
  version?: string;
  /** The user's tags and the run's (github.*), as a deployment carries them. */
  tags: string[];
  repositoryUrl?: string;
  commitSha?: string;
  /** Where the failure was reported from: the run's URL. */
  runUrl?: string;
}

/** The tags the alert event adds to the user's and the run's: counted in Datadog's 100 from the day a failure is sent either way. */
export function alertTags(facts: Omit<FailureFacts, 'tags'>): string[] {
  const tags = [`${FAILURE_ID_TAG}:${facts.id}`];
  const [first] = facts.services;
  if (first) tags.push(`service:${first}`);
  for (const service of facts.services) tags.push(`${SERVICE_TAG}:${service}`);
  if (facts.env) tags.push(`env:${facts.env}`);
  if (facts.team) tags.push(`team:${facts.team}`);
  if (facts.version) tags.push(`version:${facts.version}`);
  if (facts.severity) tags.push(`${SEVERITY_TAG}:${facts.severity}`);
  tags.push(`${STARTED_TAG}:${facts.startedAt.toISOString()}`);
  if (facts.finishedAt) tags.push(`${FINISHED_TAG}:${facts.finishedAt.toISOString()}`);
  return tags;
}

/** How many tags alertTags adds at most, for the inputs' budget: the finish is counted whether given or not. */
export function alertTagCount(facts: {
  services: string[];
  env?: string;
  team?: string;
  version?: string;
  severity?: string;
}): number {
  return (
    1 +
    (facts.services.length ? 1 + facts.services.length : 0) +
    [facts.env, facts.team, facts.version, facts.severity].filter(Boolean).length +
    2
  );
}

/** The id itself when it fits Datadog's 100 characters, else `dora-` and 40 hex digits of its SHA-256. */
export function aggregationKey(id: string): string {
  return id.length <= MAX_AGGREGATION_KEY ? id : `dora-${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
}

/** SEV-1 … SEV-5 (any case, with or without the hyphen) map to Datadog's priorities; nothing else does. */
export function priorityOf(severity: string | undefined): AlertPriority | undefined {
  const match = /^sev-?([1-5])$/i.exec(severity?.trim() ?? '');
  return match ? (match[1] as AlertPriority) : undefined;
}

/** Datadog refuses an event time older than 18 hours: a margin under it, for the time the request takes. */
const RECENT_MS = 17 * 3_600_000;

function recentOrNone(at: Date, now: Date): Date | undefined {
  const age = now.getTime() - at.getTime();
  return age >= 0 && age <= RECENT_MS ? at : undefined;
}

export function alertTitle(facts: FailureFacts): string {
  if (facts.name?.trim()) return facts.name.slice(0, MAX_TITLE);
  const what = facts.services.length ? facts.services.join(', ') : `team ${facts.team ?? ''}`.trim();
  return `Failure of ${what}${facts.env ? ` in ${facts.env}` : ''}`.slice(0, MAX_TITLE);
}

/** Plain text: what it is, when, and where it came from. */
export function alertMessage(facts: FailureFacts): string {
  const what = [
    `Failure ${facts.id}${facts.severity ? ` (${facts.severity})` : ''}`,
    facts.services.length ? ` of ${facts.services.join(', ')}` : '',
    facts.team ? ` (team ${facts.team})` : '',
    facts.env ? ` in ${facts.env}` : '',
    `, started ${facts.startedAt.toISOString()}`,
    facts.finishedAt ? `, resolved ${facts.finishedAt.toISOString()}.` : ', not resolved yet.',
  ].join('');
  const from = facts.runUrl ? ` Reported by GitHub Actions run ${facts.runUrl}.` : '';
  const note = ' An incident trail: it does not feed DORA metrics, which come from marked change failures.';
  return `${what}${from}${note}`.slice(0, MAX_MESSAGE);
}

function custom(facts: FailureFacts): Record<string, unknown> {
  return {
    failure_id: facts.id,
    started_at: facts.startedAt.toISOString(),
    ...(facts.finishedAt ? { finished_at: facts.finishedAt.toISOString() } : {}),
    services: facts.services,
    ...(facts.name ? { name: facts.name } : {}),
    ...(facts.severity ? { severity: facts.severity } : {}),
    ...(facts.env ? { env: facts.env } : {}),
    ...(facts.team ? { team: facts.team } : {}),
    ...(facts.version ? { version: facts.version } : {}),
    ...(facts.repositoryUrl ? { repository_url: facts.repositoryUrl } : {}),
    ...(facts.commitSha ? { commit_sha: facts.commitSha } : {}),
    ...(facts.runUrl ? { run_url: facts.runUrl } : {}),
  };
}

/** `error` while open, `ok` once resolved; the timestamp is the moment the status describes, when Datadog still takes it. */
export function alertEventOf(facts: FailureFacts, now: Date): AlertEvent {
  const priority = priorityOf(facts.severity);
  const timestamp = recentOrNone(facts.finishedAt ?? facts.startedAt, now);
  return {
    title: alertTitle(facts),
    message: alertMessage(facts),
    status: facts.finishedAt ? 'ok' : 'error',
    ...(priority ? { priority } : {}),
    tags: [...facts.tags, ...alertTags(facts)],
    aggregationKey: aggregationKey(facts.id),
    ...(timestamp ? { timestamp } : {}),
    custom: custom(facts),
  };
}

/** The same through v1, for a step without an application key: the times as tags only. */
export function v1EventOf(facts: FailureFacts, now: Date): V1Event {
  const event = alertEventOf(facts, now);
  return {
    title: event.title,
    text: event.message ?? event.title,
    alertType: facts.finishedAt ? 'success' : 'error',
    tags: event.tags ?? [],
    aggregationKey: event.aggregationKey!,
    ...(event.timestamp ? { dateHappened: event.timestamp } : {}),
  };
}

/** A failure as one alert event tells it; what it does not say is left out. */
export interface IncidentReading {
  id: string;
  startedAt?: Date;
  finishedAt?: Date;
  services: string[];
  env?: string;
  name?: string;
  severity?: string;
}

const tagValues = (tags: string[], key: string) =>
  tags.filter((tag) => tag.startsWith(`${key}:`)).map((tag) => tag.slice(key.length + 1));
// Times read back by the grammar every time from Datadog passes: RFC 3339 or a Unix timestamp.
const dateOf = (value: unknown): Date | undefined => (typeof value === 'string' ? parseTime(value) : undefined);
const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/** An alert event the action sent, read back: undefined for any event without the failure-id tag. */
export function incidentFromEvent(event: FoundEvent): IncidentReading | undefined {
  const [id] = tagValues(event.tags, FAILURE_ID_TAG);
  if (!id) return undefined;
  const custom = event.custom ?? {};
  const resolved = event.status === 'ok' || event.status === 'success';
  // The times from custom (v2), else the tags (v1 and v2); an `ok` event's own time is its resolution.
  const startedAt =
    dateOf(custom.started_at) ??
    dateOf(tagValues(event.tags, STARTED_TAG)[0]) ??
    (resolved ? undefined : event.timestamp);
  const finishedAt =
    dateOf(custom.finished_at) ??
    dateOf(tagValues(event.tags, FINISHED_TAG)[0]) ??
    (resolved ? event.timestamp : undefined);
  const services = tagValues(event.tags, SERVICE_TAG);
  const env = tagValues(event.tags, 'env')[0];
  const name = textOf(custom.name) ?? textOf(event.title);
  const severity = textOf(custom.severity) ?? tagValues(event.tags, SEVERITY_TAG)[0];
  return {
    id,
    ...(startedAt ? { startedAt } : {}),
    ...(finishedAt ? { finishedAt } : {}),
    services,
    ...(env ? { env } : {}),
    ...(name ? { name } : {}),
    ...(severity ? { severity } : {}),
  };
}
