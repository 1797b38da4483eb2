// The events behind the numbers: each change failure with its remediation, the slowest lead
// times, and the incidents, each linked to Datadog and, where there are commits, to GitHub.

import type { AppLink } from '../../../pipeline/clients.ts';
import { FAILURE_ID_TAG } from '../../../pipeline/incidents.ts';
import { type LinkOrigins, markdownLink } from '../../../runner/escape.ts';
import type { ChangeFailureDetail, DeploymentRecord, FailureRecord, LeadTimeDetail, Report } from '../types.ts';
import { code, commitUrl, compareUrl, groupName, humanDuration, prose, shortSha, utcMinute } from './format.ts';

/** A list of events: its rows are what the summary drops first when it grows too big. */
interface EventList {
  /** e.g. `change failures`, as in "… 312 more change failures". */
  noun: string;
  /** Whether `report-json` lists them too, which the note on rows left out says. */
  inJson: boolean;
  /** Its heading and what it shows. */
  title: string[];
  /** The table's header. */
  header: string[];
  rows: string[];
}

interface Links {
  app: AppLink;
  githubServerUrl: string;
  /** Where links may go: the Datadog app and the job's GitHub server, nowhere else. */
  origins: LinkOrigins;
}

/** Datadog's list of deployments (its docs' "View Deployments"); it takes no filter we know of. */
const deploymentsPage = (app: AppLink): string => `${app.url}/ci/dora?detail=deployments`;
const doraPage = (app: AppLink): string => `${app.url}/ci/dora`;
/** Datadog's event explorer, showing the alert events of one failure. */
const failureEventsPage = (app: AppLink, id: string): string =>
  `${app.url}/event/explorer?query=${encodeURIComponent(`${FAILURE_ID_TAG}:${id}`)}`;
/** Where Datadog shows an incident: its DORA pages while the failure list has it, else its alert events. */
const incidentPage = (failure: FailureRecord, app: AppLink): string =>
  failure.sources.includes('failure-list') ? doraPage(app) : failureEventsPage(app, failure.id);

function commitCell(deployment: DeploymentRecord, links: Links): string {
  if (!deployment.commitSha) return '';
  const sha = code(shortSha(deployment.commitSha));
  return deployment.repositoryId
    ? markdownLink(sha, commitUrl(deployment.repositoryId, deployment.commitSha, links.githubServerUrl), links.origins)
    : sha;
}

/** The deployment's id linked to Datadog, then its version and commit. */
function deploymentCell(deployment: DeploymentRecord, links: Links): string {
  const parts = [markdownLink(code(deployment.id), deploymentsPage(links.app), links.origins)];
  if (deployment.version) parts.push(`version ${code(deployment.version)}`);
  const commit = commitCell(deployment, links);
  if (commit) parts.push(`commit ${commit}`);
  return parts.join('<br>');
}

/** GitHub's compare view from one deployment's commit to another's, in the same repository. */
function compareLink(from: DeploymentRecord, to: DeploymentRecord, links: Links): string | undefined {
  if (!from.commitSha || !to.commitSha || !to.repositoryId || from.repositoryId !== to.repositoryId) return undefined;
  return markdownLink(
    `${code(shortSha(from.commitSha))}…${code(shortSha(to.commitSha))}`,
    compareUrl(to.repositoryId, from.commitSha, to.commitSha, links.githubServerUrl),
    links.origins,
  );
}

const FOUND_BY: Record<ChangeFailureDetail['foundBy'], string> = {
  datadog: "Datadog's mark",
  tag: '`dora.remediates` tag',
  rollback: "Datadog's rollback rule",
};

function remediationCell(failure: ChangeFailureDetail, links: Links): string {
  const remediation = failure.remediation;
  if (!remediation) return '—';
  if (!remediation.deployment) return remediation.type;
  const changes =
    remediation.type === 'rollforward' ? compareLink(failure.failed, remediation.deployment, links) : undefined;
  return [
    `${remediation.type}: ${deploymentCell(remediation.deployment, links)}`,
    ...(changes ? [`changes ${changes}`] : []),
  ].join('<br>');
}

function changeFailures(failures: ChangeFailureDetail[], links: Links): EventList {
  return {
    noun: 'change failures',
    inJson: true,
    title: [
      `#### Change failures (${failures.length})`,
      '',
      'Each counts in the week its deployment finished; recovery time runs from its end to its remediation’s end.',
      '',
    ],
    header: [
      '| Failed deployment | Service · env | Finished | Found by | Remediation | Recovery time |',
      '|---|---|---|---|---|--:|',
    ],
    rows: failures.map((failure) => {
      const recovery = failure.recoverySeconds === undefined ? 'open' : humanDuration(failure.recoverySeconds);
      const cells = [
        deploymentCell(failure.failed, links),
        groupName(failure.failed.service, failure.failed.env),
        utcMinute(failure.failed.finishedAt),
        FOUND_BY[failure.foundBy],
        remediationCell(failure, links),
        recovery,
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  };
}

function slowestLeadTimes(details: LeadTimeDetail[], links: Links): EventList {
  return {
    noun: 'slowest lead times',
    inJson: false,
    title: [
      `#### Slowest lead times (${details.length})`,
      '',
      'Deployments by the average lead time of their commits: the commits since the deployment before.',
      '',
    ],
    header: [
      '| Deployment | Service · env | Finished | Commits | Average | Longest | Changes |',
      '|---|---|---|--:|--:|--:|---|',
    ],
    rows: details.map((detail) => {
      const changes = compareLink(detail.previous, detail.deployment, links) ?? '—';
      const cells = [
        deploymentCell(detail.deployment, links),
        groupName(detail.deployment.service, detail.deployment.env),
        utcMinute(detail.deployment.finishedAt),
        detail.commits,
        humanDuration(detail.averageSeconds),
        humanDuration(detail.maxSeconds),
        changes,
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  };
}

/** How many services an incident's row names before it says how many more. */
const SERVICES_PER_INCIDENT = 5;

function incidentServices(failure: FailureRecord): string {
  const shown = failure.services.slice(0, SERVICES_PER_INCIDENT).map(code);
  const more = failure.services.length - shown.length;
  const services = more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
  return `${services} · ${failure.env ? code(failure.env) : 'every env'}`;
}

function incidents(failures: FailureRecord[], windowEnd: Date, links: Links): EventList {
  return {
    noun: 'incidents',
    inJson: true,
    title: [
      `#### Incidents (${failures.length})`,
      '',
      'Failure events that started in the window, beside the change failure rate and not counted in it; open if not finished by the window’s end.',
      '',
    ],
    header: [
      '| Incident | Services · env | Name | Severity | Started | Time to restore |',
      '|---|---|---|---|---|--:|',
    ],
    rows: failures.map((failure) => {
      const restored =
        failure.finishedAt && failure.finishedAt <= windowEnd
          ? humanDuration((failure.finishedAt.getTime() - failure.startedAt.getTime()) / 1000)
          : 'open';
      const cells = [
        markdownLink(code(failure.id), incidentPage(failure, links.app), links.origins),
        incidentServices(failure),
        failure.name ? prose(failure.name) : '—',
        failure.severity ? prose(failure.severity) : '—',
        utcMinute(failure.startedAt),
        restored,
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  };
}

export const eventsHeading = ['### The events behind the numbers', ''];

/** The lists that have events, in the order the summary shows them. */
export function eventLists(report: Report, links: Links): EventList[] {
  return [
    changeFailures(report.changeFailures, links),
    slowestLeadTimes(report.slowestLeadTimes, links),
    incidents(report.incidents, report.window.end, links),
  ].filter((list) => list.rows.length > 0);
}
