// The DORA failure (incident) operations: send, get, list and delete, and the list as Datadog sent
// it, for an export; each behind the gate that refuses it once Datadog retires it (retirement.ts).
import { get, idInPath, list, send, written } from './calls.ts';
import { DatadogApiError, DatadogRetiredError, type Operation } from './errors.ts';
import type { DoraClient } from './operations.ts';
import { failureRequest, listRequest } from './requests.ts';
import { parseFailure, parseRawEvent } from './responses.ts';
import { type Clock, day, type IncidentApi, isRetired, RETIREMENT_GUIDE, RETIRES_ON } from './retirement.ts';
import type { Transport } from './transport.ts';

export type FailureOperations = Pick<
  DoraClient,
  'sendFailure' | 'getFailure' | 'listFailures' | 'deleteFailure' | 'listFailureObjects'
>;

const INCIDENT_PARTS: Record<IncidentApi, string> = {
  ingestion: 'DORA incident ingestion (sending and deleting failure events)',
  data: 'DORA incident data (listing and reading failure events)',
};

/**
 * The DORA incident operations, refused from their retirement date on, or from the moment
 * Datadog answers that they are gone: then nothing more is asked of that part of the API.
 */
function incidentGate(clock: Clock) {
  const learned = new Map<IncidentApi, DatadogApiError>();
  return async <T>(part: IncidentApi, operation: Operation, call: () => Promise<T>): Promise<T> => {
    const answer = learned.get(part);
    if (answer || isRetired(part, clock())) {
      const why = answer
        ? `Datadog answered earlier that ${INCIDENT_PARTS[part]} is gone`
        : `Datadog retired ${INCIDENT_PARTS[part]} on ${day(RETIRES_ON[part])}`;
      throw new DatadogRetiredError(
        operation,
        `Datadog ${operation} is not sent: ${why} (${RETIREMENT_GUIDE}).`,
        answer,
      );
    }
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof DatadogApiError && error.gone)) throw error;
      learned.set(part, error);
      // The data outlives ingestion: when it is gone, so is ingestion.
      if (part === 'data') learned.set('ingestion', error);
      throw new DatadogRetiredError(
        operation,
        `Datadog says ${INCIDENT_PARTS[part]} is gone: ${error.message} Datadog retires it on ${day(RETIRES_ON[part])} in any case; nothing more is sent to it (${RETIREMENT_GUIDE}).`,
        error,
      );
    }
  };
}

// Every method is async, so a bad argument rejects like any other failure.
export function failureOperations(transport: Transport, clock: Clock): FailureOperations {
  const incident = incidentGate(clock);
  const failure = (id: string) => idInPath('failure', id);
  return {
    sendFailure: async (event) => {
      const body = failureRequest(event);
      return incident('ingestion', 'send failure', () =>
        send(transport, 'send failure', '/api/v2/dora/failure', () => body),
      );
    },
    getFailure: async (id) => {
      const path = `/api/v2/dora/failures/${failure(id)}`;
      return incident('data', 'get failure', () => get(transport, 'get failure', path, parseFailure));
    },
    listFailures: async (query = {}) => {
      const body = listRequest('dora_failures_list_request', query);
      return incident('data', 'list failures', () =>
        list(transport, 'list failures', '/api/v2/dora/failures', body, parseFailure),
      );
    },
    deleteFailure: async (id) => {
      const path = `/api/v2/dora/failure/${failure(id)}`;
      return incident('ingestion', 'delete failure', async () =>
        written(
          await transport({
            operation: 'delete failure',
            method: 'DELETE',
            path,
            permission: 'dora_metrics_write',
            objectInPath: true,
          }),
        ),
      );
    },
    listFailureObjects: async (query = {}) => {
      const body = listRequest('dora_failures_list_request', query);
      return incident('data', 'list failures', () =>
        list(transport, 'list failures', '/api/v2/dora/failures', body, parseRawEvent),
      );
    },
  };
}
