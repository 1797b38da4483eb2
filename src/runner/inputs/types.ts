// The inputs as the rest of the action sees them: parsed, checked, typed.
// Each event's own inputs are typed in its module under events/.

export interface Endpoint {
  /** The site given (input or env): where the API is, unless baseUrl; always, where the web app is. */
  site?: string;
  baseUrl?: string;
  /** Where v2 events go (input events-url): with baseUrl and without this, no v2 event is posted. */
  eventsUrl?: string;
}

/** A deployment Datadog knows: by id, or the latest of a service in an env. */
export type Target = { id: string } | { latest: { service: string; env: string } };

/** What every event reads. */
export interface Common {
  endpoint: Endpoint;
  dryRun: boolean;
  failOnError: boolean;
  /** Inputs given that do not apply to the event: said, never silently ignored. */
  warnings: string[];
}

/** What deployments and failures both describe. */
export interface Described {
  env?: string;
  version?: string;
  team?: string;
  tags: string[];
  commitSha?: string;
  repositoryUrl?: string;
  startedAt?: Date;
  finishedAt?: Date;
}

/** The secrets: masked as they are read, in every step. */
export interface Keys {
  apiKey?: string;
  appKey?: string;
  /** For GitHub's API, which the report reads lead time from without a full checkout. */
  githubToken?: string;
}

/** An input the action cannot work with; the message names it, and never holds a secret. */
export class InputError extends Error {
  override name = 'InputError';
}

/** What a report or an export covers: the services and envs named, or every one found where undefined. */
export interface Selection {
  services?: string[];
  envs?: string[];
}
