// report: the DORA metrics of the services and envs named, read back from Datadog (and commits from
// git or GitHub), in the job summary, the outputs, and a gate for releases. Its code is a bundle of
// its own (./run.ts), loaded only by this event.
import type { EventKind } from '../../pipeline/kind.ts';
import { parseReportInputs, REPORT_READS, type ReportInputs } from './inputs.ts';

export type LoadReport = () => Promise<typeof import('./run.ts')>;

export const report: EventKind<ReportInputs, { loadReport: LoadReport }> = {
  reads: REPORT_READS,
  parse: parseReportInputs,

  async main(inputs, keys, { loadReport, ...runtime }) {
    const { runReport } = await loadReport();
    await runReport(inputs, keys, runtime);
  },
};
