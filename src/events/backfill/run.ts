// backfill, in a bundle of its own: GitHub's history of this repository read oldest first, what
// Datadog already holds read for the period, and each past deployment it lacks sent, the oldest
// first and read back (the probe). A dry run reads both and sends nothing.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { DoraClient } from '../../datadog/operations.ts';
import { listAllDeployments, readingTimeOn } from '../../datadog/paging.ts';
import { termFor } from '../../datadog/query.ts';
import { whyStopped } from '../../datadog/shortfalls.ts';
import type { Timer } from '../../datadog/timer.ts';
import { appLinkFor, clientsFor } from '../../pipeline/clients.ts';
import type { Runtime } from '../../pipeline/kind.ts';
import { count } from '../../pipeline/summary.ts';
import { readRunContext } from '../../runner/context.ts';
import { markdownText } from '../../runner/escape.ts';
import { requireKeys } from '../../runner/inputs/read.ts';
import { InputError, type Keys } from '../../runner/inputs/types.ts';
import { sayProblem, writeOutput, writeSummary } from '../../runner/outcome.ts';
import { readDeployments } from './github-deployments.ts';
import type { HistoryReading } from './github-reading.ts';
import { readWorkflowRuns } from './github-runs.ts';
import { readTags } from './github-tags.ts';
import type { BackfillInputs } from './inputs.ts';
import { eventOf, type Held, indexHeld } from './plan.ts';
import { sendHistory } from './send.ts';
import { backfillSummary } from './summary.ts';
import type { GitHubHistory, LeftOut } from './types.ts';

/**
 * Each send leaves some 20 KiB of the HTTP client's short-lived objects, which outlive the young
 * generation while the answer is awaited; V8 would let a few thousand of them pile up before
 * collecting. A full collection every hundred keeps the peak flat (the bench, 10,000 deployments:
 * 4× a bare start without it, 2.8× with it, for some 15% more time against a loopback stand-in).
 */
const COLLECT_EVERY = 100;

async function* collectingEvery<T>(count: number, items: AsyncIterable<T>): AsyncIterable<T> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  let seen = 0;
  for await (const item of items) {
    if (++seen % count === 0) gc();
    yield item;
  }
}

/** Deployments that started this long before the period, and finished in it, are Datadog's too. */
const HELD_LOOK_BACK_MS = 86_400_000;

