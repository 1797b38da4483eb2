import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog, startFakeDatadog } from '../../scripts/local/fake-datadog.ts';
import {
  createDoraClient,
  createDryRunDoraClient,
  DatadogApiError,
  DatadogConfigError,
  type DeploymentEvent,
  type DoraClient,
  type FailureEvent,
} from '../../src/datadog/index.ts';
import { VERSION } from '../../src/version.ts';
import { beforeRetirement, standInBeforeRetirement } from '../clock.ts';

const SHA = '66adc9350f2cc9b250b69abddab733dd55e1a588';
const deployment: DeploymentEvent = {
  id: 'deploy-0123456789abcdef',
  service: 'shopist',
  env: 'production',
  version: 'v1.12.07',
  team: 'backend',
  startedAt: new Date('2026-11-27T10:00:00.250Z'),
  finishedAt: new Date('2026-11-27T10:04:30.750Z'),
  git: { commitSha: SHA, repositoryUrl: 'https://github.com/organization/example-repository' },
  customTags: ['language:java', 'department:engineering'],
};
const failure: FailureEvent = {
  id: 'failure-0123456789abcdef',
  name: 'Webserver is down failing all requests',
  severity: 'High',
  services: ['shopist', 'api'],
  team: 'backend',
  env: 'production',
  version: 'v1.12.07',
  startedAt: new Date('2026-11-27T11:00:00Z'),
  finishedAt: new Date('2026-11-27T11:45:00Z'),
  git: { commitSha: SHA, repositoryUrl: 'https://github.com/organization/example-repository' },
  customTags: ['incident_type:database'],
};

let server: FakeDatadog;
let client: DoraClient;
beforeEach(async () => {
  server = await startFakeDatadog({ clock: standInBeforeRetirement });
  client = createDoraClient({ clock: beforeRetirement, baseUrl: server.url, apiKey: API_KEY, appKey: APP_KEY });
});
afterEach(async () => {
  // Every body any test sent must satisfy Datadog's schema, with every object closed.
  expect(server.schemaErrors()).toEqual([]);
  await server.close();
});

