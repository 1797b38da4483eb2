import { describe, expect, test } from '@jest/globals';
import { bypassesProxy, describeProxy, proxyFor } from '../../src/datadog/proxy.ts';

const api = new URL('https://api.datadoghq.eu');

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
    expect(proxyFor(api, { HTTPS_PROXY: 'http://proxy:3128' })?.host).toBe('proxy:3128');
    expect(proxyFor(api, { https_proxy: 'http://proxy:3128' })?.host).toBe('proxy:3128');
    expect(proxyFor(api, { HTTP_PROXY: 'http://proxy:3128' })).toBeUndefined();
    expect(proxyFor(new URL('http://gateway.internal'), { HTTP_PROXY: 'http://proxy:3128' })?.host).toBe('proxy:3128');
  });

  test('a proxy without a scheme is http', () => {
    expect(proxyFor(api, { HTTPS_PROXY: 'proxy.corp:8080' })?.href).toBe('http://proxy.corp:8080/');
  });

  test('NO_PROXY wins, in either case', () => {
    expect(proxyFor(api, { HTTPS_PROXY: 'http://proxy:3128', no_proxy: '.eu' })).toBeUndefined();
  });

  test('shown without its credentials', () => {
    expect(describeProxy(new URL('http://user:secret@proxy.corp:3128'))).toBe('http://proxy.corp:3128');
  });
});
