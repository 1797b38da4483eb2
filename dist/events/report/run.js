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
  q: () => (/* binding */ runReport)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "../../index.js"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const external_index_js_namespaceObject = x({ ["COMMIT_SHA_PATTERN"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.COMMIT_SHA_PATTERN), ["DAY_MS"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.DAY_MS), ["DatadogApiError"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.DatadogApiError), ["DatadogRetiredError"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.DatadogRetiredError), ["FAILURE_ID_TAG"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.FAILURE_ID_TAG), ["GUIDES"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.GUIDES), ["INCIDENT_DATA_ENDS"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.INCIDENT_DATA_ENDS), ["INCIDENT_INGESTION_ENDS"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.INCIDENT_INGESTION_ENDS), ["InputError"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.InputError), ["MAX_LENGTH"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.MAX_LENGTH), ["REMEDIATES_TAG"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.REMEDIATES_TAG), ["REMEDIATION_TAG"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.REMEDIATION_TAG), ["RETIREMENT_GUIDE"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.RETIREMENT_GUIDE), ["Stop"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.Stop), ["UNSAFE_CHARACTERS"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.UNSAFE_CHARACTERS), ["WEEK_MS"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.WEEK_MS), ["appLinkFor"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.appLinkFor), ["clientsFor"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.clientsFor), ["count"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.count), ["day"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.day), ["describeBody"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.describeBody), ["errorMessageOf"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.errorMessageOf), ["gitWithActionsExec"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.gitWithActionsExec), ["githubApi"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.githubApi), ["githubTime"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.githubTime), ["incidentFromEvent"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.incidentFromEvent), ["isCommitSha"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.isCommitSha), ["isObject"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.isObject), ["isRetired"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.isRetired), ["isoWeekLabel"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.isoWeekLabel), ["lastLinkedPage"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.lastLinkedPage), ["linkOrigins"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.linkOrigins), ["listAllDeployments"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.listAllDeployments), ["listAllFailures"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.listAllFailures), ["loadExec"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.loadExec), ["markdownCodeSpan"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.markdownCodeSpan), ["markdownLink"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.markdownLink), ["markdownText"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.markdownText), ["pathIdProblem"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.pathIdProblem), ["queryFor"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.queryFor), ["readRunContext"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.readRunContext), ["readingTimeOn"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.readingTimeOn), ["requireKeys"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.requireKeys), ["sayProblem"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.sayProblem), ["shown"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.shown), ["termFor"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.termFor), ["weekStart"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.weekStart), ["whatWasLeftOut"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.whatWasLeftOut), ["whyStopped"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.whyStopped), ["writeOutput"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.writeOutput), ["writeSummary"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.writeSummary) });
;// CONCATENATED MODULE: ./build/events/report/stats.js
function medianOf(lists) {
    const count = lists.reduce((n, list) => n + list.length, 0);
    if (count === 0)
        return undefined;
    const copy = new Float64Array(count);
    let at = 0;
    for (const list of lists)
        for (let k = 0; k < list.length; k++)
            copy[at++] = list[k];
    const middle = count >> 1;
    const upper = stats_select(copy, middle);
    return count % 2 ? upper : (stats_select(copy, middle - 1, 0, middle - 1) + upper) / 2;
}
const median = (values) => medianOf([values]);
function stats_select(a, k, from = 0, to = a.length - 1) {
    let left = from;
    let right = to;
    while (left < right) {
        const pivot = a[(left + right) >> 1];
        let i = left;
        let j = right;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                const swap = a[i];
                a[i++] = a[j];
                a[j--] = swap;
            }
        }
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            break;
    }
    return a[k];
}
const percent = (part, whole) => whole > 0 ? (part / whole) * 100 : undefined;

;// CONCATENATED MODULE: ./build/events/report/buckets.js

const emptyBucket = () => ({
    deployments: 0,
    changeFailures: 0,
    remediations: 0,
    leadTimes: [],
    averages: [],
    recoveries: [],
    openChangeFailures: 0,
    incidents: 0,
    restores: [],
    openIncidents: 0,
});
function figuresOf(parts, incidentParts, weeks) {
    const sum = (key, from = parts) => from.reduce((total, bucket) => total + bucket[key], 0);
    const values = (key, from = parts) => from.map((bucket) => bucket[key]);
    const total = (key) => parts.reduce((n, bucket) => n + bucket[key].length, 0);
    const deployments = sum('deployments');
    return {
        deployments,
        deploymentsPerWeek: deployments / weeks,
        changeFailures: sum('changeFailures'),
        changeFailureRate: percent(sum('changeFailures'), deployments),
        remediations: sum('remediations'),
        reworkRate: percent(sum('remediations'), deployments),
        leadTimeSeconds: medianOf(values('leadTimes')),
        leadTimePerDeploymentSeconds: medianOf(values('averages')),
        leadTimeCommits: total('leadTimes'),
        leadTimeDeployments: total('averages'),
        recoveryTimeSeconds: medianOf(values('recoveries')),
        openChangeFailures: sum('openChangeFailures'),
        ...(incidentParts
            ? {
                incidents: sum('incidents', incidentParts),
                timeToRestoreSeconds: medianOf(values('restores', incidentParts)),
                openIncidents: sum('openIncidents', incidentParts),
            }
            : {}),
    };
}
function seriesOf(slots, incidentSlots) {
    const weeks = slots.length - 1;
    return {
        window: figuresOf(slots.slice(0, weeks).flat(), incidentSlots?.slice(0, weeks).flat(), weeks),
        weeks: slots.slice(0, weeks).map((parts, i) => figuresOf(parts, incidentSlots && (incidentSlots[i] ?? []), 1)),
        current: figuresOf(slots[weeks] ?? [], incidentSlots && (incidentSlots[weeks] ?? []), 1),
    };
}

;// CONCATENATED MODULE: ./build/events/report/changes.js

const tagValue = (tags, key) => tags.find((tag) => tag.startsWith(`${key}:`))?.slice(key.length + 1);
const remediationTypeOf = (tags) => tagValue(tags, external_index_js_namespaceObject.REMEDIATION_TAG) === 'rollforward' ? 'rollforward' : 'rollback';
const deployedAs = (deployment) => deployment.commitSha
    ? `commit ${deployment.commitSha.toLowerCase()}`
    : deployment.version
        ? `version ${deployment.version}`
        : undefined;
function findChanges(sequences, byId) {
    const failures = new Map();
    const remediating = new Set();
    const clearedByDatadog = new Set();
    const mark = (failure) => {
        if (failures.has(failure.failed.id) || clearedByDatadog.has(failure.failed.id))
            return;
        failures.set(failure.failed.id, failure);
        if (failure.remediation)
            remediating.add(failure.remediation.id);
    };
    for (const sequence of sequences) {
        for (let index = 0; index < sequence.length; index++) {
            const deployment = sequence[index];
            if (deployment.changeFailure === false)
                clearedByDatadog.add(deployment.id);
            if (deployment.changeFailure !== true)
                continue;
            const { remediation } = deployment;
            const by = remediation?.id
                ? byId.get(remediation.id)
                : remediation?.version
                    ? sequence.slice(index + 1).find((later) => later.version === remediation.version)
                    : undefined;
            mark({
                failed: deployment,
                foundBy: 'datadog',
                type: remediation?.type ?? 'rollback',
                ...(by ? { remediation: by } : {}),
            });
        }
    }
    const remediatesPrefix = `${external_index_js_namespaceObject.REMEDIATES_TAG}:`;
    const tagged = sequences
        .flat()
        .filter((deployment) => deployment.customTags.some((tag) => tag.startsWith(remediatesPrefix)));
    tagged.sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime());
    const unreadFailures = new Map();
    for (const remediation of tagged) {
        const named = tagValue(remediation.customTags, external_index_js_namespaceObject.REMEDIATES_TAG) ?? '';
        const failed = byId.get(named);
        if (!failed) {
            if (!unreadFailures.has(named))
                unreadFailures.set(named, remediation);
            continue;
        }
        if (failed.id === remediation.id || failed.finishedAt > remediation.finishedAt)
            continue;
        remediating.add(remediation.id);
        mark({ failed, foundBy: 'tag', type: remediationTypeOf(remediation.customTags), remediation });
    }
    for (const sequence of sequences) {
        const keys = sequence.map(deployedAs);
        const lastSeen = new Map();
        for (let index = 0; index < sequence.length; index++) {
            const deployment = sequence[index];
            const key = keys[index];
            if (key === undefined)
                continue;
            const earlier = lastSeen.get(key);
            lastSeen.set(key, index);
            if (earlier === undefined || index === 0 || keys[index - 1] === key)
                continue;
            const failed = sequence[earlier + 1];
            if (!failed)
                continue;
            remediating.add(deployment.id);
            mark({ failed, foundBy: 'rollback', type: 'rollback', remediation: deployment });
        }
    }
    return { failures, remediating, unreadFailures };
}

;// CONCATENATED MODULE: ./build/events/report/types.js
const rangeKey = (range) => `${range.repositoryId} ${range.base}..${range.head}`;

;// CONCATENATED MODULE: ./build/events/report/window.js

const LOOK_BACK_MS = 60 * external_index_js_namespaceObject.DAY_MS;
const weekFrom = (start) => ({
    label: (0,external_index_js_namespaceObject.isoWeekLabel)(start),
    start,
    end: new Date(start.getTime() + external_index_js_namespaceObject.WEEK_MS),
});
function reportWindow(weeks, now) {
    const end = (0,external_index_js_namespaceObject.weekStart)(now);
    const start = new Date(end.getTime() - weeks * external_index_js_namespaceObject.WEEK_MS);
    return {
        weeks: Array.from({ length: weeks }, (_, i) => weekFrom(new Date(start.getTime() + i * external_index_js_namespaceObject.WEEK_MS))),
        start,
        end,
        current: weekFrom(end),
        lookBackStart: new Date(start.getTime() - LOOK_BACK_MS),
        now,
    };
}
function weekIndex(window, at) {
    const offset = at.getTime() - window.start.getTime();
    return offset < 0 ? -1 : Math.min(Math.floor(offset / external_index_js_namespaceObject.WEEK_MS), window.weeks.length);
}

;// CONCATENATED MODULE: ./build/events/report/lead-time.js


function rangeOf(sequence, index) {
    const deployment = sequence[index];
    if (!deployment?.commitSha || !deployment.repositoryId)
        return undefined;
    let previous;
    for (let i = index - 1; i >= 0 && !previous; i--)
        if (sequence[i]?.commitSha && sequence[i]?.repositoryId === deployment.repositoryId)
            previous = sequence[i];
    if (!previous?.commitSha || deployment.finishedAt.getTime() - previous.finishedAt.getTime() > LOOK_BACK_MS)
        return undefined;
    return {
        range: { repositoryId: deployment.repositoryId, base: previous.commitSha, head: deployment.commitSha },
        previous,
    };
}
function leadTimeOf(deployment, shipped, commits) {
    if (!deployment.commitSha)
        return { none: true };
    if (!deployment.repositoryId)
        return { unavailable: 'no repository in Datadog’s answer' };
    if (!shipped || shipped.range.base === shipped.range.head)
        return { none: true };
    const found = commits.get(rangeKey(shipped.range));
    if (!found)
        return { unavailable: 'commits not looked up' };
    if ('unavailable' in found)
        return { unavailable: found.unavailable };
    const finished = deployment.finishedAt.getTime();
    const perCommit = [];
    let sum = 0;
    let max = 0;
    for (let k = 0; k < found.commits.length; k++) {
        const seconds = (finished - found.commits[k].authoredAt.getTime()) / 1000;
        if (seconds < 0)
            continue;
        perCommit.push(seconds);
        sum += seconds;
        if (seconds > max)
            max = seconds;
    }
    if (perCommit.length === 0)
        return { none: true };
    return {
        leadTime: {
            range: shipped.range,
            previous: shipped.previous,
            perCommit,
            average: sum / perCommit.length,
            max,
            truncated: found.truncated,
        },
    };
}

;// CONCATENATED MODULE: ./build/events/report/calculate.js