describe('deployments', () => {
  test('send posts the event with the API key only, times in milliseconds, and returns the id', async () => {
    const result = await client.sendDeployment(deployment);

    expect(result).toMatchObject({ id: deployment.id, sentId: deployment.id, status: 200, attempts: 1 });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/api/v2/dora/deployment');
    expect(request?.headers['dd-api-key']).toBe(API_KEY);
    expect(request?.headers['dd-application-key']).toBeUndefined();
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['user-agent']).toMatch(
      new RegExp(`^datadog-dora-action/${VERSION.replace(/\./g, '\\.')} `),
    );
    expect(request?.body).toEqual({
      data: {
        attributes: {
          id: 'deploy-0123456789abcdef',
          service: 'shopist',
          env: 'production',
          version: 'v1.12.07',
          team: 'backend',
          started_at: Date.parse('2026-11-27T10:00:00.250Z'),
          finished_at: Date.parse('2026-11-27T10:04:30.750Z'),
          git: { commit_sha: SHA, repository_url: 'https://github.com/organization/example-repository' },
          custom_tags: ['language:java', 'department:engineering'],
        },
      },
    });
  });

  test('send generates a valid id when none is given, and reports the one it sent', async () => {
    const { id: _given, ...withoutId } = deployment;
    const result = await client.sendDeployment({ ...withoutId, env: undefined, git: undefined, customTags: [] });
    expect(result.sentId).toMatch(/^[A-Za-z0-9_.:-]{16,128}$/);
    expect(result.id).toBe(result.sentId);
    const body = server.requests[0]?.body as { data: { attributes: Record<string, unknown> } };
    expect(body.data.attributes.id).toBe(result.sentId);
    expect(Object.keys(body.data.attributes).sort()).toEqual([
      'finished_at',
      'id',
      'service',
      'started_at',
      'team',
      'version',
    ]);
  });

  test("Datadog's own id wins over the one sent, and later calls use it", async () => {
    await server.close();
    server = await startFakeDatadog({ ownIds: true, clock: standInBeforeRetirement });
    client = createDoraClient({ clock: beforeRetirement, baseUrl: server.url, apiKey: API_KEY, appKey: APP_KEY });

    const result = await client.sendDeployment(deployment);
    expect(result.sentId).toBe(deployment.id);
    expect(result.id).not.toBe(deployment.id);
    expect(await client.getDeployment(result.id)).toMatchObject({ id: result.id, service: 'shopist' });
  });

  test('a 202 (accepted, delayed by an incident at Datadog) is a success', async () => {
    server.misbehave({ status: 202, body: { data: { id: 'deploy-0123456789abcdef', type: 'dora_deployment' } } });
    await expect(client.sendDeployment(deployment)).resolves.toMatchObject({ status: 202, id: deployment.id });
  });

  test('get answers the deployment with RFC 3339 times parsed, both keys sent', async () => {
    await client.sendDeployment(deployment);
    const got = await client.getDeployment(deployment.id!);

    expect(got).toEqual({
      id: deployment.id,
      service: 'shopist',
      env: 'production',
      version: 'v1.12.07',
      team: 'backend',
      startedAt: deployment.startedAt,
      finishedAt: deployment.finishedAt,
      customTags: ['language:java', 'department:engineering'],
      git: { commitSha: SHA, repositoryId: 'github.com/organization/example-repository' },
    });
    const request = server.requests[1];
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe(`/api/v2/dora/deployments/${deployment.id}`);
    expect(request?.headers['dd-api-key']).toBe(API_KEY);
    expect(request?.headers['dd-application-key']).toBe(APP_KEY);
  });

  test('times given as integer seconds (older answers) parse too', async () => {
    await server.close();
    server = await startFakeDatadog({ timesAs: 'seconds', clock: standInBeforeRetirement });
    client = createDoraClient({ clock: beforeRetirement, baseUrl: server.url, apiKey: API_KEY, appKey: APP_KEY });
    await client.sendDeployment(deployment);
    const got = await client.getDeployment(deployment.id!);
    expect(got?.startedAt).toEqual(new Date('2026-11-27T10:00:00Z'));
    expect(got?.finishedAt).toEqual(new Date('2026-11-27T10:04:30Z'));
  });

  test('get of an unknown id answers undefined', async () => {
    await expect(client.getDeployment('no-such-deployment-1')).resolves.toBeUndefined();
  });

  test('patch marks a change failure linked to its remediation', async () => {
    await client.sendDeployment(deployment);
    const result = await client.patchDeployment(deployment.id!, {
      changeFailure: true,
      remediation: { id: 'rollback-0123456789ab', type: 'rollback' },
    });

    expect(result).toMatchObject({ status: 202, attempts: 1 });
    const request = server.requests[1];
    expect(request?.method).toBe('PATCH');
    expect(request?.path).toBe(`/api/v2/dora/deployments/${deployment.id}`);
    expect(request?.headers['dd-application-key']).toBe(APP_KEY);
    expect(request?.body).toEqual({
      data: {
        id: deployment.id,
        type: 'dora_deployment_patch_request',
        attributes: { change_failure: true, remediation: { id: 'rollback-0123456789ab', type: 'rollback' } },
      },
    });
  });

  test('patch marks a deployment stable again', async () => {
    await client.sendDeployment(deployment);
    await client.patchDeployment(deployment.id!, { changeFailure: false });
    expect((server.requests[1]?.body as { data: { attributes: unknown } }).data.attributes).toEqual({
      change_failure: false,
    });
  });

  test('patch of an id Datadog does not know: accepted, as the API documents, and nothing is stored', async () => {
    await expect(client.patchDeployment('no-such-deployment-1', { changeFailure: true })).resolves.toMatchObject({
      status: 202,
      attempts: 1,
    });
    expect(server.deployments.size).toBe(0);
  });

  test('patch accepts the short ids Datadog gives, escaped in the path', async () => {
    server.misbehave({ status: 202, body: { data: null } });
    await client.patchDeployment('eG42z:Ik', { changeFailure: true });
    expect(server.requests[0]?.path).toBe('/api/v2/dora/deployments/eG42z%3AIk');
  });

  test('list sends its type and filters, and answers parsed deployments', async () => {
    for (let i = 0; i < 3; i++) {
      await client.sendDeployment({
        ...deployment,
        id: `deploy-${i}-0123456789abcdef`,
        startedAt: new Date(Date.parse('2026-11-27T10:00:00Z') + i * 60_000),
      });
    }
    const listed = await client.listDeployments({
      from: new Date('2026-11-27T09:00:00Z'),
      to: new Date('2026-11-27T12:00:00Z'),
      query: 'service:shopist env:production',
      sort: '-started_at',
      limit: 2,
    });

    expect(listed.flaws).toEqual([]);
    expect(listed.items.map((d) => d.id)).toEqual(['deploy-2-0123456789abcdef', 'deploy-1-0123456789abcdef']);
    expect(listed.items[0]?.startedAt).toEqual(new Date('2026-11-27T10:02:00Z'));
    const request = server.requests.at(-1);
    expect(request?.path).toBe('/api/v2/dora/deployments');
    expect(request?.headers['dd-application-key']).toBe(APP_KEY);
    expect(request?.body).toEqual({
      data: {
        type: 'dora_deployments_list_request',
        attributes: {
          from: '2026-11-27T09:00:00.000Z',
          to: '2026-11-27T12:00:00.000Z',
          query: 'service:shopist env:production',
          sort: '-started_at',
          limit: 2,
        },
      },
    });
  });

  test('list with no filters still sends data.type', async () => {
    await client.listDeployments();
    expect(server.requests[0]?.body).toEqual({ data: { type: 'dora_deployments_list_request', attributes: {} } });
  });

  test('delete removes the deployment', async () => {
    await client.sendDeployment(deployment);
    const result = await client.deleteDeployment(deployment.id!);
    expect(result.status).toBe(202);
    const request = server.requests[1];
    expect(request?.method).toBe('DELETE');
    expect(request?.path).toBe(`/api/v2/dora/deployment/${deployment.id}`);
    expect(request?.headers['dd-application-key']).toBe(APP_KEY);
    expect(server.deployments.size).toBe(0);
  });
});

