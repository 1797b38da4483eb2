// The export's main step: what Datadog holds for the period, written to JSON Lines files in a
// folder of its own in RUNNER_TEMP, then told in the log, the outputs and the job summary. Loaded
// only for event export; it writes nothing to Datadog.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { readingTimeOn } from '../../datadog/paging.ts';
import { whatWasLeftOut, whyStopped } from '../../datadog/shortfalls.ts';
import { clientsFor } from '../../pipeline/clients.ts';
import type { Runtime } from '../../pipeline/kind.ts';
import { count } from '../../pipeline/summary.ts';
import { markdownText } from '../../runner/escape.ts';
import { requireKeys } from '../../runner/inputs/read.ts';
import type { Keys } from '../../runner/inputs/types.ts';
import { sayProblem, writeOutput, writeSummary } from '../../runner/outcome.ts';
import type { ExportInputs } from './inputs.ts';
import { type ExportOutcome, exportSummary, retiredMessage } from './summary.ts';
import { type EventFile, exportEvents } from './write.ts';

const SINGULAR: Record<EventFile, string> = { deployments: 'deployment', failures: 'failure' };

export async function runExport(inputs: ExportInputs, keys: Keys, runtime: Runtime): Promise<void> {
  const { core, clock } = runtime;
  // Page after page of short-lived events: V8 would grow its young generation, and let its old one
  // triple between collections, for no gain in speed. These hold the step near what it keeps alive
  // (measured by the bench: 100,000 events, 188 MiB at peak without them, 100 with).
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=50');
  requireKeys(keys, {
    api: 'for event export, which reads Datadog’s events',
    app: 'for event export: reading events needs an application key (dora_metrics_read)',
  });
  const { failOnError } = inputs;
  const selection = {
    ...(inputs.services ? { services: inputs.services } : {}),
    ...(inputs.envs ? { envs: inputs.envs } : {}),
  };
  const period = { from: inputs.since, to: clock() };
  let outcome: ExportOutcome;
  try {
    // Only the reader: the export writes nothing to Datadog, in a dry run or not.
    const { reader } = clientsFor(inputs.endpoint, false, keys, runtime);
    // A folder of its own: two exports in a job never meet. The runner empties RUNNER_TEMP when the job ends.
    const folder = mkdtempSync(join(core.env.RUNNER_TEMP || tmpdir(), 'datadog-dora-export-'));
    outcome = {
      ...period,
      selection,
      files: await exportEvents(reader!, { folder, ...period, selection, time: readingTimeOn(runtime.timer) }),
    };
  } catch (error) {
    const { message } = sayProblem(core, error, failOnError, 'DORA export', 'not made');
    await writeSummary(core, `### ⚠️ DORA events not exported from Datadog\n\n${markdownText(message)}\n`, failOnError);
    return;
  }

  const notes: string[] = [];
  for (const name of ['deployments', 'failures'] as const) {
    const exported = outcome.files[name];
    if (exported.state === 'failed') {
      notes.push(sayProblem(core, exported.error, failOnError, `DORA ${name}`, 'not exported').message);
    } else if (exported.state === 'retired') {
      const message = retiredMessage(exported.error);
      core.warning(message, { title: 'DORA incidents not exported' });
      notes.push(message);
    } else {
      const stopped = whyStopped(exported);
      if (stopped) {
        // Datadog's answers broke paging: a failure of Datadog's, so of the step only with fail-on-error.
        const message = `The ${name} file is partial: ${stopped}.`;
        if (failOnError) core.setFailed(message);
        else
          core.warning(`${message} The job keeps its result (fail-on-error is false).`, {
            title: 'DORA export partial',
          });
        notes.push(message);
      }
      const leftOut = whatWasLeftOut(name, exported);
      if (leftOut) {
        core.warning(leftOut, { title: 'DORA export incomplete' });
        notes.push(leftOut);
      }
      if (exported.truncated) {
        const message = `The ${name} file may miss some: more than 1000 started in the same second, and a page of Datadog's holds 1000.`;
        core.warning(message, { title: 'DORA export incomplete' });
        notes.push(message);
      }
      core.info(
        `${count(exported.count, SINGULAR[name])} from ${period.from.toISOString()} to ${period.to.toISOString()} written to ${exported.path}.`,
      );
      writeOutput(core, `${name}-file`, exported.path, failOnError);
      writeOutput(core, name, String(exported.count), failOnError);
    }
  }
  await writeSummary(core, exportSummary(outcome, notes), failOnError);
}
