// Reports built by hand for the summary's tests: a realistic one (with a week without data), an
// empty one, one full of hostile values, and a huge one.

import type {
  ChangeFailureDetail,
  DeploymentRecord,
  FailureRecord,
  Figures,
  GateResult,
  GroupReport,
  IncidentSources,
  LeadTimeDetail,
  Report,
  Series,
} from '../../src/events/report/types.ts';
import { reportWindow } from '../../src/events/report/window.ts';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** Run on Wednesday of 2026-W49: the window is 2026-W37 to 2026-W48. */
export const NOW = new Date('2026-12-02T09:30:00Z');

export function figures(part: Partial<Figures> = {}): Figures {
  return {
    deployments: 0,
    deploymentsPerWeek: 0,
    changeFailures: 0,
    remediations: 0,
    leadTimeCommits: 0,
    leadTimeDeployments: 0,
    openChangeFailures: 0,
    incidents: 0,
    openIncidents: 0,
    ...part,
  };
}

/** A plausible week: `seed` varies it; `empty` gives a week with no deployment and no incident. */
function weekFigures(seed: number, empty = false): Figures {
  if (empty) return figures();
  const deployments = 3 + ((seed * 7) % 9);
  const changeFailures = seed % 3 === 0 ? 1 + (seed % 2) : 0;
  const remediations = changeFailures ? 1 : 0;
  return figures({
    deployments,
    deploymentsPerWeek: deployments,
    changeFailures,
    changeFailureRate: (changeFailures / deployments) * 100,
    remediations,
    reworkRate: (remediations / deployments) * 100,
    leadTimeSeconds: (18 + ((seed * 13) % 40)) * HOUR + 1234,
    leadTimePerDeploymentSeconds: (24 + ((seed * 11) % 50)) * HOUR,
    leadTimeCommits: deployments * 4,
    leadTimeDeployments: deployments - 1,
    recoveryTimeSeconds: changeFailures ? (20 + seed * 17) * 60 : undefined,
    openChangeFailures: seed === 11 ? 1 : 0,
    incidents: seed % 4,
    timeToRestoreSeconds: seed % 4 ? (30 + seed * 9) * 60 : undefined,
    openIncidents: seed === 10 ? 1 : 0,
  });
}

function windowFigures(weeks: Figures[]): Figures {
  const sum = (pick: (f: Figures) => number): number => weeks.reduce((total, f) => total + pick(f), 0);
  const deployments = sum((f) => f.deployments);
  const changeFailures = sum((f) => f.changeFailures);
  const remediations = sum((f) => f.remediations);
  return figures({
    deployments,
    deploymentsPerWeek: deployments / weeks.length,
    changeFailures,
    changeFailureRate: deployments ? (changeFailures / deployments) * 100 : undefined,
    remediations,
    reworkRate: deployments ? (remediations / deployments) * 100 : undefined,
    leadTimeSeconds: deployments ? 31 * HOUR + 600 : undefined,
    leadTimePerDeploymentSeconds: deployments ? 1 * DAY + 15 * HOUR : undefined,
    leadTimeCommits: sum((f) => f.leadTimeCommits),
    leadTimeDeployments: sum((f) => f.leadTimeDeployments),
    recoveryTimeSeconds: changeFailures ? 95 * 60 : undefined,
    openChangeFailures: sum((f) => f.openChangeFailures),
    incidents: sum((f) => f.incidents ?? 0),
    timeToRestoreSeconds: sum((f) => f.incidents ?? 0) ? 2 * HOUR + 5 * 60 : undefined,
    openIncidents: sum((f) => f.openIncidents ?? 0),
  });
}

function series(weekCount: number, offset: number, emptyWeek?: number): Series {
  const weeks = Array.from({ length: weekCount }, (_, i) => weekFigures(i + offset, i === emptyWeek));
  return { window: windowFigures(weeks), weeks, current: weekFigures(offset + 5) };
}

/** What a report before 2026-12-31 reads incidents from: the DORA failure list; no alert event can exist yet. */
const LIST_ONLY: IncidentSources = { 'failure-list': { state: 'read' }, 'alert-events': { state: 'none-yet' } };

