// Sending a failure, at once from main: to the DORA failure API until Datadog retires DORA
// incidents, with a notice of what changes; from then on, or once Datadog answers that API is gone,
// as an alert event. And what the log and the job summary say of how it went.

import { DatadogRetiredError } from '../../datadog/errors.ts';
import { alertEventRequest, v1EventRequest } from '../../datadog/events.ts';
import type { DoraClient } from '../../datadog/operations.ts';
import { failureRequest } from '../../datadog/requests.ts';
import type { WriteResult } from '../../datadog/results.ts';
import {
  day,
  INCIDENT_DATA_ENDS,
  INCIDENT_INGESTION_ENDS,
  isRetired,
  RETIREMENT_GUIDE,
} from '../../datadog/retirement.ts';
import { type AppLink, appLinkFor } from '../../pipeline/clients.ts';
import { detectCommitAndWarn } from '../../pipeline/commit.ts';
import { runScopedId } from '../../pipeline/ids.ts';
import { alertEventOf, FAILURE_ID_TAG, v1EventOf } from '../../pipeline/incidents.ts';
import type { Runtime } from '../../pipeline/kind.ts';
import { deliver } from '../../pipeline/pipeline.ts';
import { duration, idCell, optional, type Row, sentHeadings, summaryOf } from '../../pipeline/summary.ts';
import { readRunContext } from '../../runner/context.ts';
import { markdownCode as code, GUIDES, markdownLink, markdownText } from '../../runner/escape.ts';
import type { Keys } from '../../runner/inputs/types.ts';
import type { Outcome } from '../../runner/outcome.ts';
import { checkOrder } from '../../runner/times.ts';
import { type FailureInputs, failureFacts, type PlannedFailure, planFailure } from './plan.ts';

/** How a failure reached Datadog: the DORA failure API, or an alert event (v2 on the intake host, or v1 with the API key alone). */
export type FailureRoute = 'dora' | 'alert event' | 'v1 event';

export interface FailureResult extends WriteResult {
  route: FailureRoute;
  /** The failure's id as Datadog knows it: its answer's, for the DORA API; the action's own for an alert event. */
  id: string;
  /** Datadog's id of the alert event, when its answer gave one. */
  eventId?: string;
  /** Why the failure went as an alert event although the date had not come: Datadog's answer that the DORA API is gone. */
  retiredEarly?: string;
}

/** Alert events as v2 asks them: an application key, and an intake host (the site's, or events-url beside api-url). */
export function alertRoute(
  inputs: Pick<FailureInputs, 'endpoint' | 'eventsUrl'>,
  keys: Keys,
): Exclude<FailureRoute, 'dora'> {
  const intakeKnown = !inputs.endpoint.baseUrl || Boolean(inputs.eventsUrl);
  return keys.appKey && intakeKnown ? 'alert event' : 'v1 event';
}

/** What changes and what to do; the log adds the guide's address, the summary links it. */
export const RETIREMENT_NOTICE =
  `Datadog retires DORA incidents: from ${day(INCIDENT_INGESTION_ENDS)} it takes no more failure events, and from ${day(INCIDENT_DATA_ENDS)} it no longer shows or exports them. ` +
  'They have not counted in change failure rate since January 2026. For the metrics, mark the deployment that failed: event change-failure, by deployment-id or by version, with its remediation (remediation-id or remediation-version). ' +
  `For an incident trail, this action sends each failure as a Datadog alert event from ${day(INCIDENT_INGESTION_ENDS)} by itself (an application key lets it use Datadog's v2 Events API). ` +
  `To keep the history, export it with event: export before ${day(INCIDENT_DATA_ENDS)}.`;

