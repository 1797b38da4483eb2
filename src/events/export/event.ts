// export: what Datadog holds for a period, written to JSON Lines files in RUNNER_TEMP. Its code is a
// bundle of its own (./run.ts), loaded only by this event.
import type { EventKind } from '../../pipeline/kind.ts';
import { EXPORT_READS, type ExportInputs, parseExportInputs } from './inputs.ts';

export type LoadExport = () => Promise<typeof import('./run.ts')>;

export const historyExport: EventKind<ExportInputs, { loadExport: LoadExport }> = {
  reads: EXPORT_READS,
  parse: parseExportInputs,

  async main(inputs, keys, { loadExport, ...runtime }) {
    const { runExport } = await loadExport();
    await runExport(inputs, keys, runtime);
  },
};