export async function runBackfill(inputs: BackfillInputs, keys: Keys, runtime: Runtime): Promise<void> {
  const { core, clock, timer } = runtime;
  // Many short-lived objects, as for the report: a small young generation keeps memory flat.
  setFlagsFromString('--semi-space-growth-factor=1');
  requireKeys(keys, {
    ...(inputs.dryRun ? {} : { api: 'for event backfill, which sends deployments to Datadog' }),
    app: 'for event backfill: what Datadog already holds is read first, so that nothing is sent twice (dora_metrics_read)',
  });
  if (!keys.githubToken)
    throw new InputError('Input github-token is empty: event backfill reads the history from GitHub with it.');
  const context = readRunContext(core.env);
  if (!context.repository) throw new InputError('GITHUB_REPOSITORY is not set: backfill reads this repository.');
  const { failOnError } = inputs;
  const period = { from: inputs.since, to: clock() };
  const reading: HistoryReading = {
    apiUrl: context.apiUrl,
    token: keys.githubToken,
    repository: context.repository,
    since: period.from,
    until: period.to,
    deadline: timer.deadline,
  };
  const source =
    inputs.source === 'deployments'
      ? `GitHub deployments of ${context.repository} (${inputs.environment ? `environment ${inputs.environment}` : 'every environment'})`
      : `Successful ${inputs.job ? `executions of job ${inputs.job} in runs` : 'runs'} of workflow ${inputs.workflow} in ${context.repository}`;

  // GitHub refusing the token, a workflow that does not exist, an environment that matches
  // nothing: an InputError, before anything is sent.
  const history: GitHubHistory =
    inputs.source === 'deployments'
      ? await readDeployments({ ...reading, ...(inputs.environment ? { environment: inputs.environment } : {}) })
      : await readWorkflowRuns({
          ...reading,
          workflow: inputs.workflow ?? '',
          ...(inputs.job ? { job: inputs.job } : {}),
        });
  const notes: string[] = [];
  const { tags, requests: tagRequests } = inputs.version ? { requests: 0 } : await readTags(reading);
  if (!inputs.version && !tags)
    notes.push("The repository's tags could not be read: the deployments are sent without a version.");

  const clients = clientsFor(inputs.endpoint, inputs.dryRun, keys, runtime);
  const reader = clients.reader!;
  let done: Awaited<ReturnType<typeof sendHistory>>;
  try {
    const held = await readHeld(reader, inputs.service, period, timer);
    const repository = {
      id: history.repositoryId,
      name: context.repository,
      url: `${context.serverUrl}/${context.repository}`,
      ...(history.workflow ? { workflow: history.workflow.name } : {}),
    };
    done = await sendHistory(collectingEvery(COLLECT_EVERY, history.deployments), {
      ...(clients.dryRun ? {} : { writer: clients.writer, reader }),
      held,
      timer,
      plan: (past) => eventOf(past, inputs, repository, (sha) => tags?.get(sha)),
    });
  } catch (error) {
    const { message } = sayProblem(core, error, failOnError, 'DORA backfill', 'not made');
    await writeSummary(core, `### ⚠️ Backfill not made\n\n${markdownText(message)}\n`, failOnError);
    return;
  }

  const readingStop = history.stopped();
  if (readingStop) {
    const through = readingStop.readThrough?.toISOString();
    const message = `GitHub's history was read only through ${through ?? 'the start of the period'}: ${readingStop.message}. Run backfill again later${through ? ` with since: ${through}` : ''} to go on: what Datadog then holds is skipped.`;
    notes.push(message);
    if (readingStop.failed && failOnError) core.setFailed(message);
    else core.warning(message, { title: 'DORA backfill partial' });
  }
  if (done.stoppedBy) {
    const { message } = sayProblem(core, done.stoppedBy, failOnError, 'DORA backfill', 'stopped');
    notes.push(`Sending stopped: ${message} Run backfill again: what Datadog holds by then is skipped.`);
  }
  if (done.refused && done.firstRefusal) {
    const message = `Datadog refused ${count(done.refused, 'deployment')}; the first: ${done.firstRefusal}`;
    notes.push(message);
    core.warning(message, { title: 'DORA backfill: deployments refused' });
  }
  if (done.probe && !done.probe.kept) {
    const message = done.probe.refusal
      ? `Datadog refused the oldest deployment, ${done.probe.id}, so nothing more was sent: ${done.probe.refusal}`
      : `Datadog accepted the oldest deployment, ${done.probe.id}, but did not show it within a minute, so nothing more was sent: it may not keep deployments that old. Try a later since.`;
    if (failOnError) core.setFailed(message);
    else core.warning(message, { title: 'DORA backfill stopped' });
  }
  const leftOut = leftOutLines(history.leftOut(), inputs);
  core.info(
    `${done.dryRun ? 'Dry run: would send' : 'Sent'} ${count(done.sent, 'past deployment')} to Datadog; skipped ${done.skipped['already backfilled']} already backfilled and ${done.skipped['sent live by the action']} sent live by the action; ${done.refused} refused; ${count(history.requests() + tagRequests, 'request')} to GitHub.`,
  );
  writeOutput(core, 'sent', String(done.sent), failOnError);
  writeOutput(
    core,
    'skipped',
    String(done.skipped['already backfilled'] + done.skipped['sent live by the action']),
    failOnError,
  );
  writeOutput(core, 'refused', String(done.refused), failOnError);
  await writeSummary(
    core,
    backfillSummary({ done, source, period, leftOut, notes, appLink: appLinkFor(inputs.endpoint), now: clock() }),
    failOnError,
  );
}

function leftOutLines(left: LeftOut, inputs: BackfillInputs): string[] {
  return [
    ...(left.unsuccessful
      ? [
          inputs.source === 'deployments'
            ? `${count(left.unsuccessful, 'deployment')} never successful (no success status): not deployments Datadog should count.`
            : `${count(left.unsuccessful, 'successful run')} without a successful job named ${inputs.job}: left out.`,
        ]
      : []),
    ...(left.malformed
      ? [
          `${count(left.malformed, 'item')} of GitHub's answers did not parse and were left out (${left.malformedExample ?? ''}).`,
        ]
      : []),
    ...(left.beyondCap
      ? [
          `${count(left.beyondCap, 'run')} past GitHub's 1,000 results of one query (created within one second): not read.`,
        ]
      : []),
  ];
}

/**
 * What Datadog holds of the service in the period, as the index skipping needs: the list itself is
 * let go before sending begins.
 */
async function readHeld(
  reader: DoraClient,
  service: string,
  period: { from: Date; to: Date },
  timer: Timer,
): Promise<Held> {
  const query = termFor('service', [service]);
  const held = await listAllDeployments(
    reader,
    {
      from: new Date(period.from.getTime() - HELD_LOOK_BACK_MS),
      to: period.to,
      // A name the query grammar cannot hold plainly is asked for unfiltered, and filtered here.
      ...(query ? { query } : {}),
    },
    { time: readingTimeOn(timer) },
  );
  const stopped = whyStopped(held);
  if (stopped)
    throw new Error(
      `What Datadog holds could not be read whole (${stopped}), so backfill sent nothing that it may hold already.`,
    );
  return indexHeld(held.items.filter((deployment) => deployment.service === service));
}
