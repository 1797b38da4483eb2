import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ml: () => (/* reexport */ COMMIT_SHA_PATTERN),
  sO: () => (/* reexport */ DAY_MS),
  tL: () => (/* reexport */ DatadogApiError),
  g5: () => (/* reexport */ DatadogRetiredError),
  E3: () => (/* reexport */ FAILURE_ID_TAG),
  oh: () => (/* reexport */ GUIDES),
  p3: () => (/* reexport */ INCIDENT_DATA_ENDS),
  v9: () => (/* reexport */ INCIDENT_INGESTION_ENDS),
  dz: () => (/* reexport */ InputError),
  E2: () => (/* reexport */ MAX_LENGTH),
  bM: () => (/* reexport */ REMEDIATES_TAG),
  lO: () => (/* reexport */ REMEDIATION_TAG),
  Vg: () => (/* reexport */ RETIREMENT_GUIDE),
  VG: () => (/* reexport */ Stop),
  Mv: () => (/* reexport */ UNSAFE_CHARACTERS),
  mb: () => (/* reexport */ WEEK_MS),
  vw: () => (/* reexport */ appLinkFor),
  US: () => (/* reexport */ clientsFor),
  U9: () => (/* reexport */ count),
  vd: () => (/* reexport */ day),
  MP: () => (/* reexport */ describeBody),
  dS: () => (/* reexport */ errorMessageOf),
  Kb: () => (/* reexport */ excerpt),
  Z2: () => (/* reexport */ forEachPageInWindow),
  Nd: () => (/* reexport */ gitWithActionsExec),
  Mc: () => (/* reexport */ githubApi),
  R1: () => (/* reexport */ githubTime),
  dM: () => (/* reexport */ graphqlErrors),
  E$: () => (/* reexport */ incidentFromEvent),
  _$: () => (/* reexport */ isCommitSha),
  Gv: () => (/* reexport */ github_isObject),
  aZ: () => (/* reexport */ isRetired),
  oN: () => (/* reexport */ isoWeekLabel),
  $e: () => (/* reexport */ lastLinkedPage),
  OR: () => (/* reexport */ lineProblem),
  Sc: () => (/* reexport */ linkOrigins),
  QZ: () => (/* reexport */ listAllDeployments),
  f6: () => (/* reexport */ listAllFailures),
  _6: () => (/* reexport */ loadExec),
  D9: () => (/* reexport */ markdownCode),
  Bk: () => (/* reexport */ markdownCodeSpan),
  iQ: () => (/* reexport */ markdownLink),
  p7: () => (/* reexport */ markdownText),
  pe: () => (/* reexport */ parseTime),
  N7: () => (/* reexport */ parseTimeInput),
  iz: () => (/* reexport */ pathIdProblem),
  qb: () => (/* reexport */ processRuntime),
  qR: () => (/* reexport */ queryFor),
  TL: () => (/* reexport */ escape_quoted),
  $p: () => (/* reexport */ readRunContext),
  Lk: () => (/* reexport */ readingTimeOn),
  A5: () => (/* reexport */ requireKeys),
  VN: () => (/* reexport */ runMain),
  a2: () => (/* reexport */ runPost),
  He: () => (/* reexport */ runTags),
  Vb: () => (/* reexport */ sayProblem),
  SP: () => (/* reexport */ github_shown),
  ml: () => (/* reexport */ systemClock),
  gi: () => (/* reexport */ termFor),
  vW: () => (/* reexport */ weekStart),
  FN: () => (/* reexport */ whatWasLeftOut),
  kE: () => (/* reexport */ whyStopped),
  zh: () => (/* reexport */ writeOutput),
  Sy: () => (/* reexport */ writeSummary)
});

;// CONCATENATED MODULE: ./build/datadog/rules.js
const ID = /^[A-Za-z0-9_.:-]{1,128}$/;
const TAG = /^[^:\s][^:]*:.+$/;
const MAX_CUSTOM_TAGS = 100;
function pathIdProblem(id) {
    if (!ID.test(id))
        return 'Datadog ids are 1 to 128 letters, digits, hyphens, underscores, periods and colons';
    if (/^\.+$/.test(id))
        return 'an id of periods alone is not an id';
    return undefined;
}
function eventIdProblem(id) {
    if (id.length < 16 || !ID.test(id))
        return 'Datadog accepts 16 to 128 letters, digits, hyphens, underscores, periods and colons';
    return pathIdProblem(id);
}
function versionProblem(version) {
    if (!version.trim())
        return 'it is empty';
    return /[\n\v\f\r\u0085\u2028\u2029]/.test(version) ? 'expected one line' : undefined;
}
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
function lineProblem(value, max) {
    if (value.length > max)
        return `expected at most ${max} characters`;
    return UNSAFE.test(value) ? 'expected one line without control characters' : undefined;
}
function repositoryProblem(value) {
    if (value.length > 500)
        return 'expected at most 500 characters';
    return /\s/.test(value) || UNSAFE.test(value) ? 'expected no spaces or control characters' : undefined;
}
const MAX_COMMIT_SHA = 64;
const COMMIT_SHA_PATTERN = `[0-9a-fA-F]{40,${MAX_COMMIT_SHA}}`;
const COMMIT_SHA = new RegExp(`^${COMMIT_SHA_PATTERN}$`);
const isCommitSha = (text) => COMMIT_SHA.test(text);
function commitShaProblem(sha) {
    if (sha.length > MAX_COMMIT_SHA)
        return `expected at most ${MAX_COMMIT_SHA} characters`;
    return isCommitSha(sha) ? undefined : 'expected 40 or more hexadecimal characters';
}
function tagProblem(tag) {
    return TAG.test(tag) ? undefined : 'expected key:value';
}
function baseUrlProblem(baseUrl) {
    const trimmed = baseUrl.trim();
    if (/[\s\p{Cc}\p{Cf}]/u.test(trimmed))
        return 'it contains spaces or control characters';
    let url;
    try {
        url = new URL(trimmed);
    }
    catch {
        return 'it is not a URL: expected e.g. https://api.datadoghq.com';
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return 'it must start with https:// (or http://)';
    if (url.username || url.password)
        return 'it must not carry credentials: pass the keys as keys';
    if (/[?#]/.test(trimmed))
        return 'it must not have a query (?) or fragment (#)';
    return undefined;
}
function unixTimestamp(digits) {
    if (!/^\d+$/.test(digits))
        return undefined;
    if (digits.length <= 11)
        return new Date(Number(digits) * 1000);
    if (digits.length <= 14)
        return new Date(Number(digits));
    if (digits.length >= 17 && digits.length <= 19)
        return new Date(Number(BigInt(digits) / 1000000n));
    return undefined;
}

;// CONCATENATED MODULE: ./build/datadog/answers.js

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
function checkAnswer(operation, answer) {
    const events = EVENT_ANSWERS[operation];
    if (events)
        return checkEventAnswer(events, answer);
    const { status, text } = answer;
    const kind = operation.split(' ')[0];
    const writes = kind === 'patch' || kind === 'delete';
    const statusFits = kind === 'send' ? status === 200 || status === 202 : writes ? status === 202 : status === 200;
    if (!statusFits)
        return { verdict: 'foreign' };
    if (writes && text.trim() === '')
        return { verdict: 'datadog', body: undefined };
    if (!JSON_TYPE.test(answer.contentType))
        return { verdict: 'foreign' };
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return { verdict: 'cut' };
    }
    const data = isObject(body) && Object.hasOwn(body, 'data') ? body.data : undefined;
    const fits = kind === 'send'
        ? hasId(data)
        : writes
            ? data === null
            : kind === 'list'
                ?
                    Array.isArray(data) && data.every(isObject)
                :
                    data === null || hasId(data) || isJsonApiWithoutData(body);
    return fits ? { verdict: 'datadog', body } : { verdict: 'foreign' };
}
const EVENT_ANSWERS = {
    'send alert event': {
        status: 202,
        fits: (body) => isObject(body.data) && body.data.type === 'event',
    },
    'send event (v1)': {
        status: 202,
        fits: (body) => body.status === 'ok' && isObject(body.event),
    },
    'search events': {
        status: 200,
        fits: (body) => Array.isArray(body.data) && body.data.every(hasEventId),
    },
};
function checkEventAnswer(expected, answer) {
    if (answer.status !== expected.status || !JSON_TYPE.test(answer.contentType))
        return { verdict: 'foreign' };
    let body;
    try {
        body = JSON.parse(answer.text);
    }
    catch {
        return { verdict: 'cut' };
    }
    return isObject(body) && expected.fits(body) ? { verdict: 'datadog', body } : { verdict: 'foreign' };
}
function hasEventId(value) {
    return isObject(value) && typeof value.id === 'string' && /^[A-Za-z0-9_=+/-]{1,512}$/.test(value.id);
}
const JSON_API_MEMBERS = new Set(['meta', 'links', 'jsonapi']);
function isJsonApiWithoutData(body) {
    return isObject(body) && Object.keys(body).every((key) => JSON_API_MEMBERS.has(key));
}
function hasId(value) {
    return isObject(value) && typeof value.id === 'string' && pathIdProblem(value.id) === undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const answers_UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function shown(char) {
    return answers_UNSAFE.test(char) ? (ESCAPES[char] ?? `\\u{${char.codePointAt(0)?.toString(16)}}`) : char;
}
function harmless(text) {
    return answers_UNSAFE.test(text) ? Array.from(text, shown).join('') : text;
}
function excerpt(text, max = 80) {
    let out = '';
    let cutAt = 0;
    for (const char of text) {
        const next = shown(char);
        if (out.length + next.length <= max - 1)
            cutAt = out.length + next.length;
        out += next;
        if (out.length > max)
            return `${out.slice(0, cutAt)}…`;
    }
    return out;
}

;// CONCATENATED MODULE: ./build/datadog/errors.js
class DatadogConfigError extends Error {
    name = 'DatadogConfigError';
}
const SENT = {
    'send deployment': 'The deployment',
    'send failure': 'The failure',
    'patch deployment': 'The change to the deployment',
    'patch deployment by version': 'The change to the deployment',
    'delete deployment': 'The deletion',
    'delete failure': 'The deletion',
    'get deployment': 'The request',
    'get failure': 'The request',
    'list deployments': 'The request',
    'list failures': 'The request',
    'send alert event': 'The alert event',
    'send event (v1)': 'The event',
    'search events': 'The request',
};
class DatadogApiError extends Error {
    name = 'DatadogApiError';
    operation;
    kind;
    status;
    details;
    attempts;
    hint;
    mayHaveArrived;
    notFound;
    gone;
    constructor(init) {
        const tries = init.attempts === 1 ? '1 attempt' : `${init.attempts} attempts`;
        const details = init.details?.length ? `: ${init.details.join('; ')}` : '';
        const arrival = init.mayHaveArrived
            ? ` ${SENT[init.operation]} may or may not have arrived at Datadog: an answer was lost on the way.`
            : '';
        const hint = init.hint ? ` ${init.hint}` : '';
        super(`Datadog ${init.operation} failed after ${tries}: ${init.summary}${details}.${arrival}${hint}`);
        this.operation = init.operation;
        this.kind = init.kind;
        this.status = init.status;
        this.details = init.details ?? [];
        this.attempts = init.attempts;
        this.hint = init.hint;
        this.mayHaveArrived = init.mayHaveArrived ?? false;
        this.notFound = init.notFound ?? false;
        this.gone = init.gone ?? false;
    }
    get retried() {
        return this.attempts > 1;
    }
}
class DatadogRetiredError extends Error {
    name = 'DatadogRetiredError';
    operation;
    answer;
    constructor(operation, message, answer) {
        super(message);
        this.operation = operation;
        this.answer = answer;
    }
}

;// CONCATENATED MODULE: ./build/datadog/fields.js


const MAX_NAME = 200;
const MAX_TITLE = 1000;
const MAX_TAG = 200;
const MAX_SERVICES = 100;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const NON_BLANK = /\S/;
function parseTime(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) && value >= 0 ? unixTimestamp(BigInt(value).toString()) : undefined;
    if (typeof value !== 'string')
        return undefined;
    if (/^\d+$/.test(value))
        return unixTimestamp(value);
    if (!RFC_3339.test(value))
        return undefined;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : new Date(ms);
}
const found = [];
function beginEvent() {
    found.length = 0;
}
function flawed(value, field, problem) {
    found.push(`${field} is ${fields_shown(value)}: ${problem}`);
    return undefined;
}
const fields_shown = (value) => (value === undefined ? 'missing' : excerpt(JSON.stringify(value), 60));
function leftOut(id, flaws) {
    flaws.push({
        id: typeof id === 'string' && !pathIdProblem(id) ? id : fields_shown(id),
        leftOut: true,
        problems: found.slice(),
    });
    return undefined;
}
function kept(event, flaws) {
    if (found.length)
        flaws.push({ id: event.id, leftOut: false, problems: found.slice() });
    return event;
}
function idOf(value) {
    const problem = typeof value === 'string' ? pathIdProblem(value) : 'expected a Datadog id';
    return problem ? flawed(value, 'id', problem) : value;
}
const NO_ATTRIBUTES = Object.freeze({});
function attributesOf(value) {
    if (isObject(value))
        return value;
    flawed(value, 'attributes', 'expected an object');
    return NO_ATTRIBUTES;
}
function fields_name(value, field, max = MAX_NAME) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string')
        return flawed(value, field, 'expected a string');
    if (!NON_BLANK.test(value))
        return undefined;
    const problem = lineProblem(value, max);
    return problem ? flawed(value, field, problem) : value;
}
function requiredName(value, field) {
    const absent = value === undefined || value === null || (typeof value === 'string' && !NON_BLANK.test(value));
    return absent ? flawed(value, field, 'required') : fields_name(value, field);
}
function time(value, field) {
    if (value === undefined || value === null)
        return undefined;
    return parseTime(value) ?? flawed(value, field, 'expected an RFC 3339 time or a Unix timestamp');
}
function requiredTime(value, field) {
    return value === undefined || value === null ? flawed(value, field, 'required') : time(value, field);
}
const isTag = (tag) => typeof tag === 'string' && lineProblem(tag, MAX_TAG) === undefined && tagProblem(tag) === undefined;
const isService = (service) => typeof service === 'string' && NON_BLANK.test(service) && lineProblem(service, MAX_NAME) === undefined;
function tagsOf(value) {
    return listOf(value, 'custom_tags', MAX_CUSTOM_TAGS, isTag, `expected key:value, one line of at most ${MAX_TAG} characters`);
}
function servicesOf(value) {
    return listOf(value, 'services', MAX_SERVICES, isService, `expected a service name, one line of at most ${MAX_NAME} characters`);
}
function listOf(value, field, max, fits, itemProblem) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || value.length > max) {
        flawed(value, field, `expected a list of at most ${max}`);
        return [];
    }
    const bad = value.findIndex((item) => !fits(item));
    if (bad === -1)
        return value;
    flawed(value[bad], `${field}[${bad}]`, itemProblem);
    return value.filter(fits);
}
function commitOf(git) {
    if (git === undefined || git === null)
        return undefined;
    if (!isObject(git))
        return flawed(git, 'git', 'expected an object');
    const sha = git.commit_sha;
    if (typeof sha === 'string' && isCommitSha(sha))
        return sha;
    return flawed(sha, 'git.commit_sha', `expected 40 to ${MAX_COMMIT_SHA} hexadecimal characters`);
}
function repositoryOf(git, key) {
    const value = git[key];
    if (value === undefined || value === null || value === '')
        return undefined;
    const problem = typeof value === 'string' ? repositoryProblem(value) : 'expected a string';
    return problem ? flawed(value, `git.${key}`, problem) : value;
}
function remediationOf(value) {
    if (value === undefined || value === null)
        return undefined;
    if (!isObject(value))
        return flawed(value, 'remediation', 'expected an object');
    const { id, version, type } = value;
    if (type !== 'rollback' && type !== 'rollforward')
        return flawed(type, 'remediation.type', 'expected rollback or rollforward');
    const remediation = { type };
    if (id !== undefined && id !== null && id !== '') {
        const problem = typeof id === 'string' ? pathIdProblem(id) : 'expected a Datadog id';
        if (problem)
            flawed(id, 'remediation.id', problem);
        else
            remediation.id = id;
    }
    const remediatingVersion = fields_name(version, 'remediation.version');
    if (remediatingVersion)
        remediation.version = remediatingVersion;
    return remediation;
}

;// CONCATENATED MODULE: ./build/datadog/paging.js
const PAGE = 1000;
const SECOND = 1000;
const MAX_EVENTS = 100_000;
const READING_LIMIT_MS = 15 * 60_000;
const READING_TIME = { limitMs: READING_LIMIT_MS, now: () => performance.now() };
const readingTimeOn = (timer) => ({ limitMs: READING_LIMIT_MS, now: timer.now });
const requestCeiling = (events, pageSize) => 4 * Math.ceil(Math.min(events, MAX_EVENTS) / pageSize) + 64;
async function forEachPageInWindow(list, window, onNewItems, pageSize = PAGE, time = READING_TIME) {
    const deadline = time.now() + time.limitMs;
    const seen = new Set();
    const outside = new Set();
    const reading = { truncated: false, malformed: { leftOut: 0, droppedFields: 0 }, foreign: 0 };
    const [windowFrom, windowTo] = [window.from.getTime(), window.to.getTime()];
    let requests = 0;
    const readPage = async (from, to) => {
        if (reading.stopped)
            return 'done';
        if (requests >= requestCeiling(seen.size, pageSize))
            return stop('ceiling');
        if (time.now() >= deadline)
            return stop('time');
        requests++;
        const { items, flaws } = await list({
            from: new Date(from),
            to: new Date(to),
            query: window.query,
            limit: pageSize,
            sort: 'started_at',
        });
        const fresh = [];
        let foreign = 0;
        let honoured = true;
        for (const item of items) {
            if (!within(item, from, to))
                honoured = false;
            if (!within(item, windowFrom, windowTo)) {
                foreign++;
                if (!outside.has(item.id))
                    reading.foreign++;
                outside.add(item.id);
            }
            else if (!seen.has(item.id)) {
                seen.add(item.id);
                fresh.push(item);
            }
        }
        const leftOut = tally(flaws, fresh);
        if (fresh.length)
            await onNewItems(fresh);
        if (items.length && foreign === items.length)
            return stop('ignored-window');
        const size = items.length + flaws.filter((flaw) => flaw.leftOut).length;
        if (size < pageSize)
            return 'done';
        if (!fresh.length && !leftOut && !(items.length > 0 && honoured))
            return stop('ignored-window');
        let ordered = items.length > 0;
        for (let i = 0; i < items.length && ordered; i++) {
            const start = items[i].startedAt?.getTime() ?? Number.NaN;
            ordered = start <= to + SECOND && (i === 0 || start >= (items[i - 1].startedAt?.getTime() ?? Number.NaN));
        }
        const last = items.at(-1)?.startedAt?.getTime() ?? Number.NaN;
        if (ordered && last > from)
            return last;
        if (ordered || to - from <= SECOND) {
            reading.truncated = true;
            const nextSecond = Math.floor(from / SECOND) * SECOND + SECOND;
            return nextSecond < to ? nextSecond : 'done';
        }
        return 'split';
    };
    const stop = (why) => {
        reading.stopped = { why, requests };
        return 'done';
    };
    const tally = (flaws, fresh) => {
        if (!flaws.length)
            return 0;
        const handedOn = new Set(fresh.map((item) => item.id));
        let leftOut = 0;
        for (const flaw of flaws) {
            if (flaw.leftOut ? seen.has(flaw.id) : !handedOn.has(flaw.id))
                continue;
            if (flaw.leftOut) {
                seen.add(flaw.id);
                leftOut++;
            }
            else {
                reading.malformed.droppedFields += flaw.problems.length;
            }
            reading.malformed.example ??= { id: flaw.id, problem: flaw.problems[0] ?? '' };
        }
        reading.malformed.leftOut += leftOut;
        return leftOut;
    };
    const visit = async (from, to) => {
        for (let next = await readPage(from, to); next !== 'done'; next = await readPage(from, to)) {
            if (next === 'split') {
                const middle = from + Math.floor((to - from) / 2);
                await visit(from, middle);
                from = middle;
            }
            else {
                from = next;
            }
        }
    };
    await visit(windowFrom, windowTo);
    return reading;
}
function within({ startedAt, finishedAt }, from, to) {
    const start = startedAt?.getTime();
    if (start === undefined || Number.isNaN(start))
        return true;
    const finish = finishedAt?.getTime();
    return (start <= to + SECOND &&
        (finish === undefined || Number.isNaN(finish) ? start : Math.max(start, finish)) >= from - SECOND);
}
async function listAllInWindow(list, window, { pageSize = PAGE, time = READING_TIME } = {}) {
    const items = [];
    const reading = await forEachPageInWindow(list, window, (fresh) => {
        items.push(...fresh);
    }, pageSize, time);
    return { items, ...reading };
}
const listAllDeployments = (client, window, options) => listAllInWindow((query) => client.listDeployments(query), window, options);
const listAllFailures = (client, window, options) => listAllInWindow((query) => client.listFailures(query), window, options);

;// CONCATENATED MODULE: ./build/datadog/query.js
const PLAIN = /^[A-Za-z0-9_./-]+$/;
function termFor(key, values) {
    return values?.length && values.every((value) => PLAIN.test(value)) ? `${key}:(${values.join(' OR ')})` : undefined;
}
function queryFor(selection) {
    const terms = [termFor('service', selection.services), termFor('env', selection.envs)].filter(Boolean);
    return terms.length ? terms.join(' ') : undefined;
}

