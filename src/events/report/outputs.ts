// The report's outputs, for the selection and window, as plain numbers without units; and the
// JSON file with every figure per service, env and ISO week.
import { type Standing, standingOf } from './levels.ts';
import { METRICS } from './metrics.ts';
import type { Figures, GateResult, MetricId, Report } from './types.ts';
import { UNITS } from './units.ts';

/** Raised when the file's shape changes in a way its readers would notice. */
const REPORT_JSON_SCHEMA_VERSION = 1;

/** Every output; with no report (Datadog could not be read), every figure is empty, never 0; so are incidents with no source of them read. */
export function reportOutputs(report: Report | undefined, gate: GateResult): Record<string, string> {
  const window = report?.selection.window;
  const figures = METRICS.flatMap(({ output, value, unit }) => {
    if (!output) return [];
    const figure = window && value(window);
    return [[output, figure === undefined ? '' : UNITS[unit].output(figure)]];
  });
  return { deployments: window ? String(window.deployments) : '', ...Object.fromEntries(figures), gate: gate.verdict };
}

/**
 * A span's figures in the JSON file: one with no data behind it is null, so every key is there for
 * its readers; and where each of DORA's metrics stands against the 2024 report's levels.
 */
function figuresJson(figures: Figures): Record<string, number | null | Partial<Record<MetricId, Standing | null>>> {
  const json: Record<string, number | null | Partial<Record<MetricId, Standing | null>>> = {};
  const doraLevels: Partial<Record<MetricId, Standing | null>> = {};
  for (const shown of METRICS) {
    json[shown.json.field] = shown.value(figures) ?? null;
    for (const count of shown.json.counts) json[count] = figures[count] ?? null;
    if (shown.levels && !('none' in shown.levels)) doraLevels[shown.id] = standingOf(shown, figures) ?? null;
  }
  json.doraLevels = doraLevels;
  return json;
}

export function reportJson(report: Report, gate: GateResult): unknown {
  const { window } = report;
  const series = (s: Report['selection']) => ({
    window: figuresJson(s.window),
    weeks: s.weeks.map((figures, i) => ({ week: window.weeks[i]?.label, ...figuresJson(figures) })),
    currentWeekSoFar: { week: window.current.label, ...figuresJson(s.current) },
  });
  return {
    schemaVersion: REPORT_JSON_SCHEMA_VERSION,
    generatedAt: window.now.toISOString(),
    window: {
      start: window.start.toISOString(),
      end: window.end.toISOString(),
      weeks: window.weeks.map((week) => week.label),
    },
    gate,
    selection: series(report.selection),
    groups: report.groups.map((group) => ({ service: group.service, env: group.env, ...series(group) })),
    changeFailures: report.changeFailures.map((failure) => ({
      deploymentId: failure.failed.id,
      service: failure.failed.service,
      env: failure.failed.env,
      finishedAt: failure.failed.finishedAt.toISOString(),
      foundBy: failure.foundBy,
      remediationType: failure.remediation?.type ?? null,
      remediationId: failure.remediation?.deployment?.id ?? null,
      recoverySeconds: failure.recoverySeconds ?? null,
    })),
    incidents: report.incidents.map((incident) => ({
      id: incident.id,
      services: incident.services,
      env: incident.env,
      startedAt: incident.startedAt.toISOString(),
      finishedAt: incident.finishedAt?.toISOString() ?? null,
      sources: incident.sources,
    })),
    // Each source's state: incidents null above means no source was read.
    incidentSources: report.incidentSources,
    blind: report.blind,
  };
}
