import type { DoraClient } from '../datadog/operations.ts';
import type { Deployment } from '../datadog/results.ts';
import { pathIdProblem } from '../datadog/rules.ts';
import { quoted } from '../runner/escape.ts';

/** How far back `latest` looks for a deployment. */
export const LOOKBACK_DAYS = 30;

/** Datadog's answers carry whole seconds: a time within one of a bound is on it. */
const ANSWER_PRECISION_MS = 1000;

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

/** An answer that does not answer what was asked: nothing is written on it. */
export class ForeignAnswer extends Error {
  override name = 'ForeignAnswer';
}

export interface LatestLookup {
  service: string;
  env: string;
  /** When this step started: a deployment that finished later is not one this step can be about. */
  stepStartedAt: Date;
  /** Deployments this step writes, and what each is (`this deployment, which this step sends`): the one found cannot be one of them. */
  own: { id: string; as: string }[];
  /** What follows a foreign answer: `Nothing was marked.` */
  otherwise: string;
}

/**
 * The id of the most recent deployment of a service in an env, if there is one in the window.
 * Without a reader (a dry run without both keys), throws NotLookedUp; an answer that is not one to
 * the question, ForeignAnswer.
 */
export async function findLatestDeployment(
  reader: DoraClient | undefined,
  lookup: LatestLookup,
  /** The window's end: the step's clock, now. */
  now: Date,
): Promise<string | undefined> {
  const { service, env } = lookup;
  if (!reader) throw new NotLookedUp(describeLookup(service, env));
  const from = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
  const answer = await reader.listDeployments({
    from,
    to: now,
    query: latestQuery(service, env),
    sort: '-finished_at',
    limit: 1,
  });
  const [latest] = answer.items;
  const [flaw] = answer.flaws;
  const answered = `Datadog answered the lookup of ${describeLookup(service, env)} with deployment`;
  // The one deployment asked for, left out because it does not parse, is not "nothing found".
  if (!latest && flaw?.leftOut)
    throw new ForeignAnswer(
      `${answered} ${quoted(flaw.id, 128)}, which does not parse: ${flaw.problems.join('; ')}. ${lookup.otherwise}`,
    );
  if (!latest) return undefined;
  const problems = mismatches(latest, lookup, from);
  if (problems.length)
    throw new ForeignAnswer(
      `${answered} ${quoted(latest.id, 128)}, which does not match it: ${problems.join('; ')}. ${lookup.otherwise}`,
    );
  return latest.id;
}

/** What makes a deployment found not the answer to the lookup; none when it is. Service and env in any letter case, as Datadog's search matches them. */
export function mismatches(found: Deployment, lookup: Omit<LatestLookup, 'otherwise'>, from: Date): string[] {
  const problems: string[] = [];
  const idProblem = pathIdProblem(found.id);
  if (idProblem) problems.push(`its id is not one (${idProblem})`);
  const same = (value: string | undefined, asked: string) =>
    value !== undefined && value.toLowerCase() === asked.toLowerCase();
  if (!same(found.service, lookup.service))
    problems.push(
      `its service is ${found.service ? quoted(found.service, 100) : 'missing'}, not ${quoted(lookup.service)}`,
    );
  if (!same(found.env, lookup.env))
    problems.push(`its env is ${found.env ? quoted(found.env, 100) : 'missing'}, not ${quoted(lookup.env)}`);
  const finishedAt = found.finishedAt?.getTime();
  if (finishedAt === undefined || Number.isNaN(finishedAt)) problems.push('it has no finish time');
  else if (finishedAt > lookup.stepStartedAt.getTime() + ANSWER_PRECISION_MS)
    problems.push(
      `it finished at ${found.finishedAt!.toISOString()}, after this step started (${lookup.stepStartedAt.toISOString()})`,
    );
  else if (finishedAt < from.getTime() - ANSWER_PRECISION_MS)
    problems.push(`it finished at ${found.finishedAt!.toISOString()}, before the ${LOOKBACK_DAYS} days asked`);
  const own = lookup.own.find(({ id }) => id === found.id);
  if (own) problems.push(`it is ${own.as}`);
  return problems;
}
