// failure: an incident event, sent at once from main.
import * as core from '../toolkit.ts';
import { failureRequest } from '../../datadog/requests.ts';
import type { FailureEvent, SendResult } from '../../datadog/types.ts';
import { type AppLink, appLinkFor } from '../clients.ts';
import { detectCommit } from '../commit.ts';
import { type RunContext, readRunContext } from '../context.ts';
import { markdownCode as code, quoted } from '../escape.ts';
import { runScopedId } from '../ids.ts';
import { MAX_SERVICE_LENGTH } from '../inputs/grammar.ts';
import { list, text } from '../inputs/read.ts';
import { DESCRIBING, described, newEventId } from '../inputs/shared.ts';
import { type Common, type Described, InputError, type Keys } from '../inputs/types.ts';
import type { Outcome } from '../outcome.ts';
import { deliver } from '../pipeline.ts';
import { describe, type Facts } from '../plan.ts';
import { duration, idCell, optional, type Row, sentHeadings, summaryOf } from '../summary.ts';
import { checkOrder } from '../times.ts';
import type { EventKind } from './kind.ts';

export interface FailureInputs extends Common, Described {
  event: 'failure';
  services: string[];
  failureId?: string;
  name?: string;
  severity?: string;
}

export type PlannedFailure = FailureEvent & { id: string };

export function planFailure(inputs: FailureInputs, context: RunContext, facts: Facts): PlannedFailure {
  return {
    id: facts.id,
    startedAt: facts.startedAt,
    ...(inputs.finishedAt ? { finishedAt: inputs.finishedAt } : {}),
    ...(inputs.services.length ? { services: inputs.services } : {}),
    ...(inputs.name ? { name: inputs.name } : {}),
    ...(inputs.severity ? { severity: inputs.severity } : {}),
    ...describe(inputs, context, facts.commitSha),
  };
}

export const failure: EventKind<FailureInputs> = {
  reads: ['service', ...DESCRIBING, 'failure-id', 'name', 'severity'],

  parse(source, event) {
    const services = list(source, 'service', 'DD_SERVICE');
    const tooLong = services.find((service) => service.length > MAX_SERVICE_LENGTH);
    if (tooLong) throw new InputError(`Input service has a service ${quoted(tooLong, 40)} of ${tooLong.length} characters: at most ${MAX_SERVICE_LENGTH} are accepted.`);
    const details = described(source);
    if (services.length === 0 && !details.team) {
      throw new InputError('Input service or team is required for event failure: the services impacted, separated by commas or newlines (or set env DD_SERVICE), or the team owning them.');
    }
    const failureId = newEventId(source, 'failure-id', event);
    if (failureId && !details.startedAt) {
      throw new InputError(
        'Input started-at is required with failure-id: sending a failure id again replaces that failure, so it must carry the same start time (and services or team, name and severity).',
      );
    }
    return { ...details, services, failureId, name: text(source, 'name'), severity: text(source, 'severity') };
  },

  main: sendFailure,
};

async function sendFailure(inputs: FailureInputs, keys: Keys): Promise<void> {
  const startedAt = inputs.startedAt ?? new Date();
  if (inputs.finishedAt && !inputs.startedAt) checkOrder(inputs.finishedAt, startedAt, 'the start of a failure without started-at, now');
  const context = readRunContext();
  const commit = inputs.commitSha ?? (await detectCommit(context, undefined, core.debug)).sha;
  const planned = planFailure(inputs, context, { id: inputs.failureId ?? runScopedId(context), startedAt, commitSha: commit });
  // The client's own rules, checked before anything is sent.
  failureRequest(planned);
  await deliver<SendResult>(
    {
      subject: 'DORA failure',
      failed: 'not sent',
      needs: { api: 'to send a failure to Datadog' },
      send: ({ writer }) => writer.sendFailure(planned),
      accepted: (result) =>
        `Datadog accepted failure ${result.id}${planned.finishedAt ? `, resolved at ${planned.finishedAt.toISOString()}` : ', ongoing: send the same failure-id again with finished-at to resolve it'}.`,
      outputs: (result) => ({ 'failure-id': result.id }),
      wouldHave: (record) => `it would have been sent to ${'requests' in record ? record.requests[0]?.url : 'Datadog'}.`,
      summary: (outcome, result) => failureSummary({ failure: planned, datadogId: result && result.id !== result.sentId ? result.id : undefined, appLink: appLinkFor(inputs.endpoint), outcome }),
    },
    { ...inputs, keys },
  );
}

export interface FailureSummary {
  failure: PlannedFailure;
  /** Datadog's id when it answered with another than the one sent. */
  datadogId?: string;
  appLink: AppLink;
  outcome: Outcome;
}

export function failureSummary({ failure, datadogId, appLink, outcome }: FailureSummary): string {
  const finished = failure.finishedAt
    ? `${failure.finishedAt.toISOString()} (after ${duration(failure.finishedAt.getTime() - failure.startedAt.getTime())})`
    : 'not yet: send the same failure-id again with finished-at to resolve it';
  const services = failure.services?.length ? failure.services.map(code).join(', ') : '—';
  const rows: Row[] = [['Name', optional(failure.name)], ['Severity', optional(failure.severity)], ['Services', services], ['Team', optional(failure.team)], ['Env', optional(failure.env)]];
  rows.push(['Started', failure.startedAt.toISOString()], ['Finished', finished], ['Failure id', idCell(failure.id, datadogId)]);
  return summaryOf(outcome, sentHeadings('Failure', '🚨'), rows, appLink);
}