;// CONCATENATED MODULE: ./build/datadog/retirement.js
const systemClock = () => new Date();
const INCIDENT_INGESTION_ENDS = new Date('2026-12-31T00:00:00.000Z');
const INCIDENT_DATA_ENDS = new Date('2027-03-31T00:00:00.000Z');
const RETIREMENT_GUIDE = 'https://docs.datadoghq.com/delivery_performance/guide/dora-incident-deprecation/';
const RETIRES_ON = { ingestion: INCIDENT_INGESTION_ENDS, data: INCIDENT_DATA_ENDS };
function isRetired(part, now) {
    return now.getTime() >= RETIRES_ON[part].getTime();
}
function day(date) {
    return date.toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./build/datadog/shortfalls.js

function whyStopped({ stopped }) {
    if (!stopped)
        return undefined;
    const after = `after ${stopped.requests} ${stopped.requests === 1 ? 'request' : 'requests'}`;
    if (stopped.why === 'ceiling')
        return `Datadog's answers took reading to ${stopped.requests} requests, the most the events found could need, so it stopped there`;
    if (stopped.why === 'time')
        return `Datadog answered so slowly that reading took its ${READING_TIME.limitMs / 60_000} minutes, so it stopped ${after}`;
    return `Datadog's answer ignored the window asked (it held events outside it, or the same ones again), so reading stopped ${after}`;
}
function whatWasLeftOut(events, { malformed, foreign }) {
    const counted = (n, what) => `${n} ${what}${n === 1 ? ' was' : 's were'}`;
    const parts = [
        ...(malformed.leftOut ? [`${counted(malformed.leftOut, 'event')} malformed and left out`] : []),
        ...(malformed.droppedFields
            ? [`${counted(malformed.droppedFields, 'malformed field')} dropped from the events kept`]
            : []),
        ...(foreign ? [`${counted(foreign, 'event')} wholly outside the window asked and left out`] : []),
    ];
    if (!parts.length)
        return undefined;
    const example = malformed.example
        ? ` For example, ${events.slice(0, -1)} ${malformed.example.id}: ${malformed.example.problem}.`
        : '';
    return `Datadog's answers for ${events}: ${parts.join('; ')}.${example}`;
}

;// CONCATENATED MODULE: ./build/version.js
const PRODUCT = 'datadog-dora-action';
const VERSION = '1.0.0';

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./build/datadog/requests.js




function newEventId() {
    return (0,external_node_crypto_.randomUUID)();
}
function deploymentRequest(event) {
    if (!event.service?.trim())
        throw new DatadogConfigError('A deployment needs a service name.');
    const startedAt = millis('startedAt', event.startedAt);
    const finishedAt = millis('finishedAt', event.finishedAt);
    return {
        data: {
            attributes: {
                id: eventId('deployment', event.id),
                service: event.service,
                started_at: startedAt,
                finished_at: finishedAt,
                ...optional('env', event.env),
                ...optional('version', event.version),
                ...optional('team', event.team),
                ...gitAndTags(event),
            },
        },
    };
}
function failureRequest(event) {
    const services = event.services?.filter((service) => service.trim() !== '') ?? [];
    if (services.length === 0 && !event.team?.trim()) {
        throw new DatadogConfigError('A failure needs at least one service or a team.');
    }
    return {
        data: {
            attributes: {
                id: eventId('failure', event.id),
                started_at: millis('startedAt', event.startedAt),
                ...(event.finishedAt === undefined ? {} : { finished_at: millis('finishedAt', event.finishedAt) }),
                ...(services.length ? { services } : {}),
                ...optional('team', event.team),
                ...optional('name', event.name),
                ...optional('severity', event.severity),
                ...optional('env', event.env),
                ...optional('version', event.version),
                ...gitAndTags(event),
            },
        },
    };
}
function patchRequest(id, patch) {
    return {
        data: { id: pathId('deployment', id), type: 'dora_deployment_patch_request', attributes: patchAttributes(patch) },
    };
}
function patchByVersionRequest(target, patch) {
    for (const field of ['service', 'env', 'version']) {
        if (!target[field]?.trim())
            throw new DatadogConfigError(`Patching a deployment by version needs its ${field}.`);
    }
    const { service, env, version } = target;
    return {
        data: { type: 'dora_deployment_patch_request', attributes: { service, env, version, ...patchAttributes(patch) } },
    };
}
function patchAttributes({ changeFailure, remediation, }) {
    return { change_failure: changeFailure, ...(remediation ? { remediation: checkedRemediation(remediation) } : {}) };
}
function checkedRemediation(remediation) {
    const { id, version, type } = remediation;
    if (id !== undefined && version !== undefined) {
        throw new DatadogConfigError('A remediation names the deployment that remediated by its id or by its version, not both.');
    }
    if (type !== 'rollback' && type !== 'rollforward') {
        throw new DatadogConfigError(`Remediation type "${String(type)}" is not valid: expected rollback or rollforward.`);
    }
    if (id !== undefined) {
        const problem = pathIdProblem(id);
        if (problem)
            throw new DatadogConfigError(`The remediation id ${quoted(id)} is not valid: ${problem}.`);
        return { id, type };
    }
    if (version === undefined)
        throw new DatadogConfigError('A remediation needs the id or the version of the deployment that remediated.');
    const problem = versionProblem(version);
    if (problem)
        throw new DatadogConfigError(`The remediation version ${quoted(version)} is not valid: ${problem}.`);
    return { version, type };
}
function listRequest(type, query) {
    const { limit } = query;
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 1000)) {
        throw new DatadogConfigError(`List limit ${limit} is not valid: expected a whole number from 1 to 1000.`);
    }
    return {
        data: {
            type,
            attributes: {
                ...(query.from ? { from: iso('from', query.from) } : {}),
                ...(query.to ? { to: iso('to', query.to) } : {}),
                ...optional('query', query.query),
                ...optional('sort', query.sort),
                ...(limit === undefined ? {} : { limit }),
            },
        },
    };
}
function eventId(kind, id) {
    if (id === undefined)
        return newEventId();
    const problem = eventIdProblem(id);
    if (problem)
        throw new DatadogConfigError(`The ${kind} id ${quoted(id)} is not valid: ${problem}.`);
    return id;
}
function pathId(kind, id) {
    if (!id.trim())
        throw new DatadogConfigError(`A ${kind} id is needed.`);
    const problem = pathIdProblem(id);
    if (problem)
        throw new DatadogConfigError(`The ${kind} id ${quoted(id)} is not valid: ${problem}.`);
    return id;
}
function quoted(value) {
    return `"${excerpt(value, 60)}"`;
}
function millis(field, date) {
    const ms = date instanceof Date ? date.getTime() : Number.NaN;
    if (Number.isNaN(ms))
        throw new DatadogConfigError(`${field} is not a valid date.`);
    return ms;
}
function iso(field, date) {
    return new Date(millis(field, date)).toISOString();
}
function optional(key, value) {
    return (value?.trim() ? { [key]: value } : {});
}
function gitAndTags(event) {
    const out = {};
    if (event.git) {
        const problem = commitShaProblem(event.git.commitSha);
        if (problem)
            throw new DatadogConfigError(`Commit SHA ${quoted(event.git.commitSha)} is not valid: ${problem}.`);
        if (!event.git.repositoryUrl.trim())
            throw new DatadogConfigError('The git info needs a repository URL.');
        out.git = { commit_sha: event.git.commitSha, repository_url: event.git.repositoryUrl };
    }
    const tags = event.customTags ?? [];
    if (tags.length > MAX_CUSTOM_TAGS) {
        throw new DatadogConfigError(`${tags.length} custom tags given: Datadog accepts at most ${MAX_CUSTOM_TAGS} per event.`);
    }
    for (const tag of tags) {
        const problem = tagProblem(tag);
        if (problem)
            throw new DatadogConfigError(`Custom tag ${quoted(tag)} is not valid: ${problem}.`);
    }
    if (tags.length)
        out.custom_tags = tags;
    return out;
}

;// CONCATENATED MODULE: ./build/datadog/calls.js


const idInPath = (kind, id) => encodeURIComponent(pathId(kind, id));
const written = (response) => ({
    status: response.status,
    attempts: response.attempts,
    durationMs: response.durationMs,
    ...(response.resentAfterLostAnswer ? { resentAfterLostAnswer: true } : {}),
});
async function send(transport, operation, path, body) {
    const request = body();
    const response = await transport({ operation, method: 'POST', path, body: request });
    const id = response.body.data.id;
    return { id, sentId: request.data.attributes.id, ...written(response) };
}
async function get(transport, operation, path, parse) {
    let response;
    try {
        response = await transport({ operation, method: 'GET', path, permission: 'dora_metrics_read', objectInPath: true });
    }
    catch (error) {
        if (error instanceof DatadogApiError && error.notFound)
            return undefined;
        throw error;
    }
    const { data } = response.body;
    if (!data)
        return undefined;
    const flaws = [];
    const event = parse(data, flaws);
    if (event)
        return event;
    const summary = `the event in Datadog's answer is malformed (${flaws[0]?.problems.join('; ')})`;
    throw new DatadogApiError({
        operation,
        kind: 'malformed',
        summary,
        status: response.status,
        attempts: response.attempts,
    });
}
async function list(transport, operation, path, body, parse) {
    const response = await transport({ operation, method: 'POST', path, body, permission: 'dora_metrics_read' });
    const items = [];
    const flaws = [];
    for (const object of response.body.data) {
        const item = parse(object, flaws);
        if (item)
            items.push(item);
    }
    return { items, flaws };
}

;// CONCATENATED MODULE: ./build/datadog/responses.js

function parseDeployment(event, flaws) {
    beginEvent();
    const id = idOf(event.id);
    const a = attributesOf(event.attributes);
    const service = requiredName(a.service, 'service');
    const startedAt = requiredTime(a.started_at, 'started_at');
    if (id === undefined || service === undefined || startedAt === undefined)
        return leftOut(event.id, flaws);
    const deployment = { id, service, startedAt, customTags: tagsOf(a.custom_tags) };
    const finishedAt = time(a.finished_at, 'finished_at');
    if (finishedAt)
        deployment.finishedAt = finishedAt;
    const env = fields_name(a.env, 'env');
    if (env)
        deployment.env = env;
    const version = fields_name(a.version, 'version');
    if (version)
        deployment.version = version;
    const team = fields_name(a.team, 'team');
    if (team)
        deployment.team = team;
    const commitSha = commitOf(a.git);
    if (commitSha) {
        const repositoryId = repositoryOf(a.git, 'repository_id');
        deployment.git = repositoryId ? { commitSha, repositoryId } : { commitSha };
    }
    const changeFailure = a.change_failure;
    if (typeof changeFailure === 'boolean')
        deployment.changeFailure = changeFailure;
    else if (changeFailure !== undefined && changeFailure !== null)
        flawed(changeFailure, 'change_failure', 'expected true or false');
    const remediation = remediationOf(a.remediation);
    if (remediation)
        deployment.remediation = remediation;
    return kept(deployment, flaws);
}
function parseFailure(event, flaws) {
    beginEvent();
    const id = idOf(event.id);
    const a = attributesOf(event.attributes);
    const startedAt = requiredTime(a.started_at, 'started_at');
    if (id === undefined || startedAt === undefined)
        return leftOut(event.id, flaws);
    const failure = { id, startedAt, services: servicesOf(a.services), customTags: tagsOf(a.custom_tags) };
    const finishedAt = time(a.finished_at, 'finished_at');
    if (finishedAt)
        failure.finishedAt = finishedAt;
    const title = fields_name(a.name, 'name', MAX_TITLE);
    if (title)
        failure.name = title;
    const severity = fields_name(a.severity, 'severity');
    if (severity)
        failure.severity = severity;
    const team = fields_name(a.team, 'team');
    if (team)
        failure.team = team;
    const env = fields_name(a.env, 'env');
    if (env)
        failure.env = env;
    const version = fields_name(a.version, 'version');
    if (version)
        failure.version = version;
    const commitSha = commitOf(a.git);
    if (commitSha) {
        const repositoryUrl = repositoryOf(a.git, 'repository_url');
        failure.git = repositoryUrl ? { commitSha, repositoryUrl } : { commitSha };
    }
    return kept(failure, flaws);
}
function parseRawEvent(event, flaws) {
    beginEvent();
    return idOf(event.id) === undefined ? leftOut(event.id, flaws) : event;
}

;// CONCATENATED MODULE: ./build/datadog/deployment-operations.js



function deploymentOperations(transport) {
    const deployment = (id) => idInPath('deployment', id);
    return {
        sendDeployment: async (event) => send(transport, 'send deployment', '/api/v2/dora/deployment', () => deploymentRequest(event)),
        patchDeployment: async (id, patch) => written(await transport({
            operation: 'patch deployment',
            method: 'PATCH',
            path: `/api/v2/dora/deployments/${deployment(id)}`,
            body: patchRequest(id, patch),
            permission: 'dora_metrics_write',
        })),
        patchDeploymentByVersion: async (target, patch) => written(await transport({
            operation: 'patch deployment by version',
            method: 'PATCH',
            path: '/api/v2/dora/deployments',
            body: patchByVersionRequest(target, patch),
            permission: 'dora_metrics_write',
        })),
        getDeployment: async (id) => get(transport, 'get deployment', `/api/v2/dora/deployments/${deployment(id)}`, parseDeployment),
        listDeployments: async (query = {}) => list(transport, 'list deployments', '/api/v2/dora/deployments', listRequest('dora_deployments_list_request', query), parseDeployment),
        deleteDeployment: async (id) => written(await transport({
            operation: 'delete deployment',
            method: 'DELETE',
            path: `/api/v2/dora/deployment/${deployment(id)}`,
            permission: 'dora_metrics_write',
        })),
        listDeploymentObjects: async (query = {}) => list(transport, 'list deployments', '/api/v2/dora/deployments', listRequest('dora_deployments_list_request', query), parseRawEvent),
    };
}

;// CONCATENATED MODULE: ./build/datadog/events.js




const MAX_EVENT_AGE_MS = 18 * 3_600_000;
const MAX_EVENT_TAGS = 100;
const MAX_TAG_LENGTH = 200;
const events_MAX_TITLE = 500;
const MAX_MESSAGE = 4000;
const MAX_AGGREGATION_KEY = 100;
const MAX_CUSTOM_PROPERTIES = 100;
const MAX_CUSTOM_DEPTH = 10;
const PRIORITIES = new Set(['1', '2', '3', '4', '5']);
function alertEventRequest(event, now) {
    if (event.status !== 'error' && event.status !== 'warn' && event.status !== 'ok') {
        throw new DatadogConfigError(`Alert status "${excerpt(String(event.status), 20)}" is not valid: expected error, warn or ok.`);
    }
    if (event.priority !== undefined && !PRIORITIES.has(event.priority)) {
        throw new DatadogConfigError(`Alert priority "${excerpt(String(event.priority), 20)}" is not valid: expected "1" to "5".`);
    }
    if (event.custom !== undefined)
        checkCustom(event.custom, 1);
    return {
        data: {
            type: 'event',
            attributes: {
                title: title(event.title),
                category: 'alert',
                ...(event.message === undefined ? {} : { message: bounded('message', event.message, MAX_MESSAGE) }),
                ...tagsAndKey(event.tags, event.aggregationKey),
                ...(event.timestamp === undefined ? {} : { timestamp: recent(event.timestamp, now).toISOString() }),
                attributes: {
                    status: event.status,
                    ...(event.priority === undefined ? {} : { priority: event.priority }),
                    ...(event.custom === undefined ? {} : { custom: event.custom }),
                },
            },
        },
    };
}
function v1EventRequest(event, now) {
    if (!['error', 'warning', 'info', 'success'].includes(event.alertType)) {
        throw new DatadogConfigError(`Alert type "${excerpt(String(event.alertType), 20)}" is not valid: expected error, warning, info or success.`);
    }
    return {
        title: title(event.title),
        text: bounded('text', event.text, MAX_MESSAGE),
        alert_type: event.alertType,
        ...tagsAndKey(event.tags, event.aggregationKey),
        ...(event.dateHappened === undefined
            ? {}
            : { date_happened: Math.floor(recent(event.dateHappened, now).getTime() / 1000) }),
    };
}
function eventSearchRequest(search) {
    const { limit, cursor } = search;
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 1000)) {
        throw new DatadogConfigError(`Search limit ${limit} is not valid: expected a whole number from 1 to 1000.`);
    }
    if (!search.query.trim())
        throw new DatadogConfigError('An event search needs a query.');
    for (const [name, date] of [
        ['from', search.from],
        ['to', search.to],
    ]) {
        if (!(date instanceof Date) || Number.isNaN(date.getTime()))
            throw new DatadogConfigError(`The search's ${name} is not a valid date.`);
    }
    return {
        filter: { query: search.query, from: search.from.toISOString(), to: search.to.toISOString() },
        page: { ...(limit === undefined ? {} : { limit }), ...(cursor === undefined ? {} : { cursor }) },
        sort: 'timestamp',
    };
}
function title(text) {
    if (typeof text !== 'string' || !text.trim())
        throw new DatadogConfigError('An event needs a title.');
    return bounded('title', text, events_MAX_TITLE);
}
function bounded(field, text, max) {
    if (typeof text !== 'string' || !text.trim())
        throw new DatadogConfigError(`An event's ${field} is empty: leave it out instead.`);
    if (text.length > max)
        throw new DatadogConfigError(`An event's ${field} has ${text.length} characters: Datadog accepts at most ${max}.`);
    return text;
}
function tagsAndKey(tags = [], aggregationKey) {
    if (tags.length > MAX_EVENT_TAGS)
        throw new DatadogConfigError(`${tags.length} tags given: Datadog accepts at most ${MAX_EVENT_TAGS} per event.`);
    for (const tag of tags) {
        const problem = tagProblem(tag) ?? (tag.length > MAX_TAG_LENGTH ? `longer than ${MAX_TAG_LENGTH} characters` : undefined);
        if (problem)
            throw new DatadogConfigError(`Tag "${excerpt(tag, 60)}" is not valid: ${problem}.`);
    }
    if (aggregationKey !== undefined)
        bounded('aggregation key', aggregationKey, MAX_AGGREGATION_KEY);
    return {
        ...(tags.length ? { tags } : {}),
        ...(aggregationKey === undefined ? {} : { aggregation_key: aggregationKey }),
    };
}
function recent(date, now) {
    if (!(date instanceof Date) || Number.isNaN(date.getTime()))
        throw new DatadogConfigError("An event's time is not a valid date.");
    if (now.getTime() - date.getTime() > MAX_EVENT_AGE_MS) {
        throw new DatadogConfigError(`An event's time ${date.toISOString()} is more than 18 hours old, which Datadog refuses: leave it out (Datadog stamps the receipt) and carry the time elsewhere.`);
    }
    return date;
}
function checkCustom(value, depth) {
    if (depth > MAX_CUSTOM_DEPTH)
        throw new DatadogConfigError(`An event's custom attributes nest deeper than ${MAX_CUSTOM_DEPTH} levels.`);
    if (Array.isArray(value)) {
        for (const item of value)
            checkCustom(item, depth + 1);
        return;
    }
    if (typeof value !== 'object' || value === null)
        return;
    const keys = Object.keys(value);
    if (keys.length > MAX_CUSTOM_PROPERTIES)
        throw new DatadogConfigError(`An event's custom attributes have an object of ${keys.length} properties: Datadog accepts at most ${MAX_CUSTOM_PROPERTIES}.`);
    for (const key of keys)
        checkCustom(value[key], depth + 1);
}
const events_text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
function parseFoundEvent(item) {
    const outer = isObject(item.attributes) ? item.attributes : {};
    const inner = isObject(outer.attributes) ? outer.attributes : {};
    const found = {
        id: item.id,
        tags: Array.isArray(outer.tags) ? outer.tags.filter((tag) => typeof tag === 'string') : [],
    };
    const timestamp = parseTime(typeof outer.timestamp === 'string' || typeof outer.timestamp === 'number' ? outer.timestamp : undefined);
    if (timestamp)
        found.timestamp = timestamp;
    const fields = [
        ['title', inner.title],
        ['message', outer.message],
        ['status', inner.status],
        ['aggregationKey', inner.aggregation_key],
    ];
    for (const [key, value] of fields) {
        const given = events_text(value);
        if (given !== undefined)
            found[key] = given;
    }
    if (isObject(inner.custom))
        found.custom = inner.custom;
    return found;
}

;// CONCATENATED MODULE: ./build/datadog/event-operations.js


const posted = (response, id) => ({
    ...written(response),
    ...(typeof id === 'string' && id ? { id } : {}),
});
function eventOperations(transport, clock) {
    return {
        postAlertEvent: async (event) => {
            const body = alertEventRequest(event, clock());
            const response = await transport({
                operation: 'send alert event',
                method: 'POST',
                path: '/api/v2/events',
                body,
                appKey: true,
                intake: true,
            });
            const answer = response.body;
            return posted(response, answer.data.attributes?.attributes?.evt?.uid);
        },
        postEventV1: async (event) => {
            const body = v1EventRequest(event, clock());
            const response = await transport({ operation: 'send event (v1)', method: 'POST', path: '/api/v1/events', body });
            return posted(response, response.body.event.id_str);
        },
        searchEvents: async (search) => {
            const body = eventSearchRequest(search);
            const response = await transport({
                operation: 'search events',
                method: 'POST',
                path: '/api/v2/events/search',
                body,
                permission: 'events_read',
            });
            const answer = response.body;
            const after = answer.meta?.page?.after;
            return {
                events: answer.data.map(parseFoundEvent),
                ...(typeof after === 'string' && after && answer.data.length ? { next: after } : {}),
            };
        },
    };
}

;// CONCATENATED MODULE: ./build/datadog/failure-operations.js





