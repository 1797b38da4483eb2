// Post in process: the deployment main saved is read back like any input, each field held to its
// grammar, and sent (with what it remediates) against the stand-in; saved state that is not what
// main writes is a warning naming the field, and nothing is sent.
import { describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { readable } from '../../scripts/local/runner.ts';
import { SITE_NAMES } from '../../src/datadog/sites.ts';
import { runPost } from '../../src/steps/post.ts';
import { BEFORE_RETIREMENT } from '../clock.ts';
import { standInForEachTest } from '../stand-in.ts';
import { stepInProcessForEachTest } from './step.ts';

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));
const step = stepInProcessForEachTest({ DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY });

const SHA = '66adc9350f2cc9b250b69abddab733dd55e1a588';
const HOUR = 3_600_000;
const startedAt = new Date(BEFORE_RETIREMENT.getTime() - HOUR).toISOString();

/** What main saves for a deployment of shop-api, every field it can write included. */
const saved = (): Record<string, unknown> => ({
  deployment: {
    id: 'deploy-0123456789abcdef',
    service: 'shop-api',
    startedAt,
    env: 'production',
    version: 'v1.2.3',
    team: 'payments',
    git: { commitSha: SHA, repositoryUrl: 'https://github.com/acme/shop' },
    customTags: ['tier:1', 'github.job:deploy'],
  },
  endpoint: { baseUrl: datadog.url },
  dryRun: false,
  failOnError: false,
});

/** The saved state with one field set (or, undefined, removed), by its path: `remediates.latest.env`. */
function savedWith(path: string, value: unknown, state = saved()): Record<string, unknown> {
  const names = path.split('.');
  let object = state;
  for (const name of names.slice(0, -1)) object = (object[name] ??= {}) as Record<string, unknown>;
  if (value === undefined) delete object[names.at(-1)!];
  else object[names.at(-1)!] = value;
  return state;
}

async function post(state: unknown): Promise<void> {
  step.env.STATE_deployment = typeof state === 'string' ? state : JSON.stringify(state);
  await runPost(step.runtime());
}

const annotations = () => step.log().match(/^::(warning|error|notice).*$/gm) ?? [];
const said = () =>
  step
    .log()
    .split('\n')
    .filter((line) => line && !line.startsWith('::'));
const writes = () =>
  datadog.requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);

function seedFailedDeployment(id: string): void {
  const finishedAt = BEFORE_RETIREMENT.getTime() - 2 * HOUR;
  datadog.deployments.set(id, {
    id,
    attributes: {
      id,
      service: 'shop-api',
      env: 'production',
      started_at: finishedAt - 60_000,
      finished_at: finishedAt,
    },
  });
}