describe('failures', () => {
  test('send posts the failure with the API key only and returns the id', async () => {
    const result = await client.sendFailure(failure);
    expect(result).toMatchObject({ id: failure.id, sentId: failure.id, status: 200 });
    const request = server.requests[0];
    expect(request?.path).toBe('/api/v2/dora/failure');
    expect(request?.headers['dd-application-key']).toBeUndefined();
    expect(request?.body).toEqual({
      data: {
        attributes: {
          id: failure.id,
          name: 'Webserver is down failing all requests',
          severity: 'High',
          services: ['shopist', 'api'],
          team: 'backend',
          env: 'production',
          version: 'v1.12.07',
          started_at: Date.parse('2026-11-27T11:00:00Z'),
          finished_at: Date.parse('2026-11-27T11:45:00Z'),
          git: { commit_sha: SHA, repository_url: 'https://github.com/organization/example-repository' },
          custom_tags: ['incident_type:database'],
        },
      },
    });
  });

  test('an ongoing failure is sent without finished_at', async () => {
    await client.sendFailure({ id: failure.id, team: 'backend', startedAt: failure.startedAt });
    expect((server.requests[0]?.body as { data: { attributes: object } }).data.attributes).toEqual({
      id: failure.id,
      team: 'backend',
      started_at: Date.parse('2026-11-27T11:00:00Z'),
    });
  });

  test('get, list and delete', async () => {
    await client.sendFailure(failure);

    const got = await client.getFailure(failure.id!);
    expect(got).toEqual({
      id: failure.id,
      name: failure.name,
      severity: 'High',
      services: ['shopist', 'api'],
      team: 'backend',
      env: 'production',
      version: 'v1.12.07',
      startedAt: failure.startedAt,
      finishedAt: failure.finishedAt,
      customTags: ['incident_type:database'],
      git: { commitSha: SHA, repositoryUrl: 'https://github.com/organization/example-repository' },
    });
    expect(server.requests[1]?.path).toBe(`/api/v2/dora/failures/${failure.id}`);

    const listed = await client.listFailures({ query: 'service:api', limit: 1000 });
    expect(listed.items.map((f) => f.id)).toEqual([failure.id]);
    expect(server.requests[2]?.path).toBe('/api/v2/dora/failures');
    expect(server.requests[2]?.body).toEqual({
      data: { type: 'dora_failures_list_request', attributes: { query: 'service:api', limit: 1000 } },
    });

    expect((await client.deleteFailure(failure.id!)).status).toBe(202);
    expect(server.requests[3]?.method).toBe('DELETE');
    expect(server.requests[3]?.path).toBe(`/api/v2/dora/failure/${failure.id}`);
    expect(await client.getFailure(failure.id!)).toBeUndefined();
    for (const request of server.requests.slice(1)) expect(request.headers['dd-application-key']).toBe(APP_KEY);
  });
});