const INCIDENT_PARTS = {
    ingestion: 'DORA incident ingestion (sending and deleting failure events)',
    data: 'DORA incident data (listing and reading failure events)',
};
function incidentGate(clock) {
    const learned = new Map();
    return async (part, operation, call) => {
        const answer = learned.get(part);
        if (answer || isRetired(part, clock())) {
            const why = answer
                ? `Datadog answered earlier that ${INCIDENT_PARTS[part]} is gone`
                : `Datadog retired ${INCIDENT_PARTS[part]} on ${day(RETIRES_ON[part])}`;
            throw new DatadogRetiredError(operation, `Datadog ${operation} is not sent: ${why} (${RETIREMENT_GUIDE}).`, answer);
        }
        try {
            return await call();
        }
        catch (error) {
            if (!(error instanceof DatadogApiError && error.gone))
                throw error;
            learned.set(part, error);
            if (part === 'data')
                learned.set('ingestion', error);
            throw new DatadogRetiredError(operation, `Datadog says ${INCIDENT_PARTS[part]} is gone: ${error.message} Datadog retires it on ${day(RETIRES_ON[part])} in any case; nothing more is sent to it (${RETIREMENT_GUIDE}).`, error);
        }
    };
}
function failureOperations(transport, clock) {
    const incident = incidentGate(clock);
    const failure = (id) => idInPath('failure', id);
    return {
        sendFailure: async (event) => {
            const body = failureRequest(event);
            return incident('ingestion', 'send failure', () => send(transport, 'send failure', '/api/v2/dora/failure', () => body));
        },
        getFailure: async (id) => {
            const path = `/api/v2/dora/failures/${failure(id)}`;
            return incident('data', 'get failure', () => get(transport, 'get failure', path, parseFailure));
        },
        listFailures: async (query = {}) => {
            const body = listRequest('dora_failures_list_request', query);
            return incident('data', 'list failures', () => list(transport, 'list failures', '/api/v2/dora/failures', body, parseFailure));
        },
        deleteFailure: async (id) => {
            const path = `/api/v2/dora/failure/${failure(id)}`;
            return incident('ingestion', 'delete failure', async () => written(await transport({
                operation: 'delete failure',
                method: 'DELETE',
                path,
                permission: 'dora_metrics_write',
                objectInPath: true,
            })));
        },
        listFailureObjects: async (query = {}) => {
            const body = listRequest('dora_failures_list_request', query);
            return incident('data', 'list failures', () => list(transport, 'list failures', '/api/v2/dora/failures', body, parseRawEvent));
        },
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
;// CONCATENATED MODULE: ./build/datadog/proxy.js



const setVariable = (env, name) => env[name] !== undefined ? name : env[name.toLowerCase()] !== undefined ? name.toLowerCase() : undefined;
function proxyFor(target, env, warn) {
    const noProxy = setVariable(env, 'NO_PROXY');
    if (bypassesProxy(target, noProxy ? (env[noProxy] ?? '') : ''))
        return undefined;
    const variable = setVariable(env, target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY');
    const setting = variable ? env[variable]?.trim() : undefined;
    if (!variable || !setting)
        return undefined;
    let proxy;
    try {
        proxy = new URL(setting.includes('://') ? setting : `http://${setting}`);
    }
    catch {
        warn(`${variable} is set but is not a URL, so no proxy is used: ${target.host} is reached directly.`);
        return undefined;
    }
    if (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') {
        warn(`${variable} names the proxy ${describeProxy(proxy)}, whose protocol this client cannot use (only http and https): ${target.host} is reached directly.`);
        return undefined;
    }
    return proxy;
}
function bypassesProxy(target, noProxy) {
    const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    return noProxy
        .split(/[,\s]+/)
        .filter(Boolean)
        .some((entry) => {
        if (entry === '*')
            return true;
        const match = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase());
        const [, name = '', entryPort] = match ?? [];
        if (entryPort && entryPort !== port)
            return false;
        const domain = name.replace(/^\*?\./, '');
        return host === domain || host.endsWith(`.${domain}`);
    });
}
function describeProxy(proxy) {
    return `${proxy.protocol}//${proxy.host}`;
}
class ProxyError extends Error {
    name = 'ProxyError';
    code = 'ERR_PROXY_REFUSED';
}
function tunnel(proxy, host, port, callback) {
    const headers = { host: `${host}:${port}` };
    if (proxy.username || proxy.password) {
        const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
        headers['proxy-authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
    }
    const request = (proxy.protocol === 'https:' ? external_node_https_ : external_node_http_).request({
        host: proxy.hostname,
        port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
        method: 'CONNECT',
        path: `${host}:${port}`,
        headers,
        agent: false,
    });
    request.once('connect', (response, socket) => {
        if (response.statusCode === 200)
            return callback(null, socket);
        socket.destroy();
        callback(new ProxyError(`the proxy ${describeProxy(proxy)} refused to connect to ${host}:${port} (HTTP ${response.statusCode} ${response.statusMessage ?? ''})`.trim()));
    });
    request.once('error', (error) => {
        callback(Object.assign(new Error(`the proxy ${describeProxy(proxy)} could not be reached (${error.code ?? error.message})`), { code: error.code }));
    });
    request.end();
}
class HttpsTunnelAgent extends external_node_https_.Agent {
    #proxy;
    constructor(proxy) {
        super({ keepAlive: false });
        this.#proxy = proxy;
    }
    createConnection(options, callback) {
        const host = String(options.hostname ?? options.host ?? 'localhost');
        tunnel(this.#proxy, host, Number(options.port ?? 443), (error, socket) => {
            if (error || !socket)
                return callback?.(error, undefined);
            const { ca, cert, key, pfx, passphrase, rejectUnauthorized, ciphers, minVersion, maxVersion, checkServerIdentity, servername, } = options;
            const secure = {
                ca,
                cert,
                key,
                pfx,
                passphrase,
                rejectUnauthorized,
                ciphers,
                minVersion,
                maxVersion,
                checkServerIdentity,
            };
            const defined = Object.fromEntries(Object.entries(secure).filter(([, value]) => value !== undefined));
            callback?.(null, external_node_tls_.connect({ ...defined, socket, servername: servername || host }));
        });
        return undefined;
    }
}
class HttpTunnelAgent extends external_node_http_.Agent {
    #proxy;
    constructor(proxy) {
        super({ keepAlive: false });
        this.#proxy = proxy;
    }
    createConnection(options, callback) {
        tunnel(this.#proxy, String(options.hostname ?? options.host ?? 'localhost'), Number(options.port ?? 80), (error, socket) => callback?.(error, socket));
        return undefined;
    }
}
function proxyAgentFor(target, env, warn) {
    const proxy = proxyFor(target, env, warn);
    if (!proxy)
        return undefined;
    return {
        proxy,
        agents: target.protocol === 'https:' ? { https: new HttpsTunnelAgent(proxy) } : { http: new HttpTunnelAgent(proxy) },
    };
}

;// CONCATENATED MODULE: ./build/datadog/messages.js


const CUT_ANSWER = 'ERR_ANSWER_CUT';
function fromOutside(options) {
    const secrets = [options.apiKey, options.appKey].filter((key) => Boolean(key));
    return (text) => harmless(secrets.reduce((out, key) => out.split(key).join('***'), text));
}
function statusText(answer) {
    return answer.statusMessage ? ` ${answer.statusMessage}` : '';
}
function errorProblem(outcome, host, timeoutMs) {
    if (outcome.code === 'ETIMEDOUT') {
        return outcome.written
            ? `no answer from ${host} within ${seconds(timeoutMs)}`
            : `could not reach ${host} within ${seconds(timeoutMs)}`;
    }
    if (outcome.code === CUT_ANSWER)
        return `the answer from ${host} broke off (${outcome.message})`;
    return outcome.written
        ? `the connection to ${host} broke before its answer was complete (${outcome.code}: ${outcome.message})`
        : `could not reach ${host} (${outcome.code}: ${outcome.message})`;
}
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
function parseJson(text) {
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function saysNotFound(status, body) {
    if (status === 404)
        return true;
    const errors = body?.errors;
    if (status !== 400 || !Array.isArray(errors))
        return false;
    return errors.some((item) => {
        const { detail, title } = (item ?? {});
        return [detail, title].some((words) => typeof words === 'string' && /not found/i.test(words));
    });
}
const GONE_WORDS = /\b(?:disabled|deprecated|retired|decommissioned|no longer (?:available|supported))\b/i;
function saysGone(status, contentType, body, objectInPath) {
    if (status === 410)
        return true;
    if (status < 400 || status >= 500 || status === 401 || status === 403 || !/json/i.test(contentType))
        return false;
    const errors = body?.errors;
    if (!Array.isArray(errors) || errors.length === 0)
        return false;
    const words = errorDetails(body);
    return words.some((text) => GONE_WORDS.test(text) || (!objectInPath && /\bnot found\b/i.test(text)));
}
function errorDetails(body) {
    const errors = body?.errors;
    if (!Array.isArray(errors))
        return [];
    return errors
        .map((item) => {
        if (typeof item === 'string')
            return item;
        const { detail, title } = (item ?? {});
        return typeof detail === 'string' ? detail : typeof title === 'string' ? title : '';
    })
        .filter(Boolean);
}
function networkHint(code, host, proxy) {
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) {
        return `The certificate ${host} presented is not trusted here: behind a TLS-inspecting proxy or with a private CA, set NODE_EXTRA_CA_CERTS to the CA's PEM file.`;
    }
    if (code === 'ETIMEDOUT') {
        return `Datadog or the network to it${proxy ? ` through the proxy ${describeProxy(proxy)}` : ''} is slow; see https://status.datadoghq.com.`;
    }
    return proxy
        ? `Check the proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) and that ${describeProxy(proxy)} lets this machine reach ${host}.`
        : `Check the site or base URL, and that this machine can reach ${host} (proxy, firewall, DNS).`;
}
function hintFor(request, status, host) {
    if (status === 401 || status === 403) {
        if (request.permission)
            return `The API key or the application key is not valid for ${host}, or the application key lacks the ${request.permission} permission.`;
        return request.appKey
            ? `The API key or the application key is not valid for ${host}: check both keys and that they belong to an organization on this Datadog site.`
            : `The API key is not valid for ${host}: check the key and that it belongs to an organization on this Datadog site.`;
    }
    if (status === 404 && request.operation === 'patch deployment by version') {
        return `Marking a deployment by version is not available on ${host}: check the site or base URL, or mark the deployment by its id.`;
    }
    if (status === 404)
        return `${host} has no such endpoint or object: check the site or base URL, and the id.`;
    if (status === 413)
        return 'The event is too large for Datadog: send fewer or shorter tags.';
    if (status === 429)
        return 'Too many events are being sent to Datadog with this key; send fewer or try again later.';
    if (status >= 500)
        return 'Datadog may be having an incident; see https://status.datadoghq.com.';
    return undefined;
}

;// CONCATENATED MODULE: ./build/datadog/retry.js
const DEFAULT_TIMING = {
    attemptTimeoutMs: 15_000,
    budgetMs: 45_000,
    backoffMs: 1_000,
    maxBackoffMs: 8_000,
    maxAttempts: 5,
};
const TRANSIENT_CODES = new Set([
    'ETIMEDOUT',
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ECONNABORTED',
]);
function decideRetry(result, attempt, timeLeftMs, timing, random) {
    const retryable = 'status' in result
        ? result.status === 429 || result.status >= 500
        : result.written || TRANSIENT_CODES.has(result.error);
    if (!retryable)
        return { retry: false, reason: 'final' };
    if (attempt >= timing.maxAttempts)
        return { retry: false, reason: 'attempts' };
    const backoff = backoffMs(timing, attempt, random);
    const resetMs = 'status' in result && result.status === 429 ? rateLimitResetMs(result.rateLimitReset) : undefined;
    const waitMs = Math.max(backoff, resetMs ?? 0);
    if (waitMs >= timeLeftMs)
        return { retry: false, reason: 'budget', waitMs, rateLimited: waitMs > backoff };
    return { retry: true, waitMs };
}
function backoffMs(timing, attempt, random) {
    const ceiling = Math.min(timing.maxBackoffMs, timing.backoffMs * 2 ** (attempt - 1));
    return ceiling / 2 + random() * (ceiling / 2);
}
function rateLimitResetMs(header) {
    const value = header?.trim() ?? '';
    return /^\d+(?:\.\d+)?$/.test(value) ? Number(value) * 1000 : undefined;
}

;// CONCATENATED MODULE: ./build/datadog/http.js




let gotModule;
function loadGot() {
    gotModule ??= __nccwpck_require__.e(/* import() */ 586).then(__nccwpck_require__.bind(__nccwpck_require__, 586)).then((module) => module.default);
    return gotModule;
}
function createHttpTransport(options) {
    const { timing, timer } = options;
    const host = new URL(options.baseUrl).host;
    const outside = fromOutside(options);
    const budget = seconds(timing.budgetMs);
    let resumeAt = 0;
    return async function send(request) {
        const held = resumeAt - timer.now();
        if (held > 0)
            await timer.sleep(Math.min(held, timing.budgetMs));
        const started = timer.now();
        const deadline = started + timing.budgetMs;
        let mayHaveArrived = false;
        const fail = (kind, attempts, summary, extra = {}) => new DatadogApiError({
            operation: request.operation,
            kind,
            attempts,
            summary: outside(summary),
            status: extra.status,
            details: extra.details?.map(outside),
            hint: extra.hint,
            mayHaveArrived,
            notFound: extra.notFound,
            gone: extra.gone,
        });
        for (let attempts = 1;; attempts++) {
            const timeoutMs = Math.min(timing.attemptTimeoutMs, Math.max(1, deadline - timer.now()));
            let outcome = await attempt(options, request, timeoutMs);
            const resetMs = outcome.kind === 'answer' && outcome.rateLimitRemaining?.trim() === '0'
                ? rateLimitResetMs(outcome.rateLimitReset)
                : undefined;
            if (resetMs !== undefined)
                resumeAt = timer.now() + resetMs;
            if (outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300) {
                const verdict = checkAnswer(request.operation, outcome);
                if (verdict.verdict === 'datadog') {
                    return {
                        status: outcome.status,
                        body: verdict.body,
                        attempts,
                        durationMs: Math.round(timer.now() - started),
                        resentAfterLostAnswer: mayHaveArrived,
                    };
                }
                if (verdict.verdict === 'foreign') {
                    const type = outcome.contentType ? excerpt(outside(outcome.contentType), 60) : 'no content type';
                    const body = outcome.text ? `"${excerpt(outside(outcome.text))}"` : 'an empty body';
                    throw fail('foreign', attempts, `${host} answered HTTP ${outcome.status}${statusText(outcome)} with ${type} and ${body}, which is not Datadog's answer; nothing is known to have arrived at Datadog`, {
                        status: outcome.status,
                        hint: `Something between this machine and Datadog (a proxy, gateway or captive portal) may have answered instead: check the site or base URL and the proxy settings.`,
                    });
                }
                outcome = {
                    kind: 'error',
                    code: CUT_ANSWER,
                    message: `HTTP ${outcome.status} with ${excerpt(outside(outcome.contentType), 60)} that does not parse`,
                    written: true,
                };
            }
            let kind;
            let problem;
            let extra;
            let decision;
            const timeLeftMs = deadline - timer.now();
            if (outcome.kind === 'answer') {
                const { status } = outcome;
                kind = 'http';
                if (status === 502 || status === 504)
                    mayHaveArrived = true;
                problem = `Datadog answered HTTP ${status}${statusText(outcome)}`;
                const body = parseJson(outcome.text);
                extra = {
                    status,
                    details: errorDetails(body),
                    hint: hintFor(request, status, host),
                    notFound: saysNotFound(status, body),
                    gone: saysGone(status, outcome.contentType, body, request.objectInPath === true),
                };
                decision = decideRetry({ status, rateLimitReset: outcome.rateLimitReset }, attempts, timeLeftMs, timing, Math.random);
            }
            else {
                mayHaveArrived ||= outcome.written;
                kind = outcome.code === 'ETIMEDOUT' ? 'timeout' : 'network';
                problem = errorProblem(outcome, host, timeoutMs);
                extra = { hint: networkHint(outcome.code, host, options.proxy?.proxy) };
                decision = decideRetry({ error: outcome.code, written: outcome.written }, attempts, timeLeftMs, timing, Math.random);
            }
            if (!decision.retry) {
                if (decision.reason === 'final')
                    throw fail(kind, attempts, problem, extra);
                const exhausted = kind === 'http' ? 'budget' : kind;
                if (decision.reason !== 'budget')
                    throw fail(exhausted, attempts, `${problem}, and no attempts are left (at most ${timing.maxAttempts} per call)`, extra);
                throw fail(exhausted, attempts, decision.rateLimited
                    ? `${problem} (rate limited) and asked to wait ${seconds(decision.waitMs)} (X-RateLimit-Reset), past this call's ${budget} budget`
                    : `${problem}, and no time is left in this call's ${budget} budget to try again`, extra);
            }
            options.log?.(outside(`Datadog ${request.operation}: ${problem}; retrying in ${seconds(decision.waitMs)} (attempt ${attempts + 1}).`));
            await timer.sleep(decision.waitMs);
        }
    };
}
async function attempt(options, request, timeoutMs) {
    const got = await loadGot();
    const headers = {
        accept: 'application/json',
        'user-agent': options.userAgent,
        'dd-api-key': options.apiKey,
    };
    if ((request.permission || request.appKey) && options.appKey)
        headers['dd-application-key'] = options.appKey;
    if (request.body !== undefined)
        headers['content-type'] = 'application/json';
    try {
        const response = await got(`${options.baseUrl}${request.path}`, {
            method: request.method,
            headers,
            ...(request.body === undefined ? {} : { json: request.body }),
            responseType: 'text',
            throwHttpErrors: false,
            followRedirect: false,
            retry: { limit: 0 },
            signal: options.timer.deadline(timeoutMs),
            ...(options.proxy ? { agent: options.proxy.agents } : {}),
        });
        return {
            kind: 'answer',
            status: response.statusCode,
            statusMessage: response.statusMessage ?? '',
            contentType: response.headers['content-type'] ?? '',
            text: response.body,
            rateLimitReset: response.headers['x-ratelimit-reset'],
            rateLimitRemaining: response.headers['x-ratelimit-remaining'],
        };
    }
    catch (error) {
        const { code = 'EUNKNOWN', message, timings } = error;
        return { kind: 'error', code, message, written: timings?.upload !== undefined };
    }
}
async function checkApiKey(options, timeoutMs) {
    const host = new URL(options.baseUrl).host;
    const outcome = await attempt(options, { method: 'GET', path: '/api/v1/validate' }, timeoutMs);
    if (outcome.kind === 'error') {
        const reason = outcome.code === 'ETIMEDOUT' ? `no answer within ${seconds(timeoutMs)}` : outcome.code;
        return { verdict: 'unknown', reason: fromOutside(options)(`could not reach ${host} (${reason})`) };
    }
    if (outcome.status === 200 && parseJson(outcome.text)?.valid === true) {
        return { verdict: 'valid' };
    }
    if (outcome.status === 401 || outcome.status === 403) {
        return {
            verdict: 'rejected',
            reason: `${host} answered HTTP ${outcome.status}: the API key is not valid on this Datadog site`,
        };
    }
    return { verdict: 'unknown', reason: `${host} answered HTTP ${outcome.status} to the key check` };
}

;// CONCATENATED MODULE: ./build/datadog/sites.js

const DEFAULT_SITE = 'datadoghq.com';
const SITES = {
    'datadoghq.com': 'app.datadoghq.com',
    'us3.datadoghq.com': 'us3.datadoghq.com',
    'us5.datadoghq.com': 'us5.datadoghq.com',
    'datadoghq.eu': 'app.datadoghq.eu',
    'ap1.datadoghq.com': 'ap1.datadoghq.com',
    'ap2.datadoghq.com': 'ap2.datadoghq.com',
    'uk1.datadoghq.com': 'uk1.datadoghq.com',
};
const WITHOUT_DORA = {
    'ddog-gov.com': 'US1-FED',
    'us2.ddog-gov.com': 'US2-FED',
};
const SITE_NAMES = Object.keys(SITES);
class SiteError extends DatadogConfigError {
    input;
    reason;
    constructor(input, reason) {
        super(`Datadog site "${input}": ${reason}.`);
        this.input = input;
        this.reason = reason;
    }
}
function resolveSite(input) {
    const host = input
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/[/?#].*$/, '')
        .replace(/^(app|api)\./, '');
    const gov = WITHOUT_DORA[host];
    if (gov)
        throw new SiteError(input, `${gov} does not offer Delivery Performance (DORA Metrics); it is available on ${SITE_NAMES.join(', ')}`);
    const appHost = SITES[host];
    if (!appHost)
        throw new SiteError(input, `not a Datadog site; expected one of ${SITE_NAMES.join(', ')}`);
    return {
        name: host,
        apiUrl: `https://api.${host}`,
        appUrl: `https://${appHost}`,
        eventsUrl: `https://event-management-intake.${host}`,
    };
}

;// CONCATENATED MODULE: ./build/datadog/timer.js
const systemTimer = {
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    deadline: (ms) => AbortSignal.timeout(Math.max(1, Math.ceil(ms))),
};

;// CONCATENATED MODULE: ./build/datadog/client.js












const DEFAULT_USER_AGENT = `${PRODUCT}/${VERSION} (node ${process.version})`;
function createDoraClient(options) {
    const baseUrl = resolveBaseUrl(options);
    const apiKey = checkKey('API key', options.apiKey);
    const appKey = options.appKey === undefined || options.appKey.trim() === ''
        ? undefined
        : checkKey('application key', options.appKey);
    const warn = options.warn ?? ((message) => process.emitWarning(message));
    const env = options.env ?? process.env;
    const http = {
        baseUrl,
        proxy: proxyAgentFor(new URL(baseUrl), env, warn),
        apiKey,
        appKey,
        userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
        timing: { ...DEFAULT_TIMING, ...options.timing },
        timer: options.timer ?? systemTimer,
        log: options.log,
    };
    const transport = createHttpTransport(http);
    const eventsUrl = resolveEventsUrl(options);
    let intake;
    const intakeTransport = (url) => (intake ??= createHttpTransport({ ...http, baseUrl: url, proxy: proxyAgentFor(new URL(url), env, warn) }));
    return buildClient({
        transport: async (request) => {
            if ((request.permission || request.appKey) && !appKey) {
                const permission = request.permission ? ` (with the ${request.permission} permission)` : '';
                throw new DatadogConfigError(`Datadog's ${request.operation} needs an application key${permission}, and none was given.`);
            }
            if (!request.intake)
                return transport(request);
            if (!eventsUrl)
                throw new DatadogConfigError(`Datadog's ${request.operation} goes to the event intake host, and none is known: with a base URL, name the intake's URL too.`);
            return intakeTransport(eventsUrl)(request);
        },
        checkApiKey: () => checkApiKey(http, options.keyCheckTimeoutMs ?? 5_000),
        clock: options.clock ?? systemClock,
    });
}
function resolveEventsUrl({ site, baseUrl, eventsUrl }) {
    if (eventsUrl !== undefined && eventsUrl.trim() !== '') {
        const problem = baseUrlProblem(eventsUrl);
        if (problem)
            throw new DatadogConfigError(`The Datadog event intake URL is not valid: ${problem}.`);
        return new URL(eventsUrl.trim()).href.replace(/\/+$/, '');
    }
    return baseUrl === undefined || baseUrl.trim() === '' ? resolveSite(site ?? DEFAULT_SITE).eventsUrl : undefined;
}
function resolveBaseUrl({ site, baseUrl }) {
    if (baseUrl === undefined || baseUrl.trim() === '')
        return resolveSite(site ?? DEFAULT_SITE).apiUrl;
    const problem = baseUrlProblem(baseUrl);
    if (problem)
        throw new DatadogConfigError(`The Datadog base URL is not valid: ${problem}.`);
    return new URL(baseUrl.trim()).href.replace(/\/+$/, '');
}
function checkKey(name, key) {
    const trimmed = key?.trim() ?? '';
    if (!trimmed)
        throw new DatadogConfigError(`The Datadog ${name} is missing.`);
    if (/[^\x21-\x7e]/.test(trimmed))
        throw new DatadogConfigError(`The Datadog ${name} contains spaces or characters no key has.`);
    return trimmed;
}
function buildClient({ transport, checkApiKey, clock }) {
    return {
        ...deploymentOperations(transport),
        ...failureOperations(transport, clock),
        ...eventOperations(transport, clock),
        checkApiKey,
    };
}

;// CONCATENATED MODULE: ./build/datadog/dry-run.js




function createDryRunDoraClient(options = {}) {
    const baseUrl = resolveBaseUrl(options);
    const eventsUrl = resolveEventsUrl(options);
    const requests = [];
    const client = buildClient({
        transport: async ({ operation, method, path, body, intake }) => {
            if (intake && !eventsUrl)
                throw new DatadogConfigError(`Datadog's ${operation} goes to the event intake host, and none is known: with a base URL, name the intake's URL too.`);
            requests.push({ operation, method, url: `${intake ? eventsUrl : baseUrl}${path}`, body });
            const sent = body;
            const events = DRY_RUN_EVENT_ANSWERS[operation];
            const answer = events?.body ??
                (operation.startsWith('send')
                    ? {
                        data: {
                            id: sent?.data.attributes.id,
                            type: operation === 'send deployment' ? 'dora_deployment' : 'dora_failure',
                        },
                    }
                    : operation.startsWith('list')
                        ? { data: [] }
                        : { data: null });
            const status = events?.status ?? (method === 'PATCH' || method === 'DELETE' ? 202 : 200);
            const verdict = checkAnswer(operation, {
                status,
                contentType: 'application/vnd.api+json',
                text: JSON.stringify(answer),
            });
            if (verdict.verdict !== 'datadog')
                throw new Error(`The dry run's answer to ${operation} fails the client's own check.`);
            return { status, body: verdict.body, attempts: 0, durationMs: 0, resentAfterLostAnswer: false };
        },
        checkApiKey: async () => ({ verdict: 'not checked' }),
        clock: options.clock ?? systemClock,
    });
    return Object.assign(client, { requests });
}
const DRY_RUN_EVENT_ANSWERS = {
    'send alert event': {
        status: 202,
        body: { data: { type: 'event', id: '_', attributes: { attributes: { evt: {} } } } },
    },
    'send event (v1)': { status: 202, body: { status: 'ok', event: {} } },
    'search events': { status: 200, body: { data: [] } },
};

;// CONCATENATED MODULE: ./build/pipeline/clients.js



function clientsFor(endpoint, dryRun, keys, { core, clock, timer }, timing) {
    const real = keys.apiKey
        ? createDoraClient({
            ...endpoint,
            apiKey: keys.apiKey,
            appKey: keys.appKey,
            timing,
            clock,
            timer,
            env: core.env,
            log: (line) => core.info(line),
            warn: (message) => core.warning(message, { title: 'Proxy setting ignored' }),
        })
        : undefined;
    const reader = keys.appKey ? real : undefined;
    if (dryRun) {
        const recorder = createDryRunDoraClient({ ...endpoint, clock });
        return { writer: recorder, dryRun: recorder, reader };
    }
    if (!real)
        throw new Error('An API key is needed to send to Datadog.');
    return { writer: real, reader };
}
function apiUrlFor(endpoint) {
    return endpoint.baseUrl ?? resolveSite(endpoint.site ?? DEFAULT_SITE).apiUrl;
}
function appLinkFor(endpoint) {
    const site = resolveSite(endpoint.site ?? DEFAULT_SITE);
    return endpoint.site ? { url: site.appUrl } : { url: site.appUrl, assumedSite: site.name };
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./build/runner/context.js


function readRunContext(env) {
    const text = (value) => value || undefined;
    const number = (value) => (value && /^\d{1,20}$/.test(value) ? value : undefined);
    return {
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        repository: env.GITHUB_REPOSITORY ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        sha: text(env.GITHUB_SHA),
        ref: text(env.GITHUB_REF),
        workflow: text(env.GITHUB_WORKFLOW),
        job: text(env.GITHUB_JOB),
        runId: number(env.GITHUB_RUN_ID),
        runAttempt: number(env.GITHUB_RUN_ATTEMPT),
        workspace: text(env.GITHUB_WORKSPACE),
        eventPath: text(env.GITHUB_EVENT_PATH),
    };
}
const MAX_EVENT_BYTES = 25 * 1024 * 1024;
function readEventPayload(context) {
    const path = context.eventPath;
    if (!path)
        return { problem: 'GITHUB_EVENT_PATH is not set' };
    const file = `The event payload GITHUB_EVENT_PATH (${path})`;
    let text;
    try {
        if ((0,external_node_fs_namespaceObject.statSync)(path).size > MAX_EVENT_BYTES)
            return { problem: `${file} is larger than GitHub's 25 MB` };
        text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch (error) {
        return { problem: `${file} cannot be read (${error.code ?? error.message})` };
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { problem: `${file} is not JSON` };
    }
    if (!isObject(json))
        return { problem: `${file} is not a JSON object` };
    return { json };
}
function payloadValue(json, path) {
    let value = json;
    for (const key of path.split('.'))
        value = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
    return value;
}

;// CONCATENATED MODULE: ./build/runner/escape.js

const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_GLOBAL = new RegExp(UNSAFE_CHARACTERS.source, 'g');
function escape_quoted(value, max = 200) {
    return `"${excerpt(value, max)}"`;
}
const MAY_NEED_LOG_ESCAPE = new RegExp(`${UNSAFE_CHARACTERS.source}|::|##\\[`);
function forLog(text) {
    if (!MAY_NEED_LOG_ESCAPE.test(text))
        return text;
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line
        .split('\t')
        .map(harmless)
        .join('\t')
        .replace(/^(\s*)::/, '$1: :')
        .replaceAll('##[', '## ['))
        .join('\n');
}
function markdownText(text) {
    return text.replace(UNSAFE_GLOBAL, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}
function markdownCode(text) {
    return `\`${text.replace(UNSAFE_GLOBAL, ' ').replaceAll('`', "'").replaceAll('|', '\\|')}\``;
}
function markdownCodeSpan(text, where) {
    const value = text.replace(UNSAFE_GLOBAL, ' ');
    if (where === 'cell' && value.includes('\\|'))
        return markdownText(value);
    const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = /^[` ]|[` ]$/.test(value) ? ' ' : '';
    return `${fence}${pad}${where === 'cell' ? value.replaceAll('|', '\\|') : value}${pad}${fence}`;
}
function safeUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return undefined;
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password)
        return undefined;
    return url.href.replace(/[()[\]|'*_]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
function linkOrigins(...urls) {
    return new Set(urls.flatMap((url) => (safeUrl(url) ? [new URL(url).origin] : [])));
}
const GUIDES = new Set([
    'https://docs.datadoghq.com',
    'https://docs.github.com',
    'https://dora.dev',
]);
function markdownLink(label, url, origins) {
    const href = safeUrl(url);
    return href && origins.has(new URL(href).origin) ? `[${label}](${href})` : label;
}

;// CONCATENATED MODULE: ./build/pipeline/commit.js





function eventCommit(eventName) {
    if (eventName.startsWith('pull_request'))
        return {
            field: 'pull_request.head.sha',
            source: "the pull request's head commit",
            noFallback: "GITHUB_SHA and the checkout's HEAD are the pull request's temporary merge commit",
        };
    if (eventName === 'workflow_run')
        return {
            field: 'workflow_run.head_sha',
            source: "the triggering workflow run's head_sha",
            noFallback: "GITHUB_SHA is the default branch's latest commit, not the triggering run's",
        };
    if (eventName.startsWith('deployment'))
        return { field: 'deployment.sha', source: "the deployment event's sha" };
    return undefined;
}
function describeValue(value) {
    if (typeof value === 'string')
        return escape_quoted(value, 80);
    if (value === null)
        return 'null';
    return Array.isArray(value) ? 'an array' : `a${typeof value === 'object' ? 'n' : ''} ${typeof value}`;
}
function commitFromEvent(context) {
    const event = eventCommit(context.eventName);
    if (!event)
        return undefined;
    const payload = readEventPayload(context);
    if ('problem' in payload)
        return {
            source: event.source,
            problem: `${payload.problem}: its ${event.field} cannot be read`,
            noFallback: event.noFallback,
        };
    const value = payloadValue(payload.json, event.field);
    const problem = value === undefined
        ? undefined
        : typeof value === 'string'
            ? commitShaProblem(value)
            : 'expected a string of 40 or more hexadecimal characters';
    if (value !== undefined && !problem)
        return { sha: value, source: event.source };
    const has = value === undefined ? `has no ${event.field}` : `has ${event.field} ${describeValue(value)}: ${problem}`;
    return {
        source: event.source,
        problem: `The event payload GITHUB_EVENT_PATH (${context.eventPath}) ${has}`,
        noFallback: event.noFallback,
    };
}
const loadExec = () => __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 1260));
async function gitWithActionsExec(args, cwd) {
    const { getExecOutput } = await loadExec();
    return getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true });
}
async function detectCommit(context, git = gitWithActionsExec, debug = () => { }) {
    const fromEvent = commitFromEvent(context);
    if (fromEvent?.sha)
        return { sha: fromEvent.sha, source: fromEvent.source };
    if (fromEvent?.noFallback)
        return {
            source: 'none',
            problem: `${fromEvent.problem}. The event is sent without a commit: ${fromEvent.noFallback}. Set input commit-sha to name the commit.`,
        };
    const checkout = context.workspace && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(context.workspace, '.git')) ? context.workspace : undefined;
    if (context.workspace && !checkout)
        debug('The workspace is not a git checkout; using GITHUB_SHA.');
    const head = checkout ? await workspaceHead(context, checkout, git, debug) : undefined;
    const fallback = head
        ? { sha: head, source: 'HEAD of the checkout in the workspace' }
        : githubSha(context);
    const problems = [fromEvent?.problem, fallback.problem].filter(Boolean);
    if (!problems.length)
        return fallback;
    const instead = fallback.sha ? `The commit is ${fallback.source} instead.` : 'The event is sent without a commit.';
    return { ...fallback, problem: `${problems.join('; ')}. ${instead}` };
}
function githubSha(context) {
    const problem = context.sha === undefined ? undefined : commitShaProblem(context.sha);
    if (!problem)
        return { sha: context.sha, source: 'GITHUB_SHA' };
    return { source: 'none', problem: `GITHUB_SHA is ${escape_quoted(context.sha, 80)}: ${problem}` };
}
async function detectCommitAndWarn(context, core) {
    const commit = await detectCommit(context, undefined, core.debug);
    if (commit.problem)
        core.warning(commit.problem, { title: 'Commit from the runner not used' });
    return commit;
}
async function workspaceHead(context, workspace, git, debug) {
    try {
        const remote = await git(['config', '--get', 'remote.origin.url'], workspace);
        const origin = remote.stdout
            .trim()
            .replace(/\.git$/, '')
            .toLowerCase();
        if (remote.exitCode !== 0 ||
            !context.repository ||
            (!origin.endsWith(`/${context.repository.toLowerCase()}`) &&
                !origin.endsWith(`:${context.repository.toLowerCase()}`))) {
            debug(`The workspace is not a checkout of ${context.repository || 'this repository'}; using GITHUB_SHA.`);
            return undefined;
        }
        const head = await git(['rev-parse', 'HEAD'], workspace);
        const sha = head.stdout.trim();
        if (head.exitCode !== 0 || !isCommitSha(sha)) {
            debug(`git rev-parse HEAD failed in the workspace (exit code ${head.exitCode}); using GITHUB_SHA.`);
            return undefined;
        }
        return sha;
    }
    catch (error) {
        debug(`git could not be run in the workspace (${error.message}); using GITHUB_SHA.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/runner/inputs/types.js
class InputError extends Error {
    name = 'InputError';
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./build/runner/start-time.js



const STARTED_AT = 'started_at';
const CLOCK_SKEW_MS = 5 * 60_000;
const RETENTION_MS = 730 * 86_400_000;
function recordStartTime(at, env) {
    const file = env.GITHUB_STATE;
    if (!file)
        return;
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendFileSync(file, `${STARTED_AT}<<${delimiter}${EOL}${at.toISOString()}${EOL}${delimiter}${EOL}`, 'utf8');
}
function loadStartTime(now, env) {
    const saved = env[`STATE_${STARTED_AT}`];
    if (!saved)
        return undefined;
    const ms = new Date(saved).getTime();
    if (Number.isNaN(ms) || ms > now.getTime() + CLOCK_SKEW_MS || ms < now.getTime() - RETENTION_MS)
        return { refused: saved };
    return { at: new Date(ms) };
}

;// CONCATENATED MODULE: ./build/runner/times.js




const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2})))?$/i;
function parseTimeInput(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return unixTimestamp(value);
    const match = ISO.exec(value);
    if (!match)
        return undefined;
    const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', , sign, offsetHours = '0', offsetMinutes = '0',] = match;
    const parts = [year, month, day, hour, minute, second].map(Number);
    const [y, mo, d, h, mi, s] = parts;
    const utc = Date.UTC(y, mo - 1, d, h, mi, s);
    const real = new Date(utc);
    if (real.getUTCFullYear() !== y ||
        real.getUTCMonth() !== mo - 1 ||
        real.getUTCDate() !== d ||
        real.getUTCHours() !== h ||
        real.getUTCMinutes() !== mi ||
        real.getUTCSeconds() !== s) {
        return undefined;
    }
    if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)
        return undefined;
    const offsetMs = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
    const millis = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
    return new Date(utc + millis - offsetMs);
}
function checkInstant(input, at, now) {
    if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
        throw new InputError(`Input ${input} is ${escape_quoted(at.toISOString())}, in the future (this runner's clock says ${now.toISOString()}): expected a time no later than a few minutes from now.`);
    }
    if (at.getTime() < now.getTime() - RETENTION_MS) {
        throw new InputError(`Input ${input} is ${escape_quoted(at.toISOString())}, more than two years ago: Datadog keeps events two years; expected a later time.`);
    }
}
function checkInputTimes(startedAt, finishedAt, now) {
    if (startedAt)
        checkInstant('started-at', startedAt, now);
    if (finishedAt)
        checkInstant('finished-at', finishedAt, now);
    if (startedAt && finishedAt)
        checkOrder(finishedAt, startedAt, 'input started-at');
}
function checkOrder(finishedAt, startedAt, start) {
    if (finishedAt < startedAt) {
        throw new InputError(`Input finished-at is ${escape_quoted(finishedAt.toISOString())}, before ${start} (${startedAt.toISOString()}): an event ends after it starts; expected a later time.`);
    }
}

;// CONCATENATED MODULE: ./build/pipeline/github.js



const TIMEOUT_MS = 30_000;
const reserveOf = (limit) => Math.max(100, Math.ceil(limit / 10));
class Stop extends Error {
    failed;
    made;
    constructor(message, failed = false, made = 0) {
        super(message);
        this.failed = failed;
        this.made = made;
    }
}
async function githubApi(options) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
    const baseUrl = options.apiUrl.replace(/\/+$/, '');
    return budgeted(getOctokit(options.token, { baseUrl }), options);
}
function budgeted(octokit, options) {
    const { apiUrl, maxRequests, who } = options;
    const host = URL.canParse(apiUrl) ? new URL(apiUrl).host : apiUrl;
    const graphqlUrl = `${apiUrl.replace(/\/+$/, '').replace(/\/api\/v3$/, '/api')}/graphql`;
    const deadline = options.deadline ?? ((ms) => AbortSignal.timeout(ms));
    let made = 0;
    const budget = { core: {}, graphql: {} };
    const send = async (resource, route, params) => {
        const spent = budget[resource];
        if (made >= maxRequests)
            throw new Stop(`stopped to spare the GitHub token's rate limit: ${who} makes at most ${maxRequests} requests`, false, made);
        if (spent.remaining !== undefined && spent.limit !== undefined && spent.remaining <= reserveOf(spent.limit)) {
            throw new Stop(`stopped to spare the GitHub token's rate limit: ${spent.remaining} of its ${spent.limit} requests an hour were left`, false, made);
        }
        made++;
        let answer;
        try {
            const response = await octokit.request(route, { ...params, request: { signal: deadline(TIMEOUT_MS) } });
            answer = { status: response.status, headers: response.headers, data: response.data };
        }
        catch (error) {
            const response = error.response;
            if (!response)
                throw new Stop(`GitHub's API at ${apiUrl} could not be reached`, true, made);
            answer = response;
        }
        const remaining = headerCount(answer, 'x-ratelimit-remaining');
        spent.remaining = remaining ?? spent.remaining;
        spent.limit = headerCount(answer, 'x-ratelimit-limit') ?? spent.limit;
        const reset = headerCount(answer, 'x-ratelimit-reset');
        const until = reset === undefined ? '' : ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`;
        const saysRateLimit = answer.headers['retry-after'] !== undefined || /rate limit/i.test(errorMessageOf(answer.data) ?? '');
        if (answer.status === 429 || (answer.status === 403 && (remaining === 0 || saysRateLimit))) {
            throw new Stop(`GitHub's rate limit for the token was reached (HTTP ${answer.status} from ${host})${until}`, true, made);
        }
        const limited = graphqlErrors(answer.data).find((error) => /^RATE_LIMIT(?:ED)?$/.test(error.type));
        if (resource === 'graphql' && limited)
            throw new Stop(`GitHub's rate limit for the token was reached (${limited.type} from ${host})${until}`, true, made);
        return answer;
    };
    return {
        host,
        rest: (route, params = {}) => send('core', route, params),
        graphql: (query, variables) => send('graphql', `POST ${graphqlUrl}`, { query, variables }),
        made: () => made,
    };
}
function headerCount(answer, name) {
    const value = answer.headers[name];
    return typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : undefined;
}
const github_isObject = (value) => isObject(value) && Object.getPrototypeOf(value) === Object.prototype;
function errorMessageOf(data) {
    return github_isObject(data) && typeof data.message === 'string' ? data.message : undefined;
}
function graphqlErrors(data) {
    if (!github_isObject(data) || !Array.isArray(data.errors))
        return [];
    return data.errors.map((error) => ({
        type: github_isObject(error) && typeof error.type === 'string' ? error.type : '',
        message: github_isObject(error) && typeof error.message === 'string' ? error.message : '',
    }));
}
function describeBody(answer, token) {
    const type = answer.headers['content-type'];
    const { data } = answer;
    const text = typeof data === 'string'
        ? data
        : data instanceof ArrayBuffer
            ? new TextDecoder().decode(data.slice(0, 400))
            : jsonText(data);
    const scrubbed = token ? text.replaceAll(token, '***') : text;
    return `${typeof type === 'string' ? excerpt(type, 60) : 'no content type'} and ${scrubbed ? escape_quoted(scrubbed, 80) : 'an empty body'}`;
}
const jsonText = (value) => JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? item.toString() : item)) ?? '';
const github_shown = (value, max = 80) => value === undefined ? 'missing' : excerpt(jsonText(value), max);
const GITHUB_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const githubTime = (value) => typeof value === 'string' && GITHUB_TIME.test(value) ? parseTimeInput(value) : undefined;
const HTTP_TOKEN = String.raw `[!#$%&'*+.^\`|~\w-]+`;
const LINK_VALUE = new RegExp(String.raw `\s*<([^<>]*)>((?:\s*;\s*${HTTP_TOKEN}(?:\s*=\s*(?:${HTTP_TOKEN}|"(?:[^"\\]|\\.)*"))?)*)\s*(?:,|$)`, 'y');
const LINK_PARAMETER = new RegExp(String.raw `;\s*(${HTTP_TOKEN})(?:\s*=\s*(?:(${HTTP_TOKEN})|"((?:[^"\\]|\\.)*)"))?`, 'g');
function lastLinkedPage(link, total, perPage, what) {
    if (link === undefined)
        return 1;
    const header = String(link);
    let last;
    LINK_VALUE.lastIndex = 0;
    while (LINK_VALUE.lastIndex < header.length) {
        const match = LINK_VALUE.exec(header);
        if (!match)
            return `its Link header ${github_shown(header, 200)} is not a list of links`;
        const rel = [...(match[2] ?? '').matchAll(LINK_PARAMETER)].find((parameter) => parameter[1]?.toLowerCase() === 'rel');
        if ((rel?.[2] ?? rel?.[3] ?? '').toLowerCase().split(/\s+/).includes('last'))
            last = match[1];
    }
    if (last === undefined)
        return 1;
    const url = URL.canParse(last) ? new URL(last) : undefined;
    const page = url && /^https?:$/.test(url.protocol) ? url.searchParams.get('page') : null;
    if (!page || !/^[1-9]\d{0,5}$/.test(page))
        return `its Link header's last page ${github_shown(last, 200)} is not an http(s) URL with a page number`;
    if (Number(page) > Math.max(1, Math.ceil(total / perPage)))
        return `its Link header's last page ${page} does not fit its ${total} ${what}`;
    return Number(page);
}

