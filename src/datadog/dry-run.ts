// The dry run's client: every request built and checked as the real client's would be, recorded,
// and answered in Datadog's place with what it answers; nothing is sent.
import { checkAnswer } from './answers.ts';
import { buildClient, type EndpointOptions, resolveBaseUrl, resolveEventsUrl } from './client.ts';
import { DatadogConfigError, type Operation } from './errors.ts';
import type { DoraClient } from './operations.ts';
import { systemClock } from './retirement.ts';
import type { Method } from './transport.ts';
import type { WireDeploymentRequest } from './wire.ts';

export interface RecordedRequest {
  operation: string;
  method: Method;
  url: string;
  body?: unknown;
}

export interface DryRunDoraClient extends DoraClient {
  /** What a real client would have sent, in order. */
  readonly requests: RecordedRequest[];
}

/** Builds every request as the real client would, records it, and sends nothing. */
export function createDryRunDoraClient(options: EndpointOptions = {}): DryRunDoraClient {
  const baseUrl = resolveBaseUrl(options);
  const eventsUrl = resolveEventsUrl(options);
  const requests: RecordedRequest[] = [];
  const client = buildClient({
    transport: async ({ operation, method, path, body, intake }) => {
      if (intake && !eventsUrl)
        throw new DatadogConfigError(
          `Datadog's ${operation} goes to the event intake host, and none is known: with a base URL, name the intake's URL too.`,
        );
      requests.push({ operation, method, url: `${intake ? eventsUrl : baseUrl}${path}`, body });
      const sent = body as WireDeploymentRequest | undefined;
      const events = DRY_RUN_EVENT_ANSWERS[operation];
      const answer =
        events?.body ??
        (operation.startsWith('send')
          ? {
              data: {
                id: sent?.data.attributes.id,
                type: operation === 'send deployment' ? 'dora_deployment' : 'dora_failure',
              },
            }
          : operation.startsWith('list')
            ? { data: [] }
            : { data: null });
      const status = events?.status ?? (method === 'PATCH' || method === 'DELETE' ? 202 : 200);
      // The stand-in answer goes through the check Datadog's own answers go through.
      const verdict = checkAnswer(operation, {
        status,
        contentType: 'application/vnd.api+json',
        text: JSON.stringify(answer),
      });
      if (verdict.verdict !== 'datadog')
        throw new Error(`The dry run's answer to ${operation} fails the client's own check.`);
      return { status, body: verdict.body, attempts: 0, durationMs: 0, resentAfterLostAnswer: false };
    },
    checkApiKey: async () => ({ verdict: 'not checked' }),
    clock: options.clock ?? systemClock,
  });
  return Object.assign(client, { requests });
}

// What Datadog answers the Events API, as recorded, for a dry run's stand-in answers.
const DRY_RUN_EVENT_ANSWERS: Partial<Record<Operation, { status: number; body: unknown }>> = {
  'send alert event': {
    status: 202,
    body: { data: { type: 'event', id: '_', attributes: { attributes: { evt: {} } } } },
  },
  'send event (v1)': { status: 202, body: { status: 'ok', event: {} } },
  'search events': { status: 200, body: { data: [] } },
};