describe('what main saved, sent when the job ends', () => {
  test('every field as main wrote it reaches Datadog', async () => {
    await post(saved());
    expect(said()).toEqual(['Datadog accepted deployment deploy-0123456789abcdef (HTTP 200, 1 attempt).']);
    expect(annotations()).toEqual([]);
    expect(datadog.deployments.get('deploy-0123456789abcdef')?.attributes).toMatchObject({
      service: 'shop-api',
      env: 'production',
      version: 'v1.2.3',
      team: 'payments',
      started_at: Date.parse(startedAt),
      git: { commit_sha: SHA, repository_url: 'https://github.com/acme/shop' },
      custom_tags: ['tier:1', 'github.job:deploy'],
    });
    expect(step.summary()).toContain('### ✅ Deployment sent to Datadog');
    expect(step.exitCode()).toBe(0);
  });

  test('latest, left by main: looked up before sending, tagged, then marked a change failure remediated by it', async () => {
    seedFailedDeployment('failed-deployment-1');
    await post(savedWith('remediates', { latest: { service: 'shop-api', env: 'production' }, type: 'rollforward' }));
    expect(said()).toEqual([
      'This deployment remediates failed-deployment-1, the latest deployment of shop-api in production (the last 30 days).',
      'Datadog accepted deployment deploy-0123456789abcdef (HTTP 200, 1 attempt).',
      'Datadog accepted marking deployment failed-deployment-1 a change failure, remediated by deploy-0123456789abcdef (rollforward).',
    ]);
    expect(writes()).toEqual([
      'POST /api/v2/dora/deployments',
      'POST /api/v2/dora/deployment',
      'PATCH /api/v2/dora/deployments/failed-deployment-1',
    ]);
    expect(datadog.deployments.get('deploy-0123456789abcdef')?.attributes.custom_tags).toEqual([
      'tier:1',
      'github.job:deploy',
      'dora.remediates:failed-deployment-1',
      'dora.remediation:rollforward',
    ]);
    expect(readable(step.summary())).toContain(
      '| Remediates | failed-deployment-1: marking it a change failure, remediated by this deployment (rollforward), accepted by Datadog |',
    );
  });

  test('an id given as remediates that Datadog does not know: marked all the same, and a warning', async () => {
    await post(savedWith('remediates', { id: 'unknown-deployment', type: 'rollback', given: true }));
    expect(writes()).toEqual(['POST /api/v2/dora/deployment', 'PATCH /api/v2/dora/deployments/unknown-deployment']);
    expect(annotations()).toEqual([
      '::warning title=Deployment not known to Datadog::Datadog knows no deployment unknown-deployment (input remediates): if the id is wrong, the mark has no effect. Datadog may also not show yet a deployment sent seconds ago.',
    ]);
  });

  test('the lookup refused: a warning, and the deployment sent without a link', async () => {
    datadog.misbehaveOn('/api/v2/dora/deployments', { status: 400, body: { errors: ['Bad Request'] } });
    await post(savedWith('remediates', { latest: { service: 'shop-api', env: 'production' }, type: 'rollback' }));
    expect(annotations()).toEqual([
      expect.stringMatching(
        /^::warning title=Remediated deployment not found::Datadog list deployments failed after 1 attempt: Datadog answered HTTP 400/,
      ),
    ]);
    expect(writes()).toEqual(['POST /api/v2/dora/deployments', 'POST /api/v2/dora/deployment']);
    expect(step.summary()).not.toContain('Remediates');
  });

  test('a dry run without keys: the request shown, the lookup said in the summary, nothing asked of Datadog', async () => {
    delete step.env.DD_API_KEY;
    delete step.env.DD_APP_KEY;
    await post(
      savedWith(
        'dryRun',
        true,
        savedWith('remediates', { latest: { service: 'shop-api', env: 'production' }, type: 'rollback' }),
      ),
    );
    expect(said()[0]).toBe('Dry run: nothing is sent. This is the request that would go to Datadog:');
    expect(said()[1]).toBe(`POST ${datadog.url}/api/v2/dora/deployment`);
    expect(readable(step.summary())).toContain(
      '| Remediates | the latest deployment of shop-api in production (the last 30 days), marked a change failure (rollback) — not looked up in this dry run without both keys |',
    );
    expect(datadog.requests).toEqual([]);
  });

  test('nothing saved: nothing to send, nothing said', async () => {
    delete step.env.STATE_deployment;
    await runPost(step.runtime());
    expect(said()).toEqual([]);
    expect(annotations()).toEqual([]);
    expect(datadog.requests).toEqual([]);
  });
});

