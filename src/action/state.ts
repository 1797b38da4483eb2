// What one step of the action leaves for the next: the runner hands saved state to later steps.
import * as core from './toolkit.ts';
import type { PlannedDeployment } from './events/deployment.ts';
import type { Remediates } from './events/deployment-delivery.ts';
import type { Endpoint } from './inputs/types.ts';

const DEPLOYMENT = 'deployment';

/** What post needs to send the deployment. Never a key: post reads those again. */
export interface SavedDeployment {
  deployment: PlannedDeployment;
  endpoint: Endpoint;
  dryRun: boolean;
  failOnError: boolean;
  /**
   * The failed deployment this one remediates: by id when main found it; `latest` when main had
   * no time (or, in a dry run, no keys) to look, and post looks before sending.
   */
  remediates?: Remediates;
}

/** Saved state that is not what main writes: a warning in post, never a stack trace. */
export class SavedStateError extends Error {
  override name = 'SavedStateError';
}

/** Throws RunnerFileError when the state file cannot be written. */
export function saveDeployment(saved: SavedDeployment): void {
  core.saveState(DEPLOYMENT, JSON.stringify(saved));
}

export function loadDeployment(): SavedDeployment | undefined {
  const text = core.getState(DEPLOYMENT);
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SavedStateError(`is not JSON (${text.length} characters)`);
  }
  const saved = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as SavedDeployment;
  const deployment = saved?.deployment as Partial<Record<keyof PlannedDeployment, unknown>> | undefined;
  const missing = [
    typeof deployment?.id !== 'string' && 'deployment.id',
    typeof deployment?.service !== 'string' && 'deployment.service',
    Number.isNaN(new Date(deployment?.startedAt as string).getTime()) && 'deployment.startedAt',
    (typeof saved.endpoint !== 'object' || saved.endpoint === null) && 'endpoint',
    typeof saved.dryRun !== 'boolean' && 'dryRun',
    typeof saved.failOnError !== 'boolean' && 'failOnError',
  ].filter(Boolean);
  if (missing.length) throw new SavedStateError(`lacks ${missing.join(', ')}`);
  saved.deployment.startedAt = new Date(saved.deployment.startedAt);
  return saved;
}
