// Where users run it: behind proxies, with private CAs, on GitHub Enterprise Server.
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { makeTestCertificates, type TestCertificates } from '../../scripts/local/certs.ts';
import { API_KEY, APP_KEY, type FakeDatadog, startFakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { type Proxy as ConnectProxy, startProxy } from '../../scripts/local/proxy.ts';
import { type JobOptions, type JobRun, runJob } from '../../scripts/local/runner.ts';
import { PROXY_PASSWORD, PROXY_USER, tracked } from '../secrets.ts';

let certificates: TestCertificates;
let datadog: FakeDatadog;
let proxy: ConnectProxy | undefined;

beforeAll(() => {
  certificates = makeTestCertificates(['api.datadoghq.eu', 'event-management-intake.datadoghq.eu', '127.0.0.1']);
});
beforeEach(async () => {
  datadog = await startFakeDatadog({ tls: certificates });
});
afterEach(async () => {
  expect(datadog.schemaErrors()).toEqual([]);
  await datadog.close();
  await proxy?.close();
  proxy = undefined;
});

const job = (options: JobOptions) =>
  runJob({
    ...options,
    inputs: { service: 'shop-api', ...options.inputs },
    env: { DD_API_KEY: API_KEY, ...options.env },
  }).then(tracked);
const deployments = () => datadog.requests.filter((r) => r.path === '/api/v2/dora/deployment');
const green = (run: JobRun) =>
  expect(run.steps.map((s) => [s.step, s.exitCode])).toEqual([
    ['pre', 0],
    ['main', 0],
    ['post', 0],
  ]);
const annotations = (run: JobRun) => run.steps.flatMap((s) => s.log.match(/^(Warning|Error):.*/gm) ?? []);
const withCredentials = (url: string) => url.replace('http://', `http://${PROXY_USER}:${PROXY_PASSWORD}@`);

describe('proxies', () => {
  test('site datadoghq.eu reaches the proxy as CONNECT api.datadoghq.eu:443, and the event lands through the tunnel', async () => {
    // The proxy tunnels api.datadoghq.eu:443 to the local TLS stand-in, whose test CA is trusted.
    proxy = await startProxy({ route: () => ({ host: '127.0.0.1', port: datadog.port }) });
    const run = await job({
      inputs: { site: 'datadoghq.eu' },
      env: { HTTPS_PROXY: withCredentials(proxy.url), NODE_EXTRA_CA_CERTS: certificates.caFile },
    });

    green(run);
    expect(proxy.connects).toEqual(['api.datadoghq.eu:443', 'api.datadoghq.eu:443']);
    expect(proxy.authorizations[0]).toBe(`Basic ${Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64')}`);
    expect(datadog.requests.map((r) => r.path)).toEqual(['/api/v1/validate', '/api/v2/dora/deployment']);
    expect(deployments()[0]?.headers.host).toBe('api.datadoghq.eu');
    expect(annotations(run)).toEqual([]);
  });

  test('from 2026-12-31 a failure reaches the site event intake host through the same proxy and CA', async () => {
    const intakePort = Number(new URL(datadog.intakeUrl).port);
    proxy = await startProxy({
      route: (target) => ({
        host: '127.0.0.1',
        port: target.startsWith('event-management-intake.') ? intakePort : datadog.port,
      }),
    });
    const run = await job({
      clock: new Date('2027-01-05T10:00:00Z'),
      inputs: { event: 'failure', site: 'datadoghq.eu' },
      env: { DD_APP_KEY: APP_KEY, HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: certificates.caFile },
    });

    green(run);
    expect(proxy.connects).toEqual(['event-management-intake.datadoghq.eu:443']);
    expect(datadog.requests.map((r) => `${r.host} ${r.path} ${r.headers.host}`)).toEqual([
      'intake /api/v2/events event-management-intake.datadoghq.eu',
    ]);
    expect(datadog.events).toHaveLength(1);
  });

  test('lower-case https_proxy works too', async () => {
    proxy = await startProxy({ route: () => ({ host: '127.0.0.1', port: datadog.port }) });
    const run = await job({
      inputs: { site: 'datadoghq.eu' },
      env: { https_proxy: proxy.url, NODE_EXTRA_CA_CERTS: certificates.caFile },
    });
    green(run);
    expect(proxy.connects).toHaveLength(2);
    expect(deployments()).toHaveLength(1);
  });

  test.each(['127.0.0.1', '127.0.0.1:PORT', '*', 'example.com,127.0.0.1'])(
    'NO_PROXY=%s matching: the proxy sees nothing',
    async (noProxy) => {
      proxy = await startProxy();
      const run = await job({
        inputs: { 'api-url': datadog.url },
        env: {
          HTTPS_PROXY: proxy.url,
          NO_PROXY: noProxy.replace('PORT', String(datadog.port)),
          NODE_EXTRA_CA_CERTS: certificates.caFile,
        },
      });
      green(run);
      expect(proxy.connects).toEqual([]);
      expect(deployments()).toHaveLength(1);
    },
  );

  test('NO_PROXY for another port or host does not bypass it', async () => {
    proxy = await startProxy();
    await job({
      inputs: { 'api-url': datadog.url },
      env: { HTTPS_PROXY: proxy.url, NO_PROXY: `127.0.0.1:1,.example.com`, NODE_EXTRA_CA_CERTS: certificates.caFile },
    });
    expect(proxy.connects).toEqual([`127.0.0.1:${datadog.port}`, `127.0.0.1:${datadog.port}`]);
    expect(deployments()).toHaveLength(1);
  });

  test('a proxy that refuses: a warning naming the proxy without its credentials, and a green job', async () => {
    proxy = await startProxy({ refuseWith: 403 });
    const run = await job({ inputs: { site: 'datadoghq.eu' }, env: { HTTPS_PROXY: withCredentials(proxy.url) } });

    green(run);
    expect(annotations(run)).toEqual([
      `Warning: Datadog send deployment failed after 1 attempt: could not reach api.datadoghq.eu (ERR_PROXY_REFUSED: the proxy ${proxy.url} refused to connect to api.datadoghq.eu:443 (HTTP 403 Refused)). Check the proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) and that ${proxy.url} lets this machine reach api.datadoghq.eu. The job keeps its result (fail-on-error is false).`,
    ]);
    expect(run.everything()).not.toContain(PROXY_USER);
  });
});

describe('custom certificate authorities', () => {
  test('NODE_EXTRA_CA_CERTS: a stand-in whose certificate a private CA signed is trusted', async () => {
    const run = await job({ inputs: { 'api-url': datadog.url }, env: { NODE_EXTRA_CA_CERTS: certificates.caFile } });
    green(run);
    expect(deployments()).toHaveLength(1);
  });

  test('without it: no retry, and a warning that says what to set', async () => {
    const run = await job({ inputs: { 'api-url': datadog.url } });
    green(run);
    expect(deployments()).toHaveLength(0);
    expect(annotations(run)[0]).toMatch(
      /^Warning: Datadog send deployment failed after 1 attempt: could not reach 127\.0\.0\.1:\d+ \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)[^)]*\)\. The certificate 127\.0\.0\.1:\d+ presented is not trusted here: behind a TLS-inspecting proxy or with a private CA, set NODE_EXTRA_CA_CERTS to the CA's PEM file\./,
    );
  });
});

