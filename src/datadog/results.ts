// What the client hands back: the events Datadog's answers hold, each held to its grammar
// (responses.ts), what of them did not parse, and how a write or a key check went.
import type { RemediationType } from './types.ts';

/**
 * A deployment as Datadog's answer holds it, each field held to its grammar (responses.ts): names
 * are one line, tags key:value, the SHA 40 to 64 hexadecimal characters.
 */
export interface Deployment {
  id: string;
  service: string;
  startedAt: Date;
  finishedAt?: Date;
  env?: string;
  version?: string;
  team?: string;
  customTags: string[];
  git?: { commitSha: string; repositoryId?: string };
  /** Datadog's answers carry no mark today; should one ever come, it is kept. */
  changeFailure?: boolean;
  remediation?: { id?: string; version?: string; type: RemediationType };
}

/** A failure as Datadog's answer holds it, held to the same grammar. */
export interface Failure {
  id: string;
  startedAt: Date;
  finishedAt?: Date;
  name?: string;
  severity?: string;
  services: string[];
  team?: string;
  env?: string;
  version?: string;
  customTags: string[];
  git?: { commitSha: string; repositoryUrl?: string };
}

/** What an event of an answer got wrong, in the fields the client reads. */
export interface EventFlaw {
  /** As the answer gave it, made harmless and cut when it is no Datadog id. */
  id: string;
  /** A required field did not parse: the event is left out. Otherwise it is kept without the fields named. */
  leftOut: boolean;
  /** One per field: its name, its value as it came (made harmless, cut), and what was expected. */
  problems: string[];
}

/** A list answer's events, each checked; what did not parse is told, never hidden. */
export interface EventList<T> {
  /** The events whose required fields parsed, each without its optional fields that did not. */
  items: T[];
  /** One per event left out or kept without a field; empty for a well-formed answer. */
  flaws: EventFlaw[];
}

/** How a write went: what the summary of a deploy job reports. */
export interface WriteResult {
  status: number;
  attempts: number;
  durationMs: number;
  /** An earlier attempt's answer was lost on the way: the request went again, and Datadog may have received it twice. */
  resentAfterLostAnswer?: boolean;
}

export interface SendResult extends WriteResult {
  /** The id in Datadog's answer: the one later calls must use. */
  id: string;
  /** The id this client sent; Datadog may answer with another. */
  sentId: string;
}

/** An event as Datadog's list and get answers hold it, every field as it came: for an export. */
export type RawEvent = { id: string } & Record<string, unknown>;

export interface PostedEvent extends WriteResult {
  /** Datadog's id of the event: the v2 answer's `evt.uid`, or v1's `id_str`; undefined when the answer carries none. */
  id?: string;
}

/** An event as Datadog's search answers it, each field checked by its type; what does not parse is left out. */
export interface FoundEvent {
  id: string;
  timestamp?: Date;
  title?: string;
  message?: string;
  tags: string[];
  status?: string;
  aggregationKey?: string;
  custom?: Record<string, unknown>;
}

export interface EventPage {
  events: FoundEvent[];
  /** The next page's cursor; undefined on the last page. */
  next?: string;
}

export type KeyCheck =
  | { verdict: 'valid' }
  | { verdict: 'rejected'; reason: string }
  | { verdict: 'unknown'; reason: string }
  /** A dry run sends nothing, the key check included. */
  | { verdict: 'not checked' };