const sha = (n: number): string => n.toString(16).padStart(8, '0').repeat(5);

export function deployment(
  n: number,
  service: string,
  env: string,
  finishedAt: Date,
  extra: Partial<DeploymentRecord> = {},
): DeploymentRecord {
  return {
    id: `deploy-${String(n).padStart(12, '0')}`,
    service,
    env,
    version: `v1.${n}.0`,
    commitSha: sha(n),
    repositoryId: 'github.com/acme/shop',
    startedAt: new Date(finishedAt.getTime() - 300_000),
    finishedAt,
    customTags: [],
    ...extra,
  };
}

const at = (window: Report['window'], week: number, hours: number): Date =>
  new Date(window.weeks[week]!.start.getTime() + hours * HOUR * 1000);

interface Shape {
  weeks: number;
  groups: [string, string][];
  /** The selection's week without data. */
  emptyWeek?: number;
  changeFailures: number;
  incidents: number;
  slowest: number;
}

export function buildReport(shape: Shape): Report {
  const window = reportWindow(shape.weeks, NOW);
  const groups: GroupReport[] = shape.groups.map(([service, env], index) => ({
    service,
    env,
    ...series(shape.weeks, index + 1, shape.emptyWeek),
  }));
  const [firstService, firstEnv] = shape.groups[0] ?? ['shop-api', 'production'];
  const changeFailures: ChangeFailureDetail[] = Array.from({ length: shape.changeFailures }, (_, i) => {
    const failed = deployment(1000 + i, firstService, firstEnv, at(window, (i * 5) % shape.weeks, 30));
    const kind = (['rollback', 'tag', 'datadog'] as const)[i % 3]!;
    if (i % 4 === 3) return { failed, foundBy: kind, remediation: undefined };
    const fix = deployment(5000 + i, firstService, firstEnv, new Date(failed.finishedAt.getTime() + (40 + i) * 60_000));
    return {
      failed,
      foundBy: kind,
      remediation: { deployment: fix, type: kind === 'rollback' ? 'rollback' : 'rollforward' },
      recoverySeconds: (40 + i) * 60,
    };
  });
  const slowestLeadTimes: LeadTimeDetail[] = Array.from({ length: shape.slowest }, (_, i) => ({
    deployment: deployment(9000 + i, firstService, firstEnv, at(window, i % shape.weeks, 50)),
    previous: deployment(8000 + i, firstService, firstEnv, at(window, i % shape.weeks, 10)),
    commits: 12 - (i % 10),
    averageSeconds: (9 - (i % 9)) * DAY,
    maxSeconds: (12 - (i % 9)) * DAY,
  }));
  const incidents: FailureRecord[] = Array.from({ length: shape.incidents }, (_, i) => ({
    id: `incident-${String(i).padStart(10, '0')}`,
    services: [firstService],
    env: i % 2 ? firstEnv : '',
    name: `Checkout errors above 5% (${i})`,
    severity: 'SEV-2',
    startedAt: at(window, (i * 3) % shape.weeks, 14),
    finishedAt: i % 5 === 4 ? undefined : at(window, (i * 3) % shape.weeks, 16),
    sources: ['failure-list'],
  }));
  return {
    window,
    asked: {},
    selection: series(shape.weeks, 0, shape.emptyWeek),
    groups,
    changeFailures,
    slowestLeadTimes,
    incidents,
    incidentSources: LIST_ONLY,
    blind: {
      deploymentsWithoutCommit: 3,
      leadTimeUnavailable: [{ reason: 'the token cannot read github.com/acme/payments', deployments: 4 }],
      truncatedRanges: 1,
      unreadChangeFailures: 2,
      incompletePages: [],
      malformedAnswers: [],
      partialReadings: [],
    },
  };
}

export const realisticReport = (): Report =>
  buildReport({
    weeks: 12,
    groups: [
      ['shop-api', 'production'],
      ['shop-api', 'staging'],
      ['web', 'production'],
    ],
    emptyWeek: 4,
    changeFailures: 6,
    incidents: 5,
    slowest: 5,
  });

