import { describe, expect, test } from '@jest/globals';
import { APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { requestBodyErrors } from '../../scripts/local/openapi.ts';
import {
  createDryRunDoraClient,
  DatadogConfigError,
  type DeployedVersion,
  type DeploymentPatch,
  type DoraClient,
  patchByVersionRequest,
  type Timing,
} from '../../src/datadog/index.ts';
import { deployment, failureOf, retryingClientsForEachTest } from './retrying.ts';

const target: DeployedVersion = { service: 'shopist', env: 'production', version: 'v1.12.07' };

let server: FakeDatadog;
const clients = retryingClientsForEachTest((standIn) => (server = standIn));
// The default timing, on the test's time: the backoffs of a retry pass at once.
const client = (timing: Partial<Timing> = {}): DoraClient => clients.clientWith(timing);

/** Sends a deployment of the target's version that finished at this time. */
const sendFinishedAt = (c: DoraClient, id: string, finishedAt: string, env = target.env) =>
  c.sendDeployment({
    ...deployment,
    ...target,
    env,
    id,
    startedAt: new Date(Date.parse(finishedAt) - 60_000),
    finishedAt: new Date(finishedAt),
  });

describe('patch by version', () => {
  test('one PATCH to /api/v2/dora/deployments, no id in path or body; the most recently finished match is patched', async () => {
    const c = client();
    await sendFinishedAt(c, 'deploy-latest-0123456789', '2026-11-27T10:05:00Z');
    await sendFinishedAt(c, 'deploy-earlier-0123456789', '2026-11-27T09:05:00Z');
    await sendFinishedAt(c, 'deploy-staging-0123456789', '2026-11-27T11:05:00Z', 'staging');
    server.requests.length = 0;

    const result = await c.patchDeploymentByVersion(target, {
      changeFailure: true,
      remediation: { version: 'v1.12.06', type: 'rollback' },
    });

    expect(result).toMatchObject({ status: 202, attempts: 1 });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('PATCH');
    expect(request?.path).toBe('/api/v2/dora/deployments');
    expect(request?.headers['dd-application-key']).toBe(APP_KEY);
    expect(request?.body).toEqual({
      data: {
        type: 'dora_deployment_patch_request',
        attributes: {
          service: 'shopist',
          env: 'production',
          version: 'v1.12.07',
          change_failure: true,
          remediation: { version: 'v1.12.06', type: 'rollback' },
        },
      },
    });
    expect(request?.schemaErrors).toEqual([]);
    expect(server.deployments.get('deploy-latest-0123456789')?.attributes).toMatchObject({
      change_failure: true,
      remediation: { version: 'v1.12.06', type: 'rollback' },
    });
    expect(server.deployments.get('deploy-earlier-0123456789')?.attributes.change_failure).toBeUndefined();
    expect(server.deployments.get('deploy-staging-0123456789')?.attributes.change_failure).toBeUndefined();
  });

  test('no deployment of that version: Datadog accepts it all the same, and so does the client', async () => {
    await expect(
      client().patchDeploymentByVersion({ ...target, version: 'v9.9.9' }, { changeFailure: false }),
    ).resolves.toMatchObject({ status: 202, attempts: 1 });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['PATCH /api/v2/dora/deployments']);
  });

  test('retried like the other writes, with the same body', async () => {
    server.misbehave({ status: 503 }, { status: 429 });
    await expect(client().patchDeploymentByVersion(target, { changeFailure: true })).resolves.toMatchObject({
      status: 202,
      attempts: 3,
    });
    expect(server.requests).toHaveLength(3);
    expect(server.requests[1]?.body).toEqual(server.requests[0]?.body);
    expect(server.requests[2]?.body).toEqual(server.requests[0]?.body);
    expect(clients.logs[0]).toMatch(
      /^Datadog patch deployment by version: Datadog answered HTTP 503 Service Unavailable; retrying in/,
    );
  });

  test('an answer lost with no attempt left: the change may or may not have arrived', async () => {
    server.misbehave({ lose: 'reset', store: true });
    const error = await failureOf(client({ maxAttempts: 1 }).patchDeploymentByVersion(target, { changeFailure: true }));
    expect(error).toMatchObject({ operation: 'patch deployment by version', mayHaveArrived: true, attempts: 1 });
    expect(error.message).toContain(
      'The change to the deployment may or may not have arrived at Datadog: an answer was lost on the way.',
    );
  });

  test('a 404: the site does not have the operation, which Datadog still calls a preview', async () => {
    server.misbehave({ status: 404, body: { errors: ['Not found'] } });
    const error = await failureOf(client().patchDeploymentByVersion(target, { changeFailure: true }));
    const host = new URL(server.url).host;
    expect(error).toMatchObject({ status: 404, attempts: 1, kind: 'http' });
    expect(error.hint).toBe(
      `Marking a deployment by version is not available on ${host}: check the site or base URL, or mark the deployment by its id.`,
    );

    server.misbehave({ status: 404, body: { errors: ['Not found'] } });
    const byId = await failureOf(client().patchDeployment('eG42zNIkVjM', { changeFailure: true }));
    expect(byId.hint).toBe(`${host} has no such endpoint or object: check the site or base URL, and the id.`);
  });

  test('a dry run records it and answers 202', async () => {
    const dry = createDryRunDoraClient({ site: 'datadoghq.eu' });
    await expect(dry.patchDeploymentByVersion(target, { changeFailure: true })).resolves.toEqual({
      status: 202,
      attempts: 0,
      durationMs: 0,
    });
    expect(dry.requests).toEqual([
      {
        operation: 'patch deployment by version',
        method: 'PATCH',
        url: 'https://api.datadoghq.eu/api/v2/dora/deployments',
        body: { data: { type: 'dora_deployment_patch_request', attributes: { ...target, change_failure: true } } },
      },
    ]);
  });

  test.each<[string, DeployedVersion, string]>([
    ['no service', { ...target, service: '' }, 'Patching a deployment by version needs its service.'],
    ['a blank env', { ...target, env: ' ' }, 'Patching a deployment by version needs its env.'],
    ['no version', { ...target, version: '' }, 'Patching a deployment by version needs its version.'],
  ])('%s is refused before anything is sent', async (_name, given, message) => {
    expect(() => patchByVersionRequest(given, { changeFailure: true })).toThrow(new DatadogConfigError(message));
    await expect(client().patchDeploymentByVersion(given, { changeFailure: true })).rejects.toThrow(
      new DatadogConfigError(message),
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('a remediation, by id or by version, in both patches', () => {
  const byId = { id: 'eG42zNIkVjM', type: 'rollback' } as const;
  const byVersion = { version: 'v1.12.06', type: 'rollforward' } as const;

  test.each([
    ['by id', byId],
    ['by version', byVersion],
  ])('%s: sent as given, and valid for both operations', async (_name, remediation) => {
    const c = client();
    await c.sendDeployment({ ...deployment, ...target });
    await c.patchDeployment(deployment.id!, { changeFailure: true, remediation });
    await c.patchDeploymentByVersion(target, { changeFailure: true, remediation });

    const patches = server.requests.filter((r) => r.method === 'PATCH');
    expect(
      patches.map((r) => (r.body as { data: { attributes: { remediation: unknown } } }).data.attributes.remediation),
    ).toEqual([remediation, remediation]);
    for (const request of patches) expect(request.schemaErrors).toEqual([]);
    expect(server.deployments.get(deployment.id!)?.attributes.remediation).toEqual(remediation);
  });

  test.each<[string, unknown, string]>([
    [
      'both',
      { ...byId, version: 'v1.12.06' },
      'A remediation names the deployment that remediated by its id or by its version, not both.',
    ],
    ['neither', { type: 'rollback' }, 'A remediation needs the id or the version of the deployment that remediated.'],
    ['an empty version', { version: ' ', type: 'rollback' }, 'The remediation version " " is not valid: it is empty.'],
    [
      'a version of two lines',
      { version: 'v1\nv2', type: 'rollback' },
      'The remediation version "v1\\nv2" is not valid: expected one line.',
    ],
    [
      'an unknown type',
      { version: 'v1', type: 'revert' },
      'Remediation type "revert" is not valid: expected rollback or rollforward.',
    ],
  ])('%s: refused by both patches before anything is sent', async (_name, remediation, message) => {
    const patch = { changeFailure: true, remediation } as DeploymentPatch;
    const c = client();
    await expect(c.patchDeployment('eG42zNIkVjM', patch)).rejects.toThrow(new DatadogConfigError(message));
    await expect(c.patchDeploymentByVersion(target, patch)).rejects.toThrow(new DatadogConfigError(message));
    expect(server.requests).toHaveLength(0);
  });

  test("the schema would not take both either: the by-version patch's remediation is one of the two", () => {
    const both = {
      data: {
        type: 'dora_deployment_patch_request',
        attributes: { ...target, change_failure: true, remediation: { ...byId, version: 'v1' } },
      },
    };
    expect(requestBodyErrors('PATCH', '/api/v2/dora/deployments', both)).not.toEqual([]);
  });
});
