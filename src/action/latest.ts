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

/** The id of the most recent deployment of a service in an env, if there is one in the window. */
export async function findLatestDeployment(client: DoraClient, service: string, env: string, now = new Date()): Promise<string | undefined> {
  const [latest] = await client.listDeployments({
    from: new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000),
    to: now,
    query: latestQuery(service, env),
    sort: '-finished_at',
    limit: 1,
  });
  return latest?.id;
}
