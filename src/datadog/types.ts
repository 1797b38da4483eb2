// Typed after Datadog's OpenAPI document (DORA slice). Callers use Dates and camelCase;
// the wire types below are what goes over HTTP.

export interface GitInfo {
  /** 40+ hex characters. */
  commitSha: string;
  repositoryUrl: string;
}

export interface DeploymentEvent {
  /** 16–128 of [A-Za-z0-9_.:-]; generated when absent, so a retried send is the same event. */
  id?: string;
  service: string;
  startedAt: Date;
  finishedAt: Date;
  env?: string;
  version?: string;
  team?: string;
  git?: GitInfo;
  customTags?: string[];
}

export interface FailureEvent {
  id?: string;
  startedAt: Date;
  finishedAt?: Date;
  /** Datadog requires services or team. */
  services?: string[];
  team?: string;
  name?: string;
  severity?: string;
  env?: string;
  version?: string;
  git?: GitInfo;
  customTags?: string[];
}

export type RemediationType = 'rollback' | 'rollforward';

/**
 * The deployment that remediated a failed one, by its id or by its version (Datadog looks the
 * version up in the failed deployment's service and env); never both.
 */
export type Remediation = { id: string; type: RemediationType } | { version: string; type: RemediationType };

export interface DeploymentPatch {
  changeFailure: boolean;
  /** What Datadog needs for failed deployment recovery time. */
  remediation?: Remediation;
}

/** A deployment named by what it deployed, for Datadog to look up. */
export interface DeployedVersion {
  service: string;
  env: string;
  version: string;
}

export interface ListQuery {
  from?: Date;
  to?: Date;
  /** Datadog's event search syntax, e.g. `service:(shopist OR api) env:production`. */
  query?: string;
  /** e.g. `-finished_at`. */
  sort?: string;
  /** 1–1000; Datadog's default is 10. */
  limit?: number;
}

export interface Deployment {
  id: string;
  service: string;
  startedAt: Date;
  finishedAt?: Date;
  env?: string;
  version?: string;
  team?: string;
  customTags: string[];
  git?: { commitSha: string; repositoryId: string };
  /** Datadog's answers carry no mark today; should one ever come, it is kept. */
  changeFailure?: boolean;
  remediation?: { id?: string; version?: string; type: RemediationType };
}

export interface Failure {
  id: string;
  startedAt?: Date;
  finishedAt?: Date;
  name?: string;
  severity?: string;
  services: string[];
  team?: string;
  env?: string;
  version?: string;
  customTags: string[];
  git?: { commitSha: string; repositoryUrl: string };
}

/** How a write went: what the summary of a deploy job reports. */
export interface WriteResult {
  status: number;
  attempts: number;
  durationMs: number;
}

export interface SendResult extends WriteResult {
  /** The id in Datadog's answer: the one later calls must use. */
  id: string;
  /** The id this client sent; Datadog may answer with another. */
  sentId: string;
}

export type KeyCheck =
  | { verdict: 'valid' }
  | { verdict: 'rejected'; reason: string }
  | { verdict: 'unknown'; reason: string }
  /** A dry run sends nothing, the key check included. */
  | { verdict: 'not checked' };

export interface DoraClient {
  sendDeployment(event: DeploymentEvent): Promise<SendResult>;
  patchDeployment(id: string, patch: DeploymentPatch): Promise<WriteResult>;
  /**
   * Patches the most recently finished deployment of this service, env and version. Datadog
   * answers 202 whether or not one matched. A preview at Datadog: a site without it answers 404.
   */
  patchDeploymentByVersion(target: DeployedVersion, patch: DeploymentPatch): Promise<WriteResult>;
  /**
   * Undefined when Datadog has no deployment with this id, which it says with a 404, a 400 whose
   * error says not found, or a 200 without data. Any other failure throws, a 403 included: then
   * nothing is known about the deployment.
   */
  getDeployment(id: string): Promise<Deployment | undefined>;
  listDeployments(query?: ListQuery): Promise<Deployment[]>;
  deleteDeployment(id: string): Promise<WriteResult>;
  sendFailure(event: FailureEvent): Promise<SendResult>;
  /** Undefined when Datadog has no failure with this id, said as for getDeployment. */
  getFailure(id: string): Promise<Failure | undefined>;
  listFailures(query?: ListQuery): Promise<Failure[]>;
  deleteFailure(id: string): Promise<WriteResult>;
  /** Whether Datadog accepts the API key on this site; one short attempt, never throws. */
  checkApiKey(): Promise<KeyCheck>;
}

// ---- wire types (request and response bodies) ----

export interface WireGitInfo {
  commit_sha: string;
  repository_url: string;
}

export interface WireDeploymentRequest {
  data: {
    attributes: {
      id: string;
      service: string;
      started_at: number;
      finished_at: number;
      env?: string;
      version?: string;
      team?: string;
      git?: WireGitInfo;
      custom_tags?: string[];
    };
  };
}

export interface WireFailureRequest {
  data: {
    attributes: {
      id: string;
      started_at: number;
      finished_at?: number;
      services?: string[];
      team?: string;
      name?: string;
      severity?: string;
      env?: string;
      version?: string;
      git?: WireGitInfo;
      custom_tags?: string[];
    };
  };
}

export interface WireDeploymentPatchRequest {
  data: {
    id: string;
    type: 'dora_deployment_patch_request';
    attributes: { change_failure: boolean; remediation?: Remediation };
  };
}

export interface WireDeploymentPatchByVersionRequest {
  data: {
    type: 'dora_deployment_patch_request';
    attributes: { service: string; env: string; version: string; change_failure: boolean; remediation?: Remediation };
  };
}

export interface WireListRequest {
  data: {
    type: 'dora_deployments_list_request' | 'dora_failures_list_request';
    attributes: { from?: string; to?: string; query?: string; sort?: string; limit?: number };
  };
}

/** Timestamps arrive as RFC 3339 strings, or as integers in older answers. */
export type WireTime = string | number;

export interface WireEventObject {
  id?: string;
  type?: string;
  attributes?: {
    service?: string;
    services?: string[];
    started_at?: WireTime;
    finished_at?: WireTime;
    env?: string;
    version?: string;
    team?: string;
    name?: string;
    severity?: string;
    custom_tags?: string[] | null;
    git?: { commit_sha?: string; repository_id?: string; repository_url?: string };
    change_failure?: boolean;
    remediation?: { id?: string; version?: string; type?: string };
  };
}
