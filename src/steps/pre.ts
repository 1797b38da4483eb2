import { recordStartTime } from '../runner/start-time.ts';
import type { Env } from '../runner/toolkit.ts';

/** Before any step, even checkout: nothing here may fail a job; main records the start if pre could not. */
export function runPre(at: Date, env: Env): void {
  try {
    recordStartTime(at, env);
  } catch {
    // main says when it had to record the start itself.
  }
}
