// Past deployments to Datadog, oldest first: each told from what Datadog already holds, the oldest
// sent first and read back (the probe), then the rest, one at a time, in order, so Datadog's
// rollback rule and lead time see them as they happened.
import { DatadogApiError } from '../../datadog/errors.ts';
import type { DoraClient } from '../../datadog/operations.ts';
import type { Timer } from '../../datadog/timer.ts';
import type { DeploymentEvent } from '../../datadog/types.ts';
import { isoWeekLabel, weekStart } from '../../pipeline/weeks.ts';
import { type Held, type SkipReason, skipReason } from './plan.ts';
import type { PastDeployment } from './types.ts';

/** How long the probe waits for Datadog to show the oldest event: its processing can lag. */
export const PROBE_WAIT_MS = 60_000;
const PROBE_EVERY_MS = 5_000;

export interface WeekTally {
  /** ISO week of the deployments' finish, as 2026-W48. */
  week: string;
  /** Sent, or in a dry run, would be sent. */
  sent: number;
  skipped: Record<SkipReason, number>;
  refused: number;
}

export type Probe =
  | { kept: true; id: string }
  /** Not sent (`refusal`: what Datadog answered), or sent and not shown within PROBE_WAIT_MS. */
  | { kept: false; id: string; finishedAt: Date; refusal?: string };

export interface Backfilled {
  dryRun: boolean;
  weeks: WeekTally[];
  sent: number;
  skipped: Record<SkipReason, number>;
  refused: number;
  /** The first refusal's message, said once for all. */
  firstRefusal?: string;
  first?: { id: string; finishedAt: Date };
  last?: { id: string; finishedAt: Date };
  probe?: Probe;
  /** Datadog out of reach mid-way: sending stopped here, said as Datadog's failure is. */
  stoppedBy?: unknown;
}

type Event = DeploymentEvent & { id: string };

export interface Sending {
  /** Undefined in a dry run: nothing is sent. */
  writer?: DoraClient;
  /** Reads back the probe; undefined in a dry run. */
  reader?: DoraClient;
  held: Held;
  timer: Timer;
  plan: (past: PastDeployment) => Event;
}

const noneSkipped = (): Record<SkipReason, number> => ({ 'already backfilled': 0, 'sent live by the action': 0 });

/** Sends what Datadog does not hold, in the order given; stops at the probe's failure or when Datadog is out of reach. */
export async function sendHistory(history: AsyncIterable<PastDeployment>, sending: Sending): Promise<Backfilled> {
  const { writer, reader, held, timer, plan } = sending;
  const done: Backfilled = { dryRun: !writer, weeks: [], sent: 0, skipped: noneSkipped(), refused: 0 };
  const tallyOf = (at: Date): WeekTally => {
    const week = isoWeekLabel(weekStart(at));
    const last = done.weeks.at(-1);
    if (last?.week === week) return last;
    // Oldest first: a week already passed comes back only for a deployment that finished out of order.
    const found = done.weeks.find((tally) => tally.week === week);
    if (found) return found;
    const tally = { week, sent: 0, skipped: noneSkipped(), refused: 0 };
    done.weeks.push(tally);
    done.weeks.sort((a, b) => a.week.localeCompare(b.week));
    return tally;
  };
  for await (const past of history) {
    const event = plan(past);
    const tally = tallyOf(event.finishedAt);
    const reason = skipReason(event, past, held);
    if (reason) {
      done.skipped[reason]++;
      tally.skipped[reason]++;
      continue;
    }
    if (writer && !done.probe) {
      try {
        done.probe = await probe(event, writer, reader, timer);
      } catch (error) {
        done.stoppedBy = error;
        break;
      }
      if (!done.probe.kept) {
        if (done.probe.refusal) {
          done.refused++;
          tally.refused++;
        }
        break;
      }
    } else if (writer) {
      try {
        await writer.sendDeployment(event);
      } catch (error) {
        if (!isRefusal(error)) {
          done.stoppedBy = error;
          break;
        }
        done.refused++;
        tally.refused++;
        done.firstRefusal ??= `${event.id}: ${(error as Error).message}`;
        continue;
      }
    }
    done.sent++;
    tally.sent++;
    done.first ??= { id: event.id, finishedAt: event.finishedAt };
    done.last = { id: event.id, finishedAt: event.finishedAt };
  }
  return done;
}

/** The oldest event, sent and read back: does Datadog keep an event this old? */
async function probe(event: Event, writer: DoraClient, reader: DoraClient | undefined, timer: Timer): Promise<Probe> {
  try {
    await writer.sendDeployment(event);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return { kept: false, id: event.id, finishedAt: event.finishedAt, refusal: (error as Error).message };
  }
  if (!reader) return { kept: true, id: event.id };
  for (let waited = 0; ; waited += PROBE_EVERY_MS) {
    if (await reader.getDeployment(event.id)) return { kept: true, id: event.id };
    if (waited >= PROBE_WAIT_MS) return { kept: false, id: event.id, finishedAt: event.finishedAt };
    await timer.sleep(PROBE_EVERY_MS);
  }
}

/** Datadog said no to this event (a 4xx other than 429): the next may still be taken. */
const isRefusal = (error: unknown): boolean =>
  error instanceof DatadogApiError &&
  error.kind === 'http' &&
  error.status !== undefined &&
  error.status >= 400 &&
  error.status < 500 &&
  error.status !== 429;
