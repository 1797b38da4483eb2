import { describe, expect, test } from '@jest/globals';
import type { DeploymentInputs } from '../../src/events/deployment/event.ts';
import { withoutCredentials } from '../../src/runner/inputs/grammar.ts';
import { InputError } from '../../src/runner/inputs/types.ts';
import { parseInputs } from '../../src/steps/inputs.ts';

// The examples' times are a day before this; a fixed now keeps them valid whenever the tests run.
const NOW = new Date('2026-11-28T12:00:00Z');
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const parse = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  parseInputs(reader({ service: 'shop', ...inputs }), env, NOW) as DeploymentInputs;
const failure = (inputs: Record<string, string>, env: Record<string, string> = {}) => {
  try {
    parseInputs(reader(inputs), env, NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('defaults and environment fallbacks', () => {
  test('only service given', () => {
    expect(parse({})).toEqual({
      event: 'deployment',
      endpoint: {},
      service: 'shop',
      tags: [],
      dryRun: false,
      failOnError: false,
      remediationType: 'rollback',
      warnings: [],
    });
  });

  test("service, env and version fall back to Datadog's unified tagging variables", () => {
    const inputs = parseInputs(reader({}), { DD_SERVICE: 'api', DD_ENV: 'staging', DD_VERSION: '2.0.1' });
    expect(inputs).toMatchObject({ service: 'api', env: 'staging', version: '2.0.1' });
  });

  test('inputs win over the environment', () => {
    expect(
      parse({ env: 'prod', site: 'datadoghq.eu' }, { DD_ENV: 'staging', DD_SITE: 'us5.datadoghq.com' }),
    ).toMatchObject({
      env: 'prod',
      endpoint: { site: 'datadoghq.eu' },
    });
  });

  test('site: DATADOG_SITE before DD_SITE, as datadog-ci reads them', () => {
    expect(parse({}, { DATADOG_SITE: 'datadoghq.eu', DD_SITE: 'us5.datadoghq.com' }).endpoint).toEqual({
      site: 'datadoghq.eu',
    });
    expect(parse({}, { DD_SITE: 'app.datadoghq.eu' }).endpoint).toEqual({ site: 'datadoghq.eu' });
  });

  test('api-url overrides the site for requests; the site still names the app that links go to', () => {
    expect(parse({ 'api-url': 'https://dd-gateway.internal/dd', site: 'datadoghq.eu' }).endpoint).toEqual({
      baseUrl: 'https://dd-gateway.internal/dd',
      site: 'datadoghq.eu',
    });
    expect(parse({ 'api-url': 'https://dd-gateway.internal/dd' }, { DD_SITE: 'us5.datadoghq.com' }).endpoint).toEqual({
      baseUrl: 'https://dd-gateway.internal/dd',
      site: 'us5.datadoghq.com',
    });
  });

  test('booleans', () => {
    expect(parse({ 'dry-run': 'true', 'fail-on-error': 'TRUE' })).toMatchObject({ dryRun: true, failOnError: true });
    expect(parse({ 'dry-run': 'False' })).toMatchObject({ dryRun: false });
  });

  test('tags: commas or newlines, blanks dropped', () => {
    expect(parse({ tags: 'tier:1, region:eu-west-1\nowner:payments\n\n' }).tags).toEqual([
      'tier:1',
      'region:eu-west-1',
      'owner:payments',
    ]);
  });

  test('times in every form', () => {
    const expected = new Date('2026-11-27T10:00:00Z');
    for (const value of [
      '2026-11-27T10:00:00Z',
      '2026-11-27T11:00:00+01:00',
      '1795773600',
      '1795773600000',
      '1795773600000000000',
    ]) {
      expect(parse({ 'started-at': value }).startedAt).toEqual(expected);
    }
    expect(parse({ 'finished-at': '2026-11-27T10:00:00.123456789Z' }).finishedAt).toEqual(
      new Date('2026-11-27T10:00:00.123Z'),
    );
  });

  test('credentials in a repository URL are dropped', () => {
    expect(parse({ 'repository-url': 'https://x-access-token:ghs_secret@github.com/acme/shop' }).repositoryUrl).toBe(
      'https://github.com/acme/shop',
    );
    expect(withoutCredentials('git@github.com:acme/shop.git')).toBe('git@github.com:acme/shop.git');
  });
});

describe('each bad input fails with its name, its value and what is accepted', () => {
  test.each<[string, Record<string, string>, Record<string, string>, string]>([
    [
      'event',
      { service: 's', event: 'release' },
      {},
      'Input event is "release": expected one of deployment, change-failure, stable, failure, report, export, backfill.',
    ],
    ['service', {}, {}, 'Input service is required: the name of the service deployed (or set env DD_SERVICE).'],
    [
      'site',
      { service: 's', site: 'datadoghq.co' },
      {},
      'Input site is "datadoghq.co": not a Datadog site; expected one of datadoghq.com, us3.datadoghq.com, us5.datadoghq.com, datadoghq.eu, ap1.datadoghq.com, ap2.datadoghq.com, uk1.datadoghq.com.',
    ],
    [
      'site from DD_SITE',
      { service: 's' },
      { DD_SITE: 'ddog-gov.com' },
      'Input site (from env DD_SITE) is "ddog-gov.com": US1-FED does not offer Delivery Performance (DORA Metrics); it is available on datadoghq.com, us3.datadoghq.com, us5.datadoghq.com, datadoghq.eu, ap1.datadoghq.com, ap2.datadoghq.com, uk1.datadoghq.com.',
    ],
    [
      'api-url',
      { service: 's', 'api-url': 'api.datadoghq.com' },
      {},
      'Input api-url is "api.datadoghq.com": expected a plain http(s) base URL, without credentials, query or fragment, such as https://api.datadoghq.com.',
    ],
    [
      'api-url with credentials',
      { service: 's', 'api-url': 'https://user:pass@proxy.example/' },
      {},
      'Input api-url is "https://***@proxy.example/": expected a plain http(s) base URL, without credentials',
    ],
    [
      'api-url with a query',
      { service: 's', 'api-url': 'https://gw.example/dd?token=1' },
      {},
      'Input api-url is "https://gw.example/dd?token=1": expected a plain http(s) base URL, without credentials, query or fragment',
    ],
    [
      'api-url with a fragment',
      { service: 's', 'api-url': 'https://gw.example/dd#x' },
      {},
      'Input api-url is "https://gw.example/dd#x": expected a plain http(s) base URL',
    ],
    [
      'api-url with an empty query',
      { service: 's', 'api-url': 'https://gw.example/dd?' },
      {},
      'Input api-url is "https://gw.example/dd?": expected a plain http(s) base URL',
    ],
    [
      'tags',
      { service: 's', tags: 'tier:1,critical' },
      {},
      'Input tags has "critical": expected key:value tags separated by commas or newlines.',
    ],
    [
      'too many tags',
      { service: 's', tags: Array.from({ length: 96 }, (_, i) => `k${i}:v`).join(',') },
      {},
      'Input tags has 96 tags: Datadog accepts 100 per event, and the action adds 5, so at most 95.',
    ],
    [
      'too many tags with remediates',
      {
        service: 's',
        env: 'prod',
        remediates: 'latest',
        tags: Array.from({ length: 94 }, (_, i) => `k${i}:v`).join(','),
      },
      {},
      'Input tags has 94 tags: Datadog accepts 100 per event, and the action adds 7 with remediates, so at most 93.',
    ],
    [
      'commit-sha',
      { service: 's', 'commit-sha': 'abc123' },
      {},
      'Input commit-sha is "abc123": expected a full commit SHA, 40 or more hexadecimal characters.',
    ],
    [
      'deployment-id',
      { service: 's', 'deployment-id': 'deploy 1' },
      {},
      'Input deployment-id is "deploy 1": expected 16 to 128 letters, digits, hyphens, underscores, periods or colons.',
    ],
    [
      'started-at',
      { service: 's', 'started-at': 'yesterday' },
      {},
      'Input started-at is "yesterday": expected a real instant, as ISO 8601 with a time zone (2026-11-27T10:00:00Z) or Unix seconds, milliseconds or nanoseconds.',
    ],
    [
      'finished-at without a zone',
      { service: 's', 'finished-at': '2026-11-27T10:00:00' },
      {},
      'Input finished-at is "2026-11-27T10:00:00": expected a real instant, as ISO 8601 with a time zone',
    ],
    [
      'finished before started',
      { service: 's', 'started-at': '2026-11-27T10:00:00Z', 'finished-at': '2026-11-27T09:00:00Z' },
      {},
      'Input finished-at is "2026-11-27T09:00:00.000Z", before input started-at (2026-11-27T10:00:00.000Z): an event ends after it starts; expected a later time.',
    ],
    ['dry-run', { service: 's', 'dry-run': 'yes' }, {}, 'Input dry-run is "yes": expected true or false.'],
    [
      'fail-on-error',
      { service: 's', 'fail-on-error': '1' },
      {},
      'Input fail-on-error is "1": expected true or false.',
    ],
  ])('%s', (_name, inputs, env, message) => {
    expect(failure(inputs, env)).toContain(message);
  });
});

describe('event change-failure and stable', () => {
  test('a deployment id Datadog gave, short as it may be, with a remediation', () => {
    expect(
      parseInputs(
        reader({
          event: 'change-failure',
          'deployment-id': 'eG42zNIkVjM',
          'remediation-id': 'z_RwVLi7v4Y',
          'remediation-type': 'rollforward',
        }),
        {},
      ),
    ).toMatchObject({
      event: 'change-failure',
      target: { id: 'eG42zNIkVjM' },
      remediationId: 'z_RwVLi7v4Y',
      remediationType: 'rollforward',
      warnings: [],
    });
  });

  test('latest needs a service and an env, from inputs or the environment', () => {
    expect(
      parseInputs(reader({ event: 'stable', 'deployment-id': 'latest' }), { DD_SERVICE: 'shop', DD_ENV: 'prod' }),
    ).toMatchObject({
      target: { latest: { service: 'shop', env: 'prod' } },
    });
    expect(failure({ event: 'stable', 'deployment-id': 'latest', service: 'shop' })).toBe(
      'Input env is required with deployment-id: latest, for event stable: the latest deployment is looked up by service and env (or set env DD_ENV).',
    );
  });

  test('a deployment id is required', () => {
    expect(failure({ event: 'change-failure' })).toBe(
      'Input deployment-id or version is required for event change-failure: the id of the deployment to mark (the deployment-id output of its job), or latest; or the version it deployed, with service and env.',
    );
    expect(failure({ event: 'change-failure', 'deployment-id': 'a b' })).toContain(
      'Input deployment-id is "a b": expected an id Datadog gave',
    );
  });

  test('inputs that do not apply are named in warnings', () => {
    const inputs = parseInputs(
      reader({
        event: 'stable',
        'deployment-id': 'abc',
        service: 'shop',
        'remediation-id': 'x',
        name: 'outage',
        tags: 'a:b',
      }),
      {},
    );
    expect(inputs.warnings).toEqual([
      'Input tags does not apply to event stable; it is ignored.',
      'Input remediation-id does not apply to event stable; it is ignored.',
      'Input name does not apply to event stable; it is ignored.',
      'Input service applies to event stable only with deployment-id: latest, or with version; it is ignored.',
    ]);
  });

  test('remediation-type alone is named too', () => {
    expect(
      parseInputs(reader({ event: 'change-failure', 'deployment-id': 'abc', 'remediation-type': 'rollback' }), {})
        .warnings,
    ).toEqual([
      'Input remediation-type applies to event change-failure only with remediation-id or remediation-version; it is ignored.',
    ]);
    expect(
      failure({ event: 'change-failure', 'deployment-id': 'abc', 'remediation-id': 'x', 'remediation-type': 'revert' }),
    ).toBe('Input remediation-type is "revert": expected rollback or rollforward.');
  });
});

describe('change-failure and stable by version', () => {
  test('version with service and env names the deployment; a remediation by version', () => {
    expect(
      parseInputs(
        reader({
          event: 'change-failure',
          version: 'v1.4.2',
          service: 'shop',
          env: 'prod',
          'remediation-version': 'v1.4.1',
        }),
        {},
      ),
    ).toMatchObject({
      target: { version: { service: 'shop', env: 'prod', version: 'v1.4.2' } },
      remediationVersion: 'v1.4.1',
      remediationType: 'rollback',
      warnings: [],
    });
    expect(
      parseInputs(reader({ event: 'stable', version: 'v2' }), { DD_SERVICE: 'shop', DD_ENV: 'prod' }),
    ).toMatchObject({ target: { version: { service: 'shop', env: 'prod', version: 'v2' } } });
  });

  test('only the input names a version to mark: DD_VERSION never does', () => {
    expect(
      parseInputs(reader({ event: 'change-failure', 'deployment-id': 'eG42zNIkVjM' }), {
        DD_VERSION: 'v9',
        DD_SERVICE: 'shop',
        DD_ENV: 'prod',
      }),
    ).toMatchObject({ target: { id: 'eG42zNIkVjM' } });
    expect(failure({ event: 'stable' }, { DD_VERSION: 'v9', DD_SERVICE: 'shop', DD_ENV: 'prod' })).toMatch(
      /^Input deployment-id or version is required for event stable/,
    );
  });

  test('both ways of naming it, or a version without service or env, are refused by name', () => {
    expect(failure({ event: 'stable', 'deployment-id': 'latest', version: 'v1', service: 'shop', env: 'prod' })).toBe(
      'Inputs deployment-id and version are both given for event stable: name the deployment to mark by one of them: deployment-id (an id, or latest), or version with service and env.',
    );
    expect(failure({ event: 'change-failure', version: 'v1', service: 'shop' })).toBe(
      'Input env is required with version, for event change-failure: a deployment is marked by the version of a service in an env (or set env DD_ENV).',
    );
  });

  test('a remediation by id or by version, never both, and never the version marked', () => {
    expect(
      failure({ event: 'change-failure', 'deployment-id': 'abc', 'remediation-id': 'x', 'remediation-version': 'v2' }),
    ).toBe(
      'Inputs remediation-id and remediation-version are both given for event change-failure: name the deployment that remediated it by one of them.',
    );
    expect(
      failure({ event: 'change-failure', version: 'v2', service: 'shop', env: 'prod', 'remediation-version': 'v2' }),
    ).toBe(
      'Input remediation-version is the version marked, "v2": a version cannot remediate itself; expected the version the rollback or roll-forward deployed.',
    );
    expect(
      parseInputs(reader({ event: 'stable', 'deployment-id': 'abc', 'remediation-version': 'v2' }), {}).warnings,
    ).toEqual(['Input remediation-version does not apply to event stable; it is ignored.']);
  });
});

describe('event deployment with remediates', () => {
  test('an id, or latest of the same service and env', () => {
    expect(parse({ remediates: 'eG42zNIkVjM' })).toMatchObject({
      remediates: { id: 'eG42zNIkVjM' },
      remediationType: 'rollback',
    });
    expect(parse({ remediates: 'latest', env: 'prod', 'remediation-type': 'rollforward' })).toMatchObject({
      remediates: { latest: { service: 'shop', env: 'prod' } },
      remediationType: 'rollforward',
    });
    expect(failure({ service: 'shop', remediates: 'latest' })).toContain(
      'Input env is required with remediates: latest, for event deployment',
    );
  });

  test('failure inputs given to a deployment are named', () => {
    expect(parse({ 'failure-id': 'failure-0123456789abcdef', severity: 'SEV-1' }).warnings).toEqual([
      'Input failure-id does not apply to event deployment; it is ignored.',
      'Input severity does not apply to event deployment; it is ignored.',
    ]);
  });
});

describe('event failure', () => {
  test("several services, and the incident's own fields", () => {
    expect(
      parseInputs(
        reader({
          event: 'failure',
          service: 'shop, api\ncheckout',
          name: 'Checkout down',
          severity: 'SEV-1',
          env: 'prod',
        }),
        {},
      ),
    ).toMatchObject({
      event: 'failure',
      services: ['shop', 'api', 'checkout'],
      name: 'Checkout down',
      severity: 'SEV-1',
      env: 'prod',
      warnings: [],
    });
  });

  test('a team alone will do; neither is an error', () => {
    expect(parseInputs(reader({ event: 'failure', team: 'payments' }), {})).toMatchObject({
      services: [],
      team: 'payments',
    });
    expect(failure({ event: 'failure' })).toContain('Input service or team is required for event failure');
  });

  test('a failure id needs its start time: a resend replaces the failure', () => {
    expect(failure({ event: 'failure', service: 'shop', 'failure-id': 'incident-2026-11-27-001' })).toBe(
      'Input started-at is required with failure-id: sending a failure id again replaces that failure, so it must carry the same start time (and services or team, name and severity).',
    );
    expect(
      failure({ event: 'failure', service: 'shop', 'failure-id': 'short', 'started-at': '2026-11-27T10:00:00Z' }),
    ).toBe('Input failure-id is "short": expected 16 to 128 letters, digits, hyphens, underscores, periods or colons.');
  });

  test('finished before started is an error naming both', () => {
    expect(
      failure({
        event: 'failure',
        service: 's',
        'started-at': '2026-11-27T10:00:00Z',
        'finished-at': '2026-11-27T09:59:59Z',
      }),
    ).toContain('Input finished-at is "2026-11-27T09:59:59.000Z", before input started-at (2026-11-27T10:00:00.000Z)');
  });
});
