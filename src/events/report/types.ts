// The DORA report's model: what it reads (events, commits), and what it computes (figures per
// service, env and ISO week). Pure data: the calculator fills it, the summary and outputs read it.

/** One complete ISO week in UTC, Monday 00:00 to the next Monday 00:00. */
export interface Week {
  /** e.g. `2026-W47` */
  label: string;
  start: Date;
  end: Date;
}

export interface ReportWindow {
  /** The last complete weeks before the run, oldest first. */
  weeks: Week[];
  /** The first week's start. */
  start: Date;
  /** The last week's end: the start of the current week. */
  end: Date;
  /** The current week so far: shown beside the window, counted in no output and no gate. */
  current: Week;
  /** Deployments are read from here (60 days before `start`): lead time and rollbacks look back. */
  lookBackStart: Date;
  /** When the report ran. */
  now: Date;
}

export type RemediationType = 'rollback' | 'rollforward';

/** A deployment as the report reads it from Datadog's list answer. */
export interface DeploymentRecord {
  id: string;
  service: string;
  /** '' when the deployment has none. */
  env: string;
  version?: string;
  commitSha?: string;
  /** e.g. `github.com/org/repo` */
  repositoryId?: string;
  startedAt: Date;
  finishedAt: Date;
  customTags: string[];
  /** Set only if Datadog's answer ever carries them: then they win over what the report finds. */
  changeFailure?: boolean;
  remediation?: { id?: string; version?: string; type: RemediationType };
}

/** Where the report reads incidents: Datadog's DORA failure list (retired 2027-03-31), and the alert events the action sends from 2026-12-31. */
export type IncidentSource = 'failure-list' | 'alert-events';

/**
 * How reading one source of incidents went: read; not searched, as none could exist yet (alert
 * events before 2026-12-31); retired by Datadog; or failed, with why.
 */
export type SourceState =
  | { state: 'read' }
  | { state: 'none-yet' }
  | { state: 'retired' }
  | { state: 'failed'; message: string };

export type IncidentSources = Record<IncidentSource, SourceState>;

/** A failure (incident) as the report reads it: one per failure id, whichever sources tell of it. */
export interface FailureRecord {
  id: string;
  services: string[];
  /** '' when the failure has none: then it belongs to every env of its services. */
  env: string;
  name?: string;
  severity?: string;
  startedAt: Date;
  finishedAt?: Date;
  /** The sources that tell of it, in IncidentSource's order. */
  sources: IncidentSource[];
}

/** The commits a deployment shipped: those of `head` that are not in `base` (git's `base..head`). */
export interface CommitRange {
  /** As in DeploymentRecord.repositoryId. */
  repositoryId: string;
  base: string;
  head: string;
}

export const rangeKey = (range: CommitRange): string => `${range.repositoryId} ${range.base}..${range.head}`;

export interface Commit {
  sha: string;
  /** The author time, which lead time counts from. */
  authoredAt: Date;
}

/** What a lead-time source found for one range: its commits without merges, or why it has none. */
export type RangeCommits =
  /** At most 5000, the newest first; `truncated` when there were more. */
  | { commits: Commit[]; truncated: boolean }
  /** e.g. `the token cannot read github.com/org/other`, `stopped to spare the token's rate limit`. */
  | { unavailable: string };

/** Where commits come from: a full git checkout, or GitHub's compare API. */
export interface CommitSource {
  /** Every range, asked once; the answer holds each by rangeKey. Never throws for one range. */
  commitsIn(ranges: CommitRange[]): Promise<Map<string, RangeCommits>>;
}

/** The four metrics, rework rate and incidents, for one group over one span (the window or a week). */
export interface Figures {
  deployments: number;
  /** Deployments per week over the span. */
  deploymentsPerWeek: number;
  changeFailures: number;
  /** Percent; undefined without deployments. */
  changeFailureRate?: number;
  /** Deployments that remediate another (rollbacks and tagged remediations). */
  remediations: number;
  /** Percent; undefined without deployments. */
  reworkRate?: number;
  /** Seconds, the median over commits; undefined when no commit's lead time is known. */
  leadTimeSeconds?: number;
  /** Seconds, the median over deployments of each one's average: what Datadog's pages headline. */
  leadTimePerDeploymentSeconds?: number;
  /** How many commits, and deployments, the lead times rest on. */
  leadTimeCommits: number;
  leadTimeDeployments: number;
  /** Seconds, the median from a change failure to its remediation, both finished by the window's end. */
  recoveryTimeSeconds?: number;
  /** Change failures with no remediation finished by the window's end. */
  openChangeFailures: number;
  /** Failure events that started in the span, open ones included; undefined when no source of incidents could be read. */
  incidents?: number;
  /** Seconds, the median from an incident's start to its finish, if finished by the window's end. */
  timeToRestoreSeconds?: number;
  /** Undefined as `incidents` is. */
  openIncidents?: number;
}

