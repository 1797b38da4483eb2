import { DatadogConfigError } from './errors.ts';

export interface Site {
  /** e.g. `datadoghq.eu` */
  name: string;
  /** Where the API is, e.g. `https://api.datadoghq.eu` */
  apiUrl: string;
  /** Where people open Datadog, e.g. `https://app.datadoghq.eu` */
  appUrl: string;
  /** Where v2 events are posted, e.g. `https://event-management-intake.datadoghq.eu` */
  eventsUrl: string;
}

export const DEFAULT_SITE = 'datadoghq.com';

// Sites where DORA Metrics exist, with the host of their web app.
const SITES: Record<string, string> = {
  'datadoghq.com': 'app.datadoghq.com',
  'us3.datadoghq.com': 'us3.datadoghq.com',
  'us5.datadoghq.com': 'us5.datadoghq.com',
  'datadoghq.eu': 'app.datadoghq.eu',
  'ap1.datadoghq.com': 'ap1.datadoghq.com',
  'ap2.datadoghq.com': 'ap2.datadoghq.com',
  'uk1.datadoghq.com': 'uk1.datadoghq.com',
};

const WITHOUT_DORA: Record<string, string> = {
  'ddog-gov.com': 'US1-FED',
  'us2.ddog-gov.com': 'US2-FED',
};

export const SITE_NAMES = Object.keys(SITES);

export class SiteError extends DatadogConfigError {
  readonly input: string;
  /** Why, without the value: callers name the value in their own words. */
  readonly reason: string;

  constructor(input: string, reason: string) {
    super(`Datadog site "${input}": ${reason}.`);
    this.input = input;
    this.reason = reason;
  }
}

/**
 * Accepts a site as Datadog names it, or the address people paste from their browser
 * (`https://app.datadoghq.eu/`, `api.us5.datadoghq.com`).
 */
export function resolveSite(input: string): Site {
  const host = input
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^(app|api)\./, '');
  const gov = WITHOUT_DORA[host];
  if (gov)
    throw new SiteError(
      input,
      `${gov} does not offer Delivery Performance (DORA Metrics); it is available on ${SITE_NAMES.join(', ')}`,
    );
  const appHost = SITES[host];
  if (!appHost) throw new SiteError(input, `not a Datadog site; expected one of ${SITE_NAMES.join(', ')}`);
  return {
    name: host,
    apiUrl: `https://api.${host}`,
    appUrl: `https://${appHost}`,
    eventsUrl: `https://event-management-intake.${host}`,
  };
}
