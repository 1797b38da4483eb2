// One way for every event to reach Datadog: the keys it needs, the real client or the one that
// records (a dry run), its requests, and the outcome sorted and told: log, annotation, outputs,
// job summary. An event says what it sends and how it reads; nothing here knows which event it is.
import * as core from './toolkit.ts';
import type { RecordedRequest } from '../datadog/client.ts';
import type { Clock } from '../datadog/retirement.ts';
import type { WriteResult } from '../datadog/types.ts';
import { type Clients, clientsFor } from './clients.ts';
import { requireKeys } from './inputs/read.ts';
import type { Common, Keys } from './inputs/types.ts';
import { NotLookedUp } from './latest.ts';
import { type Outcome, printDryRun, sayProblem, writeOutput, writeSummary } from './outcome.ts';

/** What a dry run did instead: the requests it recorded, or the lookup it could not make without both keys. */
export type DryRunRecord = { requests: RecordedRequest[] } | { notLookedUp: string };

export interface Delivery<R extends WriteResult> {
  /** What it is about, and what is said when it fails: `DORA deployment`, `not sent`. */
  subject: string;
  failed: string;
  /** The keys it needs, and what for; a dry run needs none. */
  needs: { api?: string; app?: string };
  /** Its request, through the writer: the real client, or in a dry run the one that records. */
  send(clients: Clients): Promise<R>;
  /** Said once Datadog accepted it. */
  accepted(result: R): string;
  /**
   * Ids known whatever the answer (those the request carries): output however it went, so a later
   * step can find, resolve or resend the event, above all when its answer was lost.
   */
  ids?(): Record<string, string>;
  /** Outputs from the answer; they replace `ids` of the same name. */
  outputs?(result: R): Record<string, string>;
  /** What follows once it is sent (a remediation link); its own problems are its own to tell. */
  then?(clients: Clients, result: R): Promise<void>;
  /** What a dry run says it would have done. */
  wouldHave(record: DryRunRecord): string;
  /** The job summary, for any outcome; `result` when the request went through. */
  summary(outcome: Outcome, result: R | undefined): string;
}

export interface StepSettings extends Pick<Common, 'endpoint' | 'dryRun' | 'failOnError'> {
  keys: Keys;
  /** What the clients take for now; the system's clock when not given. */
  clock?: Clock;
}

/** The keys an event needs, and what for; a dry run needs none. */
export function requireKeysFor(step: Pick<Common, 'dryRun'>, keys: Keys, needs: Delivery<WriteResult>['needs']): void {
  requireKeys(keys, step.dryRun ? {} : needs);
}

export async function deliver<R extends WriteResult>(delivery: Delivery<R>, step: StepSettings): Promise<void> {
  const { endpoint, dryRun, failOnError, keys, clock } = step;
  requireKeysFor(step, keys, delivery.needs);
  const clients = clientsFor(endpoint, dryRun, keys, { clock });
  let outcome: Outcome;
  let result: R | undefined;
  try {
    result = await delivery.send(clients);
    if (!clients.dryRun) core.info(delivery.accepted(result));
    writeOutputs({ ...delivery.ids?.(), ...delivery.outputs?.(result) }, failOnError);
    await delivery.then?.(clients, result);
    if (clients.dryRun) printDryRun(clients.dryRun.requests);
    outcome = clients.dryRun
      ? { kind: 'dry-run', what: delivery.wouldHave({ requests: clients.dryRun.requests }) }
      : { kind: 'done', status: result.status, attempts: result.attempts, durationMs: result.durationMs };
  } catch (error) {
    if (!(error instanceof NotLookedUp)) {
      outcome = sayProblem(error, failOnError, delivery.subject, delivery.failed);
      // Sent or not, lost or refused, the ids it carried are still its ids.
      if (!result) writeOutputs(delivery.ids?.() ?? {}, failOnError);
    } else {
      outcome = { kind: 'dry-run', what: delivery.wouldHave({ notLookedUp: error.lookup }) };
      core.info(`Dry run: ${outcome.what}`);
    }
  }
  await writeSummary(delivery.summary(outcome, result), failOnError);
}

function writeOutputs(outputs: Record<string, string>, failOnError: boolean): void {
  for (const [name, value] of Object.entries(outputs)) writeOutput(name, value, failOnError);
}