;// CONCATENATED MODULE: ./build/pipeline/incidents.js



const FAILURE_ID_TAG = 'dora.failure_id';
const SERVICE_TAG = 'dora.service';
const SEVERITY_TAG = 'severity';
const STARTED_TAG = 'dora.started_at';
const FINISHED_TAG = 'dora.finished_at';
function alertTags(facts) {
    const tags = [`${FAILURE_ID_TAG}:${facts.id}`];
    const [first] = facts.services;
    if (first)
        tags.push(`service:${first}`);
    for (const service of facts.services)
        tags.push(`${SERVICE_TAG}:${service}`);
    if (facts.env)
        tags.push(`env:${facts.env}`);
    if (facts.team)
        tags.push(`team:${facts.team}`);
    if (facts.version)
        tags.push(`version:${facts.version}`);
    if (facts.severity)
        tags.push(`${SEVERITY_TAG}:${facts.severity}`);
    tags.push(`${STARTED_TAG}:${facts.startedAt.toISOString()}`);
    if (facts.finishedAt)
        tags.push(`${FINISHED_TAG}:${facts.finishedAt.toISOString()}`);
    return tags;
}
function alertTagCount(facts) {
    return (1 +
        (facts.services.length ? 1 + facts.services.length : 0) +
        [facts.env, facts.team, facts.version, facts.severity].filter(Boolean).length +
        2);
}
function aggregationKey(id) {
    return id.length <= MAX_AGGREGATION_KEY ? id : `dora-${(0,external_node_crypto_.createHash)('sha256').update(id).digest('hex').slice(0, 40)}`;
}
function priorityOf(severity) {
    const match = /^sev-?([1-5])$/i.exec(severity?.trim() ?? '');
    return match ? match[1] : undefined;
}
const RECENT_MS = 17 * 3_600_000;
function recentOrNone(at, now) {
    const age = now.getTime() - at.getTime();
    return age >= 0 && age <= RECENT_MS ? at : undefined;
}
function alertTitle(facts) {
    if (facts.name?.trim())
        return facts.name.slice(0, events_MAX_TITLE);
    const what = facts.services.length ? facts.services.join(', ') : `team ${facts.team ?? ''}`.trim();
    return `Failure of ${what}${facts.env ? ` in ${facts.env}` : ''}`.slice(0, events_MAX_TITLE);
}
function alertMessage(facts) {
    const what = [
        `Failure ${facts.id}${facts.severity ? ` (${facts.severity})` : ''}`,
        facts.services.length ? ` of ${facts.services.join(', ')}` : '',
        facts.team ? ` (team ${facts.team})` : '',
        facts.env ? ` in ${facts.env}` : '',
        `, started ${facts.startedAt.toISOString()}`,
        facts.finishedAt ? `, resolved ${facts.finishedAt.toISOString()}.` : ', not resolved yet.',
    ].join('');
    const from = facts.runUrl ? ` Reported by GitHub Actions run ${facts.runUrl}.` : '';
    const note = ' An incident trail: it does not feed DORA metrics, which come from marked change failures.';
    return `${what}${from}${note}`.slice(0, MAX_MESSAGE);
}
function custom(facts) {
    return {
        failure_id: facts.id,
        started_at: facts.startedAt.toISOString(),
        ...(facts.finishedAt ? { finished_at: facts.finishedAt.toISOString() } : {}),
        services: facts.services,
        ...(facts.name ? { name: facts.name } : {}),
        ...(facts.severity ? { severity: facts.severity } : {}),
        ...(facts.env ? { env: facts.env } : {}),
        ...(facts.team ? { team: facts.team } : {}),
        ...(facts.version ? { version: facts.version } : {}),
        ...(facts.repositoryUrl ? { repository_url: facts.repositoryUrl } : {}),
        ...(facts.commitSha ? { commit_sha: facts.commitSha } : {}),
        ...(facts.runUrl ? { run_url: facts.runUrl } : {}),
    };
}
function alertEventOf(facts, now) {
    const priority = priorityOf(facts.severity);
    const timestamp = recentOrNone(facts.finishedAt ?? facts.startedAt, now);
    return {
        title: alertTitle(facts),
        message: alertMessage(facts),
        status: facts.finishedAt ? 'ok' : 'error',
        ...(priority ? { priority } : {}),
        tags: [...facts.tags, ...alertTags(facts)],
        aggregationKey: aggregationKey(facts.id),
        ...(timestamp ? { timestamp } : {}),
        custom: custom(facts),
    };
}
function v1EventOf(facts, now) {
    const event = alertEventOf(facts, now);
    return {
        title: event.title,
        text: event.message ?? event.title,
        alertType: facts.finishedAt ? 'success' : 'error',
        tags: event.tags ?? [],
        aggregationKey: event.aggregationKey,
        ...(event.timestamp ? { dateHappened: event.timestamp } : {}),
    };
}
const tagValues = (tags, key) => tags.filter((tag) => tag.startsWith(`${key}:`)).map((tag) => tag.slice(key.length + 1));
const dateOf = (value) => (typeof value === 'string' ? parseTime(value) : undefined);
const textOf = (value) => (typeof value === 'string' && value.trim() ? value : undefined);
function incidentFromEvent(event) {
    const [id] = tagValues(event.tags, FAILURE_ID_TAG);
    if (!id)
        return undefined;
    const custom = event.custom ?? {};
    const resolved = event.status === 'ok' || event.status === 'success';
    const startedAt = dateOf(custom.started_at) ??
        dateOf(tagValues(event.tags, STARTED_TAG)[0]) ??
        (resolved ? undefined : event.timestamp);
    const finishedAt = dateOf(custom.finished_at) ??
        dateOf(tagValues(event.tags, FINISHED_TAG)[0]) ??
        (resolved ? event.timestamp : undefined);
    const services = tagValues(event.tags, SERVICE_TAG);
    const env = tagValues(event.tags, 'env')[0];
    const name = textOf(custom.name) ?? textOf(event.title);
    const severity = textOf(custom.severity) ?? tagValues(event.tags, SEVERITY_TAG)[0];
    return {
        id,
        ...(startedAt ? { startedAt } : {}),
        ...(finishedAt ? { finishedAt } : {}),
        services,
        ...(env ? { env } : {}),
        ...(name ? { name } : {}),
        ...(severity ? { severity } : {}),
    };
}

