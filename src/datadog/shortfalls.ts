// What a reading of a window lacks, said for a person: why it stopped before the window was read,
// and what of Datadog's answers it left out. Apart from paging.ts, which reads and counts.
import { READING_TIME, type Reading } from './paging.ts';

/** Why a reading stopped before its window was read, said for a person; undefined when it did not. */
export function whyStopped({ stopped }: Reading): string | undefined {
  if (!stopped) return undefined;
  const after = `after ${stopped.requests} ${stopped.requests === 1 ? 'request' : 'requests'}`;
  if (stopped.why === 'ceiling')
    return `Datadog's answers took reading to ${stopped.requests} requests, the most the events found could need, so it stopped there`;
  if (stopped.why === 'time')
    return `Datadog answered so slowly that reading took its ${READING_TIME.limitMs / 60_000} minutes, so it stopped ${after}`;
  return `Datadog's answer ignored the window asked (it held events outside it, or the same ones again), so reading stopped ${after}`;
}

/** What a reading left out of Datadog's answers of `events`, said for a person with one example; undefined when nothing. */
export function whatWasLeftOut(
  events: 'deployments' | 'failures',
  { malformed, foreign }: Reading,
): string | undefined {
  const counted = (n: number, what: string) => `${n} ${what}${n === 1 ? ' was' : 's were'}`;
  const parts = [
    ...(malformed.leftOut ? [`${counted(malformed.leftOut, 'event')} malformed and left out`] : []),
    ...(malformed.droppedFields
      ? [`${counted(malformed.droppedFields, 'malformed field')} dropped from the events kept`]
      : []),
    ...(foreign ? [`${counted(foreign, 'event')} wholly outside the window asked and left out`] : []),
  ];
  if (!parts.length) return undefined;
  const example = malformed.example
    ? ` For example, ${events.slice(0, -1)} ${malformed.example.id}: ${malformed.example.problem}.`
    : '';
  return `Datadog's answers for ${events}: ${parts.join('; ')}.${example}`;
}
