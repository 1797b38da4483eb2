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
  M: () => (/* binding */ runExport)
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
const external_index_js_namespaceObject = x({ ["DatadogRetiredError"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.DatadogRetiredError), ["GUIDES"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.GUIDES), ["INCIDENT_DATA_ENDS"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.INCIDENT_DATA_ENDS), ["RETIREMENT_GUIDE"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.RETIREMENT_GUIDE), ["clientsFor"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.clientsFor), ["count"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.count), ["day"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.day), ["forEachPageInWindow"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.forEachPageInWindow), ["markdownCode"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.markdownCode), ["markdownLink"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.markdownLink), ["markdownText"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.markdownText), ["parseTime"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.parseTime), ["queryFor"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.queryFor), ["readingTimeOn"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.readingTimeOn), ["requireKeys"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.requireKeys), ["sayProblem"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.sayProblem), ["whatWasLeftOut"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.whatWasLeftOut), ["whyStopped"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.whyStopped), ["writeOutput"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.writeOutput), ["writeSummary"]: () => (__WEBPACK_EXTERNAL_MODULE__index_js_b261e463__.writeSummary) });
;// CONCATENATED MODULE: ./build/events/export/summary.js


function retiredMessage(error) {
    const ends = (0,external_index_js_namespaceObject.day)(external_index_js_namespaceObject.INCIDENT_DATA_ENDS);
    const why = error.answer
        ? `Datadog answered that its DORA incident API is gone (Datadog retires it on ${ends}): ${error.answer.message}`
        : `incidents sent through its DORA API can no longer be viewed or exported since ${ends}.`;
    return `Failures are not exported: Datadog no longer serves DORA incidents; ${why} See ${external_index_js_namespaceObject.RETIREMENT_GUIDE}.`;
}
const NAMES = { deployments: 'Deployments', failures: 'Failures' };
function fileRow(name, exported) {
    if (exported.state === 'written')
        return `| ${NAMES[name]} | ${exported.count} in ${(0,external_index_js_namespaceObject.markdownCode)(exported.path)}${exported.stopped ? ' (partial: below)' : ''} |`;
    if (exported.state === 'retired')
        return `| ${NAMES[name]} | not exported: Datadog no longer serves DORA incidents (${(0,external_index_js_namespaceObject.day)(external_index_js_namespaceObject.INCIDENT_DATA_ENDS)}) |`;
    return `| ${NAMES[name]} | not exported: Datadog failed (below) |`;
}
const selected = (names) => (names ? names.map(external_index_js_namespaceObject.markdownCode).join(', ') : 'every one');
function months({ from, to, files }) {
    const found = new Set();
    for (let at = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1)); at <= to; at.setUTCMonth(at.getUTCMonth() + 1))
        found.add(at.toISOString().slice(0, 7));
    for (const exported of Object.values(files))
        if (exported.state === 'written')
            for (const month of exported.perMonth.keys())
                found.add(month);
    return [...found].sort();
}
function monthTable(outcome) {
    const { deployments, failures } = outcome.files;
    const cell = (exported, month) => {
        if (exported.state !== 'written')
            return '—';
        if (month === undefined)
            return String(exported.count);
        return String(exported.perMonth.get(month) ?? 0);
    };
    const undated = [deployments, failures].some((exported) => exported.state === 'written' && exported.undated > 0)
        ? [
            `| no start time | ${deployments.state === 'written' ? deployments.undated : '—'} | ${failures.state === 'written' ? failures.undated : '—'} |`,
        ]
        : [];
    return [
        '| Month (UTC, by start) | Deployments | Failures |',
        '|---|---:|---:|',
        ...months(outcome).map((month) => `| ${month} | ${cell(deployments, month)} | ${cell(failures, month)} |`),
        ...undated,
        `| **Total** | **${cell(deployments)}** | **${cell(failures)}** |`,
    ];
}
function exportSummary(outcome, notes) {
    const states = Object.values(outcome.files).map((exported) => exported.state === 'written' && exported.stopped ? 'partial' : exported.state);
    const heading = !states.includes('failed') && !states.includes('partial')
        ? '📦 DORA events exported from Datadog'
        : states.includes('written') || states.includes('partial')
            ? '⚠️ DORA events partly exported from Datadog'
            : '⚠️ DORA events not exported from Datadog';
    const { files } = outcome;
    const artifacts = (0,external_index_js_namespaceObject.markdownLink)('artifact', 'https://docs.github.com/actions/using-workflows/storing-workflow-data-as-artifacts', external_index_js_namespaceObject.GUIDES);
    return [
        `### ${heading}`,
        '',
        '| | |',
        '|---|---|',
        `| Period | ${outcome.from.toISOString()} to ${outcome.to.toISOString()} |`,
        `| Services | ${selected(outcome.selection.services)} |`,
        `| Envs | ${selected(outcome.selection.envs)} |`,
        fileRow('deployments', files.deployments),
        fileRow('failures', files.failures),
        '',
        ...monthTable(outcome),
        '',
        ...notes.map((note) => `- ${(0,external_index_js_namespaceObject.markdownText)(note)}`),
        ...(notes.length ? [''] : []),
        `One event a line (JSON Lines), every field as Datadog returned it. The files are in RUNNER\\_TEMP, which the runner empties when the job ends: upload them as an ${artifacts} to keep them. Artifacts expire too, after 90 days by default and 400 at most (\`retention-days\`): download them and keep them elsewhere.`,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./build/events/export/write.js






async function exportEvents(client, request) {
    const { selection } = request;
    const failureSelection = selection.services ? { services: selection.services } : {};
    const [deployments, failures] = await Promise.all([
        exportTo('deployments', (query) => client.listDeploymentObjects(query), (0,external_index_js_namespaceObject.queryFor)(selection), inSelection(selection, 'deployments'), request),
        exportTo('failures', (query) => client.listFailureObjects(query), (0,external_index_js_namespaceObject.queryFor)(failureSelection), inSelection(selection, 'failures'), request),
    ]);
    return { deployments, failures };
}
async function exportTo(name, list, query, keep, { folder, from, to, time }) {
    const path = (0,external_node_path_namespaceObject.join)(folder, `${name}.jsonl`);
    const perMonth = new Map();
    let count = 0;
    let undated = 0;
    try {
        const file = (0,external_node_fs_namespaceObject.openSync)(path, 'wx');
        try {
            const listed = async (asked) => {
                const { items, flaws } = await list(asked);
                return {
                    items: items.map((event) => ({
                        id: event.id,
                        startedAt: timeOf(event, 'started_at'),
                        finishedAt: timeOf(event, 'finished_at'),
                        event,
                    })),
                    flaws,
                };
            };
            const reading = await (0,external_index_js_namespaceObject.forEachPageInWindow)(listed, { from, to, ...(query ? { query } : {}) }, (items) => {
                let lines = '';
                for (const { event, startedAt } of items) {
                    if (!keep(event))
                        continue;
                    lines += `${JSON.stringify(event)}\n`;
                    count++;
                    if (!startedAt) {
                        undated++;
                        continue;
                    }
                    const month = startedAt.toISOString().slice(0, 7);
                    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
                }
                if (lines)
                    (0,external_node_fs_namespaceObject.writeFileSync)(file, lines);
            }, undefined, time);
            return { state: 'written', path, count, perMonth, undated, ...reading };
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(file);
        }
    }
    catch (error) {
        (0,external_node_fs_namespaceObject.rmSync)(path, { force: true });
        return error instanceof external_index_js_namespaceObject.DatadogRetiredError ? { state: 'retired', error } : { state: 'failed', error };
    }
}
const attributesOf = (event) => typeof event.attributes === 'object' && event.attributes !== null
    ? event.attributes
    : {};
const timeOf = (event, field) => (0,external_index_js_namespaceObject.parseTime)(attributesOf(event)[field]);
function inSelection({ services, envs }, name) {
    if (!services && !envs)
        return () => true;
    return (event) => {
        const { service, services: impacted, env } = attributesOf(event);
        if (name === 'deployments')
            return (!services || services.includes(service)) && (!envs || envs.includes(env));
        const inServices = !services || (Array.isArray(impacted) && impacted.some((one) => services.includes(one)));
        return inServices && (!envs || env === undefined || env === null || env === '' || envs.includes(env));
    };
}

;// CONCATENATED MODULE: ./build/events/export/run.js













const SINGULAR = { deployments: 'deployment', failures: 'failure' };
async function runExport(inputs, keys, runtime) {
    const { core, clock } = runtime;
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--semi-space-growth-factor=1');
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--heap-growing-percent=50');
    (0,external_index_js_namespaceObject.requireKeys)(keys, {
        api: 'for event export, which reads Datadog’s events',
        app: 'for event export: reading events needs an application key (dora_metrics_read)',
    });
    const { failOnError } = inputs;
    const selection = {
        ...(inputs.services ? { services: inputs.services } : {}),
        ...(inputs.envs ? { envs: inputs.envs } : {}),
    };
    const period = { from: inputs.since, to: clock() };
    let outcome;
    try {
        const { reader } = (0,external_index_js_namespaceObject.clientsFor)(inputs.endpoint, false, keys, runtime);
        const folder = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(core.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'datadog-dora-export-'));
        outcome = {
            ...period,
            selection,
            files: await exportEvents(reader, { folder, ...period, selection, time: (0,external_index_js_namespaceObject.readingTimeOn)(runtime.timer) }),
        };
    }
    catch (error) {
        const { message } = (0,external_index_js_namespaceObject.sayProblem)(core, error, failOnError, 'DORA export', 'not made');
        await (0,external_index_js_namespaceObject.writeSummary)(core, `### ⚠️ DORA events not exported from Datadog\n\n${(0,external_index_js_namespaceObject.markdownText)(message)}\n`, failOnError);
        return;
    }
    const notes = [];
    for (const name of ['deployments', 'failures']) {
        const exported = outcome.files[name];
        if (exported.state === 'failed') {
            notes.push((0,external_index_js_namespaceObject.sayProblem)(core, exported.error, failOnError, `DORA ${name}`, 'not exported').message);
        }
        else if (exported.state === 'retired') {
            const message = retiredMessage(exported.error);
            core.warning(message, { title: 'DORA incidents not exported' });
            notes.push(message);
        }
        else {
            const stopped = (0,external_index_js_namespaceObject.whyStopped)(exported);
            if (stopped) {
                const message = `The ${name} file is partial: ${stopped}.`;
                if (failOnError)
                    core.setFailed(message);
                else
                    core.warning(`${message} The job keeps its result (fail-on-error is false).`, {
                        title: 'DORA export partial',
                    });
                notes.push(message);
            }
            const leftOut = (0,external_index_js_namespaceObject.whatWasLeftOut)(name, exported);
            if (leftOut) {
                core.warning(leftOut, { title: 'DORA export incomplete' });
                notes.push(leftOut);
            }
            if (exported.truncated) {
                const message = `The ${name} file may miss some: more than 1000 started in the same second, and a page of Datadog's holds 1000.`;
                core.warning(message, { title: 'DORA export incomplete' });
                notes.push(message);
            }
            core.info(`${(0,external_index_js_namespaceObject.count)(exported.count, SINGULAR[name])} from ${period.from.toISOString()} to ${period.to.toISOString()} written to ${exported.path}.`);
            (0,external_index_js_namespaceObject.writeOutput)(core, `${name}-file`, exported.path, failOnError);
            (0,external_index_js_namespaceObject.writeOutput)(core, name, String(exported.count), failOnError);
        }
    }
    await (0,external_index_js_namespaceObject.writeSummary)(core, exportSummary(outcome, notes), failOnError);
}

var __webpack_exports__runExport = __webpack_exports__.M;
export { __webpack_exports__runExport as runExport };
