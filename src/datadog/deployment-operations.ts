// The DORA deployment operations: send, patch (by id or by version), get, list and delete, and the
// list as Datadog sent it, for an export. None of them retires with DORA incidents.
import { get, idInPath, list, send, written } from './calls.ts';
import type { DoraClient } from './operations.ts';
import { deploymentRequest, listRequest, patchByVersionRequest, patchRequest } from './requests.ts';
import { parseDeployment, parseRawEvent } from './responses.ts';
import type { Transport } from './transport.ts';

export type DeploymentOperations = Pick<
  DoraClient,
  | 'sendDeployment'
  | 'patchDeployment'
  | 'patchDeploymentByVersion'
  | 'getDeployment'
  | 'listDeployments'
  | 'deleteDeployment'
  | 'listDeploymentObjects'
>;

// Every method is async, so a bad argument rejects like any other failure.
export function deploymentOperations(transport: Transport): DeploymentOperations {
  const deployment = (id: string) => idInPath('deployment', id);
  return {
    sendDeployment: async (event) =>
      send(transport, 'send deployment', '/api/v2/dora/deployment', () => deploymentRequest(event)),
    patchDeployment: async (id, patch) =>
      written(
        await transport({
          operation: 'patch deployment',
          method: 'PATCH',
          path: `/api/v2/dora/deployments/${deployment(id)}`,
          body: patchRequest(id, patch),
          permission: 'dora_metrics_write',
        }),
      ),
    patchDeploymentByVersion: async (target, patch) =>
      written(
        await transport({
          operation: 'patch deployment by version',
          method: 'PATCH',
          path: '/api/v2/dora/deployments',
          body: patchByVersionRequest(target, patch),
          permission: 'dora_metrics_write',
        }),
      ),
    getDeployment: async (id) =>
      get(transport, 'get deployment', `/api/v2/dora/deployments/${deployment(id)}`, parseDeployment),
    listDeployments: async (query = {}) =>
      list(
        transport,
        'list deployments',
        '/api/v2/dora/deployments',
        listRequest('dora_deployments_list_request', query),
        parseDeployment,
      ),
    deleteDeployment: async (id) =>
      written(
        await transport({
          operation: 'delete deployment',
          method: 'DELETE',
          path: `/api/v2/dora/deployment/${deployment(id)}`,
          permission: 'dora_metrics_write',
        }),
      ),
    listDeploymentObjects: async (query = {}) =>
      list(
        transport,
        'list deployments',
        '/api/v2/dora/deployments',
        listRequest('dora_deployments_list_request', query),
        parseRawEvent,
      ),
  };
}