const SLOWEST_SHOWN = 20;
const groupKey = (service, env) => `${service}\u0000${env}`;
const byFinish = (a, b) => a.finishedAt.getTime() - b.finishedAt.getTime() || (a.id < b.id ? -1 : 1);
const seconds = (from, to) => (to.getTime() - from.getTime()) / 1000;
const madeSequences = new WeakMap();
function sequencesOf(deployments) {
    const made = madeSequences.get(deployments);
    if (made)
        return new Map(made);
    const byId = new Map(deployments.map((deployment) => [deployment.id, deployment]));
    const sequences = new Map();
    for (const deployment of byId.values()) {
        const key = groupKey(deployment.service, deployment.env);
        const sequence = sequences.get(key) ?? [];
        sequence.push(deployment);
        sequences.set(key, sequence);
    }
    for (const sequence of sequences.values())
        sequence.sort(byFinish);
    madeSequences.set(deployments, sequences);
    return new Map(sequences);
}
function rangesToRead(window, deployments) {
    const ranges = new Map();
    for (const sequence of sequencesOf(deployments).values()) {
        for (let index = 0; index < sequence.length; index++) {
            if (sequence[index].finishedAt < window.start)
                continue;
            const shipped = rangeOf(sequence, index);
            if (shipped && shipped.range.base !== shipped.range.head)
                ranges.set(rangeKey(shipped.range), shipped.range);
        }
    }
    return [...ranges.values()];
}
function calculate(window, collected, commits, selection = {}) {
    const sequences = sequencesOf(collected.deployments);
    for (const service of selection.services ?? [])
        for (const env of selection.envs ?? [])
            if (!sequences.has(groupKey(service, env)))
                sequences.set(groupKey(service, env), []);
    const byId = new Map([...sequences.values()].flat().map((deployment) => [deployment.id, deployment]));
    const changes = findChanges([...sequences.values()], byId);
    const tally = {
        window,
        changes,
        commits,
        withoutCommit: 0,
        unavailable: new Map(),
        truncated: 0,
        leadTimes: [],
    };
    const groups = [...sequences.entries()].map(([key, sequence]) => {
        const [service = '', env = ''] = key.split('\u0000');
        return { service, env, buckets: deploymentBuckets(sequence, tally) };
    });
    const incidents = collected.failures.filter((failure) => inSelection(failure, selection));
    const incidentsRead = Object.values(collected.incidentSources).some((source) => source.state === 'read');
    for (const group of groups)
        addIncidents(group.buckets, incidents.filter((failure) => failure.services.includes(group.service) && (failure.env === '' || failure.env === group.env)), window);
    const selectionIncidents = Array.from({ length: window.weeks.length + 1 }, emptyBucket);
    addIncidents(selectionIncidents, incidents, window);
    const slots = (buckets) => buckets.map((bucket) => [bucket]);
    const incidentSlots = (buckets) => (incidentsRead ? slots(buckets) : undefined);
    const inWindow = (at) => at >= window.start && at < window.end;
    const failureDetails = [...changes.failures.values()]
        .filter((failure) => inWindow(failure.failed.finishedAt))
        .sort((a, b) => byFinish(b.failed, a.failed))
        .map((failure) => {
        const remediated = failure.remediation && failure.remediation.finishedAt <= window.end;
        return {
            failed: failure.failed,
            foundBy: failure.foundBy,
            remediation: { type: failure.type, ...(failure.remediation ? { deployment: failure.remediation } : {}) },
            ...(remediated ? { recoverySeconds: seconds(failure.failed.finishedAt, failure.remediation.finishedAt) } : {}),
        };
    });
    const blind = {
        deploymentsWithoutCommit: tally.withoutCommit,
        leadTimeUnavailable: [...tally.unavailable].map(([reason, deployments]) => ({ reason, deployments })),
        truncatedRanges: tally.truncated,
        unreadChangeFailures: [...changes.unreadFailures.values()].filter((remediation) => remediation.finishedAt >= window.start).length,
        incompletePages: collected.incompletePages,
        malformedAnswers: collected.malformedAnswers,
        partialReadings: collected.partialReadings,
    };
    return {
        window,
        asked: selection,
        selection: seriesOf(selectionIncidents.map((_, slot) => groups.map((group) => group.buckets[slot])), incidentSlots(selectionIncidents)),
        groups: groups
            .map(({ service, env, buckets }) => ({
            service,
            env,
            ...seriesOf(slots(buckets), incidentSlots(buckets)),
        }))
            .sort((a, b) => (groupKey(a.service, a.env) < groupKey(b.service, b.env) ? -1 : 1)),
        changeFailures: failureDetails,
        slowestLeadTimes: tally.leadTimes.sort((a, b) => b.averageSeconds - a.averageSeconds).slice(0, SLOWEST_SHOWN),
        incidents: incidents
            .filter((failure) => inWindow(failure.startedAt))
            .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime()),
        incidentSources: collected.incidentSources,
        blind,
    };
}
function deploymentBuckets(sequence, tally) {
    const { window, changes } = tally;
    const buckets = Array.from({ length: window.weeks.length + 1 }, emptyBucket);
    for (let index = 0; index < sequence.length; index++) {
        const deployment = sequence[index];
        const slot = weekIndex(window, deployment.finishedAt);
        const bucket = buckets[slot];
        if (!bucket)
            continue;
        const inWindow = slot < window.weeks.length;
        bucket.deployments++;
        if (changes.remediating.has(deployment.id))
            bucket.remediations++;
        const failure = changes.failures.get(deployment.id);
        if (failure) {
            bucket.changeFailures++;
            const remediated = failure.remediation && failure.remediation.finishedAt <= (inWindow ? window.end : window.now);
            if (remediated)
                bucket.recoveries.push(seconds(deployment.finishedAt, failure.remediation.finishedAt));
            else
                bucket.openChangeFailures++;
        }
        const outcome = leadTimeOf(deployment, rangeOf(sequence, index), tally.commits);
        if (inWindow && !deployment.commitSha)
            tally.withoutCommit++;
        if (inWindow && 'unavailable' in outcome)
            tally.unavailable.set(outcome.unavailable, (tally.unavailable.get(outcome.unavailable) ?? 0) + 1);
        if ('leadTime' in outcome) {
            bucket.leadTimes.push(...outcome.leadTime.perCommit);
            bucket.averages.push(outcome.leadTime.average);
            if (inWindow && outcome.leadTime.truncated)
                tally.truncated++;
            if (inWindow)
                tally.leadTimes.push(leadTimeDetail(deployment, outcome.leadTime));
        }
    }
    return buckets;
}
function addIncidents(buckets, failures, window) {
    for (const failure of failures) {
        const slot = weekIndex(window, failure.startedAt);
        const bucket = buckets[slot];
        if (!bucket)
            continue;
        bucket.incidents++;
        const cutoff = slot < window.weeks.length ? window.end : window.now;
        if (failure.finishedAt && failure.finishedAt <= cutoff)
            bucket.restores.push(seconds(failure.startedAt, failure.finishedAt));
        else
            bucket.openIncidents++;
    }
}
const inSelection = (failure, selection) => (!selection.services || failure.services.some((service) => selection.services.includes(service))) &&
    (!selection.envs || failure.env === '' || selection.envs.includes(failure.env));
const leadTimeDetail = (deployment, leadTime) => ({
    deployment,
    previous: leadTime.previous,
    commits: leadTime.perCommit.length,
    averageSeconds: leadTime.average,
    maxSeconds: leadTime.max,
});

;// CONCATENATED MODULE: ./build/events/report/incidents.js


function incidentSourcesAt(now) {
    return { 'failure-list': !(0,external_index_js_namespaceObject.isRetired)('data', now), 'alert-events': (0,external_index_js_namespaceObject.isRetired)('ingestion', now) };
}
const SOURCE_ORDER = ['failure-list', 'alert-events'];
const isDate = (date) => date instanceof Date && !Number.isNaN(date.getTime());
const incidents_text = (value) => typeof value === 'string' && value.trim() ? value : undefined;
function checkedReading(reading) {
    if (typeof reading.id !== 'string' || (0,external_index_js_namespaceObject.pathIdProblem)(reading.id))
        return undefined;
    const { startedAt, finishedAt } = reading;
    const env = incidents_text(reading.env);
    const name = incidents_text(reading.name);
    const severity = incidents_text(reading.severity);
    return {
        source: reading.source,
        id: reading.id,
        ...(isDate(startedAt) ? { startedAt } : {}),
        ...(isDate(finishedAt) && !(isDate(startedAt) && finishedAt < startedAt) ? { finishedAt } : {}),
        services: [...new Set(reading.services.filter((service) => incidents_text(service) !== undefined))],
        ...(env ? { env } : {}),
        ...(name ? { name } : {}),
        ...(severity ? { severity } : {}),
    };
}
function mergeIncidents(readings) {
    const merged = new Map();
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
        for (const service of reading.services)
            if (!known.services.includes(service))
                known.services.push(service);
        if (!known.env && reading.env)
            known.env = reading.env;
        if (!known.name && reading.name)
            known.name = reading.name;
        if (!known.severity && reading.severity)
            known.severity = reading.severity;
        if (reading.startedAt && (!known.startedAt || reading.startedAt < known.startedAt))
            known.startedAt = reading.startedAt;
        if (reading.finishedAt && (!known.finishedAt || reading.finishedAt > known.finishedAt))
            known.finishedAt = reading.finishedAt;
        if (!known.sources.includes(reading.source))
            known.sources = SOURCE_ORDER.filter((source) => source === reading.source || known.sources.includes(source));
    }
    return [...merged.values()].flatMap(({ startedAt, finishedAt, ...rest }) => {
        if (!startedAt)
            return [];
        return [{ ...rest, startedAt, ...(finishedAt && finishedAt >= startedAt ? { finishedAt } : {}) }];
    });
}

;// CONCATENATED MODULE: ./build/events/report/collect.js