/** No deployment and no incident at all: what Datadog answers for a service that never deployed. */
export function emptyReport(): Report {
  const window = reportWindow(12, NOW);
  const none: Series = { window: figures(), weeks: window.weeks.map(() => figures()), current: figures() };
  return {
    window,
    asked: { services: ['shop-api'] },
    selection: none,
    groups: [],
    changeFailures: [],
    slowestLeadTimes: [],
    incidents: [],
    incidentSources: LIST_ONLY,
    blind: {
      deploymentsWithoutCommit: 0,
      leadTimeUnavailable: [],
      truncatedRanges: 0,
      unreadChangeFailures: 0,
      incompletePages: [],
      malformedAnswers: [],
      partialReadings: [],
    },
  };
}

/** Markdown, HTML, Mermaid and runner commands, in one value. */
export const HOSTILE =
  'x|y `tick` <script>alert(1)</script> "quoted" [link](https://evil.example) # h\n::warning::injected\r\n%%{init}%% ]';

export function hostileReport(): Report {
  const report = buildReport({ weeks: 4, groups: [[HOSTILE, HOSTILE]], changeFailures: 4, incidents: 2, slowest: 2 });
  const hostile = (record: DeploymentRecord): DeploymentRecord => ({
    ...record,
    id: HOSTILE,
    version: HOSTILE,
    repositoryId: `github.com/acme/${HOSTILE}`,
    commitSha: `${HOSTILE}`,
    customTags: [HOSTILE],
  });
  return {
    ...report,
    changeFailures: report.changeFailures.map((failure) => ({
      ...failure,
      failed: hostile(failure.failed),
      remediation: failure.remediation && {
        ...failure.remediation,
        deployment: failure.remediation.deployment && hostile(failure.remediation.deployment),
      },
    })),
    slowestLeadTimes: report.slowestLeadTimes.map((detail) => ({
      ...detail,
      deployment: hostile(detail.deployment),
      previous: hostile(detail.previous),
    })),
    // One known only from alert events: its link goes to Datadog's event explorer, with the hostile id in it.
    incidents: report.incidents.map((incident, i) => ({
      ...incident,
      id: HOSTILE,
      services: [HOSTILE, HOSTILE],
      env: HOSTILE,
      name: HOSTILE,
      severity: HOSTILE,
      sources: i ? ['failure-list', 'alert-events'] : ['alert-events'],
    })),
    incidentSources: { 'failure-list': { state: 'read' }, 'alert-events': { state: 'read' } },
    blind: {
      deploymentsWithoutCommit: 1,
      leadTimeUnavailable: [{ reason: HOSTILE, deployments: 2 }],
      truncatedRanges: 0,
      unreadChangeFailures: 1,
      incompletePages: [HOSTILE],
      malformedAnswers: [HOSTILE],
      partialReadings: [HOSTILE],
    },
  };
}

/** 200 services by 104 weeks, thousands of events: far more than 1 MiB in full. */
export const hugeReport = (): Report =>
  buildReport({
    weeks: 104,
    groups: Array.from({ length: 200 }, (_, i): [string, string] => [
      `service-${String(i).padStart(3, '0')}`,
      'production',
    ]),
    changeFailures: 4000,
    incidents: 3000,
    slowest: 50,
  });

export const gateBreach: GateResult = {
  verdict: 'breach',
  checks: [
    {
      metric: 'change-failure-rate',
      input: 'max-change-failure-rate',
      threshold: 10,
      value: 12.5,
      breached: true,
      worst: { service: 'web', env: 'production', value: 20 },
    },
    {
      metric: 'change-lead-time',
      input: 'max-change-lead-time',
      threshold: 2 * DAY,
      value: 31 * HOUR,
      breached: false,
      worst: { service: 'shop-api', env: 'staging', value: 40 * HOUR },
    },
    { metric: 'recovery-time', input: 'max-recovery-time', threshold: 4 * HOUR, breached: false },
  ],
};

export const gateOff: GateResult = { verdict: 'off', checks: [] };
