// The report's arithmetic, table-driven from Datadog's documented examples, on histories whose
// answers are known by hand.
import { describe, expect, it } from '@jest/globals';
import { type Collected, calculate, rangesToRead } from '../../src/events/report/calculate.ts';
import {
  type Commit,
  type DeploymentRecord,
  type FailureRecord,
  type RangeCommits,
  rangeKey,
} from '../../src/events/report/types.ts';
import { reportWindow } from '../../src/events/report/window.ts';

// Saturday 2026-11-28 12:00 UTC: the window's last week is 2026-W47 (Mon 16 Nov – Mon 23 Nov).
const NOW = new Date('2026-11-28T12:00:00Z');
const window = reportWindow(4, NOW);
const REPO = 'github.com/acme/shop';
const at = (iso: string) => new Date(iso);
const sha = (n: number | string) =>
  String(n)
    .padStart(40, 'a')
    .slice(-40)
    .replace(/[^0-9a-f]/g, 'b');

let counter = 0;
function deployment(finished: string, fields: Partial<DeploymentRecord> = {}): DeploymentRecord {
  const finishedAt = at(finished);
  return {
    id: `dep-${++counter}`,
    service: 'shop',
    env: 'prod',
    startedAt: new Date(finishedAt.getTime() - 600_000),
    finishedAt,
    customTags: [],
    ...fields,
  };
}
const listRead: Collected['incidentSources'] = {
  'failure-list': { state: 'read' },
  'alert-events': { state: 'none-yet' },
};
const collected = (
  deployments: DeploymentRecord[],
  failures: FailureRecord[] = [],
  incidentSources = listRead,
): Collected => ({
  deployments,
  failures,
  incidentSources,
  incompletePages: [],
  malformedAnswers: [],
  partialReadings: [],
});
const none = new Map<string, RangeCommits>();

