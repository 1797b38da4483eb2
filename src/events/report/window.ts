// The report's window: the last complete ISO weeks in UTC before the run, so that a report run
// twice in the same week covers the same weeks.
import type { ReportWindow, Week } from './types.ts';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** How far back deployments are read: lead time and rollbacks need the deployment before. */
export const LOOK_BACK_MS = 60 * DAY_MS;

/** Monday 00:00 UTC of the week holding `at`. */
export function weekStart(at: Date): Date {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

/** The ISO week label of the week starting at `monday`, e.g. `2026-W48`. */
function isoWeekLabel(monday: Date): string {
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

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
