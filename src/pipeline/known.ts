// After a mark by id: does Datadog know the deployments it named? A patch's 202 says only that
// Datadog accepted the request, even for an id no deployment has.

import type { Endpoint, Keys } from '../runner/inputs/types.ts';
import type { Said } from '../runner/outcome.ts';
import { clientsFor } from './clients.ts';
import type { Runtime } from './kind.ts';

/** An id given as an input, and which input gave it. */
export interface NamedId {
  id: string;
  input: string;
}

/** One short attempt: a check that never holds a step for long. */
const CHECK_TIMING = { attemptTimeoutMs: 5_000, budgetMs: 5_000, maxAttempts: 1 };

/**
 * A warning for each id that Datadog does not know; a check that cannot be made is a line, never a
 * failure, whatever fail-on-error says. Needs the application key to read: without it, nothing.
 */
export async function unknownIds(
  step: { endpoint: Endpoint; dryRun: boolean; keys: Keys; runtime: Runtime },
  named: readonly NamedId[],
): Promise<Said[]> {
  const reader = clientsFor(step.endpoint, step.dryRun, step.keys, step.runtime, CHECK_TIMING).reader;
  if (!reader) return [];
  const said: Said[] = [];
  for (const { id, input } of named) {
    try {
      if (await reader.getDeployment(id)) continue;
      said.push({
        warning: `Datadog knows no deployment ${id} (input ${input}): if the id is wrong, the mark has no effect. Datadog may also not show yet a deployment sent seconds ago.`,
        title: 'Deployment not known to Datadog',
      });
    } catch (error) {
      said.push({
        info: `Whether Datadog knows deployment ${id} (input ${input}) could not be checked: ${(error as Error).message}`,
      });
    }
  }
  return said;
}