describe('the window', () => {
  it('is the last complete ISO weeks in UTC, with the current week beside it', () => {
    expect(window.weeks.map((week) => week.label)).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47']);
    expect(window.start.toISOString()).toBe('2026-10-26T00:00:00.000Z');
    expect(window.end.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(window.current.label).toBe('2026-W48');
    expect(window.lookBackStart.toISOString()).toBe('2026-08-27T00:00:00.000Z');
    expect(reportWindow(1, at('2027-01-04T00:00:00Z')).weeks[0]?.label).toBe('2026-W53');
    expect(reportWindow(1, at('2026-01-05T09:00:00Z')).weeks[0]?.label).toBe('2026-W01');
  });
});

describe('change failures and rework', () => {
  const cases: { name: string; versions: string[]; failed: number[]; remediating: number[] }[] = [
    { name: 'V1 → V2 → V3 → V1 marks V2', versions: ['v1', 'v2', 'v3', 'v1'], failed: [1], remediating: [3] },
    { name: 'V1 → V1 marks nothing', versions: ['v1', 'v1'], failed: [], remediating: [] },
    { name: 'V1 → V2 → V1 marks V2', versions: ['v1', 'v2', 'v1'], failed: [1], remediating: [2] },
    { name: 'V1 → V2 → V2 → V1 marks the first V2', versions: ['v1', 'v2', 'v2', 'v1'], failed: [1], remediating: [3] },
    {
      name: 'V1 → V2 → V1 → V3 → V1 marks V2 and V3',
      versions: ['v1', 'v2', 'v1', 'v3', 'v1'],
      failed: [1, 3],
      remediating: [2, 4],
    },
    { name: 'V1 → V2 → V3 (no rollback) marks nothing', versions: ['v1', 'v2', 'v3'], failed: [], remediating: [] },
  ];
  it.each(cases)('$name', ({ versions, failed, remediating }) => {
    const deployments = versions.map((version, i) => deployment(`2026-11-1${i}T10:00:00Z`, { version }));
    const report = calculate(window, collected(deployments), none);
    expect(report.changeFailures.map((f) => deployments.indexOf(f.failed)).sort()).toEqual(failed);
    expect(report.selection.window.changeFailures).toBe(failed.length);
    expect(report.selection.window.remediations).toBe(remediating.length);
    expect(report.selection.window.changeFailureRate).toBeCloseTo((failed.length / versions.length) * 100, 10);
  });

  it('compares commits before versions: the same version with another commit is no rollback', () => {
    const deployments = [
      deployment('2026-11-10T10:00:00Z', { version: 'v1', commitSha: sha(1), repositoryId: REPO }),
      deployment('2026-11-11T10:00:00Z', { version: 'v2', commitSha: sha(2), repositoryId: REPO }),
      deployment('2026-11-12T10:00:00Z', { version: 'v1', commitSha: sha(3), repositoryId: REPO }),
    ];
    expect(calculate(window, collected(deployments), none).selection.window.changeFailures).toBe(0);
  });

  it('counts a tagged remediation and its recovery time; an incident never counts as a change failure', () => {
    const failed = deployment('2026-11-17T10:00:00Z', { version: 'v2' });
    const fix = deployment('2026-11-17T13:00:00Z', {
      version: 'v3',
      customTags: [`dora.remediates:${failed.id}`, 'dora.remediation:rollforward'],
    });
    const incident: FailureRecord = {
      id: 'inc-1',
      services: ['shop'],
      env: 'prod',
      startedAt: at('2026-11-17T10:30:00Z'),
      finishedAt: at('2026-11-17T11:00:00Z'),
      sources: ['failure-list'],
    };
    const report = calculate(
      window,
      collected([deployment('2026-11-16T10:00:00Z', { version: 'v1' }), failed, fix], [incident]),
      none,
    );
    const last = report.selection.weeks.at(-1)!;
    expect(last).toMatchObject({
      deployments: 3,
      changeFailures: 1,
      remediations: 1,
      recoveryTimeSeconds: 3 * 3600,
      incidents: 1,
      timeToRestoreSeconds: 1800,
      openIncidents: 0,
    });
    expect(report.changeFailures).toEqual([
      expect.objectContaining({
        failed,
        foundBy: 'tag',
        remediation: { type: 'rollforward', deployment: fix },
        recoverySeconds: 3 * 3600,
      }),
    ]);
  });

  it('counts as unseen a change failure a tag names in a service not selected: once per failed deployment, from the window on', () => {
    // `cart` is not selected, so its deployments are not among those read: only the tags naming them are.
    const fix = deployment('2026-11-17T13:00:00Z', {
      customTags: ['dora.remediates:cart-deploy-7', 'dora.remediation:rollback'],
    });
    const again = deployment('2026-11-18T13:00:00Z', { customTags: ['dora.remediates:cart-deploy-7'] });
    const other = deployment('2026-11-19T13:00:00Z', { customTags: ['dora.remediates:cart-deploy-8'] });
    const beforeWindow = deployment('2026-10-01T13:00:00Z', { customTags: ['dora.remediates:cart-deploy-1'] });
    const report = calculate(window, collected([beforeWindow, fix, again, other]), none, { services: ['shop'] });
    expect(report.blind.unreadChangeFailures).toBe(2);
    expect(report.selection.window).toMatchObject({ changeFailures: 0, remediations: 0 });
  });

  it('lets Datadog’s own flags win over what the report finds', () => {
    const deployments = [
      deployment('2026-11-10T10:00:00Z', { version: 'v1' }),
      deployment('2026-11-11T10:00:00Z', { version: 'v2', changeFailure: false }),
      deployment('2026-11-12T10:00:00Z', { version: 'v1' }),
    ];
    const flagged = deployment('2026-11-13T10:00:00Z', { version: 'v4', changeFailure: true });
    const report = calculate(window, collected([...deployments, flagged]), none);
    expect(report.changeFailures.map((f) => [f.failed.id, f.foundBy])).toEqual([[flagged.id, 'datadog']]);
    expect(report.selection.window.openChangeFailures).toBe(1);
  });

  it('counts a recovery after the window’s end as open, in the window, and as a recovery in the current week', () => {
    const deployments = [
      deployment('2026-11-20T10:00:00Z', { version: 'v1' }),
      deployment('2026-11-22T10:00:00Z', { version: 'v2' }),
      deployment('2026-11-24T10:00:00Z', { version: 'v1' }),
    ];
    const report = calculate(window, collected(deployments), none);
    expect(report.selection.window).toMatchObject({
      deployments: 2,
      changeFailures: 1,
      openChangeFailures: 1,
      remediations: 0,
      recoveryTimeSeconds: undefined,
    });
    expect(report.changeFailures[0]?.recoverySeconds).toBeUndefined();
    expect(report.selection.current).toMatchObject({ deployments: 1, remediations: 1 });
  });

  it('counts duplicate ids once', () => {
    const one = deployment('2026-11-17T10:00:00Z', { version: 'v1' });
    const report = calculate(window, collected([one, { ...one }, one]), none);
    expect(report.selection.window).toMatchObject({ deployments: 1 });
  });

  it('has incidents unknown, not zero, when no source of them could be read; zero when one was', () => {
    const deployments = [deployment('2026-11-17T10:00:00Z', { version: 'v1' })];
    const unread = calculate(
      window,
      collected(deployments, [], {
        'failure-list': { state: 'retired' },
        'alert-events': { state: 'failed', message: '403' },
      }),
      none,
    );
    for (const figures of [
      unread.selection.window,
      unread.selection.current,
      ...unread.selection.weeks,
      ...unread.groups.map((group) => group.window),
    ]) {
      expect([figures.incidents, figures.openIncidents, figures.timeToRestoreSeconds]).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
    }
    const readNothing = calculate(
      window,
      collected(deployments, [], { 'failure-list': { state: 'retired' }, 'alert-events': { state: 'read' } }),
      none,
    );
    expect(readNothing.selection.window).toMatchObject({ incidents: 0, openIncidents: 0 });
  });
});

describe('change lead time', () => {
  const commit = (n: number, authored: string): Commit => ({ sha: sha(n), authoredAt: at(authored) });
  const base = deployment('2026-11-16T00:00:00Z', { commitSha: sha(1), repositoryId: REPO });
  const next = deployment('2026-11-17T00:00:00Z', { commitSha: sha(4), repositoryId: REPO });
  const third = deployment('2026-11-18T00:00:00Z', { commitSha: sha(6), repositoryId: REPO });
  const commits = new Map<string, RangeCommits>([
    // The source leaves merge commits out: sha 3 was a merge.
    [
      rangeKey({ repositoryId: REPO, base: sha(1), head: sha(4) }),
      { commits: [commit(4, '2026-11-16T22:00:00Z'), commit(2, '2026-11-16T12:00:00Z')], truncated: false },
    ],
    [
      rangeKey({ repositoryId: REPO, base: sha(4), head: sha(6) }),
      {
        commits: [
          commit(6, '2026-11-17T23:00:00Z'),
          commit(5, '2026-11-17T20:00:00Z'),
          commit(7, '2026-11-17T17:00:00Z'),
        ],
        truncated: false,
      },
    ],
  ]);

  it('asks for each deployment’s range once, none for the first deployment', () => {
    expect(rangesToRead(window, [base, next, third, { ...third }]).map(rangeKey)).toEqual([...commits.keys()]);
  });

  it('takes the median over commits, and the median of per-deployment averages beside it', () => {
    const figures = calculate(window, collected([base, next, third]), commits).selection.window;
    // Commits: 2 h, 12 h; 1 h, 4 h, 7 h. Median over commits: 4 h. Averages: 7 h and 4 h: median 5.5 h.
    expect(figures).toMatchObject({
      leadTimeSeconds: 4 * 3600,
      leadTimePerDeploymentSeconds: 5.5 * 3600,
      leadTimeCommits: 5,
      leadTimeDeployments: 2,
    });
  });

  it('has nothing after a gap of more than 60 days, and says why commits could not be read', () => {
    const old = deployment('2026-08-20T00:00:00Z', { commitSha: sha(1), repositoryId: REPO });
    expect(rangesToRead(window, [old, next])).toEqual([]);
    const report = calculate(
      window,
      collected([base, next]),
      new Map([
        [rangeKey({ repositoryId: REPO, base: sha(1), head: sha(4) }), { unavailable: 'the token cannot read it' }],
      ]),
    );
    expect(report.selection.window.leadTimeSeconds).toBeUndefined();
    expect(report.blind.leadTimeUnavailable).toEqual([{ reason: 'the token cannot read it', deployments: 1 }]);
  });
});

describe('groups and the selection', () => {
  it('reports each service and env apart, and pools them for the selection', () => {
    const deployments = [
      deployment('2026-11-17T10:00:00Z', { service: 'shop', env: 'prod' }),
      deployment('2026-11-17T11:00:00Z', { service: 'shop', env: 'staging' }),
      deployment('2026-11-18T11:00:00Z', { service: 'shop', env: 'staging' }),
    ];
    const report = calculate(window, collected(deployments), none, {
      services: ['shop', 'cart'],
      envs: ['prod', 'staging'],
    });
    expect(report.groups.map((g) => [g.service, g.env, g.window.deployments])).toEqual([
      ['cart', 'prod', 0],
      ['cart', 'staging', 0],
      ['shop', 'prod', 1],
      ['shop', 'staging', 2],
    ]);
    expect(report.selection.window).toMatchObject({ deployments: 3, deploymentsPerWeek: 0.75, changeFailureRate: 0 });
    expect(report.groups[0]?.window.changeFailureRate).toBeUndefined();
  });
});
