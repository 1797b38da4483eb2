// The job's start: written by pre, read by main, in this one module. Kept apart so that pre loads
// nothing else: it runs at the start of every job that uses the action. It writes the runner's
// state file itself, in the format @actions/core's saveState writes (a test reads it back with
// core's getState), because core would cost pre more than everything else it does.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { Env } from './toolkit.ts';

export const STARTED_AT = 'started_at';

/** How far ahead of this runner's clock a time may be: clocks disagree by a little. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** Datadog keeps events two years: an older one is refused. */
export const RETENTION_MS = 730 * 86_400_000;

export function recordStartTime(at: Date, env: Env): void {
  const file = env.GITHUB_STATE;
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${STARTED_AT}<<${delimiter}${EOL}${at.toISOString()}${EOL}${delimiter}${EOL}`, 'utf8');
}

/**
 * What pre recorded, as the runner hands it on (STATE_started_at): a time this job can have
 * started at, or what stood there instead; undefined when pre recorded nothing.
 */
export function loadStartTime(now: Date, env: Env): { at: Date } | { refused: string } | undefined {
  const saved = env[`STATE_${STARTED_AT}`];
  if (!saved) return undefined;
  const ms = new Date(saved).getTime();
  if (Number.isNaN(ms) || ms > now.getTime() + CLOCK_SKEW_MS || ms < now.getTime() - RETENTION_MS)
    return { refused: saved };
  return { at: new Date(ms) };
}
