// One way for every event to reach Datadog: the keys it needs, the real client or the one that
// records (a dry run), its requests, and the outcome sorted and told: log, annotation, outputs,
// job summary. An event says what it sends and how it reads, as values returned by plain
// functions; nothing here knows which event it is.

import type { RecordedRequest } from '../datadog/dry-run.ts';
import type { DoraClient } from '../datadog/operations.ts';
import type { WriteResult } from '../datadog/results.ts';
import { requireKeys } from '../runner/inputs/read.ts';
import type { Common, Keys } from '../runner/inputs/types.ts';
import {
  type Outcome,
  printDryRun,
  type Said,
  sayProblem,
  tell,
  writeOutput,
  writeSummary,
} from '../runner/outcome.ts';
import type { Toolkit } from '../runner/toolkit.ts';
import { clientsFor } from './clients.ts';
import type { Runtime } from './kind.ts';
import { type NamedId, unknownIds } from './known.ts';
import { NotLookedUp } from './latest.ts';

/** What a dry run did instead: the requests it recorded with what they were about, or the lookup it could not make without both keys. */
export type DryRunRecord<P> = { requests: RecordedRequest[]; prepared: P } | { notLookedUp: string };

/** The keys an event needs, and what for. */
export interface KeyNeeds {
  api?: string;
  app?: string;
}

/**
 * An event on its way to Datadog, in two steps whose results are values: `prepare` reads what its
 * request needs, `send` makes the request. `deliver` tells what each returns, in order.
 */
export interface Delivery<P, R extends WriteResult> {
  /** What it is about, and what is said when it fails: `DORA deployment`, `not sent`. */
  subject: string;
  failed: string;
  /** The keys it needs, and what for; a dry run needs none. */
  needs: KeyNeeds;
  /**
   * What its request is about, looked up when an input says `latest`. Without a reader (a dry run
   * without both keys), a lookup throws NotLookedUp.
   */
  prepare(reader: DoraClient | undefined): Prepared<P> | Promise<Prepared<P>>;
  /** Its request, through the writer: the real client, or in a dry run the one that records. */
  send(writer: DoraClient, prepared: P): Promise<Sent<R>>;
  /** What a dry run says it would have done. */
  wouldHave(record: DryRunRecord<P>): string;
  /** The job summary, for any outcome. */
  summary(delivered: Delivered<P, R>): string;
}

export interface Prepared<P> {
  /** What `send` is given. */
  prepared: P;
  /**
   * Ids known whatever the answer (those the request carries): output however it goes, so a later
   * step can find, resolve or resend the event, above all when its answer was lost.
   */
  ids?: Record<string, string>;
  /** Said before the request is made: which deployment a lookup found, or why it found none. */
  said?: Said[];
}

export interface Sent<R extends WriteResult> {
  result: R;
  /** Said once Datadog accepted it; a dry run shows its requests instead. */
  accepted: string;
  /** Outputs from the answer; they replace the ids of the same name. */
  outputs?: Record<string, string>;
  /** What follows once its acceptance is told (a remediation link): what came of it. */
  follow?(): Promise<Followed>;
  /** Ids given as inputs, asked of Datadog once it is sent: it accepts a mark of an id it does not know. */
  check?: NamedId[];
}

export interface Followed {
  said: Said[];
  /** What came of it, as the job summary says it. */
  summary: string;
}

/** How far a delivery went, for its summary: `result` when Datadog accepted its request. */
export interface Delivered<P, R extends WriteResult> {
  outcome: Outcome;
  prepared?: P;
  result?: R;
  followed?: string;
}

export interface StepSettings extends Pick<Common, 'endpoint' | 'dryRun' | 'failOnError'> {
  keys: Keys;
  runtime: Runtime;
}

/** The keys an event needs, and what for; a dry run needs none. */
export function requireKeysFor(step: Pick<Common, 'dryRun'>, keys: Keys, needs: KeyNeeds): void {
  requireKeys(keys, step.dryRun ? {} : needs);
}

export async function deliver<P, R extends WriteResult>(delivery: Delivery<P, R>, step: StepSettings): Promise<void> {
  const { endpoint, dryRun, failOnError, keys, runtime } = step;
  const { core } = runtime;
  requireKeysFor(step, keys, delivery.needs);
  const clients = clientsFor(endpoint, dryRun, keys, runtime);
  // How far it went when a step throws: the ids then known are still its ids.
  let went: Omit<Delivered<P, R>, 'outcome'> = {};
  let ids: Record<string, string> = {};
  let outcome: Outcome;
  try {
    const { prepared, ids: known = {}, said = [] } = await delivery.prepare(clients.reader);
    went = { prepared };
    ids = known;
    tell(core, said, failOnError);
    const sent = await delivery.send(clients.writer, prepared);
    went = { ...went, result: sent.result };
    if (!clients.dryRun) core.info(sent.accepted);
    writeOutputs(core, { ...ids, ...sent.outputs }, failOnError);
    const followed = await sent.follow?.();
    if (followed) {
      tell(core, followed.said, failOnError);
      went = { ...went, followed: followed.summary };
    }
    if (sent.check) tell(core, await unknownIds(step, sent.check), failOnError);
    if (clients.dryRun) printDryRun(core, clients.dryRun.requests);
    outcome = clients.dryRun
      ? { kind: 'dry-run', what: delivery.wouldHave({ requests: clients.dryRun.requests, prepared }) }
      : {
          kind: 'done',
          status: sent.result.status,
          attempts: sent.result.attempts,
          durationMs: sent.result.durationMs,
        };
  } catch (error) {
    if (!(error instanceof NotLookedUp)) {
      outcome = sayProblem(core, error, failOnError, delivery.subject, delivery.failed);
      // Sent or not, lost or refused, the ids it carried are still its ids.
      if (!went.result) writeOutputs(core, ids, failOnError);
    } else {
      outcome = { kind: 'dry-run', what: delivery.wouldHave({ notLookedUp: error.lookup }) };
      core.info(`Dry run: ${outcome.what}`);
    }
  }
  await writeSummary(core, delivery.summary({ outcome, ...went }), failOnError);
}

function writeOutputs(core: Toolkit, outputs: Record<string, string>, failOnError: boolean): void {
  for (const [name, value] of Object.entries(outputs)) writeOutput(core, name, value, failOnError);
}
