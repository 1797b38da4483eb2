// The ways Datadog's get says it has no such event, and the answers that say nothing of the kind.
import { describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog, type Misbehaviour } from '../../scripts/local/fake-datadog.ts';
import { deployment, failureOf, retryingClientsForEachTest } from './retrying.ts';

let server: FakeDatadog;
const clients = retryingClientsForEachTest((standIn) => (server = standIn));
const client = () => clients.clientWith();

describe('get answers undefined when Datadog says there is no such event', () => {
  test('the stand-in, as Datadog documents its get: a 400 whose error says not found', async () => {
    const answer = await fetch(`${server.url}/api/v2/dora/deployments/no-such-deployment-0`, {
      headers: { 'dd-api-key': API_KEY, 'dd-application-key': APP_KEY },
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({
      errors: [{ status: '400', title: 'Bad Request', detail: 'deployment not found' }],
    });
    server.requests.length = 0;

    await expect(client().getDeployment('no-such-deployment-1')).resolves.toBeUndefined();
    await expect(client().getFailure('no-such-failure-1')).resolves.toBeUndefined();
    expect(server.requests.map((r) => r.path)).toEqual([
      '/api/v2/dora/deployments/no-such-deployment-1',
      '/api/v2/dora/failures/no-such-failure-1',
    ]);
  });

  test.each<[string, Misbehaviour]>([
    ['a 404', { status: 404, body: { errors: ['Not found'] } }],
    [
      'a 400 whose detail says so',
      { status: 400, body: { errors: [{ status: '400', title: 'Bad Request', detail: 'Deployment NOT FOUND' }] } },
    ],
    [
      'a 400 whose title says so',
      {
        status: 400,
        body: { errors: [{ status: '400', title: 'Not Found', detail: 'no event with id eG42zNIkVjM' }] },
      },
    ],
    ['a 200 with data null', { status: 200, body: { data: null } }],
    ['a 200 without data', { status: 200, body: {} }],
  ])('%s', async (_name, answer) => {
    await client().sendDeployment(deployment);
    server.misbehave(answer);
    await expect(client().getDeployment(deployment.id!)).resolves.toBeUndefined();
    expect(server.requests).toHaveLength(2);
  });
});

describe('and throws when the answer says nothing of the kind', () => {
  test('a 403: whether the event exists could not be checked', async () => {
    server.misbehave({ status: 403, body: { errors: ['Forbidden'] } });
    const error = await failureOf(client().getDeployment(deployment.id!));
    expect(error).toMatchObject({ operation: 'get deployment', status: 403, notFound: false, attempts: 1 });
    expect(error.hint).toContain('the application key lacks the dora_metrics_read permission');
  });

  test('a 400 about something else', async () => {
    server.misbehave({
      status: 400,
      body: { errors: [{ status: '400', title: 'Bad Request', detail: 'invalid id' }] },
    });
    await expect(failureOf(client().getFailure('eG42zNIkVjM'))).resolves.toMatchObject({
      status: 400,
      notFound: false,
      details: ['invalid id'],
    });
  });

  test('a 403 that happens to say not found is still a 403', async () => {
    server.misbehave({ status: 403, body: { errors: ['User not found'] } });
    await expect(failureOf(client().getDeployment(deployment.id!))).resolves.toMatchObject({
      status: 403,
      notFound: false,
    });
  });
});

describe('an event whose required fields do not parse is neither found nor not found', () => {
  test('the get throws, kind malformed, saying what was wrong; an optional field that does not parse is left out', async () => {
    const id = deployment.id!;
    server.misbehave({
      status: 200,
      body: { data: { id, type: 'dora_deployment', attributes: { service: 42, started_at: '2026-11-27T10:00:00Z' } } },
    });
    const error = await failureOf(client().getDeployment(id));
    expect(error).toMatchObject({ operation: 'get deployment', kind: 'malformed', status: 200, notFound: false });
    expect(error.message).toBe(
      "Datadog get deployment failed after 1 attempt: the event in Datadog's answer is malformed (service is 42: expected a string).",
    );

    server.misbehave({
      status: 200,
      body: {
        data: {
          id,
          type: 'dora_deployment',
          attributes: { service: 'shopist', started_at: '2026-11-27T10:00:00Z', env: ['production'] },
        },
      },
    });
    await expect(client().getDeployment(id)).resolves.toEqual({
      id,
      service: 'shopist',
      startedAt: new Date('2026-11-27T10:00:00Z'),
      customTags: [],
    });
  });
});
