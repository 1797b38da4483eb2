import { unixTimestamp } from '../datadog/rules.ts';
import { quoted } from './escape.ts';
import { InputError } from './inputs/types.ts';
import { CLOCK_SKEW_MS, RETENTION_MS } from './start-time.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2})))?$/i;

/**
 * A time as people and tools write it: ISO 8601, or a Unix timestamp in seconds, milliseconds
 * or nanoseconds, told apart by their number of digits. Undefined when it is neither, or names no
 * real instant: JavaScript's Date would turn April 31 into May 1 without a word.
 */
export function parseTimeInput(text: string): Date | undefined {
  const value = text.trim();
  // Datadog's rule, the client's: the same for what is sent and what is read back.
  if (/^\d+$/.test(value)) return unixTimestamp(value);
  // A date alone, or a date and time with a zone: a time without a zone would depend on the runner's.
  const match = ISO.exec(value);
  if (!match) return undefined;
  const [
    ,
    year,
    month,
    day,
    hour = '0',
    minute = '0',
    second = '0',
    fraction = '',
    ,
    sign,
    offsetHours = '0',
    offsetMinutes = '0',
  ] = match;
  const parts = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = parts;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const real = new Date(utc);
  // The same fields back from Date.UTC: a field out of its range would have been carried into the next.
  if (
    real.getUTCFullYear() !== y ||
    real.getUTCMonth() !== mo - 1 ||
    real.getUTCDate() !== d ||
    real.getUTCHours() !== h ||
    real.getUTCMinutes() !== mi ||
    real.getUTCSeconds() !== s
  ) {
    return undefined;
  }
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return undefined;
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  const millis = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  return new Date(utc + millis - offsetMs);
}

/** A time given as an input: within what Datadog keeps, and not in the future. */
function checkInstant(input: string, at: Date, now: Date): void {
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new InputError(
      `Input ${input} is ${quoted(at.toISOString())}, in the future (this runner's clock says ${now.toISOString()}): expected a time no later than a few minutes from now.`,
    );
  }
  if (at.getTime() < now.getTime() - RETENTION_MS) {
    throw new InputError(
      `Input ${input} is ${quoted(at.toISOString())}, more than two years ago: Datadog keeps events two years; expected a later time.`,
    );
  }
}

/** Times given as inputs: each real, kept by Datadog and not in the future, and in order. */
export function checkInputTimes(startedAt: Date | undefined, finishedAt: Date | undefined, now: Date): void {
  if (startedAt) checkInstant('started-at', startedAt, now);
  if (finishedAt) checkInstant('finished-at', finishedAt, now);
  if (startedAt && finishedAt) checkOrder(finishedAt, startedAt, 'input started-at');
}

/** The finish given against the start the event will carry, given or not: an event ends after it starts. */
export function checkOrder(finishedAt: Date, startedAt: Date, start: string): void {
  if (finishedAt < startedAt) {
    throw new InputError(
      `Input finished-at is ${quoted(finishedAt.toISOString())}, before ${start} (${startedAt.toISOString()}): an event ends after it starts; expected a later time.`,
    );
  }
}
