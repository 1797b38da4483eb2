// What backfill reads from GitHub's history, whichever source it comes from: each past deployment
// as Datadog will get it, oldest first, and how far the reading went.

export type BackfillSource = 'deployments' | 'workflow-runs';

/** One deployment found in GitHub's history. */
export interface PastDeployment {
  source: BackfillSource;
  /**
   * GitHub's numeric id of what it was made from: the deployment's (`databaseId`), the workflow
   * run's, or with `job` the job's (unique per attempt).
   */
  objectId: number;
  /** The run attempt (workflow-runs only). */
  attempt?: number;
  startedAt: Date;
  finishedAt: Date;
  /** Lowercase hex, 40 characters (SHA-1; 64 for SHA-256), as the one rule has it (isCommitSha). */
  commitSha: string;
  /** The GitHub environment it went to (deployments source). */
  environment?: string;
  /**
   * The workflow run it came from, when known: a run's own id and attempt, or for a GitHub
   * deployment the run named by its success status's log or target URL. Deployments the live
   * action sent carry the same run in their `github.run_id`/`github.run_attempt` tags.
   */
  run?: { id: number; attempt?: number };
  /** Where it is on GitHub (a run's or job's html_url, a deployment's log URL), for the summary. */
  url?: string;
}

/** Why a reading of GitHub stopped before the period's end; undefined when it read it all. */
export interface ReadingStop {
  /** Said as is: "GitHub's rate limit for the token was reached …", "stopped to spare the token …". */
  message: string;
  /**
   * The last instant read through: every deployment of the period that finished by it was yielded
   * (undefined when the reading stopped before the period began). A second run continues from what
   * Datadog then holds.
   */
  readThrough?: Date;
  /** GitHub failed (out of reach, rate limited), not backfill sparing the token. */
  failed: boolean;
}

/** What the reading found in the period and left out, by why, counted. */
export interface LeftOut {
  /**
   * Never successful: a GitHub deployment without a SUCCESS status (failed, or still under way);
   * with `job`, a successful run in which no job of that name succeeded.
   */
  unsuccessful: number;
  /** Not GitHub's by its grammar (an id, a time, a SHA, a name): a node or item of an answer, left out. */
  malformed: number;
  /** What was wrong with the first malformed one, escaped, for a message. */
  malformedExample?: string;
  /** Past GitHub's 1,000 results of one query: more runs created within one second than it lists. */
  beyondCap: number;
}

export interface GitHubHistory {
  /** The repository's numeric id (GitHub's databaseId): part of every backfilled id. */
  repositoryId: number;
  /** The workflow whose runs are read (workflow-runs): its id, its name (the github.workflow tag) and its file. */
  workflow?: { id: number; name: string; path: string };
  /**
   * Past deployments created in the period, one at a time, oldest first by finish (ties by
   * objectId): the year is never held, only those under way at the latest creation read (at most
   * 1,000; past that, the earliest finish goes first). Never throws for GitHub's failures or the
   * budget: the iteration ends, and `stopped()` says why.
   */
  deployments: AsyncIterable<PastDeployment>;
  /** After `deployments` is done: why it stopped early, if it did. */
  stopped(): ReadingStop | undefined;
  /** After `deployments` is done (so far, before): what was found and left out. */
  leftOut(): LeftOut;
  /** Requests made to GitHub so far. */
  requests(): number;
}
