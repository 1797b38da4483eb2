import { saveStartTime } from './state.ts';

/** When the job starts, before any step: only the time. Nothing here can fail a job. */
export function runPre(): void {
  try {
    saveStartTime(new Date());
  } catch {
    // main records the start itself when pre left nothing.
  }
}
