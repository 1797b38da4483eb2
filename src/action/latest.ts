import type { DoraClient } from '../datadog/types.ts';

/** How far back `latest` looks for a deployment. */
export const LOOKBACK_DAYS = 30;

/** Values quoted for Datadog's event search syntax: a service named `a b` or `x:y` stays one value. */
export function latestQuery(service: string, env: string): string {
  const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  return `service:${quote(service)} env:${quote(env)}`;
}

export function describeLookup(service: string, env: string): string {
  return `the latest deployment of ${service} in ${env} (the last ${LOOKBACK_DAYS} days)`;
}

/** A dry run without both keys reads nothing: what it would have looked up. */
export class NotLookedUp extends Error {
  override name = 'NotLookedUp';
  readonly lookup: string;
  constructor(lookup: string) {
    super(`${lookup} would be looked up (a dry run reads only when both keys are given)`);
    this.lookup = lookup;
  }
}

/**
 * The id of the most recent deployment of a service in an env, if there is one in the window.
 * Without a reader (a dry run without both keys), throws NotLookedUp.
 */
export async function findLatestDeployment(reader: DoraClient | undefined, service: string, env: string, now = new Date()): Promise<string | undefined> {
  if (!reader) throw new NotLookedUp(describeLookup(service, env));
  const [latest] = await reader.listDeployments({
    from: new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000),
    to: now,
    query: latestQuery(service, env),
    sort: '-finished_at',
    limit: 1,
  });
  return latest?.id;
}
