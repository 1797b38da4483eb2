import { createDoraClient } from '../datadog/client.ts';
import { createDryRunDoraClient, type DryRunDoraClient } from '../datadog/dry-run.ts';
import type { DoraClient } from '../datadog/operations.ts';
import type { Timing } from '../datadog/retry.ts';
import { DEFAULT_SITE, resolveSite } from '../datadog/sites.ts';
import type { Endpoint, Keys } from '../runner/inputs/types.ts';
import type { Runtime } from './kind.ts';

export interface Clients {
  /** Sends, or in a dry run records what it would send. */
  writer: DoraClient;
  /** Set in a dry run: what the writer recorded. */
  dryRun?: DryRunDoraClient;
  /** Reads are harmless: a dry run reads too when both keys are given. */
  reader?: DoraClient;
}

/**
 * The clients of a step, on its runtime: its log, its environment's proxy variables, its clock and
 * timer. `timing` shortens the calls, for what main asks before the deploy.
 */
export function clientsFor(
  endpoint: Endpoint,
  dryRun: boolean,
  keys: Keys,
  { core, clock, timer }: Runtime,
  timing?: Partial<Timing>,
): Clients {
  const real = keys.apiKey
    ? createDoraClient({
        ...endpoint,
        apiKey: keys.apiKey,
        appKey: keys.appKey,
        timing,
        clock,
        timer,
        env: core.env,
        log: (line) => core.info(line),
        warn: (message) => core.warning(message, { title: 'Proxy setting ignored' }),
      })
    : undefined;
  const reader = keys.appKey ? real : undefined;
  if (dryRun) {
    const recorder = createDryRunDoraClient({ ...endpoint, clock });
    return { writer: recorder, dryRun: recorder, reader };
  }
  if (!real) throw new Error('An API key is needed to send to Datadog.');
  return { writer: real, reader };
}

/** Where requests go, as said to users. */
export function apiUrlFor(endpoint: Endpoint): string {
  return endpoint.baseUrl ?? resolveSite(endpoint.site ?? DEFAULT_SITE).apiUrl;
}

/** A link to the user's Datadog app, for summaries: the site's, even behind api-url. */
export interface AppLink {
  url: string;
  /** Set when no site was given: which site the link assumes. */
  assumedSite?: string;
}

export function appLinkFor(endpoint: Endpoint): AppLink {
  const site = resolveSite(endpoint.site ?? DEFAULT_SITE);
  return endpoint.site ? { url: site.appUrl } : { url: site.appUrl, assumedSite: site.name };
}
