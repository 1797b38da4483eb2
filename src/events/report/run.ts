// The report's main step: read, compute, tell (log, outputs, the JSON file, the job summary), and
// judge the gate. Loaded only for event report.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { readingTimeOn } from '../../datadog/paging.ts';
import { day, INCIDENT_DATA_ENDS } from '../../datadog/retirement.ts';
import { appLinkFor, clientsFor } from '../../pipeline/clients.ts';
import type { Runtime } from '../../pipeline/kind.ts';
import { count } from '../../pipeline/summary.ts';
import { readRunContext } from '../../runner/context.ts';
import { markdownText } from '../../runner/escape.ts';
import { MAX_LENGTH } from '../../runner/inputs/grammar.ts';
import { requireKeys } from '../../runner/inputs/read.ts';
import type { Selection } from '../../runner/inputs/types.ts';
import { InputError, type Keys } from '../../runner/inputs/types.ts';
import { sayProblem, writeOutput, writeSummary } from '../../runner/outcome.ts';
import type { Toolkit } from '../../runner/toolkit.ts';
import { type Collected, calculate, rangesToRead } from './calculate.ts';
import { collect } from './collect.ts';
import { beginCheckoutRead, commitsFor } from './commits/index.ts';
import { gateMessage, judge } from './gate.ts';
import type { ReportInputs } from './inputs.ts';
import { reportJson, reportOutputs } from './outputs.ts';
import { reportSummary } from './summary/index.ts';
import type { GateResult, IncidentSources, Report } from './types.ts';
import { reportWindow } from './window.ts';

export async function runReport(inputs: ReportInputs, keys: Keys, runtime: Runtime): Promise<void> {
  const { core, clock } = runtime;
  // The report makes many short-lived objects: V8 would grow its young generation by some 50 MiB
  // here, for no gain in speed (measured by the bench). Growth is decided as the heap runs, so the
  // flag applies although the heap is already set up.
  setFlagsFromString('--semi-space-growth-factor=1');
  requireKeys(keys, {
    api: 'for event report, which reads Datadog’s events',
    app: 'for event report: reading events needs an application key (dora_metrics_read)',
  });
  checkToken(keys.githubToken);
  const { failOnError } = inputs;
  const selection: Selection = {
    ...(inputs.services ? { services: inputs.services } : {}),
    ...(inputs.envs ? { envs: inputs.envs } : {}),
  };
  const window = reportWindow(inputs.weeks, clock());
  const context = readRunContext(core.env);
  const problems: string[] = [];
  let report: Report | undefined;
  try {
    // The checkout's history is read while Datadog's lists come in.
    const temp = core.env.RUNNER_TEMP || undefined;
    const { checkout } = await beginCheckoutRead(context.workspace, temp);
    // Only the reader: the report writes nothing, in a dry run or not.
    const { reader } = clientsFor(inputs.endpoint, false, keys, runtime);
    const collected = await collect(reader!, window, selection, readingTimeOn(runtime.timer));
    sayIncidentSources(core, collected.incidentSources);
    sayAnswers(core, collected, failOnError);
    const ranges = rangesToRead(window, collected.deployments);
    const warn = (message: string, failed = false) => {
      problems.push(message);
      // GitHub failing (out of reach, an error, an answer not its own) fails the step only when fail-on-error asks, as Datadog's failures do.
      if (failed && failOnError) core.setFailed(message);
      else
        core.warning(failed ? `${message} The job keeps its result (fail-on-error is false).` : message, {
          title: 'Change lead time',
        });
    };
    const commits = await commitsFor(
      {
        workspace: context.workspace,
        checkout,
        temp,
        serverUrl: context.serverUrl,
        apiUrl: context.apiUrl,
        token: keys.githubToken,
        warn,
      },
      ranges,
    );
    report = calculate(window, collected, commits, selection);
  } catch (error) {
    problems.push(sayProblem(core, error, failOnError, 'DORA report', 'not made').message);
  }

  const gate = judge(report, inputs.thresholds);
  if (report) core.info(describeReport(report));
  const jsonPath = report && writeJson(core, report, gate, failOnError);
  for (const [name, value] of Object.entries({
    ...reportOutputs(report, gate),
    ...(jsonPath ? { 'report-json': jsonPath } : {}),
  }))
    writeOutput(core, name, value, failOnError);
  const links = { app: appLinkFor(inputs.endpoint), githubServerUrl: context.serverUrl, problems };
  await writeSummary(core, report ? reportSummary(report, gate, links) : unreadSummary(problems), failOnError);
  tellGate(core, gate);
}

