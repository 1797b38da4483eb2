// The report's window: the last complete ISO weeks in UTC before the run, so that a report run
// twice in the same week covers the same weeks.
import { DAY_MS, isoWeekLabel, WEEK_MS, weekStart } from '../../pipeline/weeks.ts';
import type { ReportWindow, Week } from './types.ts';

/** How far back deployments are read: lead time and rollbacks need the deployment before. */
export const LOOK_BACK_MS = 60 * DAY_MS;

const weekFrom = (start: Date): Week => ({
  label: isoWeekLabel(start),
  start,
  end: new Date(start.getTime() + WEEK_MS),
});

export function reportWindow(weeks: number, now: Date): ReportWindow {
  const end = weekStart(now);
  const start = new Date(end.getTime() - weeks * WEEK_MS);
  return {
    weeks: Array.from({ length: weeks }, (_, i) => weekFrom(new Date(start.getTime() + i * WEEK_MS))),
    start,
    end,
    current: weekFrom(end),
    lookBackStart: new Date(start.getTime() - LOOK_BACK_MS),
    now,
  };
}

/** The index of the window week holding `at`; -1 before the window, `weeks.length` for the current week. */
export function weekIndex(window: ReportWindow, at: Date): number {
  const offset = at.getTime() - window.start.getTime();
  return offset < 0 ? -1 : Math.min(Math.floor(offset / WEEK_MS), window.weeks.length);
}