function deploymentRecord(deployment) {
    const { id, service, startedAt, finishedAt, git } = deployment;
    if (!finishedAt)
        return undefined;
    const record = {
        id,
        service,
        env: deployment.env ?? '',
        startedAt,
        finishedAt,
        customTags: deployment.customTags,
    };
    if (deployment.version)
        record.version = deployment.version;
    if (git) {
        record.commitSha = git.commitSha.toLowerCase();
        if (git.repositoryId)
            record.repositoryId = git.repositoryId;
    }
    if (deployment.changeFailure !== undefined)
        record.changeFailure = deployment.changeFailure;
    if (deployment.remediation)
        record.remediation = deployment.remediation;
    return record;
}
const selected = (selection, service, env) => (!selection.services || selection.services.includes(service)) && (!selection.envs || selection.envs.includes(env));
async function collect(client, window, selection, time) {
    const query = (0,external_index_js_namespaceObject.queryFor)(selection);
    const asked = incidentSourcesAt(window.now);
    const [deployments, list, events] = await Promise.all([
        (0,external_index_js_namespaceObject.listAllDeployments)(client, { from: window.lookBackStart, to: window.now, ...(query ? { query } : {}) }, { time }),
        asked['failure-list'] ? readFailureList(client, window, selection, time) : unasked('retired'),
        asked['alert-events'] ? readAlertEvents(client, window, selection) : unasked('none-yet'),
    ]);
    const incompletePages = [
        ...(deployments.truncated
            ? ['deployments: more than 1000 started in the same second, so some may be missing']
            : []),
        ...[list.incomplete, events.incomplete].filter((note) => note !== undefined),
    ];
    const deploymentNotes = notesOn('deployments', deployments);
    return {
        deployments: deployments.items
            .flatMap((deployment) => deploymentRecord(deployment) ?? [])
            .filter((d) => selected(selection, d.service, d.env)),
        failures: mergeIncidents([...list.readings, ...events.readings]),
        incidentSources: { 'failure-list': list.state, 'alert-events': events.state },
        incompletePages,
        malformedAnswers: [deploymentNotes.leftOut, list.leftOut].filter((note) => note !== undefined),
        partialReadings: [deploymentNotes.partial, list.partial].filter((note) => note !== undefined),
    };
}
function notesOn(events, reading) {
    const leftOut = (0,external_index_js_namespaceObject.whatWasLeftOut)(events, reading);
    const stopped = (0,external_index_js_namespaceObject.whyStopped)(reading);
    return {
        ...(leftOut ? { leftOut } : {}),
        ...(stopped ? { partial: `The ${events} were read in part: ${stopped}. The figures are partial.` } : {}),
    };
}
const unasked = (state) => ({ state: { state }, readings: [] });
async function readFailureList(client, window, selection, time) {
    const query = (0,external_index_js_namespaceObject.termFor)('service', selection.services);
    try {
        const failures = await (0,external_index_js_namespaceObject.listAllFailures)(client, { from: window.start, to: window.now, ...(query ? { query } : {}) }, { time });
        return {
            state: { state: 'read' },
            readings: failures.items.flatMap((failure) => checkedReading(listReading(failure)) ?? []),
            ...(failures.truncated
                ? { incomplete: 'failures: more than 1000 started in the same second, so some may be missing' }
                : {}),
            ...notesOn('failures', failures),
        };
    }
    catch (error) {
        if (error instanceof external_index_js_namespaceObject.DatadogRetiredError)
            return unasked('retired');
        throw error;
    }
}
const listReading = (failure) => ({
    source: 'failure-list',
    id: failure.id,
    startedAt: failure.startedAt,
    ...(failure.finishedAt ? { finishedAt: failure.finishedAt } : {}),
    services: failure.services,
    ...(failure.env ? { env: failure.env } : {}),
    ...(failure.name ? { name: failure.name } : {}),
    ...(failure.severity ? { severity: failure.severity } : {}),
});
const EVENT_PAGE = 1000;
const MAX_EVENT_PAGES = 100;
async function readAlertEvents(client, window, selection) {
    const query = ['dora.failure_id:*', (0,external_index_js_namespaceObject.termFor)('dora.service', selection.services)].filter(Boolean).join(' ');
    try {
        const { events, capped } = await searchAll(client, { query, from: window.start, to: window.now });
        const newestFirst = events.sort((a, b) => (b.timestamp?.getTime() ?? 0) - (a.timestamp?.getTime() ?? 0));
        const readings = newestFirst.flatMap((event) => {
            const reading = (0,external_index_js_namespaceObject.incidentFromEvent)(event);
            return (reading && checkedReading({ ...reading, source: 'alert-events' })) ?? [];
        });
        return {
            state: { state: 'read' },
            readings,
            ...(capped
                ? {
                    incomplete: `alert events: more than ${MAX_EVENT_PAGES} pages of ${EVENT_PAGE} were found and the rest was not read, so some incidents may be missing`,
                }
                : {}),
        };
    }
    catch (error) {
        const refused = error instanceof external_index_js_namespaceObject.DatadogApiError && error.status === 403;
        const message = refused
            ? 'Datadog refused the event search (403): the application key needs the events_read permission.'
            : error instanceof Error
                ? error.message
                : String(error);
        return { state: { state: 'failed', message }, readings: [] };
    }
}
async function searchAll(client, search) {
    const events = [];
    const seen = new Set();
    let cursor;
    for (let page = 0; page < MAX_EVENT_PAGES; page++) {
        const answer = await client.searchEvents({ ...search, limit: EVENT_PAGE, ...(cursor ? { cursor } : {}) });
        events.push(...answer.events);
        if (!answer.events.length || !answer.next || seen.has(answer.next))
            return { events, capped: false };
        seen.add(answer.next);
        cursor = answer.next;
    }
    return { events, capped: true };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./build/events/report/commits/graph.js
function generations(parents) {
    const generation = new Array(parents.length).fill(0);
    const ON_PATH = 1;
    const DONE = 2;
    const state = new Uint8Array(parents.length);
    for (let start = 0; start < parents.length; start++) {
        if (state[start])
            continue;
        const path = [start];
        state[start] = ON_PATH;
        while (path.length) {
            const top = path[path.length - 1];
            const own = parents[top];
            let next = -1;
            let highest = 0;
            for (let p = 0; p < own.length; p++) {
                const parent = own[p];
                if (state[parent] !== DONE) {
                    next = parent;
                    break;
                }
                if (generation[parent] > highest)
                    highest = generation[parent];
            }
            if (next === -1) {
                generation[top] = 1 + highest;
                state[top] = DONE;
                path.pop();
            }
            else if (state[next] === ON_PATH) {
                throw new Error('git log gave a history that loops');
            }
            else {
                state[next] = ON_PATH;
                path.push(next);
            }
        }
    }
    return generation;
}
const QUEUED = 1;
const EXCLUDED = 2;
function rangeWalker(graph) {
    const flags = new Uint8Array(graph.shas.length);
    const generation = Int32Array.from(graph.generation);
    const bucket = new Int32Array(generation.reduce((a, b) => Math.max(a, b), 0) + 1).fill(-1);
    const next = new Int32Array(graph.shas.length);
    const touched = new Int32Array(graph.shas.length);
    let touchedCount = 0;
    let size = 0;
    let highest = 0;
    const push = (item, flag) => {
        flags[item] = QUEUED | flag;
        touched[touchedCount++] = item;
        const g = generation[item];
        next[item] = bucket[g];
        bucket[g] = item;
        if (g > highest)
            highest = g;
        size++;
    };
    const pop = () => {
        while (bucket[highest] === -1)
            highest--;
        const item = bucket[highest];
        bucket[highest] = next[item];
        size--;
        return item;
    };
    return (base, head) => {
        size = 0;
        touchedCount = 0;
        push(base, EXCLUDED);
        if (head !== base)
            push(head, 0);
        let wanted = head === base ? 0 : 1;
        const found = [];
        while (wanted > 0 && size > 0) {
            const commit = pop();
            const excluded = (flags[commit] & EXCLUDED) !== 0;
            if (!excluded) {
                wanted--;
                if (!graph.merge[commit])
                    found.push(commit);
            }
            const parents = graph.parents[commit];
            for (let p = 0; p < parents.length; p++) {
                const parent = parents[p];
                const parentFlags = flags[parent];
                if (!(parentFlags & QUEUED)) {
                    push(parent, excluded ? EXCLUDED : 0);
                    if (!excluded)
                        wanted++;
                }
                else if (excluded && !(parentFlags & EXCLUDED)) {
                    flags[parent] = parentFlags | EXCLUDED;
                    wanted--;
                }
            }
        }
        for (let k = 0; k < touchedCount; k++) {
            const i = touched[k];
            flags[i] = 0;
            bucket[generation[i]] = -1;
        }
        highest = 0;
        return found;
    };
}

;// CONCATENATED MODULE: ./build/events/report/commits/repository.js
function repositoryKey(urlOrId) {
    const text = urlOrId.trim();
    let host;
    let path;
    const withScheme = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?([^/:]+)(?::(\d+))?(\/.*)$/i.exec(text);
    const scpLike = /^(?:[^@/:]+@)?([^/:]+):(?!\/)(.+)$/.exec(text);
    const bare = /^([^/:@]+\.[^/:@]+(?::\d+)?)(\/.+)$/.exec(text);
    if (withScheme) {
        const [, scheme = '', hostname = '', port, rest = ''] = withScheme;
        if (scheme.toLowerCase() === 'file')
            return undefined;
        host = port && /^https?$/i.test(scheme) ? `${hostname}:${port}` : hostname;
        path = rest;
    }
    else if (bare) {
        [, host = '', path = ''] = bare;
    }
    else if (scpLike && !text.startsWith('/')) {
        [, host = '', path = ''] = scpLike;
    }
    else {
        return undefined;
    }
    const segments = path
        .replace(/\.git\/?$/i, '')
        .split('/')
        .filter(Boolean);
    if (!host || segments.length === 0)
        return undefined;
    return [host, ...segments].join('/').toLowerCase();
}
const hostOf = (key) => key.split('/')[0] ?? '';

;// CONCATENATED MODULE: ./build/events/report/commits/git.js









const MAX_COMMITS = 5000;
async function fullCheckoutOf(workspace, git = external_index_js_namespaceObject.gitWithActionsExec) {
    const none = new Set();
    const gitDir = (0,external_node_path_namespaceObject.join)(workspace, '.git');
    if (!(0,external_node_fs_namespaceObject.existsSync)(gitDir))
        return none;
    try {
        const folder = (0,external_node_fs_namespaceObject.statSync)(gitDir).isDirectory();
        if (folder) {
            if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(gitDir, 'shallow')))
                return none;
        }
        else {
            const shallow = await git(['rev-parse', '--is-shallow-repository'], workspace);
            if (shallow.exitCode !== 0 || shallow.stdout.trim() !== 'false')
                return none;
        }
        const urls = (folder && remoteUrlsIn((0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(gitDir, 'config'), 'utf8'))) ||
            (await remoteUrlsFromGit(workspace, git));
        return new Set(urls.map(repositoryKey).filter((key) => key !== undefined));
    }
    catch {
        return none;
    }
}
async function remoteUrlsFromGit(workspace, git) {
    const remotes = await git(['config', '--get-regexp', '^remote\\..*\\.url$'], workspace);
    return remotes.exitCode === 0 ? remotes.stdout.split('\n').map((line) => line.trim().split(/\s+/)[1] ?? '') : [];
}
function remoteUrlsIn(config) {
    if (/^\s*\[\s*(?:include|includeIf|url)\b/im.test(config))
        return undefined;
    const urls = [];
    let inRemote = false;
    for (const line of config.split(/\r?\n/)) {
        const section = /^\s*\[([^\]]*)\]/.exec(line);
        if (section)
            inRemote = /^remote[\s.]/i.test(section[1] ?? '');
        if (!inRemote || !/^\s*url\s*=/i.test(line))
            continue;
        const url = /^\s*url\s*=\s*([^\s"\\;#]+)\s*$/i.exec(line)?.[1];
        if (!url)
            return undefined;
        urls.push(url);
    }
    return urls;
}
async function readGitHistory(workspace, git = external_index_js_namespaceObject.gitWithActionsExec, maxCommits = MAX_COMMITS, temp = (0,external_node_os_namespaceObject.tmpdir)()) {
    const folder = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(temp, 'datadog-dora-git-'));
    try {
        const file = (0,external_node_path_namespaceObject.join)(folder, 'log');
        const log = await git(['log', '--all', '--no-show-signature', `--output=${file}`, '--format=%H %ct %at %P'], workspace);
        if (log.exitCode !== 0)
            throw new Error(`git log failed in the workspace (exit code ${log.exitCode})`);
        return historyFrom(await (0,promises_namespaceObject.readFile)(file, 'utf8'), maxCommits);
    }
    finally {
        await (0,promises_namespaceObject.rm)(folder, { recursive: true, force: true });
    }
}
function historyFrom(logOutput, maxCommits) {
    const graph = parseLog(logOutput);
    const { index } = graph;
    const walk = rangeWalker(graph);
    const newer = (a, b) => graph.committed[b] - graph.committed[a] || graph.generation[b] - graph.generation[a];
    const made = [];
    const answer = (range) => {
        const base = index.get(range.base.toLowerCase());
        const head = index.get(range.head.toLowerCase());
        if (base === undefined || head === undefined) {
            return {
                unavailable: `commit ${head === undefined ? range.head : range.base} is not in the checkout of ${range.repositoryId}`,
            };
        }
        const newestFirst = walk(base, head).sort(newer);
        const commits = [];
        for (let k = 0; k < Math.min(newestFirst.length, maxCommits); k++) {
            const i = newestFirst[k];
            const commit = made[i] ?? { sha: graph.shas[i], authoredAt: new Date(graph.authored[i] * 1000) };
            made[i] = commit;
            commits.push(commit);
        }
        return { commits, truncated: newestFirst.length > maxCommits };
    };
    return {
        holds: (sha) => index.has(sha.toLowerCase()),
        commitsIn: async (ranges) => new Map(ranges.map((range) => [rangeKey(range), answer(range)])),
    };
}
const LOG_LINE = new RegExp(`^(${external_index_js_namespaceObject.COMMIT_SHA_PATTERN}) (\\d+) (\\d+) ?(${external_index_js_namespaceObject.COMMIT_SHA_PATTERN}(?: ${external_index_js_namespaceObject.COMMIT_SHA_PATTERN})*)? *$`);
function parseLog(output) {
    const graph = {
        shas: [],
        index: new Map(),
        committed: [],
        authored: [],
        merge: [],
        parents: [],
        generation: [],
    };
    const parentShas = [];
    for (let start = 0; start < output.length;) {
        const end = output.indexOf('\n', start);
        const line = output.slice(start, end === -1 ? output.length : end);
        start = end === -1 ? output.length : end + 1;
        if (line === '')
            continue;
        const match = LOG_LINE.exec(line);
        if (!match)
            throw new Error(`git log gave a line that is not "sha committer-time author-time parents": ${line.slice(0, 200)}`);
        const [, sha = '', committed = '', authored = '', parents] = match;
        const parentList = parents ? parents.split(' ') : [];
        graph.shas.push(sha);
        graph.committed.push(Number(committed));
        graph.authored.push(Number(authored));
        graph.merge.push(parentList.length > 1);
        parentShas.push(parentList);
    }
    graph.index = new Map(graph.shas.map((sha, i) => [sha, i]));
    graph.parents = parentShas.map((shas) => shas.map((sha) => graph.index.get(sha)).filter((i) => i !== undefined));
    graph.generation = generations(graph.parents);
    return graph;
}

;// CONCATENATED MODULE: ./build/events/report/commits/github-answers.js



const PER_PAGE = 100;
const isRepositoryAnswer = (data) => (0,external_index_js_namespaceObject.isObject)(data) && typeof data.full_name === 'string' && /^[\w.-]+\/[\w.-]+$/.test(data.full_name);
const lastPageOf = (link, total) => (0,external_index_js_namespaceObject.lastLinkedPage)(link, total, PER_PAGE, 'commits');
const JSON_TYPE = /^application\/json\s*(?:;|$)/i;
function readComparePage(answer) {
    const { data } = answer;
    if (!JSON_TYPE.test(String(answer.headers['content-type'] ?? '')))
        return 'not JSON';
    if (typeof data === 'string')
        return 'JSON that does not parse';
    if (!(0,external_index_js_namespaceObject.isObject)(data))
        return 'not a JSON object';
    const total = data.total_commits;
    if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0)
        return `its total_commits is not a whole number: ${(0,external_index_js_namespaceObject.shown)(total)}`;
    if (!Array.isArray(data.commits))
        return `its commits are not a list: ${(0,external_index_js_namespaceObject.shown)(data.commits)}`;
    if (data.commits.length > PER_PAGE)
        return `it lists ${data.commits.length} commits, more than a page of ${PER_PAGE} holds`;
    const page = { total, commits: [], malformed: [] };
    for (const item of data.commits) {
        const commit = readCommit(item);
        if (typeof commit === 'string')
            page.malformed.push(commit);
        else
            page.commits.push(commit);
    }
    return page;
}
function readCommit(item) {
    if (!(0,external_index_js_namespaceObject.isObject)(item))
        return `a commit is not a JSON object: ${(0,external_index_js_namespaceObject.shown)(item)}`;
    const { sha, parents } = item;
    if (typeof sha !== 'string' || !(0,external_index_js_namespaceObject.isCommitSha)(sha))
        return `a commit's sha is not a commit SHA: ${(0,external_index_js_namespaceObject.shown)(sha)}`;
    if (!Array.isArray(parents) ||
        !parents.every((parent) => (0,external_index_js_namespaceObject.isObject)(parent) && typeof parent.sha === 'string' && (0,external_index_js_namespaceObject.isCommitSha)(parent.sha))) {
        return `commit ${sha}'s parents are not a list of commits, each with a sha: ${(0,external_index_js_namespaceObject.shown)(parents)}`;
    }
    const author = (0,external_index_js_namespaceObject.isObject)(item.commit) && (0,external_index_js_namespaceObject.isObject)(item.commit.author) ? item.commit.author : undefined;
    const date = author?.date;
    const authoredAt = (0,external_index_js_namespaceObject.githubTime)(date);
    if (!authoredAt)
        return `commit ${sha}'s author date is not an ISO 8601 time: ${(0,external_index_js_namespaceObject.shown)(date)}`;
    return { sha: sha.toLowerCase(), authoredAt, merge: parents.length > 1 };
}

