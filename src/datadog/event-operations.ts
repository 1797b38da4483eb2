// The Events API operations: an alert event posted through v2 (on the event intake host) or v1
// (with the API key alone), and the search that reads events back; what succeeds DORA incidents.
import { written } from './calls.ts';
import { alertEventRequest, eventSearchRequest, parseFoundEvent, v1EventRequest } from './events.ts';
import type { DoraClient } from './operations.ts';
import type { Clock } from './retirement.ts';
import type { ApiResponse, Transport } from './transport.ts';

export type EventOperations = Pick<DoraClient, 'postAlertEvent' | 'postEventV1' | 'searchEvents'>;

/** How a post went, with the event's id when the answer gave one. */
const posted = (response: ApiResponse, id: unknown) => ({
  ...written(response),
  ...(typeof id === 'string' && id ? { id } : {}),
});

// Every method is async, so a bad argument rejects like any other failure.
export function eventOperations(transport: Transport, clock: Clock): EventOperations {
  return {
    postAlertEvent: async (event) => {
      const body = alertEventRequest(event, clock());
      const response = await transport({
        operation: 'send alert event',
        method: 'POST',
        path: '/api/v2/events',
        body,
        appKey: true,
        intake: true,
      });
      const answer = response.body as { data: { attributes?: { attributes?: { evt?: { uid?: unknown } } } } };
      return posted(response, answer.data.attributes?.attributes?.evt?.uid);
    },
    postEventV1: async (event) => {
      const body = v1EventRequest(event, clock());
      const response = await transport({ operation: 'send event (v1)', method: 'POST', path: '/api/v1/events', body });
      // Its numeric id loses precision in JSON: id_str is the one to keep.
      return posted(response, (response.body as { event: { id_str?: unknown } }).event.id_str);
    },
    searchEvents: async (search) => {
      const body = eventSearchRequest(search);
      const response = await transport({
        operation: 'search events',
        method: 'POST',
        path: '/api/v2/events/search',
        body,
        permission: 'events_read',
      });
      const answer = response.body as {
        data: (Record<string, unknown> & { id: string })[];
        meta?: { page?: { after?: unknown } };
      };
      const after = answer.meta?.page?.after;
      return {
        events: answer.data.map(parseFoundEvent),
        ...(typeof after === 'string' && after && answer.data.length ? { next: after } : {}),
      };
    },
  };
}
