// A repository's GitHub deployments, read through GraphQL oldest first by creation, 100 a page: each
// one that succeeded is a past deployment, from its creation to its first SUCCESS status, with the
// workflow run its success status's log URL names. Those created before the period are paged
// through (GraphQL filters deployments by nothing but environment), and the reading ends past it.
import { type Answer, type GitHubApi, githubTime, graphqlErrors, isObject, Stop } from '../../pipeline/github.ts';
import { quoted } from '../../runner/escape.ts';
import { InputError } from '../../runner/inputs/types.ts';
import {
  byFinish,
  forbidden,
  type HistoryReading,
  historyOf,
  httpUrl,
  isId,
  isName,
  openApi,
  ownerAndName,
  refusal,
  shaOf,
  tally,
  unexpected,
} from './github-reading.ts';
import type { GitHubHistory, PastDeployment } from './types.ts';

export interface DeploymentsReading extends HistoryReading {
  /** A GitHub environment's name: only the deployments to it; undefined, to every environment. */
  environment?: string;
}

const PAGE = 100;

// With a filter or without: `environments: null` is not promised to mean every environment.
const deploymentsQuery = (filtered: boolean) => `query($owner: String!, $name: String!, $after: String${
  filtered ? ', $environments: [String!]' : ''
}) {
  repository(owner: $owner, name: $name) {
    databaseId
    deployments(first: ${PAGE}, after: $after, orderBy: {field: CREATED_AT, direction: ASC}${
      filtered ? ', environments: $environments' : ''
    }) {
      nodes { databaseId createdAt environment commitOid statuses(first: 100) { nodes { state createdAt logUrl environmentUrl } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

const ENVIRONMENTS_QUERY = `query($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) { environments(first: 100) { totalCount nodes { name } } }
}`;

interface Page {
  repositoryId: number;
  nodes: unknown[];
  next?: string;
}

/**
 * The repository's deployments created from `since` through `until`. Throws, before reading on,
 * an InputError when the token cannot read them (401, or no `deployments: read`) or the
 * environment matches none of the repository's, and a Stop when GitHub fails to answer the first page.
 */
export async function readDeployments(reading: DeploymentsReading): Promise<GitHubHistory> {
  const { owner, name } = ownerAndName(reading.repository);
  const { since, until, token, repository } = reading;
  const environment = reading.environment || undefined;
  const api = await openApi(reading);
  const page = async (after?: string): Promise<Page> => {
    const variables = { owner, name, after: after ?? null, ...(environment ? { environments: [environment] } : {}) };
    const answer = await api.graphql(deploymentsQuery(environment !== undefined), variables);
    const asked = `the deployments of ${repository}${after ? ` after ${quoted(after, 60)}` : ''}`;
    return readPage(api, answer, token, asked, repository);
  };
  const first = await page();
  if (environment !== undefined && first.nodes.length === 0 && !first.next)
    await checkEnvironment(api, { owner, name, repository }, environment);

  const left = tally();
  const order = byFinish();
  let createdBy: Date | undefined;
  async function* read(): AsyncGenerator<PastDeployment> {
    for (let current: Page | undefined = first; current; ) {
      for (const node of current.nodes) {
        const found = deploymentOf(node, repository);
        if (typeof found === 'string') {
          left.malformedOne(found);
          continue;
        }
        if (found.createdAt > until) {
          yield* order.all();
          return;
        }
        if (found.createdAt >= since) {
          if (found.past) order.hold(found.past);
          else left.unsuccessful++;
        }
        createdBy = found.createdAt;
        yield* order.release(createdBy);
      }
      current = current.next ? await page(current.next) : undefined;
    }
    yield* order.all();
  }
  const through = () => (createdBy && createdBy >= since ? createdBy : undefined);
  return historyOf(api, first.repositoryId, left, read, through);
}

/** A page of deployments, or GitHub's refusal said as the input to change (InputError), or its failure (Stop). */
function readPage(api: GitHubApi, answer: Answer, token: string, asked: string, repository: string): Page {
  const refused = refusal(answer, 'deployments', asked);
  if (refused) throw refused;
  if (answer.status !== 200 || !isObject(answer.data))
    throw unexpected(api, answer, token, asked, answer.status === 200 ? 'not a JSON object' : undefined);
  const errors = graphqlErrors(answer.data);
  const refusedBy = errors.find((error) => error.type === 'FORBIDDEN' || /not accessible by/i.test(error.message));
  if (refusedBy) throw forbidden('deployments', `the deployments of ${repository}`, refusedBy.message);
  if (errors.some((error) => error.type === 'NOT_FOUND'))
    throw new InputError(
      `The github-token cannot read ${repository}: GitHub says it has no repository by that name the token may see.`,
    );
  if (errors.length) throw unexpected(api, answer, token, asked, `GraphQL errors: ${errors[0]?.message}`);
  const data = isObject(answer.data.data) ? answer.data.data : undefined;
  const repo = data && isObject(data.repository) ? data.repository : undefined;
  const deployments = repo && isObject(repo.deployments) ? repo.deployments : undefined;
  const info = deployments && isObject(deployments.pageInfo) ? deployments.pageInfo : undefined;
  if (!repo || !isId(repo.databaseId)) throw unexpected(api, answer, token, asked, 'no repository with its databaseId');
  if (!deployments || !Array.isArray(deployments.nodes) || deployments.nodes.length > PAGE || !info)
    throw unexpected(api, answer, token, asked, `no list of at most ${PAGE} deployments with its pageInfo`);
  const more = info.hasNextPage === true;
  if (more && (typeof info.endCursor !== 'string' || !/^[\w+/=:.-]{1,200}$/.test(info.endCursor)))
    throw unexpected(api, answer, token, asked, 'a next page without its cursor');
  return {
    repositoryId: repo.databaseId,
    nodes: deployments.nodes,
    ...(more ? { next: info.endCursor as string } : {}),
  };
}

/** One node: when it was created, and the past deployment when it succeeded; a string says why it is malformed. */
function deploymentOf(node: unknown, repository: string): { createdAt: Date; past?: PastDeployment } | string {
  if (!isObject(node)) return 'a deployment is not a JSON object';
  const { databaseId: id, environment } = node;
  if (!isId(id)) return `a deployment's databaseId is not a positive whole number`;
  const createdAt = githubTime(node.createdAt);
  if (!createdAt) return `deployment ${id}'s createdAt is not an RFC 3339 time`;
  const commitSha = shaOf(node.commitOid);
  if (!commitSha) return `deployment ${id}'s commitOid is not a commit SHA`;
  if (!isName(environment)) return `deployment ${id}'s environment is not a name on one line`;
  const statuses = isObject(node.statuses) ? node.statuses.nodes : undefined;
  if (!Array.isArray(statuses)) return `deployment ${id}'s statuses are not a list`;
  // The first SUCCESS by its time, whatever order the statuses come in (at most 100 are asked: a deployment has a handful).
  let success: { at: Date; logUrl?: string } | undefined;
  for (const status of statuses) {
    if (!isObject(status) || status.state !== 'SUCCESS') continue;
    const at = githubTime(status.createdAt);
    if (!at) return `deployment ${id}'s success status has no RFC 3339 createdAt`;
    if (!success || at < success.at)
      success = { at, ...(httpUrl(status.logUrl) ? { logUrl: status.logUrl as string } : {}) };
  }
  if (!success) return { createdAt };
  if (success.at < createdAt) return `deployment ${id}'s success status is older than the deployment`;
  const run = runOf(success.logUrl, repository);
  const past: PastDeployment = {
    source: 'deployments',
    objectId: id,
    startedAt: createdAt,
    finishedAt: success.at,
    commitSha,
    environment,
    ...(run ? { run } : {}),
    ...(success.logUrl ? { url: success.logUrl } : {}),
  };
  return { createdAt, past };
}