/** Figures for the window, each of its weeks, and the current week so far. */
export interface Series {
  window: Figures;
  /** One per window week, in order. */
  weeks: Figures[];
  current: Figures;
}

export interface GroupReport extends Series {
  service: string;
  env: string;
}

/** A change failure and what remediated it, behind the change failure rate and recovery time. */
export interface ChangeFailureDetail {
  failed: DeploymentRecord;
  /** How it was found: Datadog's own mark, a `dora.remediates` tag, or Datadog's rollback rule. */
  foundBy: 'datadog' | 'tag' | 'rollback';
  remediation?: { deployment?: DeploymentRecord; type: RemediationType };
  /** Seconds; undefined while open at the window's end. */
  recoverySeconds?: number;
}

export interface LeadTimeDetail {
  deployment: DeploymentRecord;
  previous: DeploymentRecord;
  commits: number;
  /** The average over its commits, and the longest. */
  averageSeconds: number;
  maxSeconds: number;
}

/** What the report could not see, counted where it can be. */
export interface Blind {
  /** Deployments in the window without a commit: no lead time, and rollbacks only by version. */
  deploymentsWithoutCommit: number;
  /** Deployments in the window whose commits could not be read, by reason. */
  leadTimeUnavailable: { reason: string; deployments: number }[];
  /** Ranges cut at 5000 commits. */
  truncatedRanges: number;
  /**
   * Deployments a `dora.remediates` tag names, from a deployment since the window began, that were
   * not read (of a service or env not selected): change failures not counted.
   */
  unreadChangeFailures: number;
  /** A list page that could not be completed: some events may be missing. */
  incompletePages: string[];
  /** Events of Datadog's answers left out, or kept without a field, because they were malformed or outside the window. */
  malformedAnswers: string[];
  /** Lists whose reading stopped short because Datadog's answers broke paging's rules: the figures are partial. */
  partialReadings: string[];
}

export interface Report {
  window: ReportWindow;
  /** The services and envs asked for; undefined for every one found. */
  asked: { services?: string[]; envs?: string[] };
  selection: Series;
  groups: GroupReport[];
  /** In the window, newest first. */
  changeFailures: ChangeFailureDetail[];
  /** The window's slowest deployments by average lead time, slowest first. */
  slowestLeadTimes: LeadTimeDetail[];
  /** Incidents that started in the window, newest first. */
  incidents: FailureRecord[];
  /** How each source of incidents was read. */
  incidentSources: IncidentSources;
  blind: Blind;
}

/** The gate's thresholds, for the selection's window figures; none given, the gate is off. */
export interface Thresholds {
  /** Percent. */
  maxChangeFailureRate?: number;
  /** Seconds. */
  maxChangeLeadTime?: number;
  maxRecoveryTime?: number;
  minDeploymentsPerWeek?: number;
}

/** The figures the report judges, each defined in metrics.ts. */
export type MetricId =
  | 'deployments-per-week'
  | 'change-failure-rate'
  | 'incidents'
  | 'time-to-restore'
  | 'change-lead-time'
  | 'change-lead-time-per-deployment'
  | 'recovery-time'
  | 'rework-rate';

/** One gated metric: its figure, its threshold, and where it is worst. */
export interface GateCheck {
  metric: MetricId;
  /** `max-change-failure-rate` and the like. */
  input: string;
  threshold: number;
  /** Undefined when there is no data behind it. */
  value?: number;
  breached: boolean;
  /** The service and env with the worst figure, when any has one. */
  worst?: { service: string; env: string; value: number };
}

export interface GateResult {
  verdict: 'pass' | 'breach' | 'no-data' | 'off';
  checks: GateCheck[];
}