;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./build/runner/toolkit.js





const processRunner = {
    env: process.env,
    write: (text) => process.stdout.write(text),
    fail: () => {
        process.exitCode = 1;
    },
};
class RunnerFileError extends Error {
    name = 'RunnerFileError';
    constructor(variable, path, cause) {
        super(`The runner's file ${variable} (${path || 'not set'}) could not be written (${cause.message ?? String(cause)}).`);
    }
}
const escapeData = (value) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
function commandLine(command, properties, message) {
    const given = Object.entries(properties)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}=${escapeProperty(utils_toCommandValue(value))}`);
    return `::${command}${given.length ? ` ${given.join(',')}` : ''}::${escapeData(message)}${external_node_os_.EOL}`;
}
function toolkitFor(runner) {
    const { env } = runner;
    const command = (name, properties, message) => runner.write(commandLine(name, properties, message));
    const appendTo = (variable, text, mustExist) => {
        const path = env[variable];
        try {
            if (mustExist && !(0,external_node_fs_namespaceObject.existsSync)(path ?? ''))
                throw new Error(`Missing file at path: ${path}`);
            (0,external_node_fs_namespaceObject.appendFileSync)(path ?? '', text, { encoding: 'utf8' });
        }
        catch (error) {
            throw new RunnerFileError(variable, path, error);
        }
    };
    const fileCommand = (variable, name, value) => appendTo(variable, `${prepareKeyValueMessage(name, value)}${external_node_os_.EOL}`, true);
    return {
        env,
        getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
        setSecret: (secret) => command('add-mask', {}, secret),
        setOutput: (name, value) => env.GITHUB_OUTPUT ? fileCommand('GITHUB_OUTPUT', name, value) : command('set-output', { name }, value),
        saveState: (name, value) => env.GITHUB_STATE ? fileCommand('GITHUB_STATE', name, value) : command('save-state', { name }, value),
        getState: (name) => env[`STATE_${name}`] ?? '',
        appendSummary: async (markdown) => {
            if (env.GITHUB_STEP_SUMMARY)
                appendTo('GITHUB_STEP_SUMMARY', markdown, false);
        },
        info: (message) => runner.write(forLog(message) + external_node_os_.EOL),
        debug: (message) => command('debug', {}, forLog(message)),
        warning: (message, properties = {}) => command('warning', toCommandProperties(properties), forLog(message)),
        notice: (message, properties = {}) => command('notice', toCommandProperties(properties), forLog(message)),
        setFailed: (message) => {
            runner.fail();
            command('error', {}, forLog(message));
        },
    };
}

;// CONCATENATED MODULE: ./build/pipeline/kind.js



const processRuntime = () => ({
    core: toolkitFor(processRunner),
    clock: systemClock,
    timer: systemTimer,
});

;// CONCATENATED MODULE: ./build/pipeline/plan.js

function describe(inputs, context, commitSha) {
    const repositoryUrl = inputs.repositoryUrl ?? (context.repository ? `${context.serverUrl}/${context.repository}` : undefined);
    const version = inputs.version ?? tagName(context.ref);
    const git = commitSha && repositoryUrl ? { commitSha, repositoryUrl } : undefined;
    return {
        ...(inputs.env ? { env: inputs.env } : {}),
        ...(version ? { version } : {}),
        ...(inputs.team ? { team: inputs.team } : {}),
        ...(git ? { git } : {}),
        customTags: [...inputs.tags, ...runTags(context)],
    };
}
function tagName(ref) {
    return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}
function runTags(context) {
    const tags = [
        ['github.repository', context.repository],
        ['github.workflow', context.workflow],
        ['github.run_id', context.runId],
        ['github.run_attempt', context.runAttempt],
        ['github.job', context.job],
    ];
    const unsafe = new RegExp(UNSAFE_CHARACTERS.source, 'g');
    return tags
        .filter(([, value]) => value?.trim())
        .map(([key, value]) => `${key}:${value.replace(unsafe, ' ').trim()}`.slice(0, 200));
}

;// CONCATENATED MODULE: ./build/pipeline/remediation-tags.js
const REMEDIATES_TAG = 'dora.remediates';
const REMEDIATION_TAG = 'dora.remediation';
const REMEDIATION_TAG_COUNT = 2;
const remediationTags = (failedId, type) => [
    `${REMEDIATES_TAG}:${failedId}`,
    `${REMEDIATION_TAG}:${type}`,
];

;// CONCATENATED MODULE: ./build/runner/outcome.js


class NothingFound extends Error {
    name = 'NothingFound';
}
const CONFIGURATION_ERRORS = new Set(['InputError', 'DatadogConfigError']);
function isInputProblem(error) {
    return error instanceof Error && CONFIGURATION_ERRORS.has(error.name);
}
function failureOf(error, failOnError) {
    if (isInputProblem(error))
        throw error;
    const message = error instanceof Error ? error.message : String(error);
    const mayHaveArrived = error instanceof DatadogApiError && error.mayHaveArrived;
    return { kind: 'failed', message, failsStep: failOnError && !(error instanceof NothingFound), mayHaveArrived };
}
function sayProblem(core, error, failOnError, what, failed) {
    const outcome = failureOf(error, failOnError);
    const title = outcome.mayHaveArrived ? `${what}: outcome unknown` : `${what} ${failed}`;
    if (outcome.failsStep)
        core.setFailed(outcome.message);
    else if (error instanceof NothingFound)
        core.warning(outcome.message, { title });
    else
        core.warning(`${outcome.message} The job keeps its result (fail-on-error is false).`, { title });
    return outcome;
}
function tell(core, said, failOnError) {
    for (const line of said) {
        if ('info' in line)
            core.info(line.info);
        else if ('warning' in line)
            core.warning(line.warning, { title: line.title });
        else
            sayProblem(core, line.problem, failOnError, line.what, line.failed);
    }
}
function sayRunnerFileProblem(core, error, consequence, failOnError) {
    if (!(error instanceof RunnerFileError))
        throw error;
    const message = `${error.message} ${consequence}`;
    if (failOnError)
        core.setFailed(message);
    else
        core.warning(`${message} The job keeps its result (fail-on-error is false).`, { title: 'Runner file not written' });
}
function writeOutput(core, name, value, failOnError) {
    try {
        core.setOutput(name, value);
    }
    catch (error) {
        sayRunnerFileProblem(core, error, `Output ${name} is not set: later steps cannot read it.`, failOnError);
    }
}
function printDryRun(core, requests) {
    for (const request of requests) {
        core.info(`Dry run: nothing is sent. This is the request that would go to Datadog:\n${request.method} ${request.url}${request.body === undefined ? '' : `\n${JSON.stringify(request.body, null, 2)}`}`);
    }
}
async function writeSummary(core, markdown, failOnError) {
    try {
        await core.appendSummary(markdown);
    }
    catch (error) {
        sayRunnerFileProblem(core, error, 'This step shows no job summary; its log says what happened.', failOnError);
    }
}
function describeAttempts(outcome) {
    const time = outcome.durationMs < 1000 ? `${outcome.durationMs} ms` : `${(outcome.durationMs / 1000).toFixed(1)} s`;
    return `${time}, ${outcome.attempts === 1 ? '1 attempt' : `${outcome.attempts} attempts`} (HTTP ${outcome.status})`;
}

;// CONCATENATED MODULE: ./build/pipeline/summary.js


function sentHeadings(noun, emoji) {
    return {
        done: `${emoji} ${noun} sent to Datadog`,
        failed: `${noun} not sent to Datadog`,
        unknown: `${noun} may or may not have reached Datadog`,
        dryRun: `${noun} not sent`,
    };
}
const DELIVERY_PERFORMANCE = { label: 'Delivery Performance', path: '/ci/dora' };
function summaryOf(outcome, headings, rows, appLink, trailing = [], page = DELIVERY_PERFORMANCE) {
    const table = [
        ...rows,
        ...(outcome.kind === 'done' ? [['Sending', describeAttempts(outcome)]] : []),
        ...trailing,
    ];
    return [
        `### ${headingFor(outcome, headings)}`,
        '',
        '| | |',
        '|---|---|',
        ...table.map(([name, value]) => `| ${name} | ${value} |`),
        '',
        closing(outcome, appLink, page),
        '',
    ].join('\n');
}
function headingFor(outcome, headings) {
    if (outcome.kind === 'done')
        return headings.done;
    if (outcome.kind === 'dry-run')
        return `🧪 ${headings.dryRun} (dry run)`;
    return `${outcome.failsStep ? '❌' : '⚠️'} ${outcome.mayHaveArrived ? headings.unknown : headings.failed}`;
}
function closing(outcome, appLink, page) {
    if (outcome.kind === 'dry-run')
        return `Dry run: ${markdownText(outcome.what)}`;
    if (outcome.kind === 'failed')
        return markdownText(outcome.message);
    const where = markdownLink(page.label, `${appLink.url}${page.path}`, linkOrigins(appLink.url));
    return `Accepted by Datadog. See it in ${where}${appLink.assumedSite ? ` (on ${markdownText(appLink.assumedSite)}, assumed: no site was given)` : ''}.`;
}
function summary_optional(value) {
    return value ? markdownCode(value) : '—';
}
function idCell(sent, datadogId) {
    return datadogId ? `${markdownCode(datadogId)} (Datadog's; sent as ${markdownCode(sent)})` : markdownCode(sent);
}
function commitLink(sha, repositoryUrl, githubServerUrl) {
    return markdownLink(markdownCode(sha.slice(0, 12)), `${repositoryUrl.replace(/\/+$/, '')}/commit/${encodeURIComponent(sha)}`, linkOrigins(githubServerUrl));
}
function duration(ms) {
    const total = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    return h ? `${h} h ${m} min ${s} s` : m ? `${m} min ${s} s` : `${s} s`;
}
const count = (n, noun, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;

;// CONCATENATED MODULE: ./build/pipeline/weeks.js
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
function weekStart(at) {
    const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
    const sinceMonday = (day.getUTCDay() + 6) % 7;
    return new Date(day.getTime() - sinceMonday * DAY_MS);
}
function isoWeekLabel(monday) {
    const thursday = new Date(monday.getTime() + 3 * DAY_MS);
    const year = thursday.getUTCFullYear();
    const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
    return `${year}-W${String(week).padStart(2, '0')}`;
}

;// CONCATENATED MODULE: ./build/runner/inputs/grammar.js





const MAX_LENGTH = {
    event: 20,
    'api-key': 256,
    'app-key': 256,
    site: 100,
    'api-url': 500,
    'events-url': 500,
    service: 1000,
    env: 100,
    version: 100,
    team: 100,
    tags: 4000,
    'commit-sha': 64,
    'repository-url': 500,
    'deployment-id': 128,
    remediates: 128,
    'remediation-type': 20,
    'remediation-id': 128,
    'remediation-version': 100,
    'failure-id': 128,
    name: 500,
    severity: 100,
    'started-at': 40,
    'finished-at': 40,
    'dry-run': 10,
    'fail-on-error': 10,
    weeks: 10,
    'max-change-failure-rate': 20,
    'max-change-lead-time': 20,
    'max-recovery-time': 20,
    'min-deployments-per-week': 20,
    'github-token': 500,
    since: 40,
    source: 20,
    environment: 255,
    workflow: 255,
    job: 255,
};
const MAX_ITEM_LENGTH = 200;
const MAX_SERVICE_LENGTH = 100;
const CLIENT_ID = '16 to 128 letters, digits, hyphens, underscores, periods or colons';
const GIVEN_ID = 'an id Datadog gave (1 to 128 letters, digits, hyphens, underscores, periods or colons, not only periods)';
function oneLine(sourced, max, item = false) {
    const { value, from } = sourced;
    notLonger(sourced, max, item);
    if (UNSAFE_CHARACTERS.test(value)) {
        throw new InputError(`${from} ${item ? 'has an item' : 'is'} ${escape_quoted(value)}: expected one line, without control characters, line or paragraph separators or bidirectional controls.`);
    }
    return sourced;
}
function notLonger({ value, from }, max, item = false) {
    if (value.length > max) {
        throw new InputError(`${from} ${item ? 'has an item of' : 'is'} ${value.length} characters${item ? '' : ' long'}: at most ${max} are accepted.`);
    }
}
function items(sourced, max) {
    notLonger(sourced, max);
    return sourced.value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean)
        .map((item) => oneLine({ value: item, from: sourced.from }, MAX_ITEM_LENGTH, true).value);
}
function asBool({ value, from }) {
    if (/^true$/i.test(value))
        return true;
    if (/^false$/i.test(value))
        return false;
    throw new InputError(`${from} is ${escape_quoted(value)}: expected true or false.`);
}
function asTime({ value, from }) {
    const date = parseTimeInput(value);
    if (!date) {
        throw new InputError(`${from} is ${escape_quoted(value)}: expected a real instant, as ISO 8601 with a time zone (2026-11-27T10:00:00Z) or Unix seconds, milliseconds or nanoseconds.`);
    }
    return date;
}
const SINCE = 'a time within the last two years (what Datadog keeps): a date (2025-06-01), ISO 8601 with a time zone (2025-06-01T08:00:00Z) or Unix seconds, milliseconds or nanoseconds; or a time back from now, a whole number with h, d or w (36h, 90d, 12w), at most 730d';
const BACK = /^(\d+)\s*([hdw])$/i;
const BACK_MS = { h: 3_600_000, d: 86_400_000, w: 604_800_000 };
function asSince({ value, from }, now) {
    const back = BACK.exec(value);
    const at = back
        ? now.getTime() - Number(back[1]) * BACK_MS[back[2].toLowerCase()]
        : parseTimeInput(value)?.getTime();
    if (at === undefined)
        throw new InputError(`${from} is ${escape_quoted(value)}: expected ${SINCE}.`);
    const oldest = now.getTime() - RETENTION_MS;
    if (at < oldest) {
        throw new InputError(`${from} is ${escape_quoted(value)}, more than two years ago: Datadog keeps events two years (from ${new Date(oldest).toISOString()}); expected ${SINCE}.`);
    }
    if (at > now.getTime() + CLOCK_SKEW_MS) {
        throw new InputError(`${from} is ${escape_quoted(value)}, in the future (this runner's clock says ${now.toISOString()}): expected ${SINCE}.`);
    }
    return new Date(at);
}
function held({ value, from }, problem, accepted) {
    if (problem(value))
        throw new InputError(`${from} is ${escape_quoted(value)}: expected ${accepted}.`);
    return value;
}
const isLatest = (value) => value.toLowerCase() === 'latest';
function givenId(sourced, event) {
    if (isLatest(sourced.value))
        throw new InputError(`${sourced.from} is ${escape_quoted(sourced.value)}: latest is not accepted here (event ${event}); expected ${GIVEN_ID}.`);
    return held(sourced, pathIdProblem, GIVEN_ID);
}
function withoutCredentials(url) {
    try {
        const parsed = new URL(url);
        if (!parsed.username && !parsed.password)
            return url;
        parsed.username = '';
        parsed.password = '';
        return parsed.href.replace(/\/$/, url.endsWith('/') ? '/' : '');
    }
    catch {
        return url;
    }
}
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
function redactUrl(url) {
    const copy = new URL(url.href);
    if (copy.username || copy.password) {
        copy.username = '***';
        copy.password = '';
    }
    return copy.href;
}

;// CONCATENATED MODULE: ./build/runner/inputs/read.js


function given({ read, env }, input, variables) {
    const value = read(input).trim();
    if (value)
        return { value, from: `Input ${input}` };
    for (const variable of variables) {
        const fallback = env[variable]?.trim();
        if (fallback)
            return { value: fallback, from: `Input ${input} (from env ${variable})` };
    }
    return undefined;
}
const bound = (input) => MAX_LENGTH[input] ?? 0;
function line(source, input, ...variables) {
    const found = given(source, input, variables);
    return found && oneLine(found, bound(input));
}
function read_text(source, input) {
    return line(source, input)?.value;
}
function read_list(source, input, ...variables) {
    const found = given(source, input, variables);
    return found ? items(found, bound(input)) : [];
}
function bool(source, input) {
    const found = line(source, input);
    return found ? asBool(found) : false;
}
function read_time(source, input) {
    const found = line(source, input);
    return found && asTime(found);
}
function since(source, input) {
    const found = line(source, input);
    return found && asSince(found, source.now);
}
function matching(source, input, problem, accepted) {
    const found = line(source, input);
    return found && held(found, problem, accepted);
}
const isGiven = ({ read }, input) => read(input).trim() !== '';
function parseKeys(source, mask) {
    return {
        apiKey: secret(source, mask, 'api-key', 'DATADOG_API_KEY', 'DD_API_KEY'),
        appKey: secret(source, mask, 'app-key', 'DATADOG_APP_KEY', 'DD_APP_KEY'),
        githubToken: masked(source, mask, 'github-token')?.value,
    };
}
function secret(source, mask, input, ...variables) {
    const found = masked(source, mask, input, ...variables);
    if (!found)
        return undefined;
    const { value, from } = found;
    if (value.length > bound(input))
        throw new InputError(`${from} is ${value.length} characters long: at most ${bound(input)} are accepted. Datadog's keys are 32 or 40 characters.`);
    if (/[^\x21-\x7e]/.test(value))
        throw new InputError(`${from} holds spaces or characters no Datadog key has (its value is not shown).`);
    return value;
}
function masked(source, mask, input, ...variables) {
    const found = given(source, input, variables);
    for (const part of found?.value.split(/\r\n|\r|\n/) ?? [])
        if (part.trim())
            mask(part.trim());
    return found;
}
function requireKeys(keys, needs) {
    if (!keys.apiKey && needs.api) {
        throw new InputError(`Input api-key is required ${needs.api}: pass a Datadog API key from a secret (or set env DATADOG_API_KEY or DD_API_KEY), or set dry-run: true to send nothing.`);
    }
    if (!keys.appKey && needs.app) {
        throw new InputError(`Input app-key is required ${needs.app}: pass a Datadog application key with the dora_metrics_write and dora_metrics_read permissions from a secret (or set env DATADOG_APP_KEY or DD_APP_KEY).`);
    }
}

;// CONCATENATED MODULE: ./build/runner/inputs/shared.js







