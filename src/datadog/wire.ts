// The request bodies as they go over HTTP, in Datadog's own field names: what requests.ts and
// events.ts build from the caller's types (types.ts).
import type { AlertPriority, AlertStatus, Remediation, V1Event } from './types.ts';

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

export interface WireAlertEventRequest {
  data: {
    type: 'event';
    attributes: {
      title: string;
      category: 'alert';
      message?: string;
      tags?: string[];
      aggregation_key?: string;
      /** ISO 8601. */
      timestamp?: string;
      attributes: { status: AlertStatus; priority?: AlertPriority; custom?: Record<string, unknown> };
    };
  };
}

export interface WireV1EventRequest {
  title: string;
  text: string;
  alert_type: V1Event['alertType'];
  tags?: string[];
  aggregation_key?: string;
  /** POSIX seconds. */
  date_happened?: number;
}

export interface WireEventSearchRequest {
  filter: { query: string; from: string; to: string };
  page: { limit?: number; cursor?: string };
  sort: 'timestamp';
}