describe('what is checked before anything is sent', () => {
  test('operations that need the application key name it when it is missing', async () => {
    const apiOnly = createDoraClient({ clock: beforeRetirement, baseUrl: server.url, apiKey: API_KEY });
    const cases: [string, () => Promise<unknown>, string][] = [
      ['patch deployment', () => apiOnly.patchDeployment('x', { changeFailure: true }), 'dora_metrics_write'],
      [
        'patch deployment by version',
        () => apiOnly.patchDeploymentByVersion({ service: 's', env: 'e', version: 'v' }, { changeFailure: true }),
        'dora_metrics_write',
      ],
      ['get deployment', () => apiOnly.getDeployment('x'), 'dora_metrics_read'],
      ['list deployments', () => apiOnly.listDeployments(), 'dora_metrics_read'],
      ['delete deployment', () => apiOnly.deleteDeployment('x'), 'dora_metrics_write'],
      ['get failure', () => apiOnly.getFailure('x'), 'dora_metrics_read'],
      ['list failures', () => apiOnly.listFailures(), 'dora_metrics_read'],
      ['delete failure', () => apiOnly.deleteFailure('x'), 'dora_metrics_write'],
    ];
    for (const [operation, call, permission] of cases) {
      await expect(call()).rejects.toThrow(
        new DatadogConfigError(
          `Datadog's ${operation} needs an application key (with the ${permission} permission), and none was given.`,
        ),
      );
    }
    await expect(apiOnly.sendDeployment(deployment)).resolves.toMatchObject({ status: 200 });
    expect(server.requests).toHaveLength(1);
  });

  test('a missing API key is refused at once', () => {
    expect(() => createDoraClient({ clock: beforeRetirement, baseUrl: server.url, apiKey: ' ' })).toThrow(
      'The Datadog API key is missing.',
    );
  });

  test('a key with a line break is refused without repeating it', () => {
    const error = (() => {
      try {
        createDoraClient({ clock: beforeRetirement, baseUrl: server.url, apiKey: API_KEY, appKey: `${APP_KEY}\nmore` });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toBe('The Datadog application key contains spaces or characters no key has.');
  });

  test.each<[string, () => Promise<unknown>, string]>([
    [
      'a short id',
      () => client.sendDeployment({ ...deployment, id: 'short' }),
      'The deployment id "short" is not valid: Datadog accepts 16 to 128 letters',
    ],
    [
      'an id with a slash',
      () => client.sendFailure({ ...failure, id: 'failure/0123456789abcdef' }),
      'The failure id "failure/0123456789abcdef" is not valid',
    ],
    ['no service', () => client.sendDeployment({ ...deployment, service: '' }), 'A deployment needs a service name.'],
    [
      'an invalid date',
      () => client.sendDeployment({ ...deployment, finishedAt: new Date('nope') }),
      'finishedAt is not a valid date.',
    ],
    [
      'a short commit',
      () => client.sendDeployment({ ...deployment, git: { commitSha: 'abc123', repositoryUrl: 'x' } }),
      'Commit SHA "abc123" is not valid',
    ],
    [
      '101 tags',
      () => client.sendDeployment({ ...deployment, customTags: Array.from({ length: 101 }, (_, i) => `k${i}:v`) }),
      '101 custom tags given: Datadog accepts at most 100 per event.',
    ],
    [
      'a tag without a value',
      () => client.sendDeployment({ ...deployment, customTags: ['team'] }),
      'Custom tag "team" is not valid: expected key:value.',
    ],
    [
      'a failure with neither services nor team',
      () => client.sendFailure({ startedAt: new Date() }),
      'A failure needs at least one service or a team.',
    ],
    [
      'a limit over 1000',
      () => client.listDeployments({ limit: 1001 }),
      'List limit 1001 is not valid: expected a whole number from 1 to 1000.',
    ],
    [
      'an unknown remediation type',
      () =>
        client.patchDeployment('x', { changeFailure: true, remediation: { id: 'y', type: 'revert' as 'rollback' } }),
      'Remediation type "revert" is not valid',
    ],
  ])('%s', async (_name, call, message) => {
    await expect(call()).rejects.toThrow(DatadogConfigError);
    await expect(call()).rejects.toThrow(message);
    expect(server.requests).toHaveLength(0);
  });
});

describe('dry run', () => {
  test('records every request a real client would send, and sends nothing', async () => {
    const dry = createDryRunDoraClient({ clock: beforeRetirement, site: 'datadoghq.eu' });
    const sent = await dry.sendDeployment(deployment);
    await dry.patchDeployment(sent.id, {
      changeFailure: true,
      remediation: { id: 'rollback-0123456789ab', type: 'rollforward' },
    });
    const failed = await dry.sendFailure({ ...failure, id: undefined });
    expect(await dry.getDeployment(sent.id)).toBeUndefined();
    expect(await dry.listFailures({ limit: 5 })).toEqual({ items: [], flaws: [] });
    await dry.deleteFailure(failed.id);
    expect(await dry.checkApiKey()).toEqual({ verdict: 'not checked' });

    expect(sent).toMatchObject({ id: deployment.id, sentId: deployment.id, attempts: 0 });
    expect(failed.id).toMatch(/^[A-Za-z0-9_.:-]{16,128}$/);
    expect(dry.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `POST https://api.datadoghq.eu/api/v2/dora/deployment`,
      `PATCH https://api.datadoghq.eu/api/v2/dora/deployments/${deployment.id}`,
      `POST https://api.datadoghq.eu/api/v2/dora/failure`,
      `GET https://api.datadoghq.eu/api/v2/dora/deployments/${deployment.id}`,
      `POST https://api.datadoghq.eu/api/v2/dora/failures`,
      `DELETE https://api.datadoghq.eu/api/v2/dora/failure/${failed.id}`,
    ]);
    // What it records is exactly what the real client sends.
    await client.sendDeployment(deployment);
    expect(dry.requests[0]?.body).toEqual(server.requests[0]?.body);
    expect(JSON.stringify(dry.requests)).not.toContain(API_KEY);
  });

  test('its bodies satisfy the schema too', async () => {
    const { requestBodyErrors } = await import('../../scripts/local/openapi.ts');
    const dry = createDryRunDoraClient({ clock: beforeRetirement });
    await dry.sendDeployment(deployment);
    await dry.sendFailure(failure);
    await dry.patchDeployment('abc', { changeFailure: true });
    await dry.patchDeployment('abc', { changeFailure: true, remediation: { version: 'v1.12.06', type: 'rollback' } });
    await dry.patchDeploymentByVersion(
      { service: 'shopist', env: 'production', version: 'v1.12.07' },
      { changeFailure: false },
    );
    await dry.patchDeploymentByVersion(
      { service: 'shopist', env: 'production', version: 'v1.12.07' },
      { changeFailure: true, remediation: { id: 'eG42zNIkVjM', type: 'rollforward' } },
    );
    await dry.listDeployments({ from: new Date(0), to: new Date(), sort: '-finished_at' });
    for (const r of dry.requests) expect(requestBodyErrors(r.method, new URL(r.url).pathname, r.body)).toEqual([]);
  });
});

describe("errors carry Datadog's own words", () => {
  test('a 400 with JSON:API errors', async () => {
    server.misbehave({
      status: 400,
      body: { errors: [{ status: '400', title: 'Bad Request', detail: 'Invalid service name' }] },
    });
    const error = (await client.sendDeployment(deployment).catch((e: unknown) => e)) as DatadogApiError;
    expect(error).toBeInstanceOf(DatadogApiError);
    expect(error).toMatchObject({
      operation: 'send deployment',
      status: 400,
      details: ['Invalid service name'],
      attempts: 1,
      retried: false,
      kind: 'http',
    });
    expect(error.message).toBe(
      'Datadog send deployment failed after 1 attempt: Datadog answered HTTP 400 Bad Request: Invalid service name.',
    );
  });

  test('a 403 on a write names the application key and dora_metrics_write', async () => {
    server.misbehave({ status: 403, body: { errors: ['Forbidden'] } });
    const error = (await client
      .patchDeployment('abc', { changeFailure: true })
      .catch((e: unknown) => e)) as DatadogApiError;
    expect(error.message).toContain('HTTP 403 Forbidden: Forbidden.');
    expect(error.message).toContain('the application key lacks the dora_metrics_write permission');
  });

  test('a 403 on a read names dora_metrics_read', async () => {
    server.misbehave({ status: 403, body: { errors: ['Forbidden'] } });
    await expect(client.listFailures()).rejects.toThrow('the application key lacks the dora_metrics_read permission');
  });

  test('a 403 on a send names the API key and the site', async () => {
    const wrongKey = createDoraClient({
      clock: beforeRetirement,
      baseUrl: server.url,
      apiKey: 'ffffffffffffffffffffffffffffffff',
    });
    await expect(wrongKey.sendDeployment(deployment)).rejects.toThrow(
      `The API key is not valid for ${new URL(server.url).host}: check the key and that it belongs to an organization on this Datadog site.`,
    );
  });
});
