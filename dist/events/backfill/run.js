import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__index_js_b261e463__ from "../../index.js";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  o: () => (/* binding */ runBackfill)
});

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: external "../../index.js"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const external_index_js_namespaceObject = x({ ["DAY_MS"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.DAY_MS), ["DatadogApiError"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.DatadogApiError), ["InputError"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.InputError), ["Stop"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.Stop), ["appLinkFor"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.appLinkFor), ["clientsFor"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.clientsFor), ["count"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.count), ["describeBody"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.describeBody), ["errorMessageOf"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.errorMessageOf), ["githubApi"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.githubApi), ["githubTime"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.githubTime), ["graphqlErrors"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.graphqlErrors), ["isCommitSha"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.isCommitSha), ["isObject"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.isObject), ["isoWeekLabel"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.isoWeekLabel), ["lastLinkedPage"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.lastLinkedPage), ["lineProblem"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.lineProblem), ["linkOrigins"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.linkOrigins), ["listAllDeployments"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.listAllDeployments), ["markdownCode"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.markdownCode), ["markdownLink"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.markdownLink), ["markdownText"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.markdownText), ["quoted"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.quoted), ["readRunContext"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.readRunContext), ["readingTimeOn"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.readingTimeOn), ["requireKeys"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.requireKeys), ["runTags"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.runTags), ["sayProblem"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.sayProblem), ["termFor"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.termFor), ["weekStart"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.weekStart), ["whyStopped"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.whyStopped), ["writeOutput"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.writeOutput), ["writeSummary"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.writeSummary) });
;// CONCATENATED MODULE: ./build/events/backfill/github-reading.js




const MAX_REQUESTS = 2_000;
const openApi = (reading) => (0,external_index_js_namespaceObject.githubApi)({
    apiUrl: reading.apiUrl,
    token: reading.token,
    maxRequests: reading.maxRequests ?? MAX_REQUESTS,
    who: 'a backfill',
    ...(reading.deadline ? { deadline: reading.deadline } : {}),
});
function ownerAndName(repository) {
    const [owner, name, ...rest] = repository.split('/');
    if (!owner || !name || rest.length || !/^[\w.-]{1,100}$/.test(owner) || !/^[\w.-]{1,100}$/.test(name))
        throw new external_index_js_namespaceObject.InputError(`GITHUB_REPOSITORY is ${(0,external_index_js_namespaceObject.quoted)(repository)}: expected owner/name.`);
    return { owner, name };
}
const isId = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
const shaOf = (value) => typeof value === 'string' && (0,external_index_js_namespaceObject.isCommitSha)(value) ? value.toLowerCase() : undefined;
const isName = (value) => typeof value === 'string' && value !== '' && (0,external_index_js_namespaceObject.lineProblem)(value, 255) === undefined;
const httpUrl = (value) => typeof value === 'string' && value.length <= 2_000 && /^https?:\/\/[^\s]+$/.test(value) && URL.canParse(value)
    ? value
    : undefined;