const DESCRIBING = [
    'env',
    'version',
    'team',
    'tags',
    'commit-sha',
    'repository-url',
    'started-at',
    'finished-at',
];
const ACTION_TAG_COUNT = 5;
function endpointOf(source, warnings) {
    const endpoint = {};
    const site = line(source, 'site', 'DATADOG_SITE', 'DD_SITE');
    if (site) {
        try {
            endpoint.site = resolveSite(site.value).name;
        }
        catch (error) {
            if (!(error instanceof SiteError))
                throw error;
            throw new InputError(`${site.from} is ${escape_quoted(site.value)}: ${error.reason}.`);
        }
    }
    const apiUrl = baseUrlInput(source, 'api-url', 'https://api.datadoghq.com', warnings);
    if (apiUrl)
        endpoint.baseUrl = apiUrl;
    return endpoint;
}
function baseUrlInput(source, input, example, warnings) {
    const value = read_text(source, input);
    if (!value)
        return undefined;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (!url || baseUrlProblem(value)) {
        throw new InputError(`Input ${input} is ${escape_quoted(url ? redactUrl(url) : value)}: expected a plain http(s) base URL, without credentials, query or fragment, such as ${example}.`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        warnings.push(`Input ${input} is ${escape_quoted(value)}: plain http to a host that is not this machine, so the keys would travel in clear text. Use https://.`);
    }
    return value;
}
function described(source, added = { tags: 0, because: '' }) {
    const tags = read_list(source, 'tags');
    const malformed = tags.find((tag) => tagProblem(tag));
    if (malformed !== undefined)
        throw new InputError(`Input tags has ${escape_quoted(malformed)}: expected key:value tags separated by commas or newlines.`);
    const room = MAX_CUSTOM_TAGS - ACTION_TAG_COUNT - added.tags;
    if (tags.length > room) {
        const adds = added.tags ? `${ACTION_TAG_COUNT + added.tags} ${added.because}` : String(ACTION_TAG_COUNT);
        throw new InputError(`Input tags has ${tags.length} tags: Datadog accepts ${MAX_CUSTOM_TAGS} per event, and the action adds ${adds}, so at most ${room}.`);
    }
    const startedAt = read_time(source, 'started-at');
    const finishedAt = read_time(source, 'finished-at');
    checkInputTimes(startedAt, finishedAt, source.now);
    const repositoryUrl = read_text(source, 'repository-url');
    return {
        env: line(source, 'env', 'DD_ENV')?.value,
        version: line(source, 'version', 'DD_VERSION')?.value,
        team: read_text(source, 'team'),
        tags,
        commitSha: matching(source, 'commit-sha', commitShaProblem, 'a full commit SHA, 40 or more hexadecimal characters'),
        repositoryUrl: repositoryUrl && withoutCredentials(repositoryUrl),
        startedAt,
        finishedAt,
    };
}
function shared_newEventId(source, input, event) {
    const value = read_text(source, input);
    if (value !== undefined && isLatest(value)) {
        throw new InputError(`Input ${input} is ${escape_quoted(value)}: latest names a deployment already sent, and is not accepted here (event ${event}); expected ${CLIENT_ID}.`);
    }
    return matching(source, input, eventIdProblem, CLIENT_ID);
}
function target(source, input, event) {
    const value = read_text(source, input);
    if (value === undefined)
        return undefined;
    if (!isLatest(value)) {
        if (pathIdProblem(value))
            throw new InputError(`Input ${input} is ${escape_quoted(value)}: expected ${GIVEN_ID}, or latest.`);
        return { id: value };
    }
    const service = line(source, 'service', 'DD_SERVICE');
    const environment = line(source, 'env', 'DD_ENV');
    for (const [name, variable, found] of [
        ['service', 'DD_SERVICE', service],
        ['env', 'DD_ENV', environment],
    ]) {
        if (!found) {
            throw new InputError(`Input ${name} is required with ${input}: latest, for event ${event}: the latest deployment is looked up by service and env (or set env ${variable}).`);
        }
    }
    return { latest: { service: service.value, env: environment.value } };
}
function remediationType(source) {
    const value = read_text(source, 'remediation-type') ?? 'rollback';
    if (value !== 'rollback' && value !== 'rollforward') {
        throw new InputError(`Input remediation-type is ${escape_quoted(value)}: expected rollback or rollforward.`);
    }
    return value;
}
function onlyWith(source, warnings, input, other, event) {
    if (isGiven(source, input))
        warnings.push(`Input ${input} applies to event ${event} only with ${other}; it is ignored.`);
}
function names(source, input, variable) {
    const given = read_list(source, input, variable);
    if (given.length === 0)
        return undefined;
    if (given.includes('*')) {
        if (given.length > 1)
            throw new InputError(`Input ${input} has * beside names: expected * alone, for every ${input} found, or names separated by commas or newlines.`);
        return 'every';
    }
    const tooLong = given.find((name) => name.length > MAX_SERVICE_LENGTH);
    if (tooLong)
        throw new InputError(`Input ${input} has ${escape_quoted(tooLong, 40)} of ${tooLong.length} characters: at most ${MAX_SERVICE_LENGTH} are accepted.`);
    return [...new Set(given)];
}

;// CONCATENATED MODULE: ./build/events/backfill/inputs.js






const BACKFILL_READS = [
    'source',
    'environment',
    'workflow',
    'job',
    'service',
    'env',
    'version',
    'team',
    'tags',
    'since',
];
const SOURCES = ['deployments', 'workflow-runs'];
const DEFAULT_DAYS = 90;
const WORKFLOW = /^(?:[A-Za-z0-9._-]+\.ya?ml|\d{1,20})$/;
const BACKFILL_TAG_COUNT = ACTION_TAG_COUNT + 1;
function parseBackfillInputs(source, warnings) {
    const from = line(source, 'source');
    if (!from || !SOURCES.includes(from.value)) {
        throw new InputError(`${from ? `${from.from} is ${escape_quoted(from.value)}` : 'Input source is required for event backfill'}: expected deployments (GitHub's deployments of this repository) or workflow-runs (the successful runs of one workflow).`);
    }
    const kind = from.value;
    const service = line(source, 'service', 'DD_SERVICE');
    if (!service)
        throw new InputError('Input service is required for event backfill: the name of the service the deployments are of (or set env DD_SERVICE).');
    notLonger(service, MAX_SERVICE_LENGTH);
    const environment = read_text(source, 'environment');
    const workflow = line(source, 'workflow');
    const job = read_text(source, 'job');
    if (kind === 'workflow-runs') {
        if (!workflow)
            throw new InputError('Input workflow is required with source: workflow-runs: the file name of the workflow that deploys, as deploy.yml.');
        if (!WORKFLOW.test(workflow.value))
            throw new InputError(`${workflow.from} is ${escape_quoted(workflow.value)}: expected the file name of a workflow in .github/workflows (as deploy.yml), or its numeric id.`);
        if (environment)
            warnings.push('Input environment applies to source: deployments only; it is ignored.');
    }
    else {
        for (const input of ['workflow', 'job'])
            if (input === 'workflow' ? workflow : job)
                warnings.push(`Input ${input} applies to source: workflow-runs only; it is ignored.`);
    }
    return {
        source: kind,
        ...(kind === 'deployments' && environment ? { environment } : {}),
        ...(kind === 'workflow-runs' ? { workflow: workflow?.value, ...(job ? { job } : {}) } : {}),
        service: service.value,
        ...inputs_optional('env', line(source, 'env', 'DD_ENV')?.value),
        ...inputs_optional('version', read_text(source, 'version')),
        ...inputs_optional('team', read_text(source, 'team')),
        tags: backfillTags(source),
        since: since(source, 'since') ?? new Date(source.now.getTime() - DEFAULT_DAYS * 86_400_000),
    };
}
const inputs_optional = (key, value) => (value ? { [key]: value } : {});
function backfillTags(source) {
    const tags = read_list(source, 'tags');
    const malformed = tags.find((tag) => tagProblem(tag));
    if (malformed !== undefined)
        throw new InputError(`Input tags has ${escape_quoted(malformed)}: expected key:value tags separated by commas or newlines.`);
    const room = 100 - BACKFILL_TAG_COUNT;
    if (tags.length > room)
        throw new InputError(`Input tags has ${tags.length} tags: Datadog accepts 100 per event, and backfill adds ${BACKFILL_TAG_COUNT}, so at most ${room}.`);
    return tags;
}

;// CONCATENATED MODULE: ./build/events/backfill/event.js

const backfill = {
    reads: BACKFILL_READS,
    parse: (source, _event, warnings) => parseBackfillInputs(source, warnings),
    async main(inputs, keys, { loadBackfill, ...runtime }) {
        const { runBackfill } = await loadBackfill();
        await runBackfill(inputs, keys, runtime);
    },
};

;// CONCATENATED MODULE: ./build/pipeline/ids.js

function runScopedId(context, random = randomPart()) {
    const job = (context.job ?? '').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60);
    const parts = context.runId ? [context.runId, context.runAttempt ?? '1', job, random] : ['local', random];
    return parts.filter(Boolean).join('.');
}
function randomPart() {
    return (0,external_node_crypto_.randomUUID)().replaceAll('-', '').slice(0, 16);
}

;// CONCATENATED MODULE: ./build/pipeline/latest.js


const LOOKBACK_DAYS = 30;
const ANSWER_PRECISION_MS = 1000;
function latestQuery(service, env) {
    const quote = (value) => `"${value.replace(/["\\]/g, '\\$&')}"`;
    return `service:${quote(service)} env:${quote(env)}`;
}
function describeLookup(service, env) {
    return `the latest deployment of ${service} in ${env} (the last ${LOOKBACK_DAYS} days)`;
}
class NotLookedUp extends Error {
    name = 'NotLookedUp';
    lookup;
    constructor(lookup) {
        super(`${lookup} would be looked up (a dry run reads only when both keys are given)`);
        this.lookup = lookup;
    }
}
class ForeignAnswer extends Error {
    name = 'ForeignAnswer';
}
async function findLatestDeployment(reader, lookup, now) {
    const { service, env } = lookup;
    if (!reader)
        throw new NotLookedUp(describeLookup(service, env));
    const from = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
    const answer = await reader.listDeployments({
        from,
        to: now,
        query: latestQuery(service, env),
        sort: '-finished_at',
        limit: 1,
    });
    const [latest] = answer.items;
    const [flaw] = answer.flaws;
    const answered = `Datadog answered the lookup of ${describeLookup(service, env)} with deployment`;
    if (!latest && flaw?.leftOut)
        throw new ForeignAnswer(`${answered} ${escape_quoted(flaw.id, 128)}, which does not parse: ${flaw.problems.join('; ')}. ${lookup.otherwise}`);
    if (!latest)
        return undefined;
    const problems = mismatches(latest, lookup, from);
    if (problems.length)
        throw new ForeignAnswer(`${answered} ${escape_quoted(latest.id, 128)}, which does not match it: ${problems.join('; ')}. ${lookup.otherwise}`);
    return latest.id;
}
function mismatches(found, lookup, from) {
    const problems = [];
    const idProblem = pathIdProblem(found.id);
    if (idProblem)
        problems.push(`its id is not one (${idProblem})`);
    const same = (value, asked) => value !== undefined && value.toLowerCase() === asked.toLowerCase();
    if (!same(found.service, lookup.service))
        problems.push(`its service is ${found.service ? escape_quoted(found.service, 100) : 'missing'}, not ${escape_quoted(lookup.service)}`);
    if (!same(found.env, lookup.env))
        problems.push(`its env is ${found.env ? escape_quoted(found.env, 100) : 'missing'}, not ${escape_quoted(lookup.env)}`);
    const finishedAt = found.finishedAt?.getTime();
    if (finishedAt === undefined || Number.isNaN(finishedAt))
        problems.push('it has no finish time');
    else if (finishedAt > lookup.stepStartedAt.getTime() + ANSWER_PRECISION_MS)
        problems.push(`it finished at ${found.finishedAt.toISOString()}, after this step started (${lookup.stepStartedAt.toISOString()})`);
    else if (finishedAt < from.getTime() - ANSWER_PRECISION_MS)
        problems.push(`it finished at ${found.finishedAt.toISOString()}, before the ${LOOKBACK_DAYS} days asked`);
    const own = lookup.own.find(({ id }) => id === found.id);
    if (own)
        problems.push(`it is ${own.as}`);
    return problems;
}

;// CONCATENATED MODULE: ./build/pipeline/known.js

const CHECK_TIMING = { attemptTimeoutMs: 5_000, budgetMs: 5_000, maxAttempts: 1 };
async function unknownIds(step, named) {
    const reader = clientsFor(step.endpoint, step.dryRun, step.keys, step.runtime, CHECK_TIMING).reader;
    if (!reader)
        return [];
    const said = [];
    for (const { id, input } of named) {
        try {
            if (await reader.getDeployment(id))
                continue;
            said.push({
                warning: `Datadog knows no deployment ${id} (input ${input}): if the id is wrong, the mark has no effect. Datadog may also not show yet a deployment sent seconds ago.`,
                title: 'Deployment not known to Datadog',
            });
        }
        catch (error) {
            said.push({
                info: `Whether Datadog knows deployment ${id} (input ${input}) could not be checked: ${error.message}`,
            });
        }
    }
    return said;
}

;// CONCATENATED MODULE: ./build/pipeline/pipeline.js





function requireKeysFor(step, keys, needs) {
    requireKeys(keys, step.dryRun ? {} : needs);
}
async function deliver(delivery, step) {
    const { endpoint, dryRun, failOnError, keys, runtime } = step;
    const { core } = runtime;
    requireKeysFor(step, keys, delivery.needs);
    const clients = clientsFor(endpoint, dryRun, keys, runtime);
    let went = {};
    let ids = {};
    let outcome;
    try {
        const { prepared, ids: known = {}, said = [] } = await delivery.prepare(clients.reader);
        went = { prepared };
        ids = known;
        tell(core, said, failOnError);
        const sent = await delivery.send(clients.writer, prepared);
        went = { ...went, result: sent.result };
        if (!clients.dryRun)
            core.info(sent.accepted);
        writeOutputs(core, { ...ids, ...sent.outputs }, failOnError);
        const followed = await sent.follow?.();
        if (followed) {
            tell(core, followed.said, failOnError);
            went = { ...went, followed: followed.summary };
        }
        if (sent.check)
            tell(core, await unknownIds(step, sent.check), failOnError);
        if (clients.dryRun)
            printDryRun(core, clients.dryRun.requests);
        outcome = clients.dryRun
            ? { kind: 'dry-run', what: delivery.wouldHave({ requests: clients.dryRun.requests, prepared }) }
            : {
                kind: 'done',
                status: sent.result.status,
                attempts: sent.result.attempts,
                durationMs: sent.result.durationMs,
            };
    }
    catch (error) {
        if (!(error instanceof NotLookedUp)) {
            outcome = sayProblem(core, error, failOnError, delivery.subject, delivery.failed);
            if (!went.result)
                writeOutputs(core, ids, failOnError);
        }
        else {
            outcome = { kind: 'dry-run', what: delivery.wouldHave({ notLookedUp: error.lookup }) };
            core.info(`Dry run: ${outcome.what}`);
        }
    }
    await writeSummary(core, delivery.summary({ outcome, ...went }), failOnError);
}
function writeOutputs(core, outputs, failOnError) {
    for (const [name, value] of Object.entries(outputs))
        writeOutput(core, name, value, failOnError);
}

;// CONCATENATED MODULE: ./build/events/deployment/delivery.js








const deploymentNeeds = (remediates) => ({
    api: 'to send a deployment to Datadog',
    app: remediates ? 'with remediates: marking the remediated deployment a change failure needs it' : undefined,
});
async function deliverDeployment(saved, sending, keys, runtime) {
    const { deployment, endpoint, dryRun, failOnError } = saved;
    const finishedAt = new Date(Math.max(sending.finishedAt.getTime(), deployment.startedAt.getTime()));
    await deliver({
        subject: 'DORA deployment',
        failed: 'not sent',
        needs: deploymentNeeds(Boolean(saved.remediates)),
        prepare: (reader) => resolveBeforeSending(saved.remediates, reader, {
            stepStartedAt: sending.stepStartedAt,
            clock: runtime.clock,
            deploymentId: deployment.id,
        }),
        async send(writer, remediates) {
            const tags = remediates && 'id' in remediates ? remediationTags(remediates.id, remediates.type) : [];
            const result = await writer.sendDeployment({
                ...deployment,
                customTags: [...(deployment.customTags ?? []), ...tags],
                finishedAt,
            });
            const renamed = result.id !== result.sentId;
            return {
                result,
                accepted: [
                    `Datadog accepted deployment ${result.id} (HTTP ${result.status}, ${result.attempts === 1 ? '1 attempt' : `${result.attempts} attempts`}).`,
                    ...(renamed
                        ? [
                            `Datadog knows this deployment as ${result.id}, not ${result.sentId} as sent: use ${result.id} to mark it later.`,
                        ]
                        : []),
                ].join('\n'),
                outputs: renamed ? { 'deployment-id': result.id } : {},
                ...(remediates ? { follow: () => linkRemediation(writer, remediates, result.id, failOnError) } : {}),
                ...(remediates && 'id' in remediates && remediates.given
                    ? { check: [{ id: remediates.id, input: 'remediates' }] }
                    : {}),
            };
        },
        wouldHave: (record) => `it would have been sent to ${'requests' in record ? record.requests[0]?.url : 'Datadog'}.`,
        summary: ({ outcome, result, followed }) => deploymentSummary({
            deployment,
            finishedAt,
            appLink: appLinkFor(endpoint),
            githubServerUrl: readRunContext(runtime.core.env).serverUrl,
            outcome,
            datadogId: result && result.id !== result.sentId ? result.id : undefined,
            remediation: followed,
        }),
    }, { endpoint, dryRun, failOnError, keys, runtime });
}
async function resolveBeforeSending(remediates, reader, step) {
    if (!remediates || 'id' in remediates)
        return { prepared: remediates };
    try {
        const found = await findRemediated(remediates, reader, step);
        return { prepared: found.remediates, said: [{ info: found.said }] };
    }
    catch (error) {
        if (error instanceof NotLookedUp)
            return { prepared: remediates };
        return { prepared: undefined, said: [{ problem: error, what: 'Remediated deployment', failed: 'not found' }] };
    }
}
async function findRemediated(remediates, reader, { stepStartedAt, clock, deploymentId }) {
    const { service, env } = remediates.latest;
    const own = [{ id: deploymentId, as: 'this deployment, which this step sends' }];
    const id = await findLatestDeployment(reader, { service, env, stepStartedAt, own, otherwise: 'This deployment is sent without a remediation link.' }, clock());
    if (!id)
        throw new NothingFound(`No deployment of ${service} in ${env} was found to remediate (${describeLookup(service, env)}): this deployment is sent without a remediation link.`);
    return {
        remediates: { id, type: remediates.type },
        said: `This deployment remediates ${id}, ${describeLookup(service, env)}.`,
    };
}
async function linkRemediation(writer, remediates, remediationId, failOnError) {
    if (!('id' in remediates)) {
        const { service, env } = remediates.latest;
        return {
            said: [],
            summary: `${describeLookup(service, env)}, marked a change failure (${remediates.type}) — not looked up in this dry run without both keys`,
        };
    }
    try {
        await writer.patchDeployment(remediates.id, {
            changeFailure: true,
            remediation: { id: remediationId, type: remediates.type },
        });
        return {
            said: [
                {
                    info: `Datadog accepted marking deployment ${remediates.id} a change failure, remediated by ${remediationId} (${remediates.type}).`,
                },
            ],
            summary: `${remediates.id}: marking it a change failure, remediated by this deployment (${remediates.type}), accepted by Datadog`,
        };
    }
    catch (error) {
        const failed = failureOf(error, failOnError);
        return {
            said: [{ problem: error, what: 'Remediated deployment', failed: 'not marked' }],
            summary: `${remediates.id}: ${failed.mayHaveArrived ? 'may or may not be marked' : 'not marked'}. ${failed.message}`,
        };
    }
}
function deploymentSummary({ deployment, finishedAt, appLink, githubServerUrl, outcome, datadogId, remediation, }) {
    const rows = [
        ['Service', markdownCode(deployment.service)],
        ['Env', summary_optional(deployment.env)],
        ['Version', summary_optional(deployment.version)],
        [
            'Commit',
            deployment.git ? commitLink(deployment.git.commitSha, deployment.git.repositoryUrl, githubServerUrl) : '—',
        ],
        ['Started', deployment.startedAt.toISOString()],
        ['Finished', finishedAt.toISOString()],
        ['Duration', duration(finishedAt.getTime() - deployment.startedAt.getTime())],
        ['Deployment id', idCell(deployment.id, datadogId)],
    ];
    return summaryOf(outcome, sentHeadings('Deployment', '✅'), rows, appLink, remediation ? [['Remediates', markdownText(remediation)]] : []);
}

;// CONCATENATED MODULE: ./build/events/deployment/state.js




