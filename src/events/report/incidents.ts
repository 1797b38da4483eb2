// Incidents from every source the report can still read, one per failure id: Datadog's DORA
// failure list while Datadog serves it, and the alert events the action sends once DORA incident
// ingestion ends. Pure: which sources a date allows, and how their accounts of a failure merge.

import { isRetired } from '../../datadog/retirement.ts';
import { pathIdProblem } from '../../datadog/rules.ts';
import type { IncidentReading } from '../../pipeline/incidents.ts';
import type { FailureRecord, IncidentSource } from './types.ts';

/** Which sources are asked at `now`: the list until Datadog retires its data, alert events once they can exist. */
export function incidentSourcesAt(now: Date): Record<IncidentSource, boolean> {
  return { 'failure-list': !isRetired('data', now), 'alert-events': isRetired('ingestion', now) };
}

/** One source's account of one failure. */
export interface SourcedReading extends IncidentReading {
  source: IncidentSource;
}

const SOURCE_ORDER: IncidentSource[] = ['failure-list', 'alert-events'];
const isDate = (date: Date | undefined): date is Date => date instanceof Date && !Number.isNaN(date.getTime());
const text = (value: string | undefined): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined;

/** A reading held to what the report can use: an id Datadog could have taken, real dates, names that say something. */
export function checkedReading(reading: SourcedReading): SourcedReading | undefined {
  if (typeof reading.id !== 'string' || pathIdProblem(reading.id)) return undefined;
  const { startedAt, finishedAt } = reading;
  const env = text(reading.env);
  const name = text(reading.name);
  const severity = text(reading.severity);
  return {
    source: reading.source,
    id: reading.id,
    ...(isDate(startedAt) ? { startedAt } : {}),
    // A resolution before its own start is no resolution.
    ...(isDate(finishedAt) && !(isDate(startedAt) && finishedAt < startedAt) ? { finishedAt } : {}),
    services: [...new Set(reading.services.filter((service): service is string => text(service) !== undefined))],
    ...(env ? { env } : {}),
    ...(name ? { name } : {}),
    ...(severity ? { severity } : {}),
  };
}

/**
 * One incident per failure id. `readings` come in order of precedence (the DORA record, then the
 * events newest first): the first to give a name, severity or env gives it. The start is the
 * earliest, the finish the latest any reading has; services are all that any names. A failure no
 * reading gives a start is left out: it cannot be placed in a week.
 */
export function mergeIncidents(readings: readonly SourcedReading[]): FailureRecord[] {
  const merged = new Map<string, Omit<FailureRecord, 'startedAt'> & { startedAt?: Date }>();
  for (const reading of readings) {
    const known = merged.get(reading.id);
    if (!known) {
      merged.set(reading.id, {
        id: reading.id,
        services: [...reading.services],
        env: reading.env ?? '',
        ...(reading.name ? { name: reading.name } : {}),
        ...(reading.severity ? { severity: reading.severity } : {}),
        ...(reading.startedAt ? { startedAt: reading.startedAt } : {}),
        ...(reading.finishedAt ? { finishedAt: reading.finishedAt } : {}),
        sources: [reading.source],
      });
      continue;
    }
    for (const service of reading.services) if (!known.services.includes(service)) known.services.push(service);
    if (!known.env && reading.env) known.env = reading.env;
    if (!known.name && reading.name) known.name = reading.name;
    if (!known.severity && reading.severity) known.severity = reading.severity;
    if (reading.startedAt && (!known.startedAt || reading.startedAt < known.startedAt))
      known.startedAt = reading.startedAt;
    if (reading.finishedAt && (!known.finishedAt || reading.finishedAt > known.finishedAt))
      known.finishedAt = reading.finishedAt;
    if (!known.sources.includes(reading.source))
      known.sources = SOURCE_ORDER.filter((source) => source === reading.source || known.sources.includes(source));
  }
  return [...merged.values()].flatMap(({ startedAt, finishedAt, ...rest }) => {
    if (!startedAt) return [];
    // A reading without a start may hold a finish before the start another gives: no resolution either.
    return [{ ...rest, startedAt, ...(finishedAt && finishedAt >= startedAt ? { finishedAt } : {}) }];
  });
}
