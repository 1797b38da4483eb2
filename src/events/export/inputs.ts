// export: what Datadog holds for a period, written to JSON Lines files in RUNNER_TEMP, so that users
// keep their history (Datadog stops serving DORA incidents on 2027-03-31). It writes nothing to Datadog.

import { type Source, since } from '../../runner/inputs/read.ts';
import { names } from '../../runner/inputs/shared.ts';
import type { Common } from '../../runner/inputs/types.ts';
import { RETENTION_MS } from '../../runner/start-time.ts';

export interface ExportInputs extends Common {
  event: 'export';
  /** Undefined: every one. */
  services?: string[];
  envs?: string[];
  /** The start of the period; it ends when the export runs. */
  since: Date;
}

/** The inputs the export reads besides those every event reads: beside their parsing, in one place. */
export const EXPORT_READS = ['service', 'env', 'since'] as const;

/** The export's own inputs, parsed and checked. */
export function parseExportInputs(source: Source): Omit<ExportInputs, keyof Common | 'event'> {
  const services = names(source, 'service', 'DD_SERVICE');
  const envs = names(source, 'env', 'DD_ENV');
  return {
    ...(services === undefined || services === 'every' ? {} : { services }),
    ...(envs === undefined || envs === 'every' ? {} : { envs }),
    // By default all that Datadog keeps.
    since: since(source, 'since') ?? new Date(source.now.getTime() - RETENTION_MS),
  };
}
