// backfill's inputs, held to their grammar: where the history comes from (GitHub's deployments or a
// workflow's runs), the period, and what each deployment is in Datadog (service, env, version…).
import { tagProblem } from '../../datadog/rules.ts';
import { quoted } from '../../runner/escape.ts';
import { MAX_SERVICE_LENGTH, notLonger } from '../../runner/inputs/grammar.ts';
import { line, list, type Source, since, text } from '../../runner/inputs/read.ts';
import { ACTION_TAG_COUNT } from '../../runner/inputs/shared.ts';
import { type Common, InputError } from '../../runner/inputs/types.ts';
import type { BackfillSource } from './types.ts';

export interface BackfillInputs extends Common {
  event: 'backfill';
  source: BackfillSource;
  /** A GitHub environment (deployments): undefined, every one. */
  environment?: string;
  /** The workflow's file name (workflow-runs). */
  workflow?: string;
  /** A job's display name (workflow-runs): its start and finish instead of the run's. */
  job?: string;
  service: string;
  /** Datadog's env: by default the GitHub environment's name (deployments). */
  env?: string;
  /** The same version for every deployment; by default the tag pointing at its commit, if any. */
  version?: string;
  team?: string;
  tags: string[];
  since: Date;
}

export const BACKFILL_READS = [
  'source',
  'environment',
  'workflow',
  'job',
  'service',
  'env',
  'version',
  'team',
  'tags',
  'since',
] as const;

const SOURCES: readonly BackfillSource[] = ['deployments', 'workflow-runs'];
/** By default the last 90 days. */
const DEFAULT_DAYS = 90;
/** A workflow by its file name in .github/workflows, or by GitHub's numeric id. */
const WORKFLOW = /^(?:[A-Za-z0-9._-]+\.ya?ml|\d{1,20})$/;
/** The tags backfill adds: the run's (as the live action) and `dora.backfill:<source>`. */
export const BACKFILL_TAG_COUNT = ACTION_TAG_COUNT + 1;

/** backfill's own inputs, parsed and checked; inputs given that do not apply to the source go to `warnings`. */
export function parseBackfillInputs(source: Source, warnings: string[]): Omit<BackfillInputs, keyof Common | 'event'> {
  const from = line(source, 'source');
  if (!from || !SOURCES.includes(from.value as BackfillSource)) {
    throw new InputError(
      `${from ? `${from.from} is ${quoted(from.value)}` : 'Input source is required for event backfill'}: expected deployments (GitHub's deployments of this repository) or workflow-runs (the successful runs of one workflow).`,
    );
  }
  const kind = from.value as BackfillSource;
  const service = line(source, 'service', 'DD_SERVICE');
  if (!service)
    throw new InputError(
      'Input service is required for event backfill: the name of the service the deployments are of (or set env DD_SERVICE).',
    );
  notLonger(service, MAX_SERVICE_LENGTH);
  const environment = text(source, 'environment');
  const workflow = line(source, 'workflow');
  const job = text(source, 'job');
  if (kind === 'workflow-runs') {
    if (!workflow)
      throw new InputError(
        'Input workflow is required with source: workflow-runs: the file name of the workflow that deploys, as deploy.yml.',
      );
    if (!WORKFLOW.test(workflow.value))
      throw new InputError(
        `${workflow.from} is ${quoted(workflow.value)}: expected the file name of a workflow in .github/workflows (as deploy.yml), or its numeric id.`,
      );
    if (environment) warnings.push('Input environment applies to source: deployments only; it is ignored.');
  } else {
    for (const input of ['workflow', 'job'] as const)
      if (input === 'workflow' ? workflow : job)
        warnings.push(`Input ${input} applies to source: workflow-runs only; it is ignored.`);
  }
  return {
    source: kind,
    ...(kind === 'deployments' && environment ? { environment } : {}),
    ...(kind === 'workflow-runs' ? { workflow: workflow?.value, ...(job ? { job } : {}) } : {}),
    service: service.value,
    ...optional('env', line(source, 'env', 'DD_ENV')?.value),
    // Not DD_VERSION: one version for a year of deployments is never what it names.
    ...optional('version', text(source, 'version')),
    ...optional('team', text(source, 'team')),
    tags: backfillTags(source),
    since: since(source, 'since') ?? new Date(source.now.getTime() - DEFAULT_DAYS * 86_400_000),
  };
}

const optional = <K extends string>(key: K, value: string | undefined) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

function backfillTags(source: Source): string[] {
  const tags = list(source, 'tags');
  const malformed = tags.find((tag) => tagProblem(tag));
  if (malformed !== undefined)
    throw new InputError(
      `Input tags has ${quoted(malformed)}: expected key:value tags separated by commas or newlines.`,
    );
  const room = 100 - BACKFILL_TAG_COUNT;
  if (tags.length > room)
    throw new InputError(
      `Input tags has ${tags.length} tags: Datadog accepts 100 per event, and backfill adds ${BACKFILL_TAG_COUNT}, so at most ${room}.`,
    );
  return tags;
}