function checkToken(token: string | undefined): void {
  if (token === undefined) return;
  const max = MAX_LENGTH['github-token'] ?? 0;
  if (token.length > max)
    throw new InputError(`Input github-token is ${token.length} characters long: at most ${max} are accepted.`);
  if (/[^\x21-\x7e]/.test(token))
    throw new InputError('Input github-token holds spaces or characters no GitHub token has (its value is not shown).');
}

/** A source of incidents missing is a warning, never a failure of the step, even with fail-on-error: the report stands without it. */
function sayIncidentSources(core: Toolkit, sources: IncidentSources): void {
  const events = sources['alert-events'];
  if (events.state === 'failed')
    core.warning(`Incidents from alert events are missing: ${events.message}`, {
      title: 'Incidents from alert events missing',
    });
  if (sources['failure-list'].state === 'retired')
    core.info(
      `Datadog's DORA failure list is no longer served (DORA incident data retires on ${day(INCIDENT_DATA_ENDS)}): no incidents are read from it.`,
    );
}

/**
 * Datadog's answers not read whole. Malformed events left out are a warning: the report goes on
 * with the rest. A reading stopped short is Datadog's answers failing: the step fails only with
 * fail-on-error, as for any failure of Datadog's. The summary lists both (blind.ts).
 */
function sayAnswers(core: Toolkit, { malformedAnswers, partialReadings }: Collected, failOnError: boolean): void {
  for (const message of malformedAnswers) core.warning(message, { title: "Datadog's answer malformed" });
  for (const message of partialReadings) {
    if (failOnError) core.setFailed(message);
    else
      core.warning(`${message} The job keeps its result (fail-on-error is false).`, { title: 'DORA report partial' });
  }
}

function tellGate(core: Toolkit, gate: GateResult): void {
  if (gate.verdict === 'breach') core.setFailed(gateMessage(gate));
  else if (gate.verdict === 'no-data') core.warning(gateMessage(gate), { title: 'Release gate: no data' });
  else if (gate.verdict === 'pass') core.info(gateMessage(gate));
}

function describeReport(report: Report): string {
  const { window, selection } = report;
  const f = selection.window;
  const first = window.weeks[0]?.label ?? '';
  const last = window.weeks.at(-1)?.label ?? '';
  const groups = report.groups.length === 1 ? 'one service and env' : `${report.groups.length} services and envs`;
  return `DORA report for ${first} to ${last}: ${count(f.deployments, 'deployment')}, ${count(f.changeFailures, 'change failure')}, ${f.incidents === undefined ? 'incidents not available' : count(f.incidents, 'incident')}, in ${groups}.`;
}

/** In RUNNER_TEMP, which the runner empties when the job ends; a folder of its own, so two reports in a job never meet. */
function writeJson(core: Toolkit, report: Report, gate: GateResult, failOnError: boolean): string | undefined {
  const temp = core.env.RUNNER_TEMP || tmpdir();
  try {
    const folder = mkdtempSync(join(temp, 'datadog-dora-report-'));
    const path = join(folder, 'report.json');
    writeFileSync(path, `${JSON.stringify(reportJson(report, gate), null, 2)}\n`);
    return path;
  } catch (error) {
    const message = `The report's JSON file could not be written in ${temp} (${(error as Error).message}): output report-json is not set.`;
    if (failOnError) core.setFailed(message);
    else
      core.warning(`${message} The job keeps its result (fail-on-error is false).`, {
        title: 'Report file not written',
      });
    return undefined;
  }
}

function unreadSummary(problems: string[]): string {
  return ['### ⚠️ DORA report not made', '', ...problems.map((problem) => `- ${markdownText(problem)}`), ''].join('\n');
}