const DEPLOYMENT = 'deployment';
class SavedStateError extends Error {
    name = 'SavedStateError';
}
function saveDeployment(core, saved) {
    core.saveState(DEPLOYMENT, JSON.stringify(saved));
}
function loadDeployment(core) {
    const text = core.getState(DEPLOYMENT);
    if (!text)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new SavedStateError(`is not JSON (${text.length} characters)`);
    }
    const fields = new Fields();
    const saved = fields.object('', parsed, 'an object: the deployment main planned and how to send it');
    const deployment = saved && readDeployment(fields, saved);
    const endpoint = saved && readEndpoint(fields, saved);
    const dryRun = saved && fields.required('dryRun', saved.dryRun, state_boolean);
    const failOnError = saved && fields.required('failOnError', saved.failOnError, state_boolean);
    const remediates = saved && saved.remediates !== undefined ? readRemediates(fields, saved.remediates) : undefined;
    fields.throwIfWrong();
    return {
        deployment: deployment,
        endpoint: endpoint,
        dryRun: dryRun,
        failOnError: failOnError,
        ...(remediates ? { remediates } : {}),
    };
}
function readDeployment(fields, saved) {
    const deployment = fields.object('deployment', saved.deployment, 'an object: the deployment main planned');
    if (!deployment)
        return undefined;
    const id = fields.required('deployment.id', deployment.id, string(eventIdProblem));
    const service = fields.required('deployment.service', deployment.service, string(state_oneLine(MAX_SERVICE_LENGTH)));
    const startedAt = fields.required('deployment.startedAt', deployment.startedAt, state_time);
    const env = fields.optional('deployment.env', deployment.env, string(state_oneLine(MAX_LENGTH.env)));
    const version = fields.optional('deployment.version', deployment.version, string(versionProblem));
    const team = fields.optional('deployment.team', deployment.team, string(state_oneLine(MAX_LENGTH.team)));
    const git = deployment.git === undefined ? undefined : readGit(fields, deployment.git);
    const customTags = deployment.customTags === undefined ? undefined : readTags(fields, deployment.customTags);
    if (id === undefined || service === undefined || startedAt === undefined)
        return undefined;
    return {
        id,
        service,
        startedAt,
        ...(env ? { env } : {}),
        ...(version ? { version } : {}),
        ...(team ? { team } : {}),
        ...(git ? { git } : {}),
        ...(customTags ? { customTags } : {}),
    };
}
function readGit(fields, value) {
    const git = fields.object('deployment.git', value, 'an object: the commit deployed and its repository');
    if (!git)
        return undefined;
    const commitSha = fields.required('deployment.git.commitSha', git.commitSha, string(commitShaProblem));
    const repositoryUrl = fields.required('deployment.git.repositoryUrl', git.repositoryUrl, string((url) => (url.trim() ? undefined : 'expected the repository URL')));
    return commitSha && repositoryUrl ? { commitSha, repositoryUrl } : undefined;
}
function readTags(fields, value) {
    if (!Array.isArray(value) || value.length > MAX_CUSTOM_TAGS) {
        fields.wrong('deployment.customTags', value, `expected a list of at most ${MAX_CUSTOM_TAGS} key:value tags`);
        return undefined;
    }
    const read = value.map((tag, index) => fields.required(`deployment.customTags[${index}]`, tag, string(tagProblem)));
    return read.every((tag) => tag !== undefined) ? read : undefined;
}
function readEndpoint(fields, saved) {
    const endpoint = fields.object('endpoint', saved.endpoint, 'an object: the site or api-url to send to');
    if (!endpoint)
        return undefined;
    const site = fields.optional('endpoint.site', endpoint.site, string(siteProblem));
    const baseUrl = fields.optional('endpoint.baseUrl', endpoint.baseUrl, string(baseUrlProblem), { shown: false });
    return { ...(site ? { site } : {}), ...(baseUrl ? { baseUrl } : {}) };
}
function readRemediates(fields, value) {
    const remediates = fields.object('remediates', value, 'an object: the failed deployment by id or latest, and the remediation type');
    if (!remediates)
        return undefined;
    const type = fields.required('remediates.type', remediates.type, state_remediationType);
    if ('id' in remediates === 'latest' in remediates) {
        fields.wrong('remediates', value, 'expected the failed deployment by id or by latest, one of the two');
        return undefined;
    }
    if ('id' in remediates) {
        const id = fields.required('remediates.id', remediates.id, string(pathIdProblem));
        const given = fields.optional('remediates.given', remediates.given, state_boolean);
        return id && type ? { id, type, ...(given ? { given } : {}) } : undefined;
    }
    const latest = fields.object('remediates.latest', remediates.latest, 'an object: the service and env to look in');
    const service = latest && fields.required('remediates.latest.service', latest.service, string(state_oneLine(MAX_SERVICE_LENGTH)));
    const env = latest && fields.required('remediates.latest.env', latest.env, string(state_oneLine(MAX_LENGTH.env)));
    return service && env && type ? { latest: { service, env }, type } : undefined;
}
const state_boolean = (value) => typeof value === 'boolean' ? { value } : { expected: 'expected true or false' };
const state_time = (value) => {
    const date = typeof value === 'string' ? new Date(value) : undefined;
    return date && !Number.isNaN(date.getTime()) && date.toISOString() === value
        ? { value: date }
        : { expected: 'expected a time as main writes it, such as 2026-11-27T10:00:00.000Z' };
};
const state_remediationType = (value) => value === 'rollback' || value === 'rollforward' ? { value } : { expected: 'expected rollback or rollforward' };
function string(problem) {
    return (value) => {
        if (typeof value !== 'string')
            return { expected: 'expected a string' };
        const found = problem(value);
        return found ? { expected: found } : { value };
    };
}
function state_oneLine(max) {
    return (value) => (value.trim() ? lineProblem(value, max) : 'it is empty');
}
function siteProblem(site) {
    try {
        resolveSite(site);
        return undefined;
    }
    catch (error) {
        if (error instanceof SiteError)
            return error.reason;
        throw error;
    }
}
class Fields {
    missing = [];
    problems = [];
    required(name, value, grammar) {
        if (value === undefined) {
            this.missing.push(name);
            return undefined;
        }
        return this.optional(name, value, grammar);
    }
    optional(name, value, grammar, { shown = true } = {}) {
        if (value === undefined)
            return undefined;
        const read = grammar(value);
        if ('value' in read)
            return read.value;
        this.wrong(name, shown ? value : undefined, read.expected);
        return undefined;
    }
    object(name, value, expected) {
        if (typeof value === 'object' && value !== null && !Array.isArray(value))
            return value;
        if (value === undefined)
            this.missing.push(name);
        else
            this.wrong(name, value, `expected ${expected}`);
        return undefined;
    }
    wrong(name, value, expected) {
        const shown = value === undefined ? '' : ` ${state_describe(value)}`;
        this.problems.push(name ? `has ${name}${shown} (${expected})` : `is${shown} (${expected})`);
    }
    throwIfWrong() {
        const all = [...(this.missing.length ? [`lacks ${this.missing.join(', ')}`] : []), ...this.problems];
        if (all.length)
            throw new SavedStateError(all.join('; '));
    }
}
function state_describe(value) {
    if (typeof value === 'string')
        return escape_quoted(value, 60);
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `a list of ${value.length}`;
    if (typeof value === 'object')
        return 'an object';
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./build/events/deployment/event.js




















function planDeployment(inputs, context, facts) {
    return {
        id: facts.id,
        service: inputs.service,
        startedAt: facts.startedAt,
        ...describe(inputs, context, facts.commitSha),
    };
}
const PREFLIGHT_BUDGET_MS = 10_000;
const deployment = {
    reads: ['service', ...DESCRIBING, 'deployment-id', 'remediates', 'remediation-type'],
    parse(source, event, warnings) {
        const service = line(source, 'service', 'DD_SERVICE');
        if (!service)
            throw new InputError('Input service is required: the name of the service deployed (or set env DD_SERVICE).');
        notLonger(service, MAX_SERVICE_LENGTH);
        const deploymentId = shared_newEventId(source, 'deployment-id', event);
        const remediates = target(source, 'remediates', event);
        if (remediates && 'id' in remediates && remediates.id === deploymentId) {
            throw new InputError(`Input remediates is the deployment-id, ${escape_quoted(remediates.id)}: a deployment cannot remediate itself; expected the id of the failed deployment, or latest.`);
        }
        if (!remediates)
            onlyWith(source, warnings, 'remediation-type', 'remediates', event);
        const remediationTags = remediates ? { tags: REMEDIATION_TAG_COUNT, because: 'with remediates' } : undefined;
        return {
            ...described(source, remediationTags),
            service: service.value,
            deploymentId,
            remediates,
            remediationType: remediationType(source),
        };
    },
    main: startDeployment,
};
async function startDeployment(inputs, keys, runtime) {
    const { core, clock, timer } = runtime;
    const stepStartedAt = clock();
    requireKeysFor(inputs, keys, deploymentNeeds(Boolean(inputs.remediates)));
    const context = readRunContext(core.env);
    const pre = inputs.startedAt ? undefined : loadStartTime(stepStartedAt, core.env);
    if (pre && 'refused' in pre)
        core.info(`The start time recorded when the job started is not one (${JSON.stringify(pre.refused.slice(0, 40))}); it is not used.`);
    const recorded = pre && 'at' in pre ? pre.at : undefined;
    let startedAt = inputs.startedAt ?? recorded;
    if (!startedAt) {
        startedAt = stepStartedAt;
        core.info(`No start time was recorded when the job started (the runner skips pre for local actions such as "uses: ./", and pre records nothing when it cannot write the runner's state): the deployment starts now, ${startedAt.toISOString()}.`);
    }
    if (inputs.finishedAt && !inputs.startedAt)
        checkOrder(inputs.finishedAt, startedAt, recorded ? "the job's start, recorded when the job started" : 'the start of this step');
    const commit = inputs.commitSha
        ? { sha: inputs.commitSha, source: 'input commit-sha' }
        : await detectCommitAndWarn(context, core);
    const planned = planDeployment(inputs, context, {
        id: inputs.deploymentId ?? runScopedId(context),
        startedAt,
        commitSha: commit.sha,
    });
    deploymentRequest({ ...planned, finishedAt: inputs.finishedAt ?? startedAt });
    const preflightEnds = timer.now() + PREFLIGHT_BUDGET_MS;
    const clients = clientsFor(inputs.endpoint, inputs.dryRun, keys, runtime);
    await event_checkKey(core, clients.writer, inputs.endpoint, inputs.failOnError);
    const saved = {
        deployment: planned,
        endpoint: inputs.endpoint,
        dryRun: inputs.dryRun,
        failOnError: inputs.failOnError,
    };
    if (inputs.remediates) {
        const reader = clientsFor(inputs.endpoint, inputs.dryRun, keys, runtime, {
            budgetMs: Math.max(1, preflightEnds - timer.now()),
        }).reader;
        const given = 'id' in inputs.remediates ? { given: true } : {};
        saved.remediates = await resolveBeforeDeploy(core, { ...inputs.remediates, type: inputs.remediationType, ...given }, reader, { stepStartedAt, clock, deploymentId: planned.id }, inputs.failOnError);
    }
    writeOutput(core, 'deployment-id', planned.id, inputs.failOnError);
    writeOutput(core, 'started-at', startedAt.toISOString(), inputs.failOnError);
    const what = `Deployment ${planned.id} of ${planned.service}${planned.env ? ` to ${planned.env}` : ''}, started at ${startedAt.toISOString()}${commit.sha ? `, commit ${commit.sha} (${commit.source})` : ''}`;
    if (inputs.finishedAt) {
        core.info(`${what}, finished at ${inputs.finishedAt.toISOString()} (input finished-at): sent now; nothing is left for the end of the job.`);
        await deliverDeployment(saved, { stepStartedAt, finishedAt: inputs.finishedAt }, keys, runtime);
        return;
    }
    try {
        saveDeployment(core, saved);
    }
    catch (error) {
        sayRunnerFileProblem(core, error, 'The deployment cannot be sent when the job ends: give finished-at to send it from this step instead.', inputs.failOnError);
        return;
    }
    core.info(`${what}. It is ${clients.dryRun ? 'shown (dry run)' : 'sent to Datadog'} when the job ends, if the job succeeds.`);
}
async function event_checkKey(core, client, endpoint, failOnError) {
    const check = await client.checkApiKey();
    const where = apiUrlFor(endpoint);
    if (check.verdict === 'rejected') {
        const message = `Datadog rejected the API key: ${check.reason}. Check input api-key (or env DATADOG_API_KEY, DD_API_KEY) and input site: the key must belong to an organization on ${where}.`;
        if (failOnError)
            throw new InputError(message);
        core.warning(`${message} The deployment will not be accepted.`, { title: 'Datadog API key rejected' });
    }
    else if (check.verdict === 'unknown') {
        core.info(`The API key could not be checked (${check.reason}); going on.`);
    }
    else if (check.verdict === 'valid') {
        core.debug(`Datadog accepts the API key on ${where}.`);
    }
}
async function resolveBeforeDeploy(core, remediates, reader, step, failOnError) {
    if ('id' in remediates)
        return remediates;
    try {
        const found = await findRemediated(remediates, reader, step);
        core.info(found.said);
        return found.remediates;
    }
    catch (error) {
        if (error instanceof NotLookedUp) {
            core.info(`Dry run without both keys: ${error.lookup} would be looked up now, and marked a change failure remediated by this deployment.`);
            return remediates;
        }
        if (error instanceof DatadogApiError && !isRefusal(error)) {
            const { service, env } = remediates.latest;
            core.info(`${describeLookup(service, env)} could not be looked up before the deploy (${error.message}) It is looked up again when the job ends, before this deployment is sent.`);
            return remediates;
        }
        sayProblem(core, error, failOnError, 'Remediated deployment', 'not found');
        return undefined;
    }
}
function isRefusal(error) {
    return error.kind === 'http' && error.status !== undefined && error.status < 500 && error.status !== 429;
}

;// CONCATENATED MODULE: ./build/events/export/inputs.js



const EXPORT_READS = ['service', 'env', 'since'];
function parseExportInputs(source) {
    const services = names(source, 'service', 'DD_SERVICE');
    const envs = names(source, 'env', 'DD_ENV');
    return {
        ...(services === undefined || services === 'every' ? {} : { services }),
        ...(envs === undefined || envs === 'every' ? {} : { envs }),
        since: since(source, 'since') ?? new Date(source.now.getTime() - RETENTION_MS),
    };
}

;// CONCATENATED MODULE: ./build/events/export/event.js

const historyExport = {
    reads: EXPORT_READS,
    parse: parseExportInputs,
    async main(inputs, keys, { loadExport, ...runtime }) {
        const { runExport } = await loadExport();
        await runExport(inputs, keys, runtime);
    },
};

;// CONCATENATED MODULE: ./build/events/failure/plan.js

function planFailure(inputs, context, facts) {
    return {
        id: facts.id,
        startedAt: facts.startedAt,
        ...(inputs.finishedAt ? { finishedAt: inputs.finishedAt } : {}),
        ...(inputs.services.length ? { services: inputs.services } : {}),
        ...(inputs.name ? { name: inputs.name } : {}),
        ...(inputs.severity ? { severity: inputs.severity } : {}),
        ...describe(inputs, context, facts.commitSha),
    };
}
function failureFacts(failure, context) {
    return {
        id: failure.id,
        startedAt: failure.startedAt,
        ...(failure.finishedAt ? { finishedAt: failure.finishedAt } : {}),
        services: failure.services ?? [],
        ...(failure.name ? { name: failure.name } : {}),
        ...(failure.severity ? { severity: failure.severity } : {}),
        ...(failure.env ? { env: failure.env } : {}),
        ...(failure.team ? { team: failure.team } : {}),
        ...(failure.version ? { version: failure.version } : {}),
        tags: failure.customTags ?? [],
        ...(failure.git ? { repositoryUrl: failure.git.repositoryUrl, commitSha: failure.git.commitSha } : {}),
        ...(context.repository && context.runId
            ? { runUrl: `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}` }
            : {}),
    };
}

;// CONCATENATED MODULE: ./build/events/failure/delivery.js














function alertRoute(inputs, keys) {
    const intakeKnown = !inputs.endpoint.baseUrl || Boolean(inputs.eventsUrl);
    return keys.appKey && intakeKnown ? 'alert event' : 'v1 event';
}
const RETIREMENT_NOTICE = `Datadog retires DORA incidents: from ${day(INCIDENT_INGESTION_ENDS)} it takes no more failure events, and from ${day(INCIDENT_DATA_ENDS)} it no longer shows or exports them. ` +
    'They have not counted in change failure rate since January 2026. For the metrics, mark the deployment that failed: event change-failure, by deployment-id or by version, with its remediation (remediation-id or remediation-version). ' +
    `For an incident trail, this action sends each failure as a Datadog alert event from ${day(INCIDENT_INGESTION_ENDS)} by itself (an application key lets it use Datadog's v2 Events API). ` +
    `To keep the history, export it with event: export before ${day(INCIDENT_DATA_ENDS)}.`;
async function sendFailure(inputs, keys, runtime) {
    const { core, clock } = runtime;
    const now = clock();
    const startedAt = inputs.startedAt ?? now;
    if (inputs.finishedAt && !inputs.startedAt)
        checkOrder(inputs.finishedAt, startedAt, 'the start of a failure without started-at, now');
    const context = readRunContext(core.env);
    const commit = inputs.commitSha ?? (await detectCommitAndWarn(context, core)).sha;
    const planned = planFailure(inputs, context, {
        id: inputs.failureId ?? runScopedId(context),
        startedAt,
        commitSha: commit,
    });
    const facts = failureFacts(planned, context);
    const retired = isRetired('ingestion', now);
    const route = alertRoute(inputs, keys);
    if (!retired)
        failureRequest(planned);
    if (route === 'alert event')
        alertEventRequest(alertEventOf(facts, now), now);
    else
        v1EventRequest(v1EventOf(facts, now), now);
    if (!retired)
        core.notice(`${RETIREMENT_NOTICE} See ${RETIREMENT_GUIDE}`, {
            title: `DORA incidents retire on ${day(INCIDENT_INGESTION_ENDS)}`,
        });
    const asEvent = async (writer) => {
        const event = route === 'alert event'
            ? await writer.postAlertEvent(alertEventOf(facts, now))
            : await writer.postEventV1(v1EventOf(facts, now));
        return { ...event, route, id: planned.id, ...(event.id ? { eventId: event.id } : {}) };
    };
    const sendByRoute = async (writer) => {
        if (retired)
            return asEvent(writer);
        try {
            return { ...(await writer.sendFailure(planned)), route: 'dora' };
        }
        catch (error) {
            if (!(error instanceof DatadogRetiredError))
                throw error;
            core.notice(`${error.message} The failure goes as an alert event instead.`, { title: 'DORA incident API gone' });
            return { ...(await asEvent(writer)), retiredEarly: error.message };
        }
    };
    await deliver({
        subject: 'DORA failure',
        failed: 'not sent',
        needs: { api: 'to send a failure to Datadog' },
        prepare: () => ({ prepared: planned, ids: { 'failure-id': planned.id } }),
        async send(writer) {
            const result = await sendByRoute(writer);
            return { result, accepted: acceptedMessage(planned, result), outputs: { 'failure-id': result.id } };
        },
        wouldHave: (record) => `it would have been sent to ${'requests' in record ? record.requests.map((request) => request.url).join(', then ') : 'Datadog'}.`,
        summary: ({ outcome, result }) => failureSummary({
            failure: planned,
            datadogId: result?.route === 'dora' && result.id !== planned.id ? result.id : undefined,
            appLink: appLinkFor(inputs.endpoint),
            outcome,
            route: result?.route ?? (retired ? route : 'dora'),
            ...(result ? { result } : {}),
        }),
    }, {
        ...inputs,
        endpoint: { ...inputs.endpoint, ...(inputs.eventsUrl ? { eventsUrl: inputs.eventsUrl } : {}) },
        keys,
        runtime,
    });
}
function acceptedMessage(failure, result) {
    const state = failure.finishedAt
        ? `, resolved at ${failure.finishedAt.toISOString()}`
        : ', ongoing: send the same failure-id again with finished-at to resolve it';
    if (result.route === 'dora')
        return `Datadog accepted failure ${result.id}${state}.`;
    const how = result.route === 'alert event' ? 'an alert event (Events API v2)' : 'an event (Events API v1, API key only)';
    const twice = result.resentAfterLostAnswer
        ? ` An earlier attempt's answer was lost and the event went again: Datadog, which cannot tell the two apart, may hold it twice; the action's report counts failure ${failure.id} once.`
        : '';
    return `Datadog accepted failure ${failure.id} as ${how}${result.eventId ? ` ${result.eventId}` : ''}${state}.${twice}`;
}
const ROUTE_NAMES = {
    dora: 'DORA failure (incident) event',
    'alert event': 'alert event, Events API v2',
    'v1 event': 'event, Events API v1 (no application key, or api-url without events-url)',
};
function failureSummary({ failure, datadogId, appLink, outcome, route, result }) {
    const finished = failure.finishedAt
        ? `${failure.finishedAt.toISOString()} (after ${duration(failure.finishedAt.getTime() - failure.startedAt.getTime())})`
        : 'not yet: send the same failure-id again with finished-at to resolve it';
    const services = failure.services?.length ? failure.services.map(markdownCode).join(', ') : '—';
    const rows = [
        ['Name', summary_optional(failure.name)],
        ['Severity', summary_optional(failure.severity)],
        ['Services', services],
        ['Team', summary_optional(failure.team)],
        ['Env', summary_optional(failure.env)],
    ];
    rows.push(['Started', failure.startedAt.toISOString()], ['Finished', finished], ['Failure id', idCell(failure.id, datadogId)], ['Sent as', markdownText(ROUTE_NAMES[route])]);
    if (result?.eventId)
        rows.push(['Event id', markdownCode(result.eventId)]);
    if (result?.retiredEarly)
        rows.push(['Why', markdownText(result.retiredEarly)]);
    if (result?.resentAfterLostAnswer && route !== 'dora') {
        rows.push([
            'Sent twice?',
            markdownText(`An attempt's answer was lost and the event went again: Datadog may hold it twice, both tagged ${FAILURE_ID_TAG}:${failure.id}; the report counts one failure.`),
        ]);
    }
    const where = route === 'dora'
        ? undefined
        : {
            label: 'Event Explorer',
            path: `/event/explorer?query=${encodeURIComponent(`${FAILURE_ID_TAG}:${failure.id}`)}`,
        };
    const notice = route === 'dora'
        ? `\nℹ️ ${markdownText(RETIREMENT_NOTICE)} ${markdownLink('Datadog’s guide', RETIREMENT_GUIDE, GUIDES)}\n`
        : '';
    return `${summaryOf(outcome, sentHeadings('Failure', '🚨'), rows, appLink, [], where)}${notice}`;
}

;// CONCATENATED MODULE: ./build/events/failure/event.js








const failure = {
    reads: ['service', ...DESCRIBING, 'failure-id', 'name', 'severity', 'events-url'],
    parse(source, event, warnings) {
        const services = read_list(source, 'service', 'DD_SERVICE');
        const tooLong = services.find((service) => service.length > MAX_SERVICE_LENGTH);
        if (tooLong)
            throw new InputError(`Input service has a service ${escape_quoted(tooLong, 40)} of ${tooLong.length} characters: at most ${MAX_SERVICE_LENGTH} are accepted.`);
        const details = described(source);
        if (services.length === 0 && !details.team) {
            throw new InputError('Input service or team is required for event failure: the services impacted, separated by commas or newlines (or set env DD_SERVICE), or the team owning them.');
        }
        const failureId = shared_newEventId(source, 'failure-id', event);
        if (failureId && !details.startedAt) {
            throw new InputError('Input started-at is required with failure-id: sending a failure id again replaces that failure, so it must carry the same start time (and services or team, name and severity).');
        }
        const name = read_text(source, 'name');
        const severity = read_text(source, 'severity');
        const added = alertTagCount({ services, ...details, version: 'counted', ...(severity ? { severity } : {}) });
        const room = MAX_CUSTOM_TAGS - ACTION_TAG_COUNT - added;
        if (details.tags.length > room) {
            throw new InputError(`Input tags has ${details.tags.length} tags: Datadog accepts ${MAX_CUSTOM_TAGS} per event, and a failure carries ${ACTION_TAG_COUNT + added} of the action's (the run's, and an alert event's: its id, services, env, team, version, severity and times), so at most ${Math.max(0, room)} here.`);
        }
        const eventsUrl = baseUrlInput(source, 'events-url', 'https://event-management-intake.datadoghq.com', warnings);
        return { ...details, services, failureId, name, severity, ...(eventsUrl ? { eventsUrl } : {}) };
    },
    main: sendFailure,
};

;// CONCATENATED MODULE: ./build/events/mark/event.js










function markKind(event) {
    const changeFailure = event === 'change-failure';
    return {
        reads: [
            'deployment-id',
            'version',
            ...(changeFailure ? ['remediation-id', 'remediation-version', 'remediation-type'] : []),
            'service',
            'env',
        ],
        parse(source, _event, warnings) {
            const marked = markTarget(source, event);
            if ('id' in marked) {
                for (const name of ['service', 'env']) {
                    if (isGiven(source, name))
                        warnings.push(`Input ${name} applies to event ${event} only with deployment-id: latest, or with version; it is ignored.`);
                }
            }
            const byId = changeFailure ? line(source, 'remediation-id') : undefined;
            const remediationId = byId && givenId(byId, event);
            const remediationVersion = changeFailure ? read_text(source, 'remediation-version') : undefined;
            if (remediationId && remediationVersion) {
                throw new InputError(`Inputs remediation-id and remediation-version are both given for event ${event}: name the deployment that remediated it by one of them.`);
            }
            if (remediationId && 'id' in marked && remediationId === marked.id) {
                throw new InputError(`Input remediation-id is the deployment-id, ${escape_quoted(remediationId)}: a deployment cannot remediate itself; expected the id of the rollback or roll-forward deployment.`);
            }
            if (remediationVersion && 'version' in marked && remediationVersion === marked.version.version) {
                throw new InputError(`Input remediation-version is the version marked, ${escape_quoted(remediationVersion)}: a version cannot remediate itself; expected the version the rollback or roll-forward deployed.`);
            }
            if (!remediationId && !remediationVersion)
                onlyWith(source, warnings, 'remediation-type', 'remediation-id or remediation-version', event);
            return { target: marked, remediationId, remediationVersion, remediationType: remediationType(source) };
        },
        main: markDeployment,
    };
}
function markTarget(source, event) {
    const version = read_text(source, 'version');
    const deployment = target(source, 'deployment-id', event);
    if (deployment && version) {
        throw new InputError(`Inputs deployment-id and version are both given for event ${event}: name the deployment to mark by one of them: deployment-id (an id, or latest), or version with service and env.`);
    }
    if (deployment)
        return deployment;
    if (!version) {
        throw new InputError(`Input deployment-id or version is required for event ${event}: the id of the deployment to mark (the deployment-id output of its job), or latest; or the version it deployed, with service and env.`);
    }
    const service = line(source, 'service', 'DD_SERVICE');
    const env = line(source, 'env', 'DD_ENV');
    for (const [name, variable, found] of [
        ['service', 'DD_SERVICE', service],
        ['env', 'DD_ENV', env],
    ]) {
        if (!found)
            throw new InputError(`Input ${name} is required with version, for event ${event}: a deployment is marked by the version of a service in an env (or set env ${variable}).`);
    }
    return { version: { service: service.value, env: env.value, version } };
}
const changeFailure = markKind('change-failure');
const stable = markKind('stable');
async function markDeployment(inputs, keys, runtime) {
    const stepStartedAt = runtime.clock();
    const changeFailure = inputs.event === 'change-failure';
    const mark = changeFailure ? 'a change failure' : 'stable';
    const why = `for event ${inputs.event}: marking a deployment is a write to Datadog`;
    const { target } = inputs;
    const type = inputs.remediationType;
    const remediation = inputs.remediationId
        ? { id: inputs.remediationId, type }
        : inputs.remediationVersion
            ? { version: inputs.remediationVersion, type }
            : undefined;
    const patch = { changeFailure, ...(remediation ? { remediation } : {}) };
    const what = `${mark}${remediation ? `, remediated by ${'id' in remediation ? remediation.id : `version ${remediation.version}`} (${type})` : ''}`;
    await deliver({
        subject: 'Deployment',
        failed: `not marked ${mark}`,
        needs: { api: why, app: why },
        async prepare(reader) {
            if ('version' in target)
                return { prepared: target };
            if ('id' in target)
                return { prepared: target, ids: { 'deployment-id': target.id } };
            const found = await findLatest(target.latest, reader, stepStartedAt, runtime.clock(), inputs.remediationId);
            return { prepared: { id: found.id }, ids: { 'deployment-id': found.id }, said: [{ info: found.said }] };
        },
        async send(writer, marked) {
            const result = 'version' in marked
                ? await writer.patchDeploymentByVersion(marked.version, patch)
                : await writer.patchDeployment(marked.id, patch);
            const accepted = 'version' in marked
                ? `Datadog accepted marking the most recently finished deployment of ${marked.version.service} in ${marked.version.env} with version ${marked.version.version} ${what} (HTTP ${result.status}); its answer does not say whether a deployment matched.`
                : `Datadog accepted marking deployment ${marked.id} ${what} (HTTP ${result.status}).`;
            const check = [
                ...('id' in target ? [{ id: target.id, input: 'deployment-id' }] : []),
                ...(inputs.remediationId ? [{ id: inputs.remediationId, input: 'remediation-id' }] : []),
            ];
            return { result, accepted, check };
        },
        wouldHave: (record) => 'notLookedUp' in record
            ? `${record.notLookedUp} would be looked up (a dry run reads only when both keys are given), and marked ${mark}.`
            : `${'id' in record.prepared ? `deployment ${record.prepared.id}` : `the most recently finished deployment of version ${record.prepared.version.version}`} would have been marked ${mark}.`,
        summary: ({ outcome, prepared }) => markSummary({
            changeFailure,
            remediation,
            version: 'version' in target ? target.version : undefined,
            id: prepared && 'id' in prepared ? prepared.id : undefined,
            lookup: 'latest' in target ? describeLookup(target.latest.service, target.latest.env) : undefined,
            appLink: appLinkFor(inputs.endpoint),
            outcome,
        }),
    }, { ...inputs, keys, runtime });
}
async function findLatest({ service, env }, reader, stepStartedAt, now, remediationId) {
    const own = remediationId
        ? [{ id: remediationId, as: 'the remediation-id, and a deployment cannot remediate itself' }]
        : [];
    const latest = await findLatestDeployment(reader, {
        service,
        env,
        stepStartedAt,
        own,
        otherwise: 'Nothing was marked.',
    }, now);
    if (!latest)
        throw new NothingFound(`No deployment of ${service} in ${env} was found (${describeLookup(service, env)}): nothing was marked. Check inputs service and env, or pass the id as deployment-id.`);
    return { id: latest, said: `The latest deployment of ${service} in ${env} is ${latest}.` };
}
function markSummary(summary) {
    const mark = summary.changeFailure ? 'a change failure' : 'stable';
    const { version, remediation } = summary;
    const rows = version ? [] : [['Deployment id', summary.id ? markdownCode(summary.id) : '—']];
    if (summary.lookup)
        rows.push(['Found as', markdownText(summary.lookup)]);
    if (version) {
        const which = `the most recently finished deployment of ${markdownCode(version.service)} in ${markdownCode(version.env)} with version ${markdownCode(version.version)}`;
        rows.push(['Version', `${which}, if one matches: Datadog's answer does not say`]);
    }
    rows.push(['Change failure', summary.changeFailure ? 'yes' : 'no (stable)']);
    if (remediation)
        rows.push([
            'Remediated by',
            `${'id' in remediation ? markdownCode(remediation.id) : `version ${markdownCode(remediation.version)}`} (${remediation.type})`,
        ]);
    return summaryOf(summary.outcome, {
        done: `${summary.changeFailure ? '🔴' : '🟢'} Mark as ${mark} accepted by Datadog`,
        failed: `Deployment not marked ${mark}`,
        unknown: `Deployment may or may not be marked ${mark}`,
        dryRun: 'Deployment not marked',
    }, rows, summary.appLink);
}

;// CONCATENATED MODULE: ./build/events/report/inputs.js




const MAX_WEEKS = 104;
const DEFAULT_WEEKS = 12;
const NUMBER = '(\\d+(?:\\.\\d+)?)';
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
function weeks(source) {
    const given = line(source, 'weeks');
    if (!given)
        return DEFAULT_WEEKS;
    const value = /^\d+$/.test(given.value) ? Number(given.value) : Number.NaN;
    if (!(value >= 1 && value <= MAX_WEEKS)) {
        throw new InputError(`${given.from} is ${escape_quoted(given.value)}: expected a whole number of weeks from 1 to ${MAX_WEEKS} (Datadog keeps events two years).`);
    }
    return value;
}
function threshold(source, input, grammar, accepted, toNumber, max = Infinity) {
    const given = line(source, input);
    if (!given)
        return undefined;
    const match = grammar.exec(given.value);
    const value = match ? toNumber(match) : Number.NaN;
    if (!(Number.isFinite(value) && value <= max))
        throw new InputError(`${given.from} is ${escape_quoted(given.value)}: expected ${accepted}.`);
    return value;
}
const DURATION = 'a duration: a number with s, m, h, d or w (30m, 2d, 1.5w), or a number of seconds';
const inputs_duration = (source, input) => threshold(source, input, new RegExp(`^${NUMBER}\\s*([smhdw])?$`), DURATION, ([, n, unit]) => Number(n) * UNIT_SECONDS[unit ?? 's']);
function parseThresholds(source) {
    const found = {
        maxChangeFailureRate: threshold(source, 'max-change-failure-rate', new RegExp(`^${NUMBER}\\s*%?$`), 'a percentage from 0 to 100, as 15 or 15%', ([, n]) => Number(n), 100),
        maxChangeLeadTime: inputs_duration(source, 'max-change-lead-time'),
        maxRecoveryTime: inputs_duration(source, 'max-recovery-time'),
        minDeploymentsPerWeek: threshold(source, 'min-deployments-per-week', new RegExp(`^${NUMBER}$`), 'a number of deployments per week, as 5 or 0.5', ([, n]) => Number(n)),
    };
    return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined));
}
const REPORT_READS = [
    'service',
    'env',
    'weeks',
    'max-change-failure-rate',
    'max-change-lead-time',
    'max-recovery-time',
    'min-deployments-per-week',
];
function parseReportInputs(source) {
    const services = names(source, 'service', 'DD_SERVICE');
    if (!services) {
        throw new InputError('Input service is required for event report: the services to report on, separated by commas or newlines, or * for every service (or set env DD_SERVICE).');
    }
    const envs = names(source, 'env', 'DD_ENV');
    return {
        ...(services === 'every' ? {} : { services }),
        ...(envs === undefined || envs === 'every' ? {} : { envs }),
        weeks: weeks(source),
        thresholds: parseThresholds(source),
    };
}

