import { describe, expect, test } from '@jest/globals';
import { createDoraClient } from '../../src/datadog/index.ts';
import { bypassesProxy, describeProxy, proxyFor } from '../../src/datadog/proxy.ts';

const api = new URL('https://api.datadoghq.eu');
const unexpected = (message: string) => {
  throw new Error(`unexpected warning: ${message}`);
};

describe('NO_PROXY', () => {
  test.each([
    ['*', true],
    ['api.datadoghq.eu', true],
    ['.datadoghq.eu', true],
    ['datadoghq.eu', true],
    ['*.datadoghq.eu', true],
    ['API.DATADOGHQ.EU', true],
    ['api.datadoghq.eu:443', true],
    ['api.datadoghq.eu:8443', false],
    ['datadoghq.com', false],
    ['i.datadoghq.eu', false],
    ['example.com, .datadoghq.eu', true],
    ['', false],
  ])('%s bypasses the proxy for api.datadoghq.eu: %s', (noProxy, bypass) => {
    expect(bypassesProxy(api, noProxy)).toBe(bypass);
  });
});

describe('which proxy', () => {
  test('HTTPS_PROXY for https, HTTP_PROXY for http, either case', () => {
    expect(proxyFor(api, { HTTPS_PROXY: 'http://proxy:3128' }, unexpected)?.host).toBe('proxy:3128');
    expect(proxyFor(api, { https_proxy: 'http://proxy:3128' }, unexpected)?.host).toBe('proxy:3128');
    expect(proxyFor(api, { HTTP_PROXY: 'http://proxy:3128' }, unexpected)).toBeUndefined();
    expect(proxyFor(new URL('http://gateway.internal'), { HTTP_PROXY: 'http://proxy:3128' }, unexpected)?.host).toBe(
      'proxy:3128',
    );
  });

  test('a proxy without a scheme is http', () => {
    expect(proxyFor(api, { HTTPS_PROXY: 'proxy.corp:8080' }, unexpected)?.href).toBe('http://proxy.corp:8080/');
  });

  test('NO_PROXY wins, in either case', () => {
    expect(proxyFor(api, { HTTPS_PROXY: 'http://proxy:3128', no_proxy: '.eu' }, unexpected)).toBeUndefined();
  });

  test('shown without its credentials', () => {
    expect(describeProxy(new URL('http://user:secret@proxy.corp:3128'))).toBe('http://proxy.corp:3128');
  });
});

describe('a proxy setting that cannot be used is named, never ignored in silence', () => {
  const warningsFor = (env: Record<string, string>) => {
    const warnings: string[] = [];
    const proxy = proxyFor(api, env, (message) => warnings.push(message));
    return { proxy, warnings };
  };

  test.each([
    ['HTTPS_PROXY', 'http://user:s3cret@[::1'],
    ['https_proxy', 'http://user:s3cret@proxy:port'],
  ])('%s that is not a URL: named, its value never shown', (variable, value) => {
    const { proxy, warnings } = warningsFor({ [variable]: value });
    expect(proxy).toBeUndefined();
    expect(warnings).toEqual([
      `${variable} is set but is not a URL, so no proxy is used: api.datadoghq.eu is reached directly.`,
    ]);
  });

  test('a socks proxy: named with its protocol and host, without credentials', () => {
    const { proxy, warnings } = warningsFor({ HTTPS_PROXY: 'socks5://user:s3cret@proxy.corp:1080' });
    expect(proxy).toBeUndefined();
    expect(warnings).toEqual([
      'HTTPS_PROXY names the proxy socks5://proxy.corp:1080, whose protocol this client cannot use (only http and https): api.datadoghq.eu is reached directly.',
    ]);
    expect(warnings.join('')).not.toContain('s3cret');
    expect(warnings.join('')).not.toContain('user');
  });

  test('an https proxy is used, with no warning', () => {
    expect(warningsFor({ HTTPS_PROXY: 'https://proxy.corp:3129' })).toEqual({
      proxy: new URL('https://proxy.corp:3129'),
      warnings: [],
    });
  });

  test('a variable that does not apply (HTTP_PROXY for an https target) is not judged', () => {
    expect(warningsFor({ HTTP_PROXY: 'socks5://proxy.corp:1080' })).toEqual({ proxy: undefined, warnings: [] });
  });
});

test('the client passes such a warning to its warn option', () => {
  const saved = process.env.HTTPS_PROXY;
  process.env.HTTPS_PROXY = 'ftp://user:s3cret@proxy.corp:2121';
  try {
    const warnings: string[] = [];
    createDoraClient({
      site: 'datadoghq.eu',
      apiKey: '0123456789abcdef0123456789abcdef',
      warn: (message) => warnings.push(message),
    });
    expect(warnings).toEqual([
      'HTTPS_PROXY names the proxy ftp://proxy.corp:2121, whose protocol this client cannot use (only http and https): api.datadoghq.eu is reached directly.',
    ]);
  } finally {
    if (saved === undefined) delete process.env.HTTPS_PROXY;
    else process.env.HTTPS_PROXY = saved;
  }
});