describe('keys in clear text', () => {
  test('api-url with plain http to a host that is not this machine warns', async () => {
    const run = await job({ inputs: { 'api-url': 'http://datadog-gateway.corp.example', 'dry-run': 'true' } });
    expect(annotations(run)).toContain(
      'Warning: Input api-url is "http://datadog-gateway.corp.example": plain http to a host that is not this machine, so the keys would travel in clear text. Use https://.',
    );
  });
});

describe('GitHub Enterprise Server', () => {
  test('the repository URL and the commit link follow GITHUB_SERVER_URL', async () => {
    const run = await job({
      inputs: { 'api-url': datadog.url },
      env: {
        NODE_EXTRA_CA_CERTS: certificates.caFile,
        GITHUB_SERVER_URL: 'https://github.corp.example',
        GITHUB_API_URL: 'https://github.corp.example/api/v3',
        GITHUB_REPOSITORY: 'platform/shop',
      },
    });
    green(run);
    const { git } = (deployments()[0]?.body as { data: { attributes: { git: object } } }).data.attributes;
    expect(git).toEqual({
      commit_sha: '66adc9350f2cc9b250b69abddab733dd55e1a588',
      repository_url: 'https://github.corp.example/platform/shop',
    });
    expect(run.step('post')!.summary).toContain(
      '(https://github.corp.example/platform/shop/commit/66adc9350f2cc9b250b69abddab733dd55e1a588)',
    );
  });
});