;// CONCATENATED MODULE: ./build/events/report/commits/github-compare.js

class AnswerFailed extends Error {
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
    }
}
const REFUSALS = new Set([401, 403, 404, 422]);
function rangeComparer({ get, host, token, warn, maxCommits }) {
    const knownCommits = new Set();
    const malformed = { count: 0, example: '' };
    const unknownCommit = (range) => {
        const unknown = [range.base, range.head].filter((sha) => !knownCommits.has(sha.toLowerCase()));
        return {
            unavailable: `GitHub has no commit ${unknown.length === 1 ? unknown[0] : `${range.base} or ${range.head}`} in ${range.repositoryId}`,
        };
    };
    const compare = async (range, repository) => {
        const { owner, repo } = repository;
        const compareOf = `the compare of ${range.repositoryId} ${range.base.slice(0, 12)}...${range.head.slice(0, 12)}`;
        const failure = (answer, foreign, asked = compareOf) => {
            const came = `${host} answered HTTP ${answer.status}`;
            return new AnswerFailed(`${came}${foreign ? ", which is not GitHub's answer," : ''} for ${range.repositoryId}`, `${came} with ${(0,external_index_js_namespaceObject.describeBody)(answer, token)}${foreign ? `, which is not GitHub's answer (${foreign}),` : ''} to ${asked}`);
        };
        const page = (page) => get('GET /repos/{owner}/{repo}/compare/{basehead}', {
            owner,
            repo,
            basehead: `${range.base}...${range.head}`,
            per_page: PER_PAGE,
            page,
        });
        const checkRefusal = (answer, asked) => {
            if ((0,external_index_js_namespaceObject.errorMessageOf)(answer.data) === undefined)
                throw failure(answer, 'not its error, a JSON object with a message', asked);
        };
        const first = await page(1);
        if (REFUSALS.has(first.status)) {
            checkRefusal(first);
            if (first.status === 404 && repository.readable === undefined) {
                const asked = `the look-up of ${range.repositoryId}`;
                const probe = await get('GET /repos/{owner}/{repo}', { owner, repo });
                if (probe.status === 200) {
                    if (!isRepositoryAnswer(probe.data))
                        throw failure(probe, 'not a repository, a JSON object with its full_name', asked);
                }
                else if (REFUSALS.has(probe.status))
                    checkRefusal(probe, asked);
                else
                    throw failure(probe, undefined, asked);
                repository.readable = probe.status === 200;
            }
            if (first.status === 422 || (first.status === 404 && repository.readable))
                return unknownCommit(range);
            repository.unreadable = `the token cannot read ${range.repositoryId} (HTTP ${first.status})`;
            warn(`No lead time for ${range.repositoryId}: the github-token cannot read it (HTTP ${first.status}). github.token reads only the workflow's own repository; give a github-token that can read ${range.repositoryId}.`);
            return { unavailable: repository.unreadable };
        }
        const read = (answer) => {
            if (answer.status !== 200)
                throw failure(answer);
            const parsed = readComparePage(answer);
            if (typeof parsed === 'string')
                throw failure(answer, parsed);
            malformed.count += parsed.malformed.length;
            if (!malformed.example && parsed.malformed[0])
                malformed.example = `${parsed.malformed[0]}, in ${compareOf}`;
            return parsed;
        };
        const firstPage = read(first);
        const lastPage = lastPageOf(first.headers.link, firstPage.total);
        if (typeof lastPage === 'string')
            throw failure(first, lastPage);
        knownCommits.add(range.base.toLowerCase()).add(range.head.toLowerCase());
        const commits = [];
        let truncated = false;
        const take = (pageCommits) => {
            for (const commit of pageCommits.toReversed()) {
                if (commit.merge)
                    continue;
                if (commits.length === maxCommits) {
                    truncated = true;
                    return;
                }
                commits.push({ sha: commit.sha, authoredAt: commit.authoredAt });
            }
        };
        for (let number = lastPage; number > 1 && !truncated; number--)
            take(read(await page(number)).commits);
        if (!truncated)
            take(firstPage.commits);
        return { commits, truncated };
    };
    return { compare, malformed };
}

;// CONCATENATED MODULE: ./build/events/report/commits/github.js






const MAX_REQUESTS = 500;
const MAX_FAILURES_IN_A_ROW = 3;
function githubCommitSource(options) {
    return { commitsIn: (ranges) => compareAll(ranges, options) };
}
async function compareAll(ranges, options) {
    const api = await (0,external_index_js_namespaceObject.githubApi)({
        apiUrl: options.apiUrl,
        token: options.token,
        maxRequests: options.maxRequests ?? MAX_REQUESTS,
        who: 'a report',
    });
    const { host } = api;
    const get = (route, params) => api.rest(route, params);
    const comparer = rangeComparer({
        get,
        host,
        token: options.token,
        warn: (message) => options.warn(message),
        maxCommits: options.maxCommits ?? MAX_COMMITS,
    });
    const repositories = new Map();
    const answers = new Map();
    const failures = { count: 0, first: '', inARow: 0 };
    let stopped;
    for (const range of new Map(ranges.map((range) => [rangeKey(range), range])).values()) {
        const key = rangeKey(range);
        if (stopped) {
            stopped.ranges++;
            answers.set(key, { unavailable: stopped.reason });
            continue;
        }
        const repository = repositoryOf(range.repositoryId, repositories);
        if (!repository) {
            answers.set(key, { unavailable: `${range.repositoryId} names no GitHub repository` });
        }
        else if (!(0,external_index_js_namespaceObject.isCommitSha)(range.base) || !(0,external_index_js_namespaceObject.isCommitSha)(range.head)) {
            answers.set(key, { unavailable: `${(0,external_index_js_namespaceObject.isCommitSha)(range.base) ? range.head : range.base} is not a commit sha` });
        }
        else if (repository.unreadable) {
            answers.set(key, { unavailable: repository.unreadable });
        }
        else if (range.base.toLowerCase() === range.head.toLowerCase()) {
            answers.set(key, { commits: [], truncated: false });
        }
        else {
            try {
                answers.set(key, await comparer.compare(range, repository));
                failures.inARow = 0;
            }
            catch (error) {
                if (error instanceof AnswerFailed) {
                    answers.set(key, { unavailable: error.reason });
                    failures.count++;
                    failures.first ||= error.message;
                    if (++failures.inARow === MAX_FAILURES_IN_A_ROW)
                        stopped = {
                            reason: `GitHub failed ${MAX_FAILURES_IN_A_ROW} times in a row, so no more was asked`,
                            ranges: 0,
                            failed: true,
                        };
                    continue;
                }
                if (!(error instanceof external_index_js_namespaceObject.Stop))
                    throw error;
                stopped = { reason: error.message, ranges: 1, failed: error.failed };
                answers.set(key, { unavailable: stopped.reason });
            }
        }
    }
    const notRead = failures.count + (stopped?.ranges ?? 0);
    if (notRead) {
        const firstFailure = failures.count > 1 ? `${failures.first} (the first of ${failures.count} failures)` : failures.first;
        const reasons = [firstFailure, stopped?.reason].filter(Boolean).join('; ');
        options.warn(`Lead time is partial: ${reasons}; ${notRead} of ${answers.size} commit ranges were not read.`, failures.count > 0 || stopped?.failed);
    }
    const { malformed } = comparer;
    if (malformed.count) {
        const commits = malformed.count === 1
            ? '1 commit in GitHub’s compare answers was'
            : `${malformed.count} commits in GitHub’s compare answers were`;
        options.warn(`${commits} malformed and left out of lead time: ${malformed.example}.`);
    }
    return answers;
}
function repositoryOf(repositoryId, known) {
    const key = repositoryKey(repositoryId) ?? '';
    if (!known.has(key)) {
        const [, owner, repo, ...rest] = key.split('/');
        const valid = owner && repo && rest.length === 0 && /^[\w.-]+$/.test(owner) && /^[\w.-]+$/.test(repo);
        known.set(key, valid ? { owner, repo } : undefined);
    }
    return known.get(key);
}

;// CONCATENATED MODULE: ./build/events/report/commits/index.js







async function beginCheckoutRead(workspace, temp) {
    if (!workspace || !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(workspace, '.git')))
        return { checkout: Promise.resolve({ repositories: new Set() }) };
    await (0,external_index_js_namespaceObject.loadExec)();
    return { checkout: readCheckout(workspace, temp) };
}
async function readCheckout(workspace, temp) {
    const log = readGitHistory(workspace, undefined, undefined, temp).then((git) => ({ git }), (error) => ({ problem: error.message }));
    const repositories = await fullCheckoutOf(workspace);
    return repositories.size ? { repositories, ...(await log) } : { repositories };
}
async function commitsFor(options, ranges) {
    const unique = [...new Map(ranges.map((range) => [rangeKey(range), range])).values()];
    const answers = new Map();
    const serverHost = URL.canParse(options.serverUrl) ? new URL(options.serverUrl).host.toLowerCase() : '';
    const keys = new Map();
    const keyOf = (repositoryId) => keys.has(repositoryId)
        ? keys.get(repositoryId)
        : keys.set(repositoryId, repositoryKey(repositoryId)).get(repositoryId);
    const history = await checkoutHistory(options, unique);
    const viaGit = [];
    const viaApi = [];
    for (const range of unique) {
        const repository = keyOf(range.repositoryId);
        const onThisServer = repository !== undefined && hostOf(repository) === serverHost;
        const inCheckout = repository !== undefined && history?.repositories.has(repository);
        if (inCheckout && (!onThisServer || (history?.git.holds(range.base) && history.git.holds(range.head)))) {
            viaGit.push(range);
        }
        else if (onThisServer && options.token) {
            viaApi.push(range);
        }
        else {
            const reason = repository === undefined
                ? `${range.repositoryId} is not a repository's address`
                : onThisServer
                    ? `no github-token to read ${range.repositoryId} through GitHub's API`
                    : `${range.repositoryId} is on another server than this GitHub's (${serverHost || options.serverUrl})`;
            answers.set(rangeKey(range), { unavailable: reason });
        }
    }
    const fromGit = history && viaGit.length ? await history.git.commitsIn(viaGit) : new Map();
    const fromApi = viaApi.length && options.token
        ? await githubCommitSource({ apiUrl: options.apiUrl, token: options.token, warn: options.warn }).commitsIn(viaApi)
        : new Map();
    const found = new Map([...answers, ...fromGit, ...fromApi]);
    return new Map(unique.flatMap((range) => {
        const answer = found.get(rangeKey(range));
        return answer ? [[rangeKey(range), answer]] : [];
    }));
}
async function checkoutHistory(options, ranges) {
    if (!options.workspace || ranges.length === 0)
        return undefined;
    const { repositories, git, problem } = await (options.checkout ??
        (await beginCheckoutRead(options.workspace, options.temp)).checkout);
    if (!ranges.some((range) => repositories.has(repositoryKey(range.repositoryId) ?? '')))
        return undefined;
    if (git)
        return { repositories, git };
    options.warn(`The checkout in the workspace could not be read for lead time (${problem}); its commits are read through GitHub's API where they can be.`);
    return undefined;
}