;// CONCATENATED MODULE: ./build/events/report/event.js

const report = {
    reads: REPORT_READS,
    parse: parseReportInputs,
    async main(inputs, keys, { loadReport, ...runtime }) {
        const { runReport } = await loadReport();
        await runReport(inputs, keys, runtime);
    },
};

;// CONCATENATED MODULE: ./build/events/index.js






const EVENT_KINDS = {
    deployment: deployment,
    'change-failure': changeFailure,
    stable: stable,
    failure: failure,
    report: report,
    export: historyExport,
    backfill: backfill,
};
const EVENTS = Object.keys(EVENT_KINDS);
function runEvent(inputs, keys, runtime) {
    const main = EVENT_KINDS[inputs.event].main;
    return main(inputs, keys, runtime);
}

;// CONCATENATED MODULE: ./build/steps/inputs.js





const EVENT_SPECIFIC = [...new Set(EVENTS.flatMap((event) => EVENT_KINDS[event].reads))];
function parseInputs(read, env, now = new Date()) {
    const source = { read, env, now };
    const event = read_text(source, 'event') ?? EVENTS[0];
    if (!EVENTS.includes(event)) {
        throw new InputError(`Input event is ${escape_quoted(event)}: expected one of ${EVENTS.join(', ')}.`);
    }
    const kind = EVENT_KINDS[event];
    const warnings = EVENT_SPECIFIC.filter((name) => !kind.reads.includes(name) && isGiven(source, name)).map((name) => `Input ${name} does not apply to event ${event}; it is ignored.`);
    const common = {
        endpoint: endpointOf(source, warnings),
        dryRun: bool(source, 'dry-run'),
        failOnError: bool(source, 'fail-on-error'),
        warnings,
    };
    return { event, ...common, ...kind.parse(source, event, warnings) };
}
const readInputs = (core, now) => parseInputs(core.getInput, core.env, now);
const readKeys = (core) => parseKeys({ read: core.getInput, env: core.env }, core.setSecret);

;// CONCATENATED MODULE: ./build/steps/main.js



async function runMain(runtime) {
    const { core } = runtime;
    let failOnError = false;
    try {
        const keys = readKeys(core);
        const inputs = readInputs(core, runtime.clock());
        failOnError = inputs.failOnError;
        for (const warning of inputs.warnings)
            core.warning(warning, { title: 'Input ignored' });
        await runEvent(inputs, keys, runtime);
    }
    catch (error) {
        if (isInputProblem(error))
            return core.setFailed(error.message);
        const message = `Unexpected error: ${error.stack ?? String(error)}`;
        if (failOnError)
            core.setFailed(message);
        else
            core.warning(message);
    }
}

;// CONCATENATED MODULE: ./build/steps/post.js




async function runPost(runtime) {
    const { core } = runtime;
    let saved;
    try {
        const keys = readKeys(core);
        saved = loadDeployment(core);
        if (!saved) {
            core.debug('Nothing to send when the job ends: main sent what it had to, or recorded no deployment.');
            return;
        }
        const now = runtime.clock();
        await deliverDeployment(saved, { stepStartedAt: now, finishedAt: now }, keys, runtime);
    }
    catch (error) {
        if (error instanceof SavedStateError) {
            core.warning(`What main saved for the end of the job ${error.message}, so this job's deployment is not sent: the runner's state was changed or cut off on the way.`, {
                title: 'DORA deployment not sent',
            });
            return;
        }
        if (isInputProblem(error)) {
            core.setFailed(error.message);
            return;
        }
        const message = `Unexpected error: ${error.stack ?? String(error)}`;
        if (saved?.failOnError)
            core.setFailed(message);
        else
            core.warning(message);
    }
}

;// CONCATENATED MODULE: ./build/index.js



























var __webpack_exports__COMMIT_SHA_PATTERN = __webpack_exports__.Ml;
var __webpack_exports__DAY_MS = __webpack_exports__.sO;
var __webpack_exports__DatadogApiError = __webpack_exports__.tL;
var __webpack_exports__DatadogRetiredError = __webpack_exports__.g5;
var __webpack_exports__FAILURE_ID_TAG = __webpack_exports__.E3;
var __webpack_exports__GUIDES = __webpack_exports__.oh;
var __webpack_exports__INCIDENT_DATA_ENDS = __webpack_exports__.p3;
var __webpack_exports__INCIDENT_INGESTION_ENDS = __webpack_exports__.v9;
var __webpack_exports__InputError = __webpack_exports__.dz;
var __webpack_exports__MAX_LENGTH = __webpack_exports__.E2;
var __webpack_exports__REMEDIATES_TAG = __webpack_exports__.bM;
var __webpack_exports__REMEDIATION_TAG = __webpack_exports__.lO;
var __webpack_exports__RETIREMENT_GUIDE = __webpack_exports__.Vg;
var __webpack_exports__Stop = __webpack_exports__.VG;
var __webpack_exports__UNSAFE_CHARACTERS = __webpack_exports__.Mv;
var __webpack_exports__WEEK_MS = __webpack_exports__.mb;
var __webpack_exports__appLinkFor = __webpack_exports__.vw;
var __webpack_exports__clientsFor = __webpack_exports__.US;
var __webpack_exports__count = __webpack_exports__.U9;
var __webpack_exports__day = __webpack_exports__.vd;
var __webpack_exports__describeBody = __webpack_exports__.MP;
var __webpack_exports__errorMessageOf = __webpack_exports__.dS;
var __webpack_exports__excerpt = __webpack_exports__.Kb;
var __webpack_exports__forEachPageInWindow = __webpack_exports__.Z2;
var __webpack_exports__gitWithActionsExec = __webpack_exports__.Nd;
var __webpack_exports__githubApi = __webpack_exports__.Mc;
var __webpack_exports__githubTime = __webpack_exports__.R1;
var __webpack_exports__graphqlErrors = __webpack_exports__.dM;
var __webpack_exports__incidentFromEvent = __webpack_exports__.E$;
var __webpack_exports__isCommitSha = __webpack_exports__._$;
var __webpack_exports__isObject = __webpack_exports__.Gv;
var __webpack_exports__isRetired = __webpack_exports__.aZ;
var __webpack_exports__isoWeekLabel = __webpack_exports__.oN;
var __webpack_exports__lastLinkedPage = __webpack_exports__.$e;
var __webpack_exports__lineProblem = __webpack_exports__.OR;
var __webpack_exports__linkOrigins = __webpack_exports__.Sc;
var __webpack_exports__listAllDeployments = __webpack_exports__.QZ;
var __webpack_exports__listAllFailures = __webpack_exports__.f6;
var __webpack_exports__loadExec = __webpack_exports__._6;
var __webpack_exports__markdownCode = __webpack_exports__.D9;
var __webpack_exports__markdownCodeSpan = __webpack_exports__.Bk;
var __webpack_exports__markdownLink = __webpack_exports__.iQ;
var __webpack_exports__markdownText = __webpack_exports__.p7;
var __webpack_exports__parseTime = __webpack_exports__.pe;
var __webpack_exports__parseTimeInput = __webpack_exports__.N7;
var __webpack_exports__pathIdProblem = __webpack_exports__.iz;
var __webpack_exports__processRuntime = __webpack_exports__.qb;
var __webpack_exports__queryFor = __webpack_exports__.qR;
var __webpack_exports__quoted = __webpack_exports__.TL;
var __webpack_exports__readRunContext = __webpack_exports__.$p;
var __webpack_exports__readingTimeOn = __webpack_exports__.Lk;
var __webpack_exports__requireKeys = __webpack_exports__.A5;
var __webpack_exports__runMain = __webpack_exports__.VN;
var __webpack_exports__runPost = __webpack_exports__.a2;
var __webpack_exports__runTags = __webpack_exports__.He;
var __webpack_exports__sayProblem = __webpack_exports__.Vb;
var __webpack_exports__shown = __webpack_exports__.SP;
var __webpack_exports__systemClock = __webpack_exports__.ml;
var __webpack_exports__termFor = __webpack_exports__.gi;
var __webpack_exports__weekStart = __webpack_exports__.vW;
var __webpack_exports__whatWasLeftOut = __webpack_exports__.FN;
var __webpack_exports__whyStopped = __webpack_exports__.kE;
var __webpack_exports__writeOutput = __webpack_exports__.zh;
var __webpack_exports__writeSummary = __webpack_exports__.Sy;
export { __webpack_exports__COMMIT_SHA_PATTERN as COMMIT_SHA_PATTERN, __webpack_exports__DAY_MS as DAY_MS, __webpack_exports__DatadogApiError as DatadogApiError, __webpack_exports__DatadogRetiredError as DatadogRetiredError, __webpack_exports__FAILURE_ID_TAG as FAILURE_ID_TAG, __webpack_exports__GUIDES as GUIDES, __webpack_exports__INCIDENT_DATA_ENDS as INCIDENT_DATA_ENDS, __webpack_exports__INCIDENT_INGESTION_ENDS as INCIDENT_INGESTION_ENDS, __webpack_exports__InputError as InputError, __webpack_exports__MAX_LENGTH as MAX_LENGTH, __webpack_exports__REMEDIATES_TAG as REMEDIATES_TAG, __webpack_exports__REMEDIATION_TAG as REMEDIATION_TAG, __webpack_exports__RETIREMENT_GUIDE as RETIREMENT_GUIDE, __webpack_exports__Stop as Stop, __webpack_exports__UNSAFE_CHARACTERS as UNSAFE_CHARACTERS, __webpack_exports__WEEK_MS as WEEK_MS, __webpack_exports__appLinkFor as appLinkFor, __webpack_exports__clientsFor as clientsFor, __webpack_exports__count as count, __webpack_exports__day as day, __webpack_exports__describeBody as describeBody, __webpack_exports__errorMessageOf as errorMessageOf, __webpack_exports__excerpt as excerpt, __webpack_exports__forEachPageInWindow as forEachPageInWindow, __webpack_exports__gitWithActionsExec as gitWithActionsExec, __webpack_exports__githubApi as githubApi, __webpack_exports__githubTime as githubTime, __webpack_exports__graphqlErrors as graphqlErrors, __webpack_exports__incidentFromEvent as incidentFromEvent, __webpack_exports__isCommitSha as isCommitSha, __webpack_exports__isObject as isObject, __webpack_exports__isRetired as isRetired, __webpack_exports__isoWeekLabel as isoWeekLabel, __webpack_exports__lastLinkedPage as lastLinkedPage, __webpack_exports__lineProblem as lineProblem, __webpack_exports__linkOrigins as linkOrigins, __webpack_exports__listAllDeployments as listAllDeployments, __webpack_exports__listAllFailures as listAllFailures, __webpack_exports__loadExec as loadExec, __webpack_exports__markdownCode as markdownCode, __webpack_exports__markdownCodeSpan as markdownCodeSpan, __webpack_exports__markdownLink as markdownLink, __webpack_exports__markdownText as markdownText, __webpack_exports__parseTime as parseTime, __webpack_exports__parseTimeInput as parseTimeInput, __webpack_exports__pathIdProblem as pathIdProblem, __webpack_exports__processRuntime as processRuntime, __webpack_exports__queryFor as queryFor, __webpack_exports__quoted as quoted, __webpack_exports__readRunContext as readRunContext, __webpack_exports__readingTimeOn as readingTimeOn, __webpack_exports__requireKeys as requireKeys, __webpack_exports__runMain as runMain, __webpack_exports__runPost as runPost, __webpack_exports__runTags as runTags, __webpack_exports__sayProblem as sayProblem, __webpack_exports__shown as shown, __webpack_exports__systemClock as systemClock, __webpack_exports__termFor as termFor, __webpack_exports__weekStart as weekStart, __webpack_exports__whatWasLeftOut as whatWasLeftOut, __webpack_exports__whyStopped as whyStopped, __webpack_exports__writeOutput as writeOutput, __webpack_exports__writeSummary as writeSummary };
