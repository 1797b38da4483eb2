// Tests of what Datadog switches off on a date set the clock, so that they mean the same on any day
// they run: this one is before DORA incident ingestion ends (2026-12-31).
export const BEFORE_RETIREMENT = new Date('2026-12-01T00:00:00.000Z');
export const beforeRetirement = () => BEFORE_RETIREMENT;
/** The stand-in for Datadog on the same day: it switches DORA incidents off by its own clock. */
export const standInBeforeRetirement = () => BEFORE_RETIREMENT.getTime();