const RUN_PATH = /^\/actions\/runs\/(\d{1,16})(?:\/attempts?\/(\d{1,6}))?(?:\/job\/\d{1,16})?\/?$/;

/** The workflow run a log URL names, in this repository: `…/owner/name/actions/runs/<id>[/attempts/<n>][/job/<id>]`. */
export function runOf(url: string | undefined, repository: string): { id: number; attempt?: number } | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const path = new URL(url).pathname;
  const at = path.toLowerCase().indexOf(`/${repository.toLowerCase()}/actions/runs/`);
  const match = at < 0 ? null : RUN_PATH.exec(path.slice(at + repository.length + 1));
  const id = Number(match?.[1]);
  const attempt = match?.[2] === undefined ? undefined : Number(match[2]);
  if (!isId(id) || (attempt !== undefined && !isId(attempt))) return undefined;
  return attempt === undefined ? { id } : { id, attempt };
}

/** An environment no deployment went to: the input to change, with the environments the repository has, when it is none of them. */
async function checkEnvironment(
  api: GitHubApi,
  { owner, name, repository }: { owner: string; name: string; repository: string },
  environment: string,
): Promise<void> {
  let names: string[] | undefined;
  let total = 0;
  try {
    const answer = await api.graphql(ENVIRONMENTS_QUERY, { owner, name });
    const data = isObject(answer.data) && isObject(answer.data.data) ? answer.data.data : undefined;
    const repo = data && isObject(data.repository) ? data.repository : undefined;
    const list = repo && isObject(repo.environments) ? repo.environments : undefined;
    if (list && Array.isArray(list.nodes)) {
      names = list.nodes.flatMap((node: unknown) => (isObject(node) && isName(node.name) ? [node.name] : []));
      total = typeof list.totalCount === 'number' ? list.totalCount : names.length;
    }
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  if (names?.includes(environment)) return;
  const has =
    names === undefined
      ? 'its environments could not be listed'
      : names.length === 0
        ? `${repository} has no environments`
        : `${repository} has ${names.map((one) => quoted(one, 60)).join(', ')}${total > names.length ? ` and ${total - names.length} more` : ''}`;
  throw new InputError(
    `Input environment is ${quoted(environment)}: no deployment of ${repository} went to an environment by that name; ${has}.`,
  );
}
