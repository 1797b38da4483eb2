// What one step of the action leaves for the next: the runner hands saved state to later steps.
import * as core from './toolkit.ts';
import type { RemediationType } from '../datadog/types.ts';
import type { PlannedDeployment } from './deployment.ts';
import type { Endpoint, Target } from './inputs.ts';
import { STARTED_AT } from './start-time.ts';

const DEPLOYMENT = 'deployment';

/** What post needs to send the deployment. Never a key: post reads those again. */
export interface SavedDeployment {
  deployment: PlannedDeployment;
  endpoint: Endpoint;
  dryRun: boolean;
  failOnError: boolean;
  /** The failed deployment this one remediates: resolved in main, unless a dry run had no keys to look. */
  remediates?: Target & { type: RemediationType };
}

/** What pre recorded. */
export function loadStartTime(): Date | undefined {
  const saved = core.getState(STARTED_AT);
  const at = saved ? new Date(saved) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : undefined;
}

export function saveDeployment(saved: SavedDeployment): void {
  core.saveState(DEPLOYMENT, JSON.stringify(saved));
}

export function loadDeployment(): SavedDeployment | undefined {
  const text = core.getState(DEPLOYMENT);
  if (!text) return undefined;
  const saved = JSON.parse(text) as SavedDeployment;
  saved.deployment.startedAt = new Date(saved.deployment.startedAt);
  return saved;
}
