// Datadog retires DORA incidents in two steps ("Deprecation of Incident Ingestion and Reporting in
// DORA Metrics"). The dates live here, and every decision about them takes the time as a parameter.

/** What tells the time: passed in, so that tests set it on either side of a date. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** From this instant, the DORA incident ingestion and deletion APIs are disabled. */
export const INCIDENT_INGESTION_ENDS = new Date('2026-12-31T00:00:00.000Z');
/** From this instant, incidents sent through the DORA API can no longer be viewed or exported. */
export const INCIDENT_DATA_ENDS = new Date('2027-03-31T00:00:00.000Z');

export const RETIREMENT_GUIDE = 'https://docs.datadoghq.com/delivery_performance/guide/dora-incident-deprecation/';

/** What goes away on which date: ingestion (send, delete) first, then the data (list, get). */
export type IncidentApi = 'ingestion' | 'data';

export const RETIRES_ON: Record<IncidentApi, Date> = { ingestion: INCIDENT_INGESTION_ENDS, data: INCIDENT_DATA_ENDS };

export function isRetired(part: IncidentApi, now: Date): boolean {
  return now.getTime() >= RETIRES_ON[part].getTime();
}

/** `2026-12-31`: how messages name a date. */
export function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