function refusal(answer, permission, what) {
    if (answer.status === 401)
        return new external_index_js_namespaceObject.InputError(`The github-token is not valid: GitHub answered HTTP 401 (${(0,external_index_js_namespaceObject.errorMessageOf)(answer.data) ?? 'no message'}) to ${what}.`);
    if (answer.status === 403)
        return forbidden(permission, what, (0,external_index_js_namespaceObject.errorMessageOf)(answer.data));
    return undefined;
}
const forbidden = (permission, what, said) => new external_index_js_namespaceObject.InputError(`The github-token cannot read ${what}${said ? ` (GitHub said ${(0,external_index_js_namespaceObject.quoted)(said, 120)})` : ''}: the job needs the permission ${permission}: read. Set it in the workflow, under the job (or the workflow): permissions: { ${permission}: read, contents: read }.`);
const unexpected = (api, answer, token, asked, why) => new external_index_js_namespaceObject.Stop(`${api.host} answered HTTP ${answer.status} with ${(0,external_index_js_namespaceObject.describeBody)(answer, token)}${why ? `, which is not GitHub's answer (${why}),` : ''} to ${asked}`, true, api.made());
function tally() {
    const left = {
        unsuccessful: 0,
        malformed: 0,
        beyondCap: 0,
        malformedOne(problem) {
            left.malformed++;
            left.malformedExample ??= problem;
        },
    };
    return left;
}
const MAX_HELD = 1_000;
function byFinish() {
    const held = [];
    const before = (a, b) => a.finishedAt.getTime() - b.finishedAt.getTime() || a.objectId - b.objectId;
    const swap = (i, j) => {
        [held[i], held[j]] = [held[j], held[i]];
    };
    const pop = () => {
        const top = held[0];
        const last = held.pop();
        if (held.length) {
            held[0] = last;
            for (let i = 0;;) {
                const [l, r] = [2 * i + 1, 2 * i + 2];
                let least = i;
                if (l < held.length && before(held[l], held[least]) < 0)
                    least = l;
                if (r < held.length && before(held[r], held[least]) < 0)
                    least = r;
                if (least === i)
                    break;
                swap(i, least);
                i = least;
            }
        }
        return top;
    };
    return {
        hold(past) {
            held.push(past);
            for (let i = held.length - 1; i > 0;) {
                const parent = (i - 1) >> 1;
                if (before(held[i], held[parent]) >= 0)
                    break;
                swap(i, parent);
                i = parent;
            }
        },
        *release(createdBy) {
            while (held.length > MAX_HELD || (createdBy && held[0] && held[0].finishedAt <= createdBy))
                yield pop();
        },
        *all() {
            while (held.length)
                yield pop();
        },
    };
}
function historyOf(api, repositoryId, left, read, readThrough, extra = {}) {
    let stop;
    return {
        repositoryId,
        ...extra,
        deployments: {
            async *[Symbol.asyncIterator]() {
                try {
                    yield* read();
                }
                catch (error) {
                    if (!(error instanceof external_index_js_namespaceObject.Stop || error instanceof external_index_js_namespaceObject.InputError))
                        throw error;
                    const through = readThrough();
                    stop = {
                        message: error.message,
                        failed: error instanceof external_index_js_namespaceObject.Stop ? error.failed : true,
                        ...(through ? { readThrough: through } : {}),
                    };
                }
            },
        },
        stopped: () => stop,
        leftOut: () => {
            const { unsuccessful, malformed, beyondCap, malformedExample } = left;
            return { unsuccessful, malformed, beyondCap, ...(malformedExample ? { malformedExample } : {}) };
        },
        requests: () => api.made(),
    };
}

;// CONCATENATED MODULE: ./build/events/backfill/github-deployments.js




const PAGE = 100;
const deploymentsQuery = (filtered) => `query($owner: String!, $name: String!, $after: String${filtered ? ', $environments: [String!]' : ''}) {
  repository(owner: $owner, name: $name) {
    databaseId
    deployments(first: ${PAGE}, after: $after, orderBy: {field: CREATED_AT, direction: ASC}${filtered ? ', environments: $environments' : ''}) {
      nodes { databaseId createdAt environment commitOid statuses(first: 100) { nodes { state createdAt logUrl environmentUrl } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
const ENVIRONMENTS_QUERY = `query($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) { environments(first: 100) { totalCount nodes { name } } }
}`;
async function readDeployments(reading) {
    const { owner, name } = ownerAndName(reading.repository);
    const { since, until, token, repository } = reading;
    const environment = reading.environment || undefined;
    const api = await openApi(reading);
    const page = async (after) => {
        const variables = { owner, name, after: after ?? null, ...(environment ? { environments: [environment] } : {}) };
        const answer = await api.graphql(deploymentsQuery(environment !== undefined), variables);
        const asked = `the deployments of ${repository}${after ? ` after ${(0,external_index_js_namespaceObject.quoted)(after, 60)}` : ''}`;
        return readPage(api, answer, token, asked, repository);
    };
    const first = await page();
    if (environment !== undefined && first.nodes.length === 0 && !first.next)
        await checkEnvironment(api, { owner, name, repository }, environment);
    const left = tally();
    const order = byFinish();
    let createdBy;
    async function* read() {
        for (let current = first; current;) {
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
                    if (found.past)
                        order.hold(found.past);
                    else
                        left.unsuccessful++;
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
function readPage(api, answer, token, asked, repository) {
    const refused = refusal(answer, 'deployments', asked);
    if (refused)
        throw refused;
    if (answer.status !== 200 || !(0,external_index_js_namespaceObject.isObject)(answer.data))
        throw unexpected(api, answer, token, asked, answer.status === 200 ? 'not a JSON object' : undefined);
    const errors = (0,external_index_js_namespaceObject.graphqlErrors)(answer.data);
    const refusedBy = errors.find((error) => error.type === 'FORBIDDEN' || /not accessible by/i.test(error.message));
    if (refusedBy)
        throw forbidden('deployments', `the deployments of ${repository}`, refusedBy.message);
    if (errors.some((error) => error.type === 'NOT_FOUND'))
        throw new external_index_js_namespaceObject.InputError(`The github-token cannot read ${repository}: GitHub says it has no repository by that name the token may see.`);
    if (errors.length)
        throw unexpected(api, answer, token, asked, `GraphQL errors: ${errors[0]?.message}`);
    const data = (0,external_index_js_namespaceObject.isObject)(answer.data.data) ? answer.data.data : undefined;
    const repo = data && (0,external_index_js_namespaceObject.isObject)(data.repository) ? data.repository : undefined;
    const deployments = repo && (0,external_index_js_namespaceObject.isObject)(repo.deployments) ? repo.deployments : undefined;
    const info = deployments && (0,external_index_js_namespaceObject.isObject)(deployments.pageInfo) ? deployments.pageInfo : undefined;
    if (!repo || !isId(repo.databaseId))
        throw unexpected(api, answer, token, asked, 'no repository with its databaseId');
    if (!deployments || !Array.isArray(deployments.nodes) || deployments.nodes.length > PAGE || !info)
        throw unexpected(api, answer, token, asked, `no list of at most ${PAGE} deployments with its pageInfo`);
    const more = info.hasNextPage === true;
    if (more && (typeof info.endCursor !== 'string' || !/^[\w+/=:.-]{1,200}$/.test(info.endCursor)))
        throw unexpected(api, answer, token, asked, 'a next page without its cursor');
    return {
        repositoryId: repo.databaseId,
        nodes: deployments.nodes,
        ...(more ? { next: info.endCursor } : {}),
    };
}
function deploymentOf(node, repository) {
    if (!(0,external_index_js_namespaceObject.isObject)(node))
        return 'a deployment is not a JSON object';
    const { databaseId: id, environment } = node;
    if (!isId(id))
        return `a deployment's databaseId is not a positive whole number`;
    const createdAt = (0,external_index_js_namespaceObject.githubTime)(node.createdAt);
    if (!createdAt)
        return `deployment ${id}'s createdAt is not an RFC 3339 time`;
    const commitSha = shaOf(node.commitOid);
    if (!commitSha)
        return `deployment ${id}'s commitOid is not a commit SHA`;
    if (!isName(environment))
        return `deployment ${id}'s environment is not a name on one line`;
    const statuses = (0,external_index_js_namespaceObject.isObject)(node.statuses) ? node.statuses.nodes : undefined;
    if (!Array.isArray(statuses))
        return `deployment ${id}'s statuses are not a list`;
    let success;
    for (const status of statuses) {
        if (!(0,external_index_js_namespaceObject.isObject)(status) || status.state !== 'SUCCESS')
            continue;
        const at = (0,external_index_js_namespaceObject.githubTime)(status.createdAt);
        if (!at)
            return `deployment ${id}'s success status has no RFC 3339 createdAt`;
        if (!success || at < success.at)
            success = { at, ...(httpUrl(status.logUrl) ? { logUrl: status.logUrl } : {}) };
    }
    if (!success)
        return { createdAt };
    if (success.at < createdAt)
        return `deployment ${id}'s success status is older than the deployment`;
    const run = runOf(success.logUrl, repository);
    const past = {
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
function runOf(url, repository) {
    if (!url || !URL.canParse(url))
        return undefined;
    const path = new URL(url).pathname;
    const at = path.toLowerCase().indexOf(`/${repository.toLowerCase()}/actions/runs/`);
    const match = at < 0 ? null : RUN_PATH.exec(path.slice(at + repository.length + 1));
    const id = Number(match?.[1]);
    const attempt = match?.[2] === undefined ? undefined : Number(match[2]);
    if (!isId(id) || (attempt !== undefined && !isId(attempt)))
        return undefined;
    return attempt === undefined ? { id } : { id, attempt };
}
async function checkEnvironment(api, { owner, name, repository }, environment) {
    let names;
    let total = 0;
    try {
        const answer = await api.graphql(ENVIRONMENTS_QUERY, { owner, name });
        const data = (0,external_index_js_namespaceObject.isObject)(answer.data) && (0,external_index_js_namespaceObject.isObject)(answer.data.data) ? answer.data.data : undefined;
        const repo = data && (0,external_index_js_namespaceObject.isObject)(data.repository) ? data.repository : undefined;
        const list = repo && (0,external_index_js_namespaceObject.isObject)(repo.environments) ? repo.environments : undefined;
        if (list && Array.isArray(list.nodes)) {
            names = list.nodes.flatMap((node) => ((0,external_index_js_namespaceObject.isObject)(node) && isName(node.name) ? [node.name] : []));
            total = typeof list.totalCount === 'number' ? list.totalCount : names.length;
        }
    }
    catch (error) {
        if (!(error instanceof external_index_js_namespaceObject.Stop))
            throw error;
    }
    if (names?.includes(environment))
        return;
    const has = names === undefined
        ? 'its environments could not be listed'
        : names.length === 0
            ? `${repository} has no environments`
            : `${repository} has ${names.map((one) => (0,external_index_js_namespaceObject.quoted)(one, 60)).join(', ')}${total > names.length ? ` and ${total - names.length} more` : ''}`;
    throw new external_index_js_namespaceObject.InputError(`Input environment is ${(0,external_index_js_namespaceObject.quoted)(environment)}: no deployment of ${repository} went to an environment by that name; ${has}.`);
}

;// CONCATENATED MODULE: ./build/events/backfill/github-runs.js




const PER_PAGE = 100;
const MAX_RESULTS = 1_000;
const SECOND = 1_000;
const isCount = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const at = (second) => new Date(second * SECOND).toISOString().replace('.000Z', 'Z');
async function readWorkflowRuns(reading) {
    const { owner, name } = ownerAndName(reading.repository);
    const { repository, workflow, job, token } = reading;
    const api = await openApi(reading);
    const repo = { owner, repo: name };
    const get = async (route, params, asked) => {
        const answer = await api.rest(`GET /repos/{owner}/{repo}${route}`, { ...repo, ...params });
        const refused = refusal(answer, 'actions', asked);
        if (refused)
            throw refused;
        return answer;
    };
    const failure = (answer, asked, why) => unexpected(api, answer, token, asked, answer.status === 200 ? why : undefined);
    const about = await get('', {}, repository);
    if (about.status === 404)
        throw new external_index_js_namespaceObject.InputError(`The github-token cannot read ${repository}: GitHub says it has no such repository.`);
    if (about.status !== 200 || !(0,external_index_js_namespaceObject.isObject)(about.data) || !isId(about.data.id))
        throw failure(about, `the look-up of ${repository}`, 'no repository with its id');
    const repositoryId = about.data.id;
    const file = await get('/actions/workflows/{workflow_id}', { workflow_id: workflow }, `the workflows of ${repository}`);
    if (file.status === 404)
        throw new external_index_js_namespaceObject.InputError(`Input workflow is ${(0,external_index_js_namespaceObject.quoted)(workflow)}: ${repository} has no such workflow; the file must be in .github/workflows of this repository (its file name, as deploy.yml, or its numeric id).`);
    const found = (0,external_index_js_namespaceObject.isObject)(file.data) ? file.data : {};
    if (file.status !== 200 || !isId(found.id) || !isName(found.name) || !isName(found.path))
        throw failure(file, `the workflow ${(0,external_index_js_namespaceObject.quoted)(workflow)}`, 'no workflow with its id, name and path');
    const workflowId = found.id;
    const left = tally();
    const order = byFinish();
    let createdBy;
    const page = async (route, params, field, asked) => {
        const answer = await get(route, { ...params, per_page: PER_PAGE }, asked);
        const data = (0,external_index_js_namespaceObject.isObject)(answer.data) ? answer.data : {};
        const { total_count: total, [field]: items } = data;
        if (answer.status !== 200 || !isCount(total) || !Array.isArray(items) || items.length > PER_PAGE)
            throw failure(answer, asked, `no total_count and list of ${field}`);
        return { answer, total, items: items };
    };
    const all = async (first, route, params, field, asked) => {
        const noun = field === 'jobs' ? 'jobs' : 'runs';
        const last = (0,external_index_js_namespaceObject.lastLinkedPage)(first.answer.headers.link, first.total, PER_PAGE, noun);
        if (typeof last === 'string')
            throw failure(first.answer, asked, last);
        const items = [...first.items];
        for (let number = 2; number <= Math.min(last, MAX_RESULTS / PER_PAGE); number++)
            items.push(...(await page(route, { ...params, page: number }, field, asked)).items);
        return items;
    };
    const runsRoute = `/actions/workflows/${workflowId}/runs`;
    const runsIn = async ([from, to]) => {
        const params = { status: 'success', created: `${at(from)}..${at(to)}` };
        const asked = `the runs of ${(0,external_index_js_namespaceObject.quoted)(workflow)} created ${params.created}`;
        const first = await page(runsRoute, params, 'workflow_runs', asked);
        if (first.total >= MAX_RESULTS && from < to)
            return undefined;
        if (first.total > MAX_RESULTS)
            left.beyondCap += first.total - MAX_RESULTS;
        const items = await all(first, runsRoute, params, 'workflow_runs', asked);
        const runs = new Map();
        for (const item of items) {
            const run = github_runs_runOf(item, from, to);
            if (typeof run === 'string')
                left.malformedOne(run);
            else if (run)
                runs.set(run.id, run);
            else
                left.unsuccessful++;
        }
        return [...runs.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
    };
    const jobsOf = async (run) => {
        const route = `/actions/runs/${run.id}/attempts/${run.attempt}/jobs`;
        const asked = `the jobs of run ${run.id} attempt ${run.attempt}`;
        const items = await all(await page(route, {}, 'jobs', asked), route, {}, 'jobs', asked);
        const jobs = new Map();
        for (const item of items) {
            const past = jobOf(item, run, job ?? '');
            if (typeof past === 'string')
                left.malformedOne(past);
            else if (past)
                jobs.set(past.objectId, past);
        }
        return [...jobs.values()];
    };
    async function* read() {
        const ranges = [
            [Math.ceil(reading.since.getTime() / SECOND), Math.floor(reading.until.getTime() / SECOND)],
        ];
        for (let range = ranges.pop(); range; range = ranges.pop()) {
            const [from, to] = range;
            if (from > to)
                continue;
            const runs = await runsIn(range);
            if (!runs) {
                const middle = Math.floor((from + to) / 2);
                ranges.push([middle + 1, to], [from, middle]);
                continue;
            }
            for (const run of runs) {
                const found = job === undefined ? [pastOf(run)] : await jobsOf(run);
                if (!found.length)
                    left.unsuccessful++;
                for (const past of found)
                    order.hold(past);
                createdBy = run.createdAt;
                yield* order.release(createdBy);
            }
            createdBy = new Date(to * SECOND + SECOND - 1);
            yield* order.release(createdBy);
        }
        yield* order.all();
    }
    const workflowOf = { id: workflowId, name: found.name, path: found.path };
    return historyOf(api, repositoryId, left, read, () => createdBy, { workflow: workflowOf });
}
function github_runs_runOf(item, from, to) {
    if (!(0,external_index_js_namespaceObject.isObject)(item))
        return 'a workflow run is not a JSON object';
    const { id, run_attempt: attempt } = item;
    if (!isId(id))
        return `a workflow run's id is not a positive whole number`;
    if (!isId(attempt))
        return `run ${id}'s run_attempt is not a positive whole number`;
    const createdAt = (0,external_index_js_namespaceObject.githubTime)(item.created_at);
    const finishedAt = (0,external_index_js_namespaceObject.githubTime)(item.updated_at);
    const startedAt = item.run_started_at == null ? createdAt : (0,external_index_js_namespaceObject.githubTime)(item.run_started_at);
    if (!createdAt || !startedAt || !finishedAt)
        return `run ${id}'s created_at, run_started_at or updated_at is not an RFC 3339 time`;
    if (createdAt.getTime() < from * SECOND || createdAt.getTime() >= (to + 1) * SECOND)
        return `run ${id} was created ${createdAt.toISOString()}, outside the range asked`;
    if (finishedAt < startedAt || startedAt < createdAt)
        return `run ${id}'s times are out of order`;
    const commitSha = shaOf(item.head_sha);
    if (!commitSha)
        return `run ${id}'s head_sha is not a commit SHA`;
    if (item.conclusion !== 'success')
        return undefined;
    const url = httpUrl(item.html_url);
    return { id, attempt, createdAt, startedAt, finishedAt, commitSha, ...(url ? { url } : {}) };
}
const pastOf = (run) => ({
    source: 'workflow-runs',
    objectId: run.id,
    attempt: run.attempt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    commitSha: run.commitSha,
    run: { id: run.id, attempt: run.attempt },
    ...(run.url ? { url: run.url } : {}),
});
function jobOf(item, run, job) {
    if (!(0,external_index_js_namespaceObject.isObject)(item))
        return `a job of run ${run.id} is not a JSON object`;
    const { id, name } = item;
    if (!isId(id))
        return `a job of run ${run.id} has no positive whole id`;
    if (!isName(name))
        return `job ${id}'s name is not a name on one line`;
    if (name !== job && !(name.startsWith(`${job} (`) && name.endsWith(')')))
        return undefined;
    if (item.conclusion !== 'success')
        return undefined;
    const startedAt = (0,external_index_js_namespaceObject.githubTime)(item.started_at);
    const finishedAt = (0,external_index_js_namespaceObject.githubTime)(item.completed_at);
    if (!startedAt || !finishedAt)
        return `job ${id}'s started_at or completed_at is not an RFC 3339 time`;
    if (finishedAt < startedAt || startedAt < run.createdAt)
        return `job ${id}'s times are out of order`;
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

;// CONCATENATED MODULE: ./build/events/backfill/github-tags.js


const MAX_PAGES = 20;
const TAGS = `query($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    refs(refPrefix: "refs/tags/", first: 100, after: $after) {
      nodes { name target { oid ... on Tag { target { oid } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
async function readTags(reading) {
    const { owner, name } = ownerAndName(reading.repository);
    const api = await openApi({ ...reading, maxRequests: MAX_PAGES });
    const tags = new Map();
    let after = null;
    try {
        for (let page = 0; page < MAX_PAGES; page++) {
            const refs = refsOf(await api.graphql(TAGS, { owner, name, after }));
            if (!refs)
                return { requests: api.made() };
            for (const node of refs.nodes) {
                if (!(0,external_index_js_namespaceObject.isObject)(node) || !isName(node.name) || !(0,external_index_js_namespaceObject.isObject)(node.target))
                    continue;
                const inner = (0,external_index_js_namespaceObject.isObject)(node.target.target) ? node.target.target.oid : undefined;
                const sha = shaOf(inner ?? node.target.oid);
                if (sha && !tags.has(sha) && node.name.length <= 100)
                    tags.set(sha, node.name);
            }
            if (!refs.next)
                return { tags, requests: api.made() };
            after = refs.next;
        }
    }
    catch {
        return { requests: api.made() };
    }
    return { tags, requests: api.made() };
}
function refsOf(answer) {
    const data = (0,external_index_js_namespaceObject.isObject)(answer.data) && (0,external_index_js_namespaceObject.isObject)(answer.data.data) ? answer.data.data : undefined;
    const repository = data && (0,external_index_js_namespaceObject.isObject)(data.repository) ? data.repository : undefined;
    const refs = repository && (0,external_index_js_namespaceObject.isObject)(repository.refs) ? repository.refs : undefined;
    if (answer.status !== 200 || !refs || !Array.isArray(refs.nodes))
        return undefined;
    const info = (0,external_index_js_namespaceObject.isObject)(refs.pageInfo) ? refs.pageInfo : {};
    const next = info.hasNextPage === true && typeof info.endCursor === 'string' ? info.endCursor : undefined;
    return { nodes: refs.nodes, ...(next ? { next } : {}) };
}

;// CONCATENATED MODULE: ./build/events/backfill/plan.js

const BACKFILL_TAG = 'dora.backfill';
const SAME_FINISH_MS = 10 * 60_000;
const OBJECT = {
    deployments: (past) => `deployment.${past.objectId}`,
    'workflow-runs': (past) => past.run && past.run.id !== past.objectId ? `job.${past.objectId}` : `run.${past.objectId}.${past.attempt ?? 1}`,
};
const backfillId = (repositoryId, past) => `gh-backfill.${repositoryId}.${OBJECT[past.source](past)}`;
function eventOf(past, inputs, repository, tagAt) {
    const env = inputs.env ?? past.environment;
    const version = inputs.version ?? tagAt(past.commitSha);
    return {
        id: backfillId(repository.id, past),
        service: inputs.service,
        startedAt: past.startedAt,
        finishedAt: past.finishedAt,
        ...(env ? { env } : {}),
        ...(version ? { version } : {}),
        ...(inputs.team ? { team: inputs.team } : {}),
        git: { commitSha: past.commitSha, repositoryUrl: repository.url },
        customTags: [
            ...inputs.tags,
            ...(0,external_index_js_namespaceObject.runTags)({
                repository: repository.name,
                workflow: repository.workflow,
                runId: past.run ? String(past.run.id) : undefined,
                runAttempt: past.run?.attempt === undefined ? undefined : String(past.run.attempt),
                job: inputs.job,
            }),
            `${BACKFILL_TAG}:${past.source}`,
        ],
    };
}
const tagValue = (tags, key) => tags.find((tag) => tag.startsWith(`${key}:`))?.slice(key.length + 1);
function indexHeld(deployments) {
    const held = { ids: new Set(), runs: new Set(), byCommit: new Map() };
    for (const deployment of deployments) {
        held.ids.add(deployment.id);
        if (tagValue(deployment.customTags, BACKFILL_TAG))
            continue;
        const run = tagValue(deployment.customTags, 'github.run_id');
        const attempt = tagValue(deployment.customTags, 'github.run_attempt');
        if (run) {
            held.runs.add(run);
            if (attempt)
                held.runs.add(`${run}.${attempt}`);
        }
        if (deployment.git && deployment.finishedAt) {
            const sha = deployment.git.commitSha.toLowerCase();
            const found = held.byCommit.get(sha) ?? [];
            found.push({ env: deployment.env, finishedAt: deployment.finishedAt.getTime() });
            held.byCommit.set(sha, found);
        }
    }
    return held;
}
function skipReason(event, past, held) {
    if (held.ids.has(event.id))
        return 'already backfilled';
    if (past.run) {
        const key = past.run.attempt === undefined ? String(past.run.id) : `${past.run.id}.${past.run.attempt}`;
        if (held.runs.has(key))
            return 'sent live by the action';
        return undefined;
    }
    const sameCommit = held.byCommit.get(past.commitSha.toLowerCase()) ?? [];
    const finish = past.finishedAt.getTime();
    return sameCommit.some((live) => live.env === event.env && Math.abs(live.finishedAt - finish) <= SAME_FINISH_MS)
        ? 'sent live by the action'
        : undefined;
}

;// CONCATENATED MODULE: ./build/events/backfill/send.js



const PROBE_WAIT_MS = 60_000;
const PROBE_EVERY_MS = 5_000;
const noneSkipped = () => ({ 'already backfilled': 0, 'sent live by the action': 0 });
async function sendHistory(history, sending) {
    const { writer, reader, held, timer, plan } = sending;
    const done = { dryRun: !writer, weeks: [], sent: 0, skipped: noneSkipped(), refused: 0 };
    const tallyOf = (at) => {
        const week = (0,external_index_js_namespaceObject.isoWeekLabel)((0,external_index_js_namespaceObject.weekStart)(at));
        const last = done.weeks.at(-1);
        if (last?.week === week)
            return last;
        const found = done.weeks.find((tally) => tally.week === week);
        if (found)
            return found;
        const tally = { week, sent: 0, skipped: noneSkipped(), refused: 0 };
        done.weeks.push(tally);
        done.weeks.sort((a, b) => a.week.localeCompare(b.week));
        return tally;
    };
    for await (const past of history) {
        const event = plan(past);
        const tally = tallyOf(event.finishedAt);
        const reason = skipReason(event, past, held);
        if (reason) {
            done.skipped[reason]++;
            tally.skipped[reason]++;
            continue;
        }
        if (writer && !done.probe) {
            try {
                done.probe = await probe(event, writer, reader, timer);
            }
            catch (error) {
                done.stoppedBy = error;
                break;
            }
            if (!done.probe.kept) {
                if (done.probe.refusal) {
                    done.refused++;
                    tally.refused++;
                }
                break;
            }
        }
        else if (writer) {
            try {
                await writer.sendDeployment(event);
            }
            catch (error) {
                if (!isRefusal(error)) {
                    done.stoppedBy = error;
                    break;
                }
                done.refused++;
                tally.refused++;
                done.firstRefusal ??= `${event.id}: ${error.message}`;
                continue;
            }
        }
        done.sent++;
        tally.sent++;
        done.first ??= { id: event.id, finishedAt: event.finishedAt };
        done.last = { id: event.id, finishedAt: event.finishedAt };
    }
    return done;
}
async function probe(event, writer, reader, timer) {
    try {
        await writer.sendDeployment(event);
    }
    catch (error) {
        if (!isRefusal(error))
            throw error;
        return { kept: false, id: event.id, finishedAt: event.finishedAt, refusal: error.message };
    }
    if (!reader)
        return { kept: true, id: event.id };
    for (let waited = 0;; waited += PROBE_EVERY_MS) {
        if (await reader.getDeployment(event.id))
            return { kept: true, id: event.id };
        if (waited >= PROBE_WAIT_MS)
            return { kept: false, id: event.id, finishedAt: event.finishedAt };
        await timer.sleep(PROBE_EVERY_MS);
    }
}
const isRefusal = (error) => error instanceof external_index_js_namespaceObject.DatadogApiError &&
    error.kind === 'http' &&
    error.status !== undefined &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 429;

;// CONCATENATED MODULE: ./build/events/backfill/summary.js



const day = (at) => at.toISOString().slice(0, 10);
function backfillSummary({ done, source, period, leftOut, notes, appLink, now }) {
    const skipped = done.skipped['already backfilled'] + done.skipped['sent live by the action'];
    const probeFailed = done.probe && !done.probe.kept;
    const heading = done.dryRun
        ? `🧪 Backfill (dry run): ${(0,external_index_js_namespaceObject.count)(done.sent, 'deployment')} would be sent to Datadog`
        : probeFailed || done.stoppedBy
            ? `⚠️ Backfill stopped: ${(0,external_index_js_namespaceObject.count)(done.sent, 'deployment')} sent to Datadog`
            : `✅ Backfill: ${(0,external_index_js_namespaceObject.count)(done.sent, 'deployment')} sent to Datadog`;
    const rows = [
        ['Source', (0,external_index_js_namespaceObject.markdownText)(source)],
        ['Period', `${day(period.from)} to ${day(period.to)}`],
        [done.dryRun ? 'Would be sent' : 'Sent', String(done.sent)],
        [
            'Skipped',
            skipped
                ? `${done.skipped['already backfilled']} already backfilled, ${done.skipped['sent live by the action']} sent live by the action`
                : '0',
        ],
        ...(done.dryRun ? [] : [['Refused by Datadog', String(done.refused)]]),
        ...(done.first ? [['First', summary_event(done.first)]] : []),
        ...(done.last && done.last !== done.first ? [['Last', summary_event(done.last)]] : []),
    ];
    const url = `${appLink.url}/ci/dora?from_ts=${period.from.getTime()}&to_ts=${period.to.getTime()}&live=false`;
    return [
        `### ${heading}`,
        '',
        '| | |',
        '|---|---|',
        ...rows.map(([name, value]) => `| ${name} | ${value} |`),
        '',
        ...(done.probe && !done.probe.kept ? [probeSays(done.probe, now), ''] : []),
        ...[...leftOut, ...notes].map((line) => `- ${(0,external_index_js_namespaceObject.markdownText)(line)}`),
        ...(leftOut.length + notes.length ? [''] : []),
        ...weekTable(done),
        `${(0,external_index_js_namespaceObject.markdownLink)('Delivery Performance for the period', url, (0,external_index_js_namespaceObject.linkOrigins)(appLink.url))} in Datadog${appLink.assumedSite ? ` (on ${appLink.assumedSite}; set site for another)` : ''}.`,
        '',
    ].join('\n');
}
const summary_event = ({ id, finishedAt }) => `${(0,external_index_js_namespaceObject.markdownCode)(id)}, finished ${finishedAt.toISOString()}`;
function probeSays(probe, now) {
    const age = `${Math.floor((now.getTime() - probe.finishedAt.getTime()) / external_index_js_namespaceObject.DAY_MS)} days old`;
    return probe.refusal
        ? `**Datadog refused the oldest deployment** (${(0,external_index_js_namespaceObject.markdownCode)(probe.id)}, ${age}): ${(0,external_index_js_namespaceObject.markdownText)(probe.refusal)} Nothing more was sent.`
        : `**Datadog accepted the oldest deployment** (${(0,external_index_js_namespaceObject.markdownCode)(probe.id)}, ${age}) **but did not show it within a minute**: it may not keep deployments that old. Nothing more was sent; try a later \`since\`.`;
}
function weekTable(done) {
    if (!done.weeks.length)
        return ['No deployment in the period.', ''];
    return [
        '#### By week (of the finish)',
        '',
        `| Week | ${done.dryRun ? 'Would be sent' : 'Sent'} | Already backfilled | Sent live by the action |${done.dryRun ? '' : ' Refused |'}`,
        `|---|---:|---:|---:|${done.dryRun ? '' : '---:|'}`,
        ...done.weeks.map((week) => `| ${week.week} | ${week.sent} | ${week.skipped['already backfilled']} | ${week.skipped['sent live by the action']} |${done.dryRun ? '' : ` ${week.refused} |`}`),
        '',
    ];
}

;// CONCATENATED MODULE: ./build/events/backfill/run.js


















const COLLECT_EVERY = 100;
async function* collectingEvery(count, items) {
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--expose-gc');
    const gc = (0,external_node_vm_namespaceObject.runInNewContext)('gc');
    let seen = 0;
    for await (const item of items) {
        if (++seen % count === 0)
            gc();
        yield item;
    }
}
const HELD_LOOK_BACK_MS = 86_400_000;
async function runBackfill(inputs, keys, runtime) {
    const { core, clock, timer } = runtime;
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--semi-space-growth-factor=1');
    (0,external_index_js_namespaceObject.requireKeys)(keys, {
        ...(inputs.dryRun ? {} : { api: 'for event backfill, which sends deployments to Datadog' }),
        app: 'for event backfill: what Datadog already holds is read first, so that nothing is sent twice (dora_metrics_read)',
    });
    if (!keys.githubToken)
        throw new external_index_js_namespaceObject.InputError('Input github-token is empty: event backfill reads the history from GitHub with it.');
    const context = (0,external_index_js_namespaceObject.readRunContext)(core.env);
    if (!context.repository)
        throw new external_index_js_namespaceObject.InputError('GITHUB_REPOSITORY is not set: backfill reads this repository.');
    const { failOnError } = inputs;
    const period = { from: inputs.since, to: clock() };
    const reading = {
        apiUrl: context.apiUrl,
        token: keys.githubToken,
        repository: context.repository,
        since: period.from,
        until: period.to,
        deadline: timer.deadline,
    };
    const source = inputs.source === 'deployments'
        ? `GitHub deployments of ${context.repository} (${inputs.environment ? `environment ${inputs.environment}` : 'every environment'})`
        : `Successful ${inputs.job ? `executions of job ${inputs.job} in runs` : 'runs'} of workflow ${inputs.workflow} in ${context.repository}`;
    const history = inputs.source === 'deployments'
        ? await readDeployments({ ...reading, ...(inputs.environment ? { environment: inputs.environment } : {}) })
        : await readWorkflowRuns({
            ...reading,
            workflow: inputs.workflow ?? '',
            ...(inputs.job ? { job: inputs.job } : {}),
        });
    const notes = [];
    const { tags, requests: tagRequests } = inputs.version ? { requests: 0 } : await readTags(reading);
    if (!inputs.version && !tags)
        notes.push("The repository's tags could not be read: the deployments are sent without a version.");
    const clients = (0,external_index_js_namespaceObject.clientsFor)(inputs.endpoint, inputs.dryRun, keys, runtime);
    const reader = clients.reader;
    let done;
    try {
        const held = await readHeld(reader, inputs.service, period, timer);
        const repository = {
            id: history.repositoryId,
            name: context.repository,
            url: `${context.serverUrl}/${context.repository}`,
            ...(history.workflow ? { workflow: history.workflow.name } : {}),
        };
        done = await sendHistory(collectingEvery(COLLECT_EVERY, history.deployments), {
            ...(clients.dryRun ? {} : { writer: clients.writer, reader }),
            held,
            timer,
            plan: (past) => eventOf(past, inputs, repository, (sha) => tags?.get(sha)),
        });
    }
    catch (error) {
        const { message } = (0,external_index_js_namespaceObject.sayProblem)(core, error, failOnError, 'DORA backfill', 'not made');
        await (0,external_index_js_namespaceObject.writeSummary)(core, `### ⚠️ Backfill not made\n\n${(0,external_index_js_namespaceObject.markdownText)(message)}\n`, failOnError);
        return;
    }
    const readingStop = history.stopped();
    if (readingStop) {
        const through = readingStop.readThrough?.toISOString();
        const message = `GitHub's history was read only through ${through ?? 'the start of the period'}: ${readingStop.message}. Run backfill again later${through ? ` with since: ${through}` : ''} to go on: what Datadog then holds is skipped.`;
        notes.push(message);
        if (readingStop.failed && failOnError)
            core.setFailed(message);
        else
            core.warning(message, { title: 'DORA backfill partial' });
    }
    if (done.stoppedBy) {
        const { message } = (0,external_index_js_namespaceObject.sayProblem)(core, done.stoppedBy, failOnError, 'DORA backfill', 'stopped');
        notes.push(`Sending stopped: ${message} Run backfill again: what Datadog holds by then is skipped.`);
    }
    if (done.refused && done.firstRefusal) {
        const message = `Datadog refused ${(0,external_index_js_namespaceObject.count)(done.refused, 'deployment')}; the first: ${done.firstRefusal}`;
        notes.push(message);
        core.warning(message, { title: 'DORA backfill: deployments refused' });
    }
    if (done.probe && !done.probe.kept) {
        const message = done.probe.refusal
            ? `Datadog refused the oldest deployment, ${done.probe.id}, so nothing more was sent: ${done.probe.refusal}`
            : `Datadog accepted the oldest deployment, ${done.probe.id}, but did not show it within a minute, so nothing more was sent: it may not keep deployments that old. Try a later since.`;
        if (failOnError)
            core.setFailed(message);
        else
            core.warning(message, { title: 'DORA backfill stopped' });
    }
    const leftOut = leftOutLines(history.leftOut(), inputs);
    core.info(`${done.dryRun ? 'Dry run: would send' : 'Sent'} ${(0,external_index_js_namespaceObject.count)(done.sent, 'past deployment')} to Datadog; skipped ${done.skipped['already backfilled']} already backfilled and ${done.skipped['sent live by the action']} sent live by the action; ${done.refused} refused; ${(0,external_index_js_namespaceObject.count)(history.requests() + tagRequests, 'request')} to GitHub.`);
    (0,external_index_js_namespaceObject.writeOutput)(core, 'sent', String(done.sent), failOnError);
    (0,external_index_js_namespaceObject.writeOutput)(core, 'skipped', String(done.skipped['already backfilled'] + done.skipped['sent live by the action']), failOnError);
    (0,external_index_js_namespaceObject.writeOutput)(core, 'refused', String(done.refused), failOnError);
    await (0,external_index_js_namespaceObject.writeSummary)(core, backfillSummary({ done, source, period, leftOut, notes, appLink: (0,external_index_js_namespaceObject.appLinkFor)(inputs.endpoint), now: clock() }), failOnError);
}
function leftOutLines(left, inputs) {
    return [
        ...(left.unsuccessful
            ? [
                inputs.source === 'deployments'
                    ? `${(0,external_index_js_namespaceObject.count)(left.unsuccessful, 'deployment')} never successful (no success status): not deployments Datadog should count.`
                    : `${(0,external_index_js_namespaceObject.count)(left.unsuccessful, 'successful run')} without a successful job named ${inputs.job}: left out.`,
            ]
            : []),
        ...(left.malformed
            ? [
                `${(0,external_index_js_namespaceObject.count)(left.malformed, 'item')} of GitHub's answers did not parse and were left out (${left.malformedExample ?? ''}).`,
            ]
            : []),
        ...(left.beyondCap
            ? [
                `${(0,external_index_js_namespaceObject.count)(left.beyondCap, 'run')} past GitHub's 1,000 results of one query (created within one second): not read.`,
            ]
            : []),
    ];
}
async function readHeld(reader, service, period, timer) {
    const query = (0,external_index_js_namespaceObject.termFor)('service', [service]);
    const held = await (0,external_index_js_namespaceObject.listAllDeployments)(reader, {
        from: new Date(period.from.getTime() - HELD_LOOK_BACK_MS),
        to: period.to,
        ...(query ? { query } : {}),
    }, { time: (0,external_index_js_namespaceObject.readingTimeOn)(timer) });
    const stopped = (0,external_index_js_namespaceObject.whyStopped)(held);
    if (stopped)
        throw new Error(`What Datadog holds could not be read whole (${stopped}), so backfill sent nothing that it may hold already.`);
    return indexHeld(held.items.filter((deployment) => deployment.service === service));
}

var __webpack_exports__runBackfill = __webpack_exports__.o;
export { __webpack_exports__runBackfill as runBackfill };
