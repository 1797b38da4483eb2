// What a request to Datadog is and what comes back: the transport's contract, apart from how it is sent.
import type { Operation } from './errors.ts';
import type { ProxyRoute } from './proxy.ts';
import type { Timing } from './retry.ts';
import type { Timer } from './timer.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface ApiRequest {
  operation: Operation;
  method: Method;
  path: string;
  body?: unknown;
  /** The operation needs the application key: Datadog checks its permission. */
  permission?: Permission;
  /** The operation needs the application key, whose permission Datadog does not name. */
  appKey?: true;
  /** Sent to the event intake host instead of the API host. */
  intake?: true;
  /** The path names an object by its id: a "not found" there is about the object, not the endpoint. */
  objectInPath?: true;
}

export type Permission = 'dora_metrics_read' | 'dora_metrics_write' | 'events_read';

export interface ApiResponse {
  status: number;
  /** Datadog's answer, parsed and of the shape the operation expects. */
  body: unknown;
  attempts: number;
  durationMs: number;
  /** An earlier attempt's answer was lost: the request went again, and may have arrived twice. */
  resentAfterLostAnswer: boolean;
}

/** Sends a request and answers Datadog's response, or throws DatadogApiError. */
export type Transport = (request: ApiRequest) => Promise<ApiResponse>;

export interface HttpOptions {
  baseUrl: string;
  /** Set when a proxy applies to baseUrl: requests tunnel through it. */
  proxy?: ProxyRoute;
  apiKey: string;
  appKey?: string;
  userAgent: string;
  timing: Timing;
  timer: Timer;
  log?: (message: string) => void;
}