;// CONCATENATED MODULE: ./build/events/report/summary/format.js

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
function decimal(value, decimals = 2) {
    const fixed = value.toFixed(decimals);
    const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
    return trimmed === '-0' ? '0' : trimmed;
}
const NBSP = '\u00a0';
const percentText = (value) => `${decimal(value)}${NBSP}%`;
function humanDuration(seconds) {
    if (seconds < 0)
        return `−${humanDuration(-seconds)}`;
    const total = Math.round(seconds);
    if (total < MINUTE)
        return `${total}${NBSP}s`;
    if (total < HOUR - 30)
        return `${Math.round(total / MINUTE)}${NBSP}min`;
    if (total < DAY) {
        const minutes = Math.round((total % HOUR) / MINUTE);
        return minutes === 60
            ? `${Math.floor(total / HOUR) + 1}${NBSP}h`
            : joinUnits(Math.floor(total / HOUR), 'h', minutes, 'min');
    }
    const hours = Math.round((total % DAY) / HOUR);
    return hours === 24 ? `${Math.floor(total / DAY) + 1}${NBSP}d` : joinUnits(Math.floor(total / DAY), 'd', hours, 'h');
}
const orDash = (value, show) => value === undefined ? '—' : show(value);
const withOpen = (text, open) => (open ? `${text} (${open} open)` : text);
const joinUnits = (major, majorUnit, minor, minorUnit) => minor ? [major, majorUnit, minor, minorUnit].join(NBSP) : `${major}${NBSP}${majorUnit}`;
const utcMinute = (at) => Number.isNaN(at.getTime()) ? '—' : `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const weekLabel = (label) => label.replace(/[^0-9A-Za-z-]/g, '');
function shortWeekLabels(window) {
    const short = window.weeks.length <= 52;
    const shown = (label) => (short ? weekLabel(label).replace(/^[0-9]+-/, '') : weekLabel(label));
    return { weeks: window.weeks.map((week) => shown(week.label)), current: shown(window.current.label) };
}
const MAX_VALUE_CHARACTERS = 200;
function clip(value) {
    const characters = Array.from(value);
    return characters.length > MAX_VALUE_CHARACTERS
        ? `${characters.slice(0, MAX_VALUE_CHARACTERS - 1).join('')}…`
        : value;
}
const code = (value) => (0,external_index_js_namespaceObject.markdownCodeSpan)(clip(value), 'cell');
const codeInLine = (value) => (0,external_index_js_namespaceObject.markdownCodeSpan)(clip(value), 'line');
const prose = (value) => (0,external_index_js_namespaceObject.markdownText)(clip(value));
const UNSAFE_GLOBAL = new RegExp(external_index_js_namespaceObject.UNSAFE_CHARACTERS.source, 'g');
const htmlText = (text) => clip(text)
    .replace(UNSAFE_GLOBAL, ' ')
    .replace(/[!-/:-@[-`{-~]/g, (character) => `&#${character.charCodeAt(0)};`);
const groupName = (service, env) => `${code(service)} · ${env ? code(env) : 'no env'}`;
const groupNameHtml = (service, env) => `<b>${htmlText(service)}</b> · ${env ? `<b>${htmlText(env)}</b>` : 'no env'}`;
function repositoryWebUrl(repositoryId, githubServerUrl) {
    const id = repositoryId.replace(/\/+$/, '');
    let server;
    try {
        server = new URL(githubServerUrl);
    }
    catch {
        server = undefined;
    }
    const [host, ...path] = id.split('/');
    const encodedPath = path.map(encodeURIComponent).join('/');
    return server && host?.toLowerCase() === server.host.toLowerCase()
        ? `${server.origin}/${encodedPath}`
        : `https://${host ?? ''}/${encodedPath}`;
}
const compareUrl = (repositoryId, base, head, githubServerUrl) => `${repositoryWebUrl(repositoryId, githubServerUrl)}/compare/${encodeURIComponent(base)}...${encodeURIComponent(head)}`;
const commitUrl = (repositoryId, sha, githubServerUrl) => `${repositoryWebUrl(repositoryId, githubServerUrl)}/commit/${encodeURIComponent(sha)}`;
const shortSha = (sha) => sha.slice(0, 7);

;// CONCATENATED MODULE: ./build/events/report/units.js

const twoDecimals = (value) => value.toFixed(2);
const UNITS = {
    'per-week': { show: decimal, difference: decimal, output: twoDecimals, plain: twoDecimals },
    percent: {
        show: percentText,
        difference: (points) => `${decimal(points)} pts`,
        output: twoDecimals,
        plain: (value) => `${twoDecimals(value)}%`,
    },
    duration: {
        show: humanDuration,
        difference: humanDuration,
        output: (seconds) => String(Math.round(seconds)),
        plain: (seconds) => humanDuration(seconds).replaceAll(NBSP, ' '),
    },
    count: { show: decimal, difference: decimal, output: String, plain: String },
};

;// CONCATENATED MODULE: ./build/events/report/metrics.js



const metrics_HOUR = 3600;
const metrics_DAY = 24 * metrics_HOUR;
const WEEK = 7 * metrics_DAY;
const MONTH = 30 * metrics_DAY;
const DAILY = 7;
const WEEKLY = 1;
const MONTHLY = WEEK / MONTH;
const HALF_YEARLY = WEEK / (6 * MONTH);
const rateOf = (rate, part, show) => orDash(rate, (value) => `${show(value)} (${part})`);
const rateOfDeployments = (rate, part, figures) => orDash(rate, (value) => `${percentText(value)} (${part} of ${figures.deployments})`);
const incidentsCell = (f, show) => orDash(f.incidents, (incidents) => withOpen(show(incidents), f.openIncidents ?? 0));
const METRICS = [
    {
        id: 'deployments-per-week',
        name: 'Deployments per week',
        row: 'Deployments',
        column: 'Deployments',
        unit: 'per-week',
        better: 'higher',
        value: (f) => f.deploymentsPerWeek,
        cell: (f) => String(f.deployments),
        windowCell: (f) => `${decimal(f.deploymentsPerWeek)} per week (${f.deployments})`,
        output: 'deployments-per-week',
        json: { field: 'deploymentsPerWeek', counts: ['deployments'] },
        gate: { input: 'min-deployments-per-week', threshold: 'minDeploymentsPerWeek' },
        levels: {
            ranges: [
                { level: 'Elite', says: 'on demand, several a day', min: DAILY, max: Infinity, minOpen: true },
                { level: 'High', says: 'daily to weekly', min: WEEKLY, max: DAILY },
                { level: 'Medium', says: 'weekly to monthly', min: MONTHLY, max: WEEKLY },
                { level: 'Low', says: 'monthly to every six months', min: HALF_YEARLY, max: MONTHLY },
            ],
        },
    },
    {
        id: 'change-failure-rate',
        name: 'Change failure rate',
        row: 'Change failure rate',
        column: 'Change failure rate',
        unit: 'percent',
        better: 'lower',
        value: (f) => f.changeFailureRate,
        cell: (f, show) => rateOf(f.changeFailureRate, f.changeFailures, show),
        headlineCell: (f) => rateOfDeployments(f.changeFailureRate, f.changeFailures, f),
        output: 'change-failure-rate',
        json: { field: 'changeFailureRate', counts: ['changeFailures'] },
        gate: { input: 'max-change-failure-rate', threshold: 'maxChangeFailureRate' },
        levels: {
            clusters: [
                { level: 'Elite', value: 5 },
                { level: 'High', value: 20 },
                { level: 'Medium', value: 10 },
                { level: 'Low', value: 40 },
            ],
        },
    },
    {
        id: 'incidents',
        name: 'Incidents',
        row: 'Incidents, beside the change failure rate (not counted in it)',
        column: 'Incidents',
        unit: 'count',
        better: 'lower',
        value: (f) => f.incidents,
        cell: incidentsCell,
        windowCell: (f) => (f.incidents === undefined ? 'not available' : incidentsCell(f, UNITS.count.show)),
        output: 'incidents',
        json: { field: 'incidents', counts: ['openIncidents'] },
    },
    {
        id: 'time-to-restore',
        name: 'Incident time to restore',
        row: 'Incident time to restore (median)',
        column: 'Time to restore',
        unit: 'duration',
        better: 'lower',
        value: (f) => f.timeToRestoreSeconds,
        cell: (f, show) => orDash(f.timeToRestoreSeconds, show),
        output: 'time-to-restore-seconds',
        json: { field: 'timeToRestoreSeconds', counts: [] },
    },
    {
        id: 'change-lead-time',
        name: 'Change lead time',
        row: 'Change lead time (median over commits)',
        column: 'Lead time',
        unit: 'duration',
        better: 'lower',
        value: (f) => f.leadTimeSeconds,
        cell: (f, show) => orDash(f.leadTimeSeconds, show),
        windowCell: (f) => orDash(f.leadTimeSeconds, (seconds) => `${humanDuration(seconds)} (${(0,external_index_js_namespaceObject.count)(f.leadTimeCommits, 'commit')})`),
        output: 'change-lead-time-seconds',
        json: { field: 'changeLeadTimeSeconds', counts: ['leadTimeCommits'] },
        gate: { input: 'max-change-lead-time', threshold: 'maxChangeLeadTime' },
        levels: {
            ranges: [
                { level: 'Elite', says: 'under a day', min: -Infinity, max: metrics_DAY, maxOpen: true },
                { level: 'High', says: 'a day to a week', min: metrics_DAY, max: WEEK },
                { level: 'Medium', says: 'a week to a month', min: WEEK, max: MONTH },
                { level: 'Low', says: 'one to six months', min: MONTH, max: 6 * MONTH },
            ],
        },
    },
    {
        id: 'change-lead-time-per-deployment',
        name: 'Change lead time, median of per-deployment averages',
        row: "Change lead time, median of per-deployment averages (as Datadog's pages headline)",
        column: "Datadog's lead time",
        unit: 'duration',
        better: 'lower',
        value: (f) => f.leadTimePerDeploymentSeconds,
        cell: (f, show) => orDash(f.leadTimePerDeploymentSeconds, show),
        windowCell: (f) => orDash(f.leadTimePerDeploymentSeconds, (seconds) => `${humanDuration(seconds)} (${(0,external_index_js_namespaceObject.count)(f.leadTimeDeployments, 'deployment')})`),
        json: { field: 'changeLeadTimePerDeploymentSeconds', counts: ['leadTimeDeployments'] },
    },
    {
        id: 'recovery-time',
        name: 'Failed deployment recovery time',
        row: 'Failed deployment recovery time (median)',
        column: 'Recovery time',
        unit: 'duration',
        better: 'lower',
        value: (f) => f.recoveryTimeSeconds,
        cell: (f, show) => withOpen(orDash(f.recoveryTimeSeconds, show), f.openChangeFailures),
        output: 'recovery-time-seconds',
        json: { field: 'recoveryTimeSeconds', counts: ['openChangeFailures'] },
        gate: { input: 'max-recovery-time', threshold: 'maxRecoveryTime' },
        levels: {
            ranges: [
                { level: 'Elite', says: 'under an hour', min: -Infinity, max: metrics_HOUR, maxOpen: true },
                { level: 'High', says: 'under a day', min: metrics_HOUR, max: metrics_DAY, maxOpen: true },
                { level: 'Medium', says: 'under a day', min: metrics_HOUR, max: metrics_DAY, maxOpen: true },
                { level: 'Low', says: 'a week to a month', min: WEEK, max: MONTH },
            ],
        },
    },
    {
        id: 'rework-rate',
        name: 'Rework rate',
        row: 'Rework rate',
        column: 'Rework rate',
        unit: 'percent',
        better: 'lower',
        value: (f) => f.reworkRate,
        cell: (f, show) => rateOf(f.reworkRate, f.remediations, show),
        headlineCell: (f) => rateOfDeployments(f.reworkRate, f.remediations, f),
        output: 'rework-rate',
        json: { field: 'reworkRate', counts: ['remediations'] },
        levels: { none: true },
    },
];
const BY_ID = new Map(METRICS.map((metric) => [metric.id, metric]));
const metric = (id) => BY_ID.get(id);
const headlineCellOf = (shown, figures) => shown.headlineCell?.(figures) ?? shown.cell(figures, UNITS[shown.unit].show);

;// CONCATENATED MODULE: ./build/events/report/gate.js