export async function sendFailure(inputs: FailureInputs, keys: Keys, runtime: Runtime): Promise<void> {
  const { core, clock } = runtime;
  const now = clock();
  const startedAt = inputs.startedAt ?? now;
  if (inputs.finishedAt && !inputs.startedAt)
    checkOrder(inputs.finishedAt, startedAt, 'the start of a failure without started-at, now');
  const context = readRunContext(core.env);
  const commit = inputs.commitSha ?? (await detectCommitAndWarn(context, core)).sha;
  const planned = planFailure(inputs, context, {
    id: inputs.failureId ?? runScopedId(context),
    startedAt,
    commitSha: commit,
  });
  const facts = failureFacts(planned, context);
  const retired = isRetired('ingestion', now);
  const route = alertRoute(inputs, keys);
  // Each way's own rules, checked before anything is sent: the alert event's too, as Datadog may retire the API early.
  if (!retired) failureRequest(planned);
  if (route === 'alert event') alertEventRequest(alertEventOf(facts, now), now);
  else v1EventRequest(v1EventOf(facts, now), now);
  if (!retired)
    core.notice(`${RETIREMENT_NOTICE} See ${RETIREMENT_GUIDE}`, {
      title: `DORA incidents retire on ${day(INCIDENT_INGESTION_ENDS)}`,
    });

  const asEvent = async (writer: DoraClient): Promise<Omit<FailureResult, 'retiredEarly'>> => {
    const event =
      route === 'alert event'
        ? await writer.postAlertEvent(alertEventOf(facts, now))
        : await writer.postEventV1(v1EventOf(facts, now));
    return { ...event, route, id: planned.id, ...(event.id ? { eventId: event.id } : {}) };
  };
  const sendByRoute = async (writer: DoraClient): Promise<FailureResult> => {
    if (retired) return asEvent(writer);
    try {
      return { ...(await writer.sendFailure(planned)), route: 'dora' };
    } catch (error) {
      if (!(error instanceof DatadogRetiredError)) throw error;
      // Said as the way changes, before the alert event's own requests (and their retries) are logged.
      core.notice(`${error.message} The failure goes as an alert event instead.`, { title: 'DORA incident API gone' });
      return { ...(await asEvent(writer)), retiredEarly: error.message };
    }
  };

  await deliver<PlannedFailure, FailureResult>(
    {
      subject: 'DORA failure',
      failed: 'not sent',
      needs: { api: 'to send a failure to Datadog' },
      prepare: () => ({ prepared: planned, ids: { 'failure-id': planned.id } }),
      async send(writer) {
        const result = await sendByRoute(writer);
        return { result, accepted: acceptedMessage(planned, result), outputs: { 'failure-id': result.id } };
      },
      wouldHave: (record) =>
        `it would have been sent to ${'requests' in record ? record.requests.map((request) => request.url).join(', then ') : 'Datadog'}.`,
      summary: ({ outcome, result }) =>
        failureSummary({
          failure: planned,
          datadogId: result?.route === 'dora' && result.id !== planned.id ? result.id : undefined,
          appLink: appLinkFor(inputs.endpoint),
          outcome,
          route: result?.route ?? (retired ? route : 'dora'),
          ...(result ? { result } : {}),
        }),
    },
    {
      ...inputs,
      endpoint: { ...inputs.endpoint, ...(inputs.eventsUrl ? { eventsUrl: inputs.eventsUrl } : {}) },
      keys,
      runtime,
    },
  );
}

function acceptedMessage(failure: PlannedFailure, result: FailureResult): string {
  const state = failure.finishedAt
    ? `, resolved at ${failure.finishedAt.toISOString()}`
    : ', ongoing: send the same failure-id again with finished-at to resolve it';
  if (result.route === 'dora') return `Datadog accepted failure ${result.id}${state}.`;
  const how =
    result.route === 'alert event' ? 'an alert event (Events API v2)' : 'an event (Events API v1, API key only)';
  const twice = result.resentAfterLostAnswer
    ? ` An earlier attempt's answer was lost and the event went again: Datadog, which cannot tell the two apart, may hold it twice; the action's report counts failure ${failure.id} once.`
    : '';
  return `Datadog accepted failure ${failure.id} as ${how}${result.eventId ? ` ${result.eventId}` : ''}${state}.${twice}`;
}

export interface FailureSummary {
  failure: PlannedFailure;
  /** Datadog's id when it answered with another than the one sent. */
  datadogId?: string;
  appLink: AppLink;
  outcome: Outcome;
  /** The way it went, or was to go. */
  route: FailureRoute;
  result?: FailureResult;
}

const ROUTE_NAMES: Record<FailureRoute, string> = {
  dora: 'DORA failure (incident) event',
  'alert event': 'alert event, Events API v2',
  'v1 event': 'event, Events API v1 (no application key, or api-url without events-url)',
};

export function failureSummary({ failure, datadogId, appLink, outcome, route, result }: FailureSummary): string {
  const finished = failure.finishedAt
    ? `${failure.finishedAt.toISOString()} (after ${duration(failure.finishedAt.getTime() - failure.startedAt.getTime())})`
    : 'not yet: send the same failure-id again with finished-at to resolve it';
  const services = failure.services?.length ? failure.services.map(code).join(', ') : '—';
  const rows: Row[] = [
    ['Name', optional(failure.name)],
    ['Severity', optional(failure.severity)],
    ['Services', services],
    ['Team', optional(failure.team)],
    ['Env', optional(failure.env)],
  ];
  rows.push(
    ['Started', failure.startedAt.toISOString()],
    ['Finished', finished],
    ['Failure id', idCell(failure.id, datadogId)],
    ['Sent as', markdownText(ROUTE_NAMES[route])],
  );
  if (result?.eventId) rows.push(['Event id', code(result.eventId)]);
  if (result?.retiredEarly) rows.push(['Why', markdownText(result.retiredEarly)]);
  if (result?.resentAfterLostAnswer && route !== 'dora') {
    rows.push([
      'Sent twice?',
      markdownText(
        `An attempt's answer was lost and the event went again: Datadog may hold it twice, both tagged ${FAILURE_ID_TAG}:${failure.id}; the report counts one failure.`,
      ),
    ]);
  }
  const where =
    route === 'dora'
      ? undefined
      : {
          label: 'Event Explorer',
          path: `/event/explorer?query=${encodeURIComponent(`${FAILURE_ID_TAG}:${failure.id}`)}`,
        };
  const notice =
    route === 'dora'
      ? `\nℹ️ ${markdownText(RETIREMENT_NOTICE)} ${markdownLink('Datadog’s guide', RETIREMENT_GUIDE, GUIDES)}\n`
      : '';
  return `${summaryOf(outcome, sentHeadings('Failure', '🚨'), rows, appLink, [], where)}${notice}`;
}
