// How each kind of DORA call goes, shared by the deployment and failure operations: its request
// through the transport, and Datadog's answer read as that kind has it (send, write, get, list).
import { DatadogApiError } from './errors.ts';
import { pathId } from './requests.ts';
import type { EventFlaw, EventList, SendResult, WriteResult } from './results.ts';
import type { ApiResponse, Transport } from './transport.ts';
import type { WireDeploymentRequest, WireFailureRequest, WireListRequest } from './wire.ts';

/** Reads one event of an answer; undefined, its flaws noted, when its required fields do not parse. */
export type Parse<T> = (event: Record<string, unknown>, flaws: EventFlaw[]) => T | undefined;

/** An event's id in a path, encoded as Datadog's own clients do: a colon becomes %3A. */
export const idInPath = (kind: 'deployment' | 'failure', id: string): string => encodeURIComponent(pathId(kind, id));

/** How a write went, as its answer says. */
export const written = (response: ApiResponse): WriteResult => ({
  status: response.status,
  attempts: response.attempts,
  durationMs: response.durationMs,
  ...(response.resentAfterLostAnswer ? { resentAfterLostAnswer: true } : {}),
});

export async function send(
  transport: Transport,
  operation: 'send deployment' | 'send failure',
  path: string,
  body: () => WireDeploymentRequest | WireFailureRequest,
): Promise<SendResult> {
  const request = body();
  const response = await transport({ operation, method: 'POST', path, body: request });
  // The answer passed the check: its data.id names the event from now on.
  const id = (response.body as { data: { id: string } }).data.id;
  return { id, sentId: request.data.attributes.id, ...written(response) };
}

export async function get<T>(
  transport: Transport,
  operation: 'get deployment' | 'get failure',
  path: string,
  parse: Parse<T>,
): Promise<T | undefined> {
  let response: ApiResponse;
  try {
    response = await transport({ operation, method: 'GET', path, permission: 'dora_metrics_read', objectInPath: true });
  } catch (error) {
    if (error instanceof DatadogApiError && error.notFound) return undefined;
    throw error;
  }
  const { data } = response.body as { data?: Record<string, unknown> | null };
  if (!data) return undefined;
  // A get has no rest to go on with: an event without its required fields is a failure of the call.
  const flaws: EventFlaw[] = [];
  const event = parse(data, flaws);
  if (event) return event;
  const summary = `the event in Datadog's answer is malformed (${flaws[0]?.problems.join('; ')})`;
  throw new DatadogApiError({
    operation,
    kind: 'malformed',
    summary,
    status: response.status,
    attempts: response.attempts,
  });
}

export async function list<T>(
  transport: Transport,
  operation: 'list deployments' | 'list failures',
  path: string,
  body: WireListRequest,
  parse: Parse<T>,
): Promise<EventList<T>> {
  const response = await transport({ operation, method: 'POST', path, body, permission: 'dora_metrics_read' });
  const items: T[] = [];
  const flaws: EventFlaw[] = [];
  for (const object of (response.body as { data: Record<string, unknown>[] }).data) {
    const item = parse(object, flaws);
    if (item) items.push(item);
  }
  return { items, flaws };
}