const gatedWhere = (better) => METRICS.filter((judged) => judged.gate !== undefined && judged.better === better);
const GATED = [...gatedWhere('lower'), ...gatedWhere('higher')];
const worseThan = (judged) => (a, b) => judged.better === 'lower' ? a > b : a < b;
function judge(report, thresholds) {
    const checks = GATED.flatMap((judged) => {
        const threshold = thresholds[judged.gate.threshold];
        if (threshold === undefined)
            return [];
        const value = report && judged.value(report.selection.window);
        const worse = worseThan(judged);
        const worst = report && worstOf(report.groups, judged, worse);
        const breached = value !== undefined && worse(value, threshold);
        return [
            {
                metric: judged.id,
                input: judged.gate.input,
                threshold,
                ...(value === undefined ? {} : { value }),
                breached,
                ...(worst ? { worst } : {}),
            },
        ];
    });
    const verdict = checks.length === 0
        ? 'off'
        : checks.some((c) => c.breached)
            ? 'breach'
            : checks.some((c) => c.value === undefined)
                ? 'no-data'
                : 'pass';
    return { verdict, checks };
}
function worstOf(groups, judged, worse) {
    let worst;
    for (const { service, env, window } of groups) {
        const value = judged.value(window);
        if (value !== undefined && (!worst || worse(value, worst.value)))
            worst = { service, env, value };
    }
    return worst;
}
function gateMessage(gate) {
    const lines = gate.checks.map((check) => {
        const shown = UNITS[metric(check.metric).unit].plain;
        const name = check.metric.replaceAll('-', ' ');
        const limit = `${check.input} ${shown(check.threshold)}`;
        if (check.value === undefined)
            return `${name}: no data, so not judged (${limit}).`;
        const worst = check.worst
            ? `; worst: ${check.worst.service} in ${check.worst.env || 'no env'} at ${shown(check.worst.value)}`
            : '';
        return `${name} is ${shown(check.value)}: ${check.breached ? 'breaches' : 'within'} ${limit}${worst}.`;
    });
    const verdict = {
        breach: 'Release gate breached',
        'no-data': 'Release gate: a gated metric has no data',
        pass: 'Release gate passed',
        off: 'No release gate',
    }[gate.verdict];
    return `${verdict}: ${lines.join(' ')}`;
}

;// CONCATENATED MODULE: ./build/events/report/levels.js

const DORA_REPORT = {
    name: 'Accelerate State of DevOps Report 2024',
    url: 'https://dora.dev/research/2024/dora-report/',
};
const LEVELS = ['Elite', 'High', 'Medium', 'Low'];
const holds = (range, value) => (range.minOpen ? value > range.min : value >= range.min) && (range.maxOpen ? value < range.max : value <= range.max);
const isAbove = (range, value) => (range.minOpen ? value <= range.min : value < range.min);
const isBelow = (range, value) => (range.maxOpen ? value >= range.max : value > range.max);
function standingOf(judged, figures) {
    const value = judged.value(figures);
    const levels = judged.levels;
    if (value === undefined || !levels || 'none' in levels)
        return undefined;
    if (value === 0 && judged.better === 'higher')
        return undefined;
    if ('clusters' in levels) {
        const distance = (cluster) => Math.abs(cluster.value - value);
        const nearest = Math.min(...levels.clusters.map(distance));
        return {
            nearestCluster: levels.clusters
                .filter((cluster) => distance(cluster) === nearest)
                .map((cluster) => cluster.level),
        };
    }
    const { ranges } = levels;
    const holding = ranges.filter((range) => holds(range, value)).map((range) => range.level);
    if (holding.length)
        return { levels: holding };
    const worse = ranges.findIndex((range) => judged.better === 'lower' ? isAbove(range, value) : isBelow(range, value));
    if (worse === -1)
        return { beyond: ranges.at(-1).level };
    return { between: [ranges[worse - 1].level, ranges[worse].level] };
}
function levelSays(judged, level) {
    const levels = judged.levels;
    if (levels && 'ranges' in levels)
        return levels.ranges.find((range) => range.level === level)?.says ?? '';
    if (levels && 'clusters' in levels)
        return UNITS[judged.unit].show(levels.clusters.find((cluster) => cluster.level === level)?.value ?? 0);
    return '';
}

;// CONCATENATED MODULE: ./build/events/report/outputs.js



