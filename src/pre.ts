import { recordStartTime } from './runner/start-time.ts';

// Before any step, even checkout: nothing here may fail a job; main records the start if pre could not.
try {
  recordStartTime(new Date());
} catch {
  // main says when it had to record the start itself.
}
