// A workflow's successful runs, read through the REST API: in `created` ranges of the period, oldest
// range first, each small enough that GitHub lists all its runs (it lists at most 1,000 results of
// a filtered query: a range that holds more is halved). Each run is a past deployment, from its
// successful attempt's start to its update; with `job`, each successful job of that name (or a
// matrix instance of it) in the run's attempt is one instead.
import { type Answer, githubTime, isObject, lastLinkedPage } from '../../pipeline/github.ts';
import { quoted } from '../../runner/escape.ts';
import { InputError } from '../../runner/inputs/types.ts';
import {
  byFinish,
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

export interface RunsReading extends HistoryReading {
  /** The workflow's file name in .github/workflows (deploy.yml), or its numeric id. */
  workflow: string;
  /** A job's display name: its successful jobs, each one deployment, instead of the runs. */
  job?: string;
}

const PER_PAGE = 100;
/** GitHub lists at most this many results of a filtered query. */
export const MAX_RESULTS = 1_000;
const SECOND = 1_000;
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

type Listed = 'workflow_runs' | 'jobs';
/** A range of creation, in whole seconds, both ends in (GitHub's `created=A..B`). */
type Range = [from: number, to: number];
const at = (second: number) => new Date(second * SECOND).toISOString().replace('.000Z', 'Z');

interface Run {
  id: number;
  attempt: number;
  createdAt: Date;
  startedAt: Date;
  finishedAt: Date;
  commitSha: string;
  url?: string;
}

/**
 * The workflow's successful runs created from `since` through `until` (or, with `job`, their
 * jobs). Throws, before reading on, an InputError when the token cannot read the repository's
 * actions (401, or no `actions: read`) or the workflow is not the repository's, and a Stop when
 * GitHub fails to answer.
 */
export async function readWorkflowRuns(reading: RunsReading): Promise<GitHubHistory> {
  const { owner, name } = ownerAndName(reading.repository);
  const { repository, workflow, job, token } = reading;
  const api = await openApi(reading);
  const repo = { owner, repo: name };
  /** GitHub's answer to a GET, or its refusal said as the input to change (InputError). */
  const get = async (route: string, params: Record<string, string | number>, asked: string) => {
    const answer = await api.rest(`GET /repos/{owner}/{repo}${route}`, { ...repo, ...params });
    const refused = refusal(answer, 'actions', asked);
    if (refused) throw refused;
    return answer;
  };
  /** GitHub failed: an error, or (`why`) an answer with HTTP 200 that is not the one asked for. */
  const failure = (answer: Answer, asked: string, why: string) =>
    unexpected(api, answer, token, asked, answer.status === 200 ? why : undefined);

  const about = await get('', {}, repository);
  if (about.status === 404)
    throw new InputError(`The github-token cannot read ${repository}: GitHub says it has no such repository.`);
  if (about.status !== 200 || !isObject(about.data) || !isId(about.data.id))
    throw failure(about, `the look-up of ${repository}`, 'no repository with its id');
  const repositoryId = about.data.id;

  const file = await get(
    '/actions/workflows/{workflow_id}',
    { workflow_id: workflow },
    `the workflows of ${repository}`,
  );
  if (file.status === 404)
    throw new InputError(
      `Input workflow is ${quoted(workflow)}: ${repository} has no such workflow; the file must be in .github/workflows of this repository (its file name, as deploy.yml, or its numeric id).`,
    );
  const found = isObject(file.data) ? file.data : {};
  if (file.status !== 200 || !isId(found.id) || !isName(found.name) || !isName(found.path))
    throw failure(file, `the workflow ${quoted(workflow)}`, 'no workflow with its id, name and path');
  const workflowId = found.id;

  const left = tally();
  const order = byFinish();
  let createdBy: Date | undefined;

  /** One page of a list: its total and items, by their grammar. */
  const page = async (route: string, params: Record<string, string | number>, field: Listed, asked: string) => {
    const answer = await get(route, { ...params, per_page: PER_PAGE }, asked);
    const data = isObject(answer.data) ? answer.data : {};
    const { total_count: total, [field]: items } = data;
    if (answer.status !== 200 || !isCount(total) || !Array.isArray(items) || items.length > PER_PAGE)
      throw failure(answer, asked, `no total_count and list of ${field}`);
    return { answer, total, items: items as unknown[] };
  };
  /** The items of a list, its first page read: the others by page number on this API's own path (a URL from an answer could lead the token elsewhere). */
  const all = async (
    first: Awaited<ReturnType<typeof page>>,
    route: string,
    params: Record<string, string | number>,
    field: Listed,
    asked: string,
  ) => {
    const noun = field === 'jobs' ? 'jobs' : 'runs';
    const last = lastLinkedPage(first.answer.headers.link, first.total, PER_PAGE, noun);
    if (typeof last === 'string') throw failure(first.answer, asked, last);
    const items = [...first.items];
    // Past its 1,000 results GitHub lists none.
    for (let number = 2; number <= Math.min(last, MAX_RESULTS / PER_PAGE); number++)
      items.push(...(await page(route, { ...params, page: number }, field, asked)).items);
    return items;
  };

  const runsRoute = `/actions/workflows/${workflowId}/runs`;
  /** The runs created in the range, oldest first; undefined when it holds too many to list and can be halved. */
  const runsIn = async ([from, to]: Range) => {
    const params = { status: 'success', created: `${at(from)}..${at(to)}` };
    const asked = `the runs of ${quoted(workflow)} created ${params.created}`;
    const first = await page(runsRoute, params, 'workflow_runs', asked);
    if (first.total >= MAX_RESULTS && from < to) return undefined;
    if (first.total > MAX_RESULTS) left.beyondCap += first.total - MAX_RESULTS;
    const items = await all(first, runsRoute, params, 'workflow_runs', asked);
    // New runs shift the pages while they are read: one seen twice is one.
    const runs = new Map<number, Run>();
    for (const item of items) {
      const run = runOf(item, from, to);
      if (typeof run === 'string') left.malformedOne(run);
      else if (run) runs.set(run.id, run);
      else left.unsuccessful++;
    }
    return [...runs.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  };

  const jobsOf = async (run: Run): Promise<PastDeployment[]> => {
    const route = `/actions/runs/${run.id}/attempts/${run.attempt}/jobs`;
    const asked = `the jobs of run ${run.id} attempt ${run.attempt}`;
    const items = await all(await page(route, {}, 'jobs', asked), route, {}, 'jobs', asked);
    const jobs = new Map<number, PastDeployment>();
    for (const item of items) {
      const past = jobOf(item, run, job ?? '');
      if (typeof past === 'string') left.malformedOne(past);
      else if (past) jobs.set(past.objectId, past);
    }
    return [...jobs.values()];
  };

  async function* read(): AsyncGenerator<PastDeployment> {
    // Oldest first: the newer half waits below the older.
    const ranges: Range[] = [
      [Math.ceil(reading.since.getTime() / SECOND), Math.floor(reading.until.getTime() / SECOND)],
    ];
    for (let range = ranges.pop(); range; range = ranges.pop()) {
      const [from, to] = range;
      if (from > to) continue;
      const runs = await runsIn(range);
      if (!runs) {
        const middle = Math.floor((from + to) / 2);
        ranges.push([middle + 1, to], [from, middle]);
        continue;
      }
      for (const run of runs) {
        const found = job === undefined ? [pastOf(run)] : await jobsOf(run);
        if (!found.length) left.unsuccessful++;
        for (const past of found) order.hold(past);
        createdBy = run.createdAt;
        yield* order.release(createdBy);
      }
      // Every run created through the range's last second is read: none read later finishes sooner.
      createdBy = new Date(to * SECOND + SECOND - 1);
      yield* order.release(createdBy);
    }
    yield* order.all();
  }
  const workflowOf = { id: workflowId, name: found.name as string, path: found.path as string };
  return historyOf(api, repositoryId, left, read, () => createdBy, { workflow: workflowOf });
}

/** One run of a list created in [from, to]: undefined when it did not succeed; a string says why it is malformed. */
function runOf(item: unknown, from: number, to: number): Run | undefined | string {
  if (!isObject(item)) return 'a workflow run is not a JSON object';
  const { id, run_attempt: attempt } = item;
  if (!isId(id)) return `a workflow run's id is not a positive whole number`;
  if (!isId(attempt)) return `run ${id}'s run_attempt is not a positive whole number`;
  const createdAt = githubTime(item.created_at);
  const finishedAt = githubTime(item.updated_at);
  // Runs from before GitHub kept an attempt's start began when they were created.
  const startedAt = item.run_started_at == null ? createdAt : githubTime(item.run_started_at);
  if (!createdAt || !startedAt || !finishedAt)
    return `run ${id}'s created_at, run_started_at or updated_at is not an RFC 3339 time`;
  if (createdAt.getTime() < from * SECOND || createdAt.getTime() >= (to + 1) * SECOND)
    return `run ${id} was created ${createdAt.toISOString()}, outside the range asked`;
  if (finishedAt < startedAt || startedAt < createdAt) return `run ${id}'s times are out of order`;
  const commitSha = shaOf(item.head_sha);
  if (!commitSha) return `run ${id}'s head_sha is not a commit SHA`;
  if (item.conclusion !== 'success') return undefined;
  const url = httpUrl(item.html_url);
  return { id, attempt, createdAt, startedAt, finishedAt, commitSha, ...(url ? { url } : {}) };
}

const pastOf = (run: Run): PastDeployment => ({
  source: 'workflow-runs',
  objectId: run.id,
  attempt: run.attempt,
  startedAt: run.startedAt,
  finishedAt: run.finishedAt,
  commitSha: run.commitSha,
  run: { id: run.id, attempt: run.attempt },
  ...(run.url ? { url: run.url } : {}),
});

/** A job of the run's attempt that is the one named (or a matrix instance, `name (…)`) and succeeded; a string says why it is malformed. */
function jobOf(item: unknown, run: Run, job: string): PastDeployment | undefined | string {
  if (!isObject(item)) return `a job of run ${run.id} is not a JSON object`;
  const { id, name } = item;
  if (!isId(id)) return `a job of run ${run.id} has no positive whole id`;
  if (!isName(name)) return `job ${id}'s name is not a name on one line`;
  if (name !== job && !(name.startsWith(`${job} (`) && name.endsWith(')'))) return undefined;
  if (item.conclusion !== 'success') return undefined;
  const startedAt = githubTime(item.started_at);
  const finishedAt = githubTime(item.completed_at);
  if (!startedAt || !finishedAt) return `job ${id}'s started_at or completed_at is not an RFC 3339 time`;
  if (finishedAt < startedAt || startedAt < run.createdAt) return `job ${id}'s times are out of order`;
  const url = httpUrl(item.html_url);
  return {
    source: 'workflow-runs',
    objectId: id,
    attempt: run.attempt,
    startedAt,
    finishedAt,
    commitSha: run.commitSha,
    run: { id: run.id, attempt: run.attempt },
    ...(url ? { url } : {}),
  };
}
