// backfill: a repository's past deployments, read from GitHub (its deployments, or a workflow's
// runs), sent to Datadog as the live action would have sent them. Its code is a bundle of its own
// (./run.ts), loaded only by this event.
import type { EventKind } from '../../pipeline/kind.ts';
import { BACKFILL_READS, type BackfillInputs, parseBackfillInputs } from './inputs.ts';

export type LoadBackfill = () => Promise<typeof import('./run.ts')>;

export const backfill: EventKind<BackfillInputs, { loadBackfill: LoadBackfill }> = {
  reads: BACKFILL_READS,
  parse: (source, _event, warnings) => parseBackfillInputs(source, warnings),

  async main(inputs, keys, { loadBackfill, ...runtime }) {
    const { runBackfill } = await loadBackfill();
    await runBackfill(inputs, keys, runtime);
  },
};
