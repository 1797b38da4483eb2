import { describe, expect, test } from '@jest/globals';
import { createDryRunDoraClient, DatadogConfigError, resolveSite } from '../../src/datadog/index.ts';

describe('resolveSite', () => {
  test.each([
    ['datadoghq.com', 'https://api.datadoghq.com', 'https://app.datadoghq.com'],
    ['us3.datadoghq.com', 'https://api.us3.datadoghq.com', 'https://us3.datadoghq.com'],
    ['us5.datadoghq.com', 'https://api.us5.datadoghq.com', 'https://us5.datadoghq.com'],
    ['datadoghq.eu', 'https://api.datadoghq.eu', 'https://app.datadoghq.eu'],
    ['ap1.datadoghq.com', 'https://api.ap1.datadoghq.com', 'https://ap1.datadoghq.com'],
    ['ap2.datadoghq.com', 'https://api.ap2.datadoghq.com', 'https://ap2.datadoghq.com'],
    ['uk1.datadoghq.com', 'https://api.uk1.datadoghq.com', 'https://uk1.datadoghq.com'],
  ])('%s has its API at %s', (site, apiUrl, appUrl) => {
    expect(resolveSite(site)).toEqual({
      name: site,
      apiUrl,
      appUrl,
      eventsUrl: `https://event-management-intake.${site}`,
    });
  });

  test('alert events go to the site event intake host; with a base URL, only to one named beside it', async () => {
    const event = { title: 'Checkout down', status: 'error' as const };
    const onSite = createDryRunDoraClient({ site: 'datadoghq.eu' });
    await onSite.postAlertEvent(event);
    expect(onSite.requests.map((r) => r.url)).toEqual(['https://event-management-intake.datadoghq.eu/api/v2/events']);
    const named = createDryRunDoraClient({
      baseUrl: 'https://dd-gateway.example.com',
      eventsUrl: 'https://dd-intake.example.com/',
    });
    await named.postAlertEvent(event);
    await named.postEventV1({ title: 'Checkout down', text: 'Down', alertType: 'error' });
    expect(named.requests.map((r) => r.url)).toEqual([
      'https://dd-intake.example.com/api/v2/events',
      'https://dd-gateway.example.com/api/v1/events',
    ]);
    const unnamed = createDryRunDoraClient({ baseUrl: 'https://dd-gateway.example.com' });
    await expect(unnamed.postAlertEvent(event)).rejects.toThrow(
      "Datadog's send alert event goes to the event intake host, and none is known: with a base URL, name the intake's URL too.",
    );
    expect(unnamed.requests).toEqual([]);
  });

  test.each([
    ['app.datadoghq.com', 'datadoghq.com'],
    ['app.datadoghq.eu', 'datadoghq.eu'],
    ['https://app.datadoghq.eu/dashboard/lists', 'datadoghq.eu'],
    ['  US5.datadoghq.com ', 'us5.datadoghq.com'],
    ['api.us3.datadoghq.com', 'us3.datadoghq.com'],
  ])('the pasted host %s means %s', (input, site) => {
    expect(resolveSite(input).name).toBe(site);
  });

  test.each([
    ['ddog-gov.com', 'US1-FED'],
    ['app.ddog-gov.com', 'US1-FED'],
    ['us2.ddog-gov.com', 'US2-FED'],
  ])('%s is refused: DORA Metrics are not available there', (site, label) => {
    expect(() => resolveSite(site)).toThrow(DatadogConfigError);
    expect(() => resolveSite(site)).toThrow(
      `Datadog site "${site}": ${label} does not offer Delivery Performance (DORA Metrics); it is available on datadoghq.com, us3.datadoghq.com, us5.datadoghq.com, datadoghq.eu, ap1.datadoghq.com, ap2.datadoghq.com, uk1.datadoghq.com.`,
    );
  });

  test('an unknown site names itself and lists the valid ones', () => {
    expect(() => resolveSite('datadoghq.co')).toThrow(
      'Datadog site "datadoghq.co": not a Datadog site; expected one of datadoghq.com, us3.datadoghq.com, us5.datadoghq.com, datadoghq.eu, ap1.datadoghq.com, ap2.datadoghq.com, uk1.datadoghq.com.',
    );
  });
});

describe('endpoint', () => {
  const sendOne = async (options: Parameters<typeof createDryRunDoraClient>[0]) => {
    const client = createDryRunDoraClient(options);
    await client.deleteDeployment('abc');
    return client.requests[0]?.url;
  };

  test('defaults to datadoghq.com', async () => {
    expect(await sendOne({})).toBe('https://api.datadoghq.com/api/v2/dora/deployment/abc');
  });

  test('follows the site', async () => {
    expect(await sendOne({ site: 'app.datadoghq.eu' })).toBe('https://api.datadoghq.eu/api/v2/dora/deployment/abc');
  });

  test('a base URL overrides the site, path prefix and all', async () => {
    expect(await sendOne({ site: 'datadoghq.eu', baseUrl: 'https://gateway.example.com/datadog/' })).toBe(
      'https://gateway.example.com/datadog/api/v2/dora/deployment/abc',
    );
  });

  test('a base URL that is not http(s) is refused', () => {
    expect(() => createDryRunDoraClient({ baseUrl: 'ftp://example.com' })).toThrow(
      'The Datadog base URL is not valid: it must start with https:// (or http://).',
    );
    expect(() => createDryRunDoraClient({ baseUrl: 'api.datadoghq.com' })).toThrow(
      'The Datadog base URL is not valid: it is not a URL: expected e.g. https://api.datadoghq.com.',
    );
  });
});
