// All that pre does, kept apart so that pre loads nothing else: it runs at the start of every job
// that uses the action. It writes the runner's state file itself, in the format
// @actions/core's saveState writes (a test reads it back with core's getState), because core
// would cost pre more than everything else it does.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

export const STARTED_AT = 'started_at';

export function recordStartTime(at: Date, env: Record<string, string | undefined> = process.env): void {
  const file = env.GITHUB_STATE;
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${STARTED_AT}<<${delimiter}${EOL}${at.toISOString()}${EOL}${delimiter}${EOL}`, 'utf8');
}