describe('saved state that is not what main writes: a warning naming the field, nothing sent, the job green', () => {
  const notSent = (problem: string) =>
    `::warning title=DORA deployment not sent::What main saved for the end of the job ${problem}, so this job's deployment is not sent: the runner's state was changed or cut off on the way.`;
  const ID_RULE = 'Datadog accepts 16 to 128 letters, digits, hyphens, underscores, periods and colons';
  const REMEDIATES = 'expected an object: the failed deployment by id or latest, and the remediation type';

  test.each<[string, () => unknown, string]>([
    ['not JSON', () => '{"deployment": {"id": "x"', 'is not JSON (25 characters)'],
    ['null', () => null, 'is null (expected an object: the deployment main planned and how to send it)'],
    ['a list', () => [], 'is a list of 0 (expected an object: the deployment main planned and how to send it)'],
    ['every field missing', () => ({}), 'lacks deployment, endpoint, dryRun, failOnError'],
    [
      'a deployment that is not an object',
      () => savedWith('deployment', 'shop-api'),
      'has deployment "shop-api" (expected an object: the deployment main planned)',
    ],
    ['an id missing', () => savedWith('deployment.id', undefined), 'lacks deployment.id'],
    ['an id that is not a string', () => savedWith('deployment.id', 1), 'has deployment.id 1 (expected a string)'],
    ['an id too short', () => savedWith('deployment.id', 'x'), `has deployment.id "x" (${ID_RULE})`],
    [
      'an id with a slash',
      () => savedWith('deployment.id', 'deploy/0123456789abcdef'),
      `has deployment.id "deploy/0123456789abcdef" (${ID_RULE})`,
    ],
    ['a service empty', () => savedWith('deployment.service', ' '), 'has deployment.service " " (it is empty)'],
    [
      'a service too long',
      () => savedWith('deployment.service', 's'.repeat(101)),
      `has deployment.service "${'s'.repeat(59)}…" (expected at most 100 characters)`,
    ],
    [
      'a service of two lines',
      () => savedWith('deployment.service', 'shop\napi'),
      'has deployment.service "shop\\napi" (expected one line without control characters)',
    ],
    [
      'a start that is not a time',
      () => savedWith('deployment.startedAt', 'not a date'),
      'has deployment.startedAt "not a date" (expected a time as main writes it, such as 2026-11-27T10:00:00.000Z)',
    ],
    [
      'a start not as main writes it',
      () => savedWith('deployment.startedAt', '2026-11-27'),
      'has deployment.startedAt "2026-11-27" (expected a time as main writes it, such as 2026-11-27T10:00:00.000Z)',
    ],
    [
      'a start as a number',
      () => savedWith('deployment.startedAt', 1796079600000),
      'has deployment.startedAt 1796079600000 (expected a time as main writes it, such as 2026-11-27T10:00:00.000Z)',
    ],
    [
      'an env that is not a string',
      () => savedWith('deployment.env', ['production']),
      'has deployment.env a list of 1 (expected a string)',
    ],
    [
      'a version of two lines',
      () => savedWith('deployment.version', 'v1\nv2'),
      'has deployment.version "v1\\nv2" (expected one line)',
    ],
    [
      'a team too long',
      () => savedWith('deployment.team', 't'.repeat(101)),
      `has deployment.team "${'t'.repeat(59)}…" (expected at most 100 characters)`,
    ],
    [
      'git that is not an object',
      () => savedWith('deployment.git', SHA),
      `has deployment.git "${SHA}" (expected an object: the commit deployed and its repository)`,
    ],
    [
      'a commit that is not a SHA',
      () => savedWith('deployment.git.commitSha', 'main'),
      'has deployment.git.commitSha "main" (expected 40 or more hexadecimal characters)',
    ],
    [
      'a repository URL missing',
      () => savedWith('deployment.git.repositoryUrl', undefined),
      'lacks deployment.git.repositoryUrl',
    ],
    [
      'tags that are not a list',
      () => savedWith('deployment.customTags', 'tier:1'),
      'has deployment.customTags "tier:1" (expected a list of at most 100 key:value tags)',
    ],
    [
      'too many tags',
      () =>
        savedWith(
          'deployment.customTags',
          Array.from({ length: 101 }, (_, i) => `k:${i}`),
        ),
      'has deployment.customTags a list of 101 (expected a list of at most 100 key:value tags)',
    ],
    [
      'a tag that is not key:value',
      () => savedWith('deployment.customTags', ['tier:1', 'tier']),
      'has deployment.customTags[1] "tier" (expected key:value)',
    ],
    ['an endpoint missing', () => savedWith('endpoint', undefined), 'lacks endpoint'],
    [
      'an endpoint that is null',
      () => savedWith('endpoint', null),
      'has endpoint null (expected an object: the site or api-url to send to)',
    ],
    [
      'a site Datadog has not',
      () => savedWith('endpoint', { site: 'datadoghq.org' }),
      `has endpoint.site "datadoghq.org" (not a Datadog site; expected one of ${SITE_NAMES.join(', ')})`,
    ],
    [
      'a base URL that is not one, never shown',
      () => savedWith('endpoint', { baseUrl: 'https://user:secret@api.example.com/x?y' }),
      'has endpoint.baseUrl (it must not carry credentials: pass the keys as keys)',
    ],
    ['dry-run not a boolean', () => savedWith('dryRun', 'false'), 'has dryRun "false" (expected true or false)'],
    ['fail-on-error missing', () => savedWith('failOnError', undefined), 'lacks failOnError'],
    ['remediates as a string', () => savedWith('remediates', 'latest'), `has remediates "latest" (${REMEDIATES})`],
    [
      'remediates by id and latest',
      () =>
        savedWith('remediates', {
          id: 'failed-deployment-1',
          latest: { service: 'shop-api', env: 'production' },
          type: 'rollback',
        }),
      'has remediates an object (expected the failed deployment by id or by latest, one of the two)',
    ],
    [
      'remediates by neither',
      () => savedWith('remediates', { type: 'rollback' }),
      'has remediates an object (expected the failed deployment by id or by latest, one of the two)',
    ],
    [
      'remediates an id that is not one',
      () => savedWith('remediates', { id: '..', type: 'rollback' }),
      'has remediates.id ".." (an id of periods alone is not an id)',
    ],
    [
      'remediates of an unknown type',
      () => savedWith('remediates', { id: 'failed-deployment-1', type: 'revert' }),
      'has remediates.type "revert" (expected rollback or rollforward)',
    ],
    [
      'remediates without a type',
      () => savedWith('remediates', { id: 'failed-deployment-1' }),
      'lacks remediates.type',
    ],
    [
      'remediates given not a boolean',
      () => savedWith('remediates', { id: 'failed-deployment-1', type: 'rollback', given: 'yes' }),
      'has remediates.given "yes" (expected true or false)',
    ],
    [
      'remediates latest not an object',
      () => savedWith('remediates', { latest: 'shop-api', type: 'rollback' }),
      'has remediates.latest "shop-api" (expected an object: the service and env to look in)',
    ],
    [
      'remediates latest without a service',
      () => savedWith('remediates', { latest: { env: 'production' }, type: 'rollback' }),
      'lacks remediates.latest.service',
    ],
    [
      'remediates latest in an env of two lines',
      () => savedWith('remediates', { latest: { service: 'shop-api', env: 'prod\nuction' }, type: 'rollback' }),
      'has remediates.latest.env "prod\\nuction" (expected one line without control characters)',
    ],
    [
      'several fields at once: each named',
      () => ({ deployment: { id: 1, startedAt }, endpoint: null, dryRun: 'no', remediates: 'latest' }),
      `lacks deployment.service, failOnError; has deployment.id 1 (expected a string); has endpoint null (expected an object: the site or api-url to send to); has dryRun "no" (expected true or false); has remediates "latest" (${REMEDIATES})`,
    ],
  ])('%s', async (_name, state, problem) => {
    await post(state());
    expect(annotations()).toEqual([notSent(problem)]);
    expect(said()).toEqual([]);
    expect(step.summary()).toBe('');
    expect(datadog.requests).toEqual([]);
    expect(step.exitCode()).toBe(0);
    expect(step.log()).not.toContain('secret');
  });
});