const REPORT_JSON_SCHEMA_VERSION = 1;
function reportOutputs(report, gate) {
    const window = report?.selection.window;
    const figures = METRICS.flatMap(({ output, value, unit }) => {
        if (!output)
            return [];
        const figure = window && value(window);
        return [[output, figure === undefined ? '' : UNITS[unit].output(figure)]];
    });
    return { deployments: window ? String(window.deployments) : '', ...Object.fromEntries(figures), gate: gate.verdict };
}
function figuresJson(figures) {
    const json = {};
    const doraLevels = {};
    for (const shown of METRICS) {
        json[shown.json.field] = shown.value(figures) ?? null;
        for (const count of shown.json.counts)
            json[count] = figures[count] ?? null;
        if (shown.levels && !('none' in shown.levels))
            doraLevels[shown.id] = standingOf(shown, figures) ?? null;
    }
    json.doraLevels = doraLevels;
    return json;
}
function reportJson(report, gate) {
    const { window } = report;
    const series = (s) => ({
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
        incidentSources: report.incidentSources,
        blind: report.blind,
    };
}

;// CONCATENATED MODULE: ./build/events/report/summary/blind.js



const LISTED = 20;
function listed(items, show, noun) {
    const more = items.length - LISTED;
    return [
        ...items.slice(0, LISTED).map((item) => `  - ${show(item)}`),
        ...(more > 0 ? [`  - and ${(0,external_index_js_namespaceObject.count)(more, `more ${noun}`)}`] : []),
    ];
}
function blindSection(blind) {
    const lines = [
        '### What this report cannot see',
        '',
        "- **Marks made in Datadog's UI, or by this action's `change-failure` and `stable` events** (by id or by version) without a remediation deployment, and **Datadog's roll-forward rules** (revert pull requests, hotfix labels): Datadog's API returns only what was sent, so these count in Datadog's pages but not here. To have a rollback or a fix counted here too, send the remediating deployment with `remediates`.",
    ];
    if (blind.deploymentsWithoutCommit) {
        lines.push(`- **${(0,external_index_js_namespaceObject.count)(blind.deploymentsWithoutCommit, 'deployment')} without a commit** in the window: no lead time for them, and a rollback among them is found by its version only.`);
    }
    if (blind.leadTimeUnavailable.length) {
        const deployments = blind.leadTimeUnavailable.reduce((sum, entry) => sum + entry.deployments, 0);
        lines.push(`- **No lead time for ${(0,external_index_js_namespaceObject.count)(deployments, 'deployment')}** whose commits could not be read:`);
        lines.push(...listed(blind.leadTimeUnavailable, (entry) => `${prose(entry.reason)}: ${(0,external_index_js_namespaceObject.count)(entry.deployments, 'deployment')}`, 'reason'));
    }
    if (blind.unreadChangeFailures) {
        lines.push(`- **${(0,external_index_js_namespaceObject.count)(blind.unreadChangeFailures, 'change failure')} not counted, marked by a \`dora.remediates\` tag**: the tag, on a deployment made since the window began, names one this report did not read (of a service or env not selected, or from before the 60 days read ahead of the window).`);
    }
    if (blind.truncatedRanges) {
        lines.push(`- **${(0,external_index_js_namespaceObject.count)(blind.truncatedRanges, 'commit range')} cut at 5000 commits**: the lead time of those deployments counts the newest 5000, as Datadog's does.`);
    }
    if (blind.partialReadings.length) {
        lines.push("- **Datadog's answers could not be read to the end**: the figures are partial.");
        lines.push(...listed(blind.partialReadings, external_index_js_namespaceObject.markdownText, 'list'));
    }
    if (blind.malformedAnswers.length) {
        lines.push("- **Events in Datadog's answers that were malformed, or outside the window asked**: left out, or kept without the malformed field.");
        lines.push(...listed(blind.malformedAnswers, external_index_js_namespaceObject.markdownText, 'list'));
    }
    if (blind.incompletePages.length) {
        lines.push(`- **${(0,external_index_js_namespaceObject.count)(blind.incompletePages.length, 'list page')} from Datadog could not be completed**: some events may be missing.`);
        lines.push(...listed(blind.incompletePages, prose, 'page'));
    }
    return [...lines, ''];
}

;// CONCATENATED MODULE: ./build/events/report/summary/week-table.js


const weekTableHeader = [
    `| Week | ${METRICS.map((column) => column.column).join(' | ')} |`,
    `|---|${METRICS.map(() => '--:').join('|')}|`,
];
function weekRow(span, figures, shown = {}) {
    const cells = METRICS.map((column) => column.cell(figures, shown[column.id] ?? UNITS[column.unit].show));
    return `| ${span} | ${cells.join(' | ')} |`;
}
const weekTableNote = "Lead time is the median over commits; Datadog's lead time is the median of per-deployment averages, as its pages headline. " +
    "Time to restore is the incidents'.";

;// CONCATENATED MODULE: ./build/events/report/summary/charts.js



const BLUE = '#1f6feb';
const RED = '#e5534b';
const PURPLE = '#a371f7';
const ORANGE = '#db6d28';
const charts_UNITS = [
    { name: 'Minutes', symbol: 'min', seconds: 60 },
    { name: 'Hours', symbol: 'h', seconds: 3600 },
    { name: 'Days', symbol: 'd', seconds: 86_400 },
];
const [MINUTES, HOURS, DAYS] = charts_UNITS;
function unitFor(seconds) {
    const largest = Math.max(0, ...seconds.map((value) => Math.abs(value ?? 0)));
    if (largest < 3 * HOURS.seconds)
        return MINUTES;
    return largest < 3 * DAYS.seconds ? HOURS : DAYS;
}
const inUnit = (seconds, unit) => decimal(seconds / unit.seconds, 1);
const inUnitText = (unit) => (seconds) => `${inUnit(seconds, unit)}${NBSP}${unit.symbol}`;
function axisTop(largest) {
    if (largest <= 0)
        return 1;
    const power = 10 ** Math.floor(Math.log10(largest));
    return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((step) => step * power).find((top) => top >= largest) ?? 10 * power;
}
const LABELLED_WEEKS = 20;
function mermaid(chart, labels, span) {
    const numbers = chart.series.map((series) => series.values.map((value) => (value === undefined || !Number.isFinite(value) ? 0 : value)));
    const all = numbers.flat();
    const bottom = Math.min(0, ...all);
    const palette = chart.series.map((series) => series.colour).join(', ');
    const labelled = labels.length <= LABELLED_WEEKS;
    const config = labelled ? '' : '"xyChart": {"xAxis": {"showLabel": false}}, ';
    return [
        labelled ? chart.caption : `${chart.caption} Weeks ${span}, left to right.`,
        '',
        '```mermaid',
        `%%{init: {${config}"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `    title "${chart.title}"`,
        `    x-axis [${labels.map((label) => `"${label}"`).join(', ')}]`,
        `    y-axis "${chart.axis}" ${decimal(bottom < 0 ? -axisTop(-bottom) : 0)} --> ${decimal(axisTop(Math.max(...all)))}`,
        ...numbers.map((values, index) => `    ${chart.series[index]?.line ? 'line' : 'bar'} [${values.map((value) => decimal(value, 1)).join(', ')}]`),
        '```',
        '',
    ];
}
const durations = (weeks, charted, unit) => weeks.map((figures) => {
    const seconds = charted.value(figures);
    return seconds === undefined ? undefined : Number(inUnit(seconds, unit));
});
const hasData = (series) => series.values.some((value) => value !== undefined && value !== 0);
const NO_DATA = 'A week with none is drawn at 0, and shown as — in the table.';
function chartsSection(report) {
    const weeks = report.selection.weeks;
    const labels = shortWeekLabels(report.window).weeks;
    const span = `${weekLabel(report.window.weeks[0]?.label ?? '')} to ${weekLabel(report.window.weeks.at(-1)?.label ?? '')}`;
    const leadTime = metric('change-lead-time');
    const perDeployment = metric('change-lead-time-per-deployment');
    const recovery = metric('recovery-time');
    const leadUnit = unitFor(weeks.flatMap((figures) => [leadTime.value(figures), perDeployment.value(figures)]));
    const recoveryUnit = unitFor(weeks.map(recovery.value));
    const charts = [
        {
            title: 'Deployments and change failures per week',
            axis: 'Deployments',
            caption: 'Deployments per week as blue bars; the change failures among them as a red line, on the same scale.',
            series: [
                { values: weeks.map(metric('deployments-per-week').value), colour: BLUE },
                { values: weeks.map((figures) => figures.changeFailures), colour: RED, line: true },
            ],
        },
        {
            title: 'Change lead time per week, median over commits',
            axis: leadUnit.name,
            caption: `Change lead time, the median over the week's commits, in ${leadUnit.name.toLowerCase()}. ${NO_DATA}`,
            series: [{ values: durations(weeks, leadTime, leadUnit), colour: BLUE }],
        },
        {
            title: 'Failed deployment recovery time per week, median',
            axis: recoveryUnit.name,
            caption: `Failed deployment recovery time, the median over the week's change failures, in ${recoveryUnit.name.toLowerCase()}. ${NO_DATA}`,
            series: [{ values: durations(weeks, recovery, recoveryUnit), colour: PURPLE }],
        },
        {
            title: 'Incidents per week',
            axis: 'Incidents',
            caption: 'Incidents (failure events) that started each week, open ones included.',
            series: [{ values: weeks.map(metric('incidents').value), colour: ORANGE }],
        },
    ];
    const drawn = charts.filter((chart) => chart.series.some(hasData));
    const left = charts.length - drawn.length;
    const inChartUnits = {
        [leadTime.id]: inUnitText(leadUnit),
        [perDeployment.id]: inUnitText(leadUnit),
        [recovery.id]: inUnitText(recoveryUnit),
    };
    return [
        '### By week',
        '',
        ...drawn.flatMap((chart) => mermaid(chart, labels, span)),
        ...(left
            ? [
                `${left === charts.length ? 'No chart' : `${left} chart${left === 1 ? '' : 's'} left out`}: no data in any week.`,
                '',
            ]
            : []),
        "<details><summary>The charts' numbers, week by week</summary>",
        '',
        ...weekTableHeader,
        ...weeks.map((figures, index) => weekRow(labels[index] ?? '', figures, inChartUnits)),
        '',
        weekTableNote,
        '',
        '</details>',
        '',
    ];
}

;// CONCATENATED MODULE: ./build/events/report/summary/events.js



const deploymentsPage = (app) => `${app.url}/ci/dora?detail=deployments`;
const doraPage = (app) => `${app.url}/ci/dora`;
const failureEventsPage = (app, id) => `${app.url}/event/explorer?query=${encodeURIComponent(`${external_index_js_namespaceObject.FAILURE_ID_TAG}:${id}`)}`;
const incidentPage = (failure, app) => failure.sources.includes('failure-list') ? doraPage(app) : failureEventsPage(app, failure.id);
function commitCell(deployment, links) {
    if (!deployment.commitSha)
        return '';
    const sha = code(shortSha(deployment.commitSha));
    return deployment.repositoryId
        ? (0,external_index_js_namespaceObject.markdownLink)(sha, commitUrl(deployment.repositoryId, deployment.commitSha, links.githubServerUrl), links.origins)
        : sha;
}
function deploymentCell(deployment, links) {
    const parts = [(0,external_index_js_namespaceObject.markdownLink)(code(deployment.id), deploymentsPage(links.app), links.origins)];
    if (deployment.version)
        parts.push(`version ${code(deployment.version)}`);
    const commit = commitCell(deployment, links);
    if (commit)
        parts.push(`commit ${commit}`);
    return parts.join('<br>');
}
function compareLink(from, to, links) {
    if (!from.commitSha || !to.commitSha || !to.repositoryId || from.repositoryId !== to.repositoryId)
        return undefined;
    return (0,external_index_js_namespaceObject.markdownLink)(`${code(shortSha(from.commitSha))}…${code(shortSha(to.commitSha))}`, compareUrl(to.repositoryId, from.commitSha, to.commitSha, links.githubServerUrl), links.origins);
}
const FOUND_BY = {
    datadog: "Datadog's mark",
    tag: '`dora.remediates` tag',
    rollback: "Datadog's rollback rule",
};
function remediationCell(failure, links) {
    const remediation = failure.remediation;
    if (!remediation)
        return '—';
    if (!remediation.deployment)
        return remediation.type;
    const changes = remediation.type === 'rollforward' ? compareLink(failure.failed, remediation.deployment, links) : undefined;
    return [
        `${remediation.type}: ${deploymentCell(remediation.deployment, links)}`,
        ...(changes ? [`changes ${changes}`] : []),
    ].join('<br>');
}
function changeFailures(failures, links) {
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
function slowestLeadTimes(details, links) {
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
const SERVICES_PER_INCIDENT = 5;
function incidentServices(failure) {
    const shown = failure.services.slice(0, SERVICES_PER_INCIDENT).map(code);
    const more = failure.services.length - shown.length;
    const services = more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
    return `${services} · ${failure.env ? code(failure.env) : 'every env'}`;
}
function incidents(failures, windowEnd, links) {
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
            const restored = failure.finishedAt && failure.finishedAt <= windowEnd
                ? humanDuration((failure.finishedAt.getTime() - failure.startedAt.getTime()) / 1000)
                : 'open';
            const cells = [
                (0,external_index_js_namespaceObject.markdownLink)(code(failure.id), incidentPage(failure, links.app), links.origins),
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
const eventsHeading = ['### The events behind the numbers', ''];
function eventLists(report, links) {
    return [
        changeFailures(report.changeFailures, links),
        slowestLeadTimes(report.slowestLeadTimes, links),
        incidents(report.incidents, report.window.end, links),
    ].filter((list) => list.rows.length > 0);
}

;// CONCATENATED MODULE: ./build/events/report/summary/groups.js





function oneLine(figures) {
    const parts = [`${(0,external_index_js_namespaceObject.count)(figures.deployments, 'deployment')} (${decimal(figures.deploymentsPerWeek)} a week)`];
    for (const id of ['change-failure-rate', 'change-lead-time']) {
        const { column, unit, value } = metric(id);
        const figure = value(figures);
        if (figure !== undefined)
            parts.push(`${column.toLowerCase()} ${UNITS[unit].show(figure)}`);
    }
    if (figures.incidents)
        parts.push((0,external_index_js_namespaceObject.count)(figures.incidents, 'incident'));
    return parts.join(', ');
}
function groupTable(group, report) {
    const { window } = report;
    const labels = shortWeekLabels(window);
    return {
        head: [
            `<details><summary>${groupNameHtml(group.service, group.env)}: ${oneLine(group.window)}</summary>`,
            '',
            ...weekTableHeader,
            weekRow(`**${(0,external_index_js_namespaceObject.count)(window.weeks.length, 'week')}**`, group.window),
        ],
        weeks: group.weeks.map((figures, index) => weekRow(labels.weeks[index] ?? '', figures)),
        tail: [weekRow(`${labels.current} so far, not counted`, group.current), '', '</details>', ''],
    };
}
const groupsHeading = (groups) => [
    `### By service and env (${groups})`,
    '',
    weekTableNote,
    '',
];

;// CONCATENATED MODULE: ./build/events/report/summary/headline.js







const NAMES_IN_HEADING = 5;
function namesList(names, noun) {
    if (names.length === 0)
        return `no ${noun}s`;
    const shown = names.slice(0, NAMES_IN_HEADING).map((name) => (name ? codeInLine(name) : 'no env'));
    const more = names.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${(0,external_index_js_namespaceObject.count)(more, `more ${noun}`)}` : shown.join(', ');
}
function heading(report) {
    const { weeks } = report.window;
    const services = [...new Set(report.groups.map((group) => group.service))].sort();
    const envs = [...new Set(report.groups.map((group) => group.env))].sort();
    const span = weeks.length
        ? `${weekLabel(weeks[0]?.label ?? '')} – ${weekLabel(weeks.at(-1)?.label ?? '')}`
        : 'no complete week';
    const named = (names, noun) => `${names.length === 1 ? noun : `${noun}s`} ${namesList(names, noun)}`;
    const asked = (names, noun) => (names ? named(names, noun) : `every ${noun}`);
    const what = services.length
        ? `${named(services, 'service')} · ${named(envs, 'env')}`
        : `${asked(report.asked.services, 'service')} · ${asked(report.asked.envs, 'env')}: no deployments or incidents found`;
    return `## 📊 DORA report: ${what} · ${span} (${(0,external_index_js_namespaceObject.count)(weeks.length, 'week')})`;
}
const VERDICTS = {
    pass: '✅ pass: every gated figure is within its threshold',
    breach: '❌ breach: a gated figure is beyond its threshold',
    'no-data': '⚠️ no data: a gated figure has no data behind it (not a breach)',
};
function gateSection(gate) {
    if (gate.verdict === 'off')
        return [];
    const rows = gate.checks.map((check) => {
        const gated = metric(check.metric);
        const show = UNITS[gated.unit].show;
        const mark = check.breached ? '❌' : check.value === undefined ? '⚠️' : '✅';
        const bound = `${gated.better === 'higher' ? 'at least' : 'at most'} ${show(check.threshold)}`;
        const value = check.value === undefined ? 'no data' : show(check.value);
        const worst = check.worst ? `${groupName(check.worst.service, check.worst.env)}: ${show(check.worst.value)}` : '—';
        return `| ${mark} ${gated.name} (${code(check.input)}) | ${value} | ${bound} | ${worst} |`;
    });
    return [
        `**Gate: ${VERDICTS[gate.verdict]}.**`,
        '',
        '| Check | Value | Threshold | Worst service and env |',
        '|---|--:|--:|---|',
        ...rows,
        '',
    ];
}
function problemsSection(problems) {
    return problems.length ? [...problems.map((problem) => `- ⚠️ ${(0,external_index_js_namespaceObject.markdownText)(problem)}`), ''] : [];
}
const LATE_REMEDIATIONS = 'A change failure counts in the week its deployment finished: a remediation found later (a rollback this week) ' +
    'can still add one to a past week, as it does in Datadog, so a later report may show more for the same weeks.';
function levelCell(judged, figures) {
    if (!judged.levels)
        return '';
    if ('none' in judged.levels)
        return 'none published';
    const standing = standingOf(judged, figures);
    if (!standing)
        return '—';
    const says = (level) => levelSays(judged, level);
    if ('nearestCluster' in standing) {
        const [nearest, asNear] = standing.nearestCluster;
        if (asNear)
            return `as near ${nearest}'s cluster (${says(nearest)}) as ${asNear}'s (${says(asNear)})`;
        return `nearest ${nearest}'s cluster (${says(nearest)})`;
    }
    if ('between' in standing) {
        const [better, worse] = standing.between;
        return `none published: between ${better} (${says(better)}) and ${worse} (${says(worse)})`;
    }
    if ('beyond' in standing)
        return `none published: past ${standing.beyond} (${says(standing.beyond)})`;
    const [first, second] = standing.levels;
    if (!second)
        return `${first}`;
    const overlap = says(first) === says(second);
    return `${first} or ${second}: ${overlap ? `both published as ${says(second)}` : `the edge of ${says(first)} and of ${says(second)}`}`;
}
const clusterValues = LEVELS.map((level) => `${level} ${levelSays(metric('change-failure-rate'), level)}`).join(', ');
const LEVELS_NOTE = "DORA level: the window's figure against the four levels of Google Cloud / DORA's " +
    `${(0,external_index_js_namespaceObject.markdownLink)(DORA_REPORT.name, DORA_REPORT.url, external_index_js_namespaceObject.GUIDES)} (the 2025 report has no four-level table), a month counted as 30 days. ` +
    `For change failure rate it gives each level's cluster value, not a bound (${clusterValues}), so the nearest is named. ` +
    'Where its ranges overlap or leave a gap, the cell says so; it publishes no levels for rework rate.';
function comparison(compared, last, before) {
    const latest = compared.value(last);
    const typical = median(before.map(compared.value).filter((value) => value !== undefined));
    if (latest === undefined || typical === undefined)
        return '—';
    const { show, difference } = UNITS[compared.unit];
    const change = latest - typical;
    if (decimal(change) === '0')
        return `= ${show(typical)}`;
    const better = change > 0 === (compared.better === 'higher');
    return `${change > 0 ? '▲' : '▼'} ${difference(Math.abs(change))} vs ${show(typical)}, ${better ? 'better' : 'worse'}`;
}
function headlineTable(report) {
    const { window, selection } = report;
    const lastWeek = window.weeks.at(-1);
    const last = selection.weeks.at(-1);
    const before = selection.weeks.slice(0, -1);
    const against = before.length
        ? `the median of the ${(0,external_index_js_namespaceObject.count)(before.length, 'week')} before`
        : 'the weeks before (none in the window)';
    const header = `| | ${(0,external_index_js_namespaceObject.count)(window.weeks.length, 'week')} | DORA level | Last week, ${lastWeek ? weekLabel(lastWeek.label) : '—'} | Last week vs ${against} | ${weekLabel(window.current.label)} so far (not counted) |`;
    const rows = METRICS.map((shown) => {
        const windowCell = shown.windowCell?.(selection.window) ?? headlineCellOf(shown, selection.window);
        const cells = [
            windowCell,
            levelCell(shown, selection.window),
            last ? headlineCellOf(shown, last) : '—',
            last ? comparison(shown, last, before) : '—',
            headlineCellOf(shown, selection.current),
        ];
        return `| ${shown.row} | ${cells.join(' | ')} |`;
    });
    return ['### Headline', '', header, '|---|--:|---|--:|--:|--:|', ...rows, '', LATE_REMEDIATIONS, '', LEVELS_NOTE, ''];
}

;// CONCATENATED MODULE: ./build/events/report/summary/incidents.js



const SOURCES = ['failure-list', 'alert-events'];
const SOURCE_NAMES = {
    'failure-list': "Datadog's DORA failure list",
    'alert-events': 'alert events',
};
function unreadLine(source, report) {
    const state = report.incidentSources[source];
    if (state.state === 'failed')
        return `- Incidents from ${SOURCE_NAMES[source]} are missing: ${prose(state.message)}`;
    if (state.state !== 'retired')
        return undefined;
    const ends = (0,external_index_js_namespaceObject.day)(external_index_js_namespaceObject.INCIDENT_DATA_ENDS);
    const why = (0,external_index_js_namespaceObject.isRetired)('data', report.window.now)
        ? `Datadog retired it on ${ends}`
        : `Datadog answered that it is gone (it retires on ${ends})`;
    return `- ${SOURCE_NAMES[source]} is not available any more: ${why}.`;
}
function incidentSourcesSection(report) {
    const { incidents, incidentSources } = report;
    const read = SOURCES.filter((source) => incidentSources[source].state === 'read');
    const inBoth = incidents.filter((incident) => incident.sources.length > 1).length;
    const counts = read.map((source) => `${incidents.filter((incident) => incident.sources.includes(source)).length} from ${SOURCE_NAMES[source]}`);
    const counted = read.length
        ? `**Incidents in the window**: ${counts.join(', ')}${read.length > 1 && inBoth ? ` (${inBoth} in both, counted once)` : ''}.`
        : '**Incidents: not available**: no source of them could be read.';
    const unread = SOURCES.flatMap((source) => unreadLine(source, report) ?? []);
    return [counted, ...(unread.length ? ['', ...unread] : []), '', ...retirementNotice(report.window.now)];
}
function retirementNotice(now) {
    if ((0,external_index_js_namespaceObject.isRetired)('ingestion', now))
        return [];
    const guide = (0,external_index_js_namespaceObject.markdownLink)("Datadog's guide", external_index_js_namespaceObject.RETIREMENT_GUIDE, external_index_js_namespaceObject.GUIDES);
    return [
        `ℹ️ **Datadog retires DORA incidents**: their ingestion ends on ${(0,external_index_js_namespaceObject.day)(external_index_js_namespaceObject.INCIDENT_INGESTION_ENDS)}, and from ${(0,external_index_js_namespaceObject.day)(external_index_js_namespaceObject.INCIDENT_DATA_ENDS)} they can no longer be read or exported. ` +
            'They do not count in the change failure rate, which Datadog computes from change failures since January 2026. ' +
            `Send failures as before (from ${(0,external_index_js_namespaceObject.day)(external_index_js_namespaceObject.INCIDENT_INGESTION_ENDS)} this action sends them as alert events by itself), and export their history with \`event: export\`. ${guide}.`,
        '',
    ];
}

;// CONCATENATED MODULE: ./build/events/report/summary/index.js








const MAX_SUMMARY_BYTES = 1_040_000;
const bytes = (lines) => lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
const LEFT_OUT = "left out to keep this summary under GitHub's 1 MiB limit";
const IN_JSON = ': `report-json` has them';
function room(size) {
    let left = size;
    return (lines) => {
        const needed = bytes(lines);
        if (needed > left)
            return false;
        left -= needed;
        return true;
    };
}
function footer(links) {
    const where = (0,external_index_js_namespaceObject.markdownLink)('Delivery Performance', `${links.app.url}/ci/dora`, (0,external_index_js_namespaceObject.linkOrigins)(links.app.url));
    const assumed = links.app.assumedSite
        ? ` (on ${(0,external_index_js_namespaceObject.markdownText)(links.app.assumedSite)}, assumed: no site was given)`
        : '';
    return [
        `Computed by this action from the events Datadog returns, by Datadog's documented rules. See them in Datadog's ${where}${assumed}.`,
        '',
    ];
}
function reportSummary(report, gate, links) {
    const top = [
        ...gateSection(gate),
        ...problemsSection(links.problems),
        ...headlineTable(report),
        ...incidentSourcesSection(report),
        ...chartsSection(report),
    ];
    const bottom = [...blindSection(report.blind), ...footer(links)];
    const take = room(MAX_SUMMARY_BYTES - bytes([heading(report), '', ...top, ...bottom, ...groupsHeading(0), ...eventsHeading]) - 4096);
    const tables = report.groups.map((group) => groupTable(group, report));
    const shown = tables.filter((table) => take([...table.head, ...table.tail]));
    const withWeeks = shown.map((table) => take(table.weeks));
    const groupLines = shown.flatMap((table, index) => [
        ...table.head,
        ...(withWeeks[index] ? table.weeks : []),
        ...table.tail,
    ]);
    const groupNotes = [
        ...(shown.length < tables.length
            ? [
                `… and ${(0,external_index_js_namespaceObject.count)(tables.length - shown.length, 'more service and env', 'more services and envs')}, ${LEFT_OUT}${IN_JSON}.`,
                '',
            ]
            : []),
        ...(withWeeks.includes(false)
            ? [
                `The weeks of ${(0,external_index_js_namespaceObject.count)(withWeeks.filter((kept) => !kept).length, 'service and env', 'services and envs')} are ${LEFT_OUT}${IN_JSON}.`,
                '',
            ]
            : []),
    ];
    const lists = eventLists(report, {
        app: links.app,
        githubServerUrl: links.githubServerUrl,
        origins: (0,external_index_js_namespaceObject.linkOrigins)(links.app.url, links.githubServerUrl),
    });
    let eventsLeftOut = false;
    const eventLines = lists.flatMap((list) => {
        const rows = [];
        for (const row of list.rows) {
            if (!take([row]))
                break;
            rows.push(row);
        }
        const table = rows.length ? [...list.header, ...rows, ''] : [];
        const left = list.rows.length - rows.length;
        if (!left)
            return [...list.title, ...table];
        eventsLeftOut = true;
        const where = list.inJson ? IN_JSON : '';
        const note = rows.length
            ? `… and ${left} more ${list.noun}, ${LEFT_OUT}${where}.`
            : `The ${left} ${list.noun} are ${LEFT_OUT}${where}.`;
        return [...list.title, ...table, note, ''];
    });
    const sizeNote = groupNotes.length || eventsLeftOut
        ? [
            'ℹ️ Some detail is left out below to keep this summary under GitHub’s 1 MiB limit for a step: the notes say where.',
            '',
        ]
        : [];
    return [
        heading(report),
        '',
        ...sizeNote,
        ...top,
        ...(tables.length ? [...groupsHeading(tables.length), ...groupNotes, ...groupLines] : []),
        ...(lists.length ? [...eventsHeading, ...eventLines] : []),
        ...bottom,
    ].join('\n');
}

;// CONCATENATED MODULE: ./build/events/report/run.js





















async function runReport(inputs, keys, runtime) {
    const { core, clock } = runtime;
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--semi-space-growth-factor=1');
    (0,external_index_js_namespaceObject.requireKeys)(keys, {
        api: 'for event report, which reads Datadog’s events',
        app: 'for event report: reading events needs an application key (dora_metrics_read)',
    });
    checkToken(keys.githubToken);
    const { failOnError } = inputs;
    const selection = {
        ...(inputs.services ? { services: inputs.services } : {}),
        ...(inputs.envs ? { envs: inputs.envs } : {}),
    };
    const window = reportWindow(inputs.weeks, clock());
    const context = (0,external_index_js_namespaceObject.readRunContext)(core.env);
    const problems = [];
    let report;
    try {
        const temp = core.env.RUNNER_TEMP || undefined;
        const { checkout } = await beginCheckoutRead(context.workspace, temp);
        const { reader } = (0,external_index_js_namespaceObject.clientsFor)(inputs.endpoint, false, keys, runtime);
        const collected = await collect(reader, window, selection, (0,external_index_js_namespaceObject.readingTimeOn)(runtime.timer));
        sayIncidentSources(core, collected.incidentSources);
        sayAnswers(core, collected, failOnError);
        const ranges = rangesToRead(window, collected.deployments);
        const warn = (message, failed = false) => {
            problems.push(message);
            if (failed && failOnError)
                core.setFailed(message);
            else
                core.warning(failed ? `${message} The job keeps its result (fail-on-error is false).` : message, {
                    title: 'Change lead time',
                });
        };
        const commits = await commitsFor({
            workspace: context.workspace,
            checkout,
            temp,
            serverUrl: context.serverUrl,
            apiUrl: context.apiUrl,
            token: keys.githubToken,
            warn,
        }, ranges);
        report = calculate(window, collected, commits, selection);
    }
    catch (error) {
        problems.push((0,external_index_js_namespaceObject.sayProblem)(core, error, failOnError, 'DORA report', 'not made').message);
    }
    const gate = judge(report, inputs.thresholds);
    if (report)
        core.info(describeReport(report));
    const jsonPath = report && writeJson(core, report, gate, failOnError);
    for (const [name, value] of Object.entries({
        ...reportOutputs(report, gate),
        ...(jsonPath ? { 'report-json': jsonPath } : {}),
    }))
        (0,external_index_js_namespaceObject.writeOutput)(core, name, value, failOnError);
    const links = { app: (0,external_index_js_namespaceObject.appLinkFor)(inputs.endpoint), githubServerUrl: context.serverUrl, problems };
    await (0,external_index_js_namespaceObject.writeSummary)(core, report ? reportSummary(report, gate, links) : unreadSummary(problems), failOnError);
    tellGate(core, gate);
}
function checkToken(token) {
    if (token === undefined)
        return;
    const max = external_index_js_namespaceObject.MAX_LENGTH['github-token'] ?? 0;
    if (token.length > max)
        throw new external_index_js_namespaceObject.InputError(`Input github-token is ${token.length} characters long: at most ${max} are accepted.`);
    if (/[^\x21-\x7e]/.test(token))
        throw new external_index_js_namespaceObject.InputError('Input github-token holds spaces or characters no GitHub token has (its value is not shown).');
}
function sayIncidentSources(core, sources) {
    const events = sources['alert-events'];
    if (events.state === 'failed')
        core.warning(`Incidents from alert events are missing: ${events.message}`, {
            title: 'Incidents from alert events missing',
        });
    if (sources['failure-list'].state === 'retired')
        core.info(`Datadog's DORA failure list is no longer served (DORA incident data retires on ${(0,external_index_js_namespaceObject.day)(external_index_js_namespaceObject.INCIDENT_DATA_ENDS)}): no incidents are read from it.`);
}
function sayAnswers(core, { malformedAnswers, partialReadings }, failOnError) {
    for (const message of malformedAnswers)
        core.warning(message, { title: "Datadog's answer malformed" });
    for (const message of partialReadings) {
        if (failOnError)
            core.setFailed(message);
        else
            core.warning(`${message} The job keeps its result (fail-on-error is false).`, { title: 'DORA report partial' });
    }
}
function tellGate(core, gate) {
    if (gate.verdict === 'breach')
        core.setFailed(gateMessage(gate));
    else if (gate.verdict === 'no-data')
        core.warning(gateMessage(gate), { title: 'Release gate: no data' });
    else if (gate.verdict === 'pass')
        core.info(gateMessage(gate));
}
function describeReport(report) {
    const { window, selection } = report;
    const f = selection.window;
    const first = window.weeks[0]?.label ?? '';
    const last = window.weeks.at(-1)?.label ?? '';
    const groups = report.groups.length === 1 ? 'one service and env' : `${report.groups.length} services and envs`;
    return `DORA report for ${first} to ${last}: ${(0,external_index_js_namespaceObject.count)(f.deployments, 'deployment')}, ${(0,external_index_js_namespaceObject.count)(f.changeFailures, 'change failure')}, ${f.incidents === undefined ? 'incidents not available' : (0,external_index_js_namespaceObject.count)(f.incidents, 'incident')}, in ${groups}.`;
}
function writeJson(core, report, gate, failOnError) {
    const temp = core.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)();
    try {
        const folder = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(temp, 'datadog-dora-report-'));
        const path = (0,external_node_path_namespaceObject.join)(folder, 'report.json');
        (0,external_node_fs_namespaceObject.writeFileSync)(path, `${JSON.stringify(reportJson(report, gate), null, 2)}\n`);
        return path;
    }
    catch (error) {
        const message = `The report's JSON file could not be written in ${temp} (${error.message}): output report-json is not set.`;
        if (failOnError)
            core.setFailed(message);
        else
            core.warning(`${message} The job keeps its result (fail-on-error is false).`, {
                title: 'Report file not written',
            });
        return undefined;
    }
}
function unreadSummary(problems) {
    return ['### ⚠️ DORA report not made', '', ...problems.map((problem) => `- ${(0,external_index_js_namespaceObject.markdownText)(problem)}`), ''].join('\n');
}

var __webpack_exports__runReport = __webpack_exports__.q;
export { __webpack_exports__runReport as runReport };
