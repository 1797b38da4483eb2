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
  q: () => (/* binding */ runReport)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
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
function utils_toCommandProperties(annotationProperties) {
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
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
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
;// CONCATENATED MODULE: ./build/datadog/rules.js
const ID = /^[A-Za-z0-9_.:-]{1,128}$/;
const COMMIT_SHA = /^[a-fA-F0-9]{40,}$/;
const TAG = /^[^:\s][^:]*:.+$/;
const MAX_CUSTOM_TAGS = 100;
function rules_pathIdProblem(id) {
    if (!ID.test(id))
        return 'Datadog ids are 1 to 128 letters, digits, hyphens, underscores, periods and colons';
    if (/^\.+$/.test(id))
        return 'an id of periods alone is not an id';
    return undefined;
}
function eventIdProblem(id) {
    if (id.length < 16 || !ID.test(id))
        return 'Datadog accepts 16 to 128 letters, digits, hyphens, underscores, periods and colons';
    return rules_pathIdProblem(id);
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
function rules_commitShaProblem(sha) {
    return COMMIT_SHA.test(sha) ? undefined : 'expected 40 or more hexadecimal characters';
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
    'send alert event': { status: 202, fits: (body) => isObject(body.data) && body.data.type === 'event' },
    'send event (v1)': { status: 202, fits: (body) => body.status === 'ok' && isObject(body.event) },
    'search events': { status: 200, fits: (body) => Array.isArray(body.data) && body.data.every(hasEventId) },
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
    return isObject(value) && typeof value.id === 'string' && /^[A-Za-z0-9_=+\/-]{1,512}$/.test(value.id);
}
const JSON_API_MEMBERS = new Set(['meta', 'links', 'jsonapi']);
function isJsonApiWithoutData(body) {
    return isObject(body) && Object.keys(body).every((key) => JSON_API_MEMBERS.has(key));
}
function hasId(value) {
    return isObject(value) && typeof value.id === 'string' && rules_pathIdProblem(value.id) === undefined;
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

;// CONCATENATED MODULE: ./build/action/escape.js

const escape_UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_GLOBAL = new RegExp(escape_UNSAFE_CHARACTERS.source, 'g');
function escape_quoted(value, max = 200) {
    return `"${excerpt(value, max)}"`;
}
const MAY_NEED_LOG_ESCAPE = new RegExp(`${escape_UNSAFE_CHARACTERS.source}|::|##\\[`);
function escape_forLog(text) {
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
const GUIDES = new Set(['https://docs.datadoghq.com', 'https://docs.github.com']);
function markdownLink(label, url, origins) {
    const href = safeUrl(url);
    return href && origins.has(new URL(href).origin) ? `[${label}](${href})` : label;
}

;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./build/action/toolkit.js






class RunnerFileError extends Error {
    name = 'RunnerFileError';
    constructor(variable, cause) {
        super(`The runner's file ${variable} (${process.env[variable] || 'not set'}) could not be written (${cause.message ?? String(cause)}).`);
    }
}
function writingTo(variable, write) {
    try {
        return write();
    }
    catch (error) {
        throw new RunnerFileError(variable, error);
    }
}
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        writingTo('GITHUB_OUTPUT', () => file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value)));
    else
        command_issueCommand('set-output', { name }, value);
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        writingTo('GITHUB_STATE', () => issueFileCommand('STATE', prepareKeyValueMessage(name, value)));
    else
        issueCommand('save-state', { name }, value);
}
async function appendSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await summary.addRaw(markdown).write();
    }
    catch (error) {
        summary.emptyBuffer();
        throw new RunnerFileError('GITHUB_STEP_SUMMARY', error);
    }
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function info(message) {
    process.stdout.write(escape_forLog(message) + external_node_os_.EOL);
}
function debug(message) {
    issueCommand('debug', {}, forLog(message));
}
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), escape_forLog(message));
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), forLog(message));
}
function setFailed(message) {
    process.exitCode = 1;
    command_issueCommand('error', {}, escape_forLog(message));
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

;// CONCATENATED MODULE: ./build/version.js
const PRODUCT = 'datadog-dora-action';
const VERSION = '1.0.0';

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
        const arrival = init.mayHaveArrived ? ` ${SENT[init.operation]} may or may not have arrived at Datadog: an answer was lost on the way.` : '';
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

;// CONCATENATED MODULE: ./build/datadog/responses.js


const MAX_NAME = 200;
const MAX_TITLE = 1000;
const MAX_TAG = 200;
const MAX_SERVICES = 100;
const MAX_SHA = 64;
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
function parseDeployment(event, flaws) {
    found.length = 0;
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
    const env = responses_name(a.env, 'env');
    if (env)
        deployment.env = env;
    const version = responses_name(a.version, 'version');
    if (version)
        deployment.version = version;
    const team = responses_name(a.team, 'team');
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
    found.length = 0;
    const id = idOf(event.id);
    const a = attributesOf(event.attributes);
    const startedAt = requiredTime(a.started_at, 'started_at');
    if (id === undefined || startedAt === undefined)
        return leftOut(event.id, flaws);
    const failure = { id, startedAt, services: servicesOf(a.services), customTags: tagsOf(a.custom_tags) };
    const finishedAt = time(a.finished_at, 'finished_at');
    if (finishedAt)
        failure.finishedAt = finishedAt;
    const title = responses_name(a.name, 'name', MAX_TITLE);
    if (title)
        failure.name = title;
    const severity = responses_name(a.severity, 'severity');
    if (severity)
        failure.severity = severity;
    const team = responses_name(a.team, 'team');
    if (team)
        failure.team = team;
    const env = responses_name(a.env, 'env');
    if (env)
        failure.env = env;
    const version = responses_name(a.version, 'version');
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
    found.length = 0;
    return idOf(event.id) === undefined ? leftOut(event.id, flaws) : event;
}
const found = [];
function flawed(value, field, problem) {
    found.push(`${field} is ${responses_shown(value)}: ${problem}`);
    return undefined;
}
const responses_shown = (value) => (value === undefined ? 'missing' : excerpt(JSON.stringify(value), 60));
function leftOut(id, flaws) {
    flaws.push({ id: typeof id === 'string' && !rules_pathIdProblem(id) ? id : responses_shown(id), leftOut: true, problems: found.slice() });
    return undefined;
}
function kept(event, flaws) {
    if (found.length)
        flaws.push({ id: event.id, leftOut: false, problems: found.slice() });
    return event;
}
const responses_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function idOf(value) {
    const problem = typeof value === 'string' ? rules_pathIdProblem(value) : 'expected a Datadog id';
    return problem ? flawed(value, 'id', problem) : value;
}
const NO_ATTRIBUTES = Object.freeze({});
function attributesOf(value) {
    if (responses_isObject(value))
        return value;
    flawed(value, 'attributes', 'expected an object');
    return NO_ATTRIBUTES;
}
function responses_name(value, field, max = MAX_NAME) {
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
    return absent ? flawed(value, field, 'required') : responses_name(value, field);
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
    if (!responses_isObject(git))
        return flawed(git, 'git', 'expected an object');
    const sha = git.commit_sha;
    if (typeof sha === 'string' && sha.length <= MAX_SHA && rules_commitShaProblem(sha) === undefined)
        return sha;
    return flawed(sha, 'git.commit_sha', `expected 40 to ${MAX_SHA} hexadecimal characters`);
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
    if (!responses_isObject(value))
        return flawed(value, 'remediation', 'expected an object');
    const { id, version, type } = value;
    if (type !== 'rollback' && type !== 'rollforward')
        return flawed(type, 'remediation.type', 'expected rollback or rollforward');
    const remediation = { type };
    if (id !== undefined && id !== null && id !== '') {
        const problem = typeof id === 'string' ? rules_pathIdProblem(id) : 'expected a Datadog id';
        if (problem)
            flawed(id, 'remediation.id', problem);
        else
            remediation.id = id;
    }
    const remediatingVersion = responses_name(version, 'remediation.version');
    if (remediatingVersion)
        remediation.version = remediatingVersion;
    return remediation;
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
        ...(event.dateHappened === undefined ? {} : { date_happened: Math.floor(recent(event.dateHappened, now).getTime() / 1000) }),
    };
}
function eventSearchRequest(search) {
    const { limit, cursor } = search;
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 1000)) {
        throw new DatadogConfigError(`Search limit ${limit} is not valid: expected a whole number from 1 to 1000.`);
    }
    if (!search.query.trim())
        throw new DatadogConfigError('An event search needs a query.');
    for (const [name, date] of [['from', search.from], ['to', search.to]]) {
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
    return { ...(tags.length ? { tags } : {}), ...(aggregationKey === undefined ? {} : { aggregation_key: aggregationKey }) };
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
    if (Array.isArray(value))
        return value.forEach((item) => checkCustom(item, depth + 1));
    if (typeof value !== 'object' || value === null)
        return;
    const keys = Object.keys(value);
    if (keys.length > MAX_CUSTOM_PROPERTIES)
        throw new DatadogConfigError(`An event's custom attributes have an object of ${keys.length} properties: Datadog accepts at most ${MAX_CUSTOM_PROPERTIES}.`);
    for (const key of keys)
        checkCustom(value[key], depth + 1);
}
const events_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const events_text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
function parseFoundEvent(item) {
    const outer = events_isObject(item.attributes) ? item.attributes : {};
    const inner = events_isObject(outer.attributes) ? outer.attributes : {};
    const found = { id: item.id, tags: Array.isArray(outer.tags) ? outer.tags.filter((tag) => typeof tag === 'string') : [] };
    const timestamp = parseTime(typeof outer.timestamp === 'string' || typeof outer.timestamp === 'number' ? outer.timestamp : undefined);
    if (timestamp)
        found.timestamp = timestamp;
    const fields = [['title', inner.title], ['message', outer.message], ['status', inner.status], ['aggregationKey', inner.aggregation_key]];
    for (const [key, value] of fields) {
        const given = events_text(value);
        if (given !== undefined)
            found[key] = given;
    }
    if (events_isObject(inner.custom))
        found.custom = inner.custom;
    return found;
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __nccwpck_require__(8500);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
;// CONCATENATED MODULE: ./build/datadog/proxy.js



const setVariable = (env, name) => (env[name] !== undefined ? name : env[name.toLowerCase()] !== undefined ? name.toLowerCase() : undefined);
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
            const { ca, cert, key, pfx, passphrase, rejectUnauthorized, ciphers, minVersion, maxVersion, checkServerIdentity, servername } = options;
            const secure = { ca, cert, key, pfx, passphrase, rejectUnauthorized, ciphers, minVersion, maxVersion, checkServerIdentity };
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
    return { proxy, agents: target.protocol === 'https:' ? { https: new HttpsTunnelAgent(proxy) } : { http: new HttpTunnelAgent(proxy) } };
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
        return outcome.written ? `no answer from ${host} within ${seconds(timeoutMs)}` : `could not reach ${host} within ${seconds(timeoutMs)}`;
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
const DEFAULT_TIMING = { attemptTimeoutMs: 15_000, budgetMs: 45_000, backoffMs: 1_000, maxBackoffMs: 8_000, maxAttempts: 5 };
const TRANSIENT_CODES = new Set([
    'ETIMEDOUT', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNABORTED',
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
    const { timing } = options;
    const host = new URL(options.baseUrl).host;
    const outside = fromOutside(options);
    const budget = seconds(timing.budgetMs);
    return async function send(request) {
        const started = performance.now();
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
            const timeoutMs = Math.min(timing.attemptTimeoutMs, Math.max(1, deadline - performance.now()));
            let outcome = await attempt(options, request, timeoutMs);
            if (outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300) {
                const verdict = checkAnswer(request.operation, outcome);
                if (verdict.verdict === 'datadog') {
                    return { status: outcome.status, body: verdict.body, attempts, durationMs: Math.round(performance.now() - started), resentAfterLostAnswer: mayHaveArrived };
                }
                if (verdict.verdict === 'foreign') {
                    const type = outcome.contentType ? excerpt(outside(outcome.contentType), 60) : 'no content type';
                    const body = outcome.text ? `"${excerpt(outside(outcome.text))}"` : 'an empty body';
                    throw fail('foreign', attempts, `${host} answered HTTP ${outcome.status}${statusText(outcome)} with ${type} and ${body}, which is not Datadog's answer; nothing is known to have arrived at Datadog`, {
                        status: outcome.status,
                        hint: `Something between this machine and Datadog (a proxy, gateway or captive portal) may have answered instead: check the site or base URL and the proxy settings.`,
                    });
                }
                outcome = { kind: 'error', code: CUT_ANSWER, message: `HTTP ${outcome.status} with ${excerpt(outside(outcome.contentType), 60)} that does not parse`, written: true };
            }
            let kind;
            let problem;
            let extra;
            let decision;
            const timeLeftMs = deadline - performance.now();
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
            await (0,promises_.setTimeout)(decision.waitMs);
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
            timeout: { request: timeoutMs },
            ...(options.proxy ? { agent: options.proxy.agents } : {}),
        });
        return {
            kind: 'answer',
            status: response.statusCode,
            statusMessage: response.statusMessage ?? '',
            contentType: response.headers['content-type'] ?? '',
            text: response.body,
            rateLimitReset: response.headers['x-ratelimit-reset'],
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
        return { verdict: 'rejected', reason: `${host} answered HTTP ${outcome.status}: the API key is not valid on this Datadog site` };
    }
    return { verdict: 'unknown', reason: `${host} answered HTTP ${outcome.status} to the key check` };
}

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
    return { data: { id: pathId('deployment', id), type: 'dora_deployment_patch_request', attributes: patchAttributes(patch) } };
}
function patchByVersionRequest(target, patch) {
    for (const field of ['service', 'env', 'version']) {
        if (!target[field]?.trim())
            throw new DatadogConfigError(`Patching a deployment by version needs its ${field}.`);
    }
    const { service, env, version } = target;
    return { data: { type: 'dora_deployment_patch_request', attributes: { service, env, version, ...patchAttributes(patch) } } };
}
function patchAttributes({ changeFailure, remediation }) {
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
        const problem = rules_pathIdProblem(id);
        if (problem)
            throw new DatadogConfigError(`The remediation id ${requests_quoted(id)} is not valid: ${problem}.`);
        return { id, type };
    }
    if (version === undefined)
        throw new DatadogConfigError('A remediation needs the id or the version of the deployment that remediated.');
    const problem = versionProblem(version);
    if (problem)
        throw new DatadogConfigError(`The remediation version ${requests_quoted(version)} is not valid: ${problem}.`);
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
        throw new DatadogConfigError(`The ${kind} id ${requests_quoted(id)} is not valid: ${problem}.`);
    return id;
}
function pathId(kind, id) {
    if (!id.trim())
        throw new DatadogConfigError(`A ${kind} id is needed.`);
    const problem = rules_pathIdProblem(id);
    if (problem)
        throw new DatadogConfigError(`The ${kind} id ${requests_quoted(id)} is not valid: ${problem}.`);
    return id;
}
function requests_quoted(value) {
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
        const problem = rules_commitShaProblem(event.git.commitSha);
        if (problem)
            throw new DatadogConfigError(`Commit SHA ${requests_quoted(event.git.commitSha)} is not valid: ${problem}.`);
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
            throw new DatadogConfigError(`Custom tag ${requests_quoted(tag)} is not valid: ${problem}.`);
    }
    if (tags.length)
        out.custom_tags = tags;
    return out;
}

;// CONCATENATED MODULE: ./build/datadog/sites.js

const sites_DEFAULT_SITE = 'datadoghq.com';
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
function sites_resolveSite(input) {
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
    return { name: host, apiUrl: `https://api.${host}`, appUrl: `https://${appHost}`, eventsUrl: `https://event-management-intake.${host}` };
}

;// CONCATENATED MODULE: ./build/datadog/client.js












const DEFAULT_USER_AGENT = `${PRODUCT}/${VERSION} (node ${process.version})`;
function createDoraClient(options) {
    const baseUrl = resolveBaseUrl(options);
    const apiKey = checkKey('API key', options.apiKey);
    const appKey = options.appKey === undefined || options.appKey.trim() === '' ? undefined : checkKey('application key', options.appKey);
    const warn = options.warn ?? ((message) => process.emitWarning(message));
    const http = {
        baseUrl,
        proxy: proxyAgentFor(new URL(baseUrl), process.env, warn),
        apiKey,
        appKey,
        userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
        timing: { ...DEFAULT_TIMING, ...options.timing },
        log: options.log,
    };
    const transport = createHttpTransport(http);
    const eventsUrl = resolveEventsUrl(options);
    let intake;
    const intakeTransport = (url) => (intake ??= createHttpTransport({ ...http, baseUrl: url, proxy: proxyAgentFor(new URL(url), process.env, warn) }));
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
            const answer = DRY_RUN_EVENT_ANSWERS[operation] ?? (operation.startsWith('send')
                ? { data: { id: sent?.data.attributes.id, type: operation === 'send deployment' ? 'dora_deployment' : 'dora_failure' } }
                : operation.startsWith('list')
                    ? { data: [] }
                    : { data: null });
            const status = operation in DRY_RUN_EVENT_ANSWERS && operation !== 'search events' ? 202 : method === 'PATCH' || method === 'DELETE' ? 202 : 200;
            const verdict = checkAnswer(operation, { status, contentType: 'application/vnd.api+json', text: JSON.stringify(answer) });
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
    'send alert event': { data: { type: 'event', id: '_', attributes: { attributes: { evt: {} } } } },
    'send event (v1)': { status: 'ok', event: {} },
    'search events': { data: [] },
};
function resolveEventsUrl({ site, baseUrl, eventsUrl }) {
    if (eventsUrl !== undefined && eventsUrl.trim() !== '') {
        const problem = baseUrlProblem(eventsUrl);
        if (problem)
            throw new DatadogConfigError(`The Datadog event intake URL is not valid: ${problem}.`);
        return new URL(eventsUrl.trim()).href.replace(/\/+$/, '');
    }
    return baseUrl === undefined || baseUrl.trim() === '' ? sites_resolveSite(site ?? sites_DEFAULT_SITE).eventsUrl : undefined;
}
function resolveBaseUrl({ site, baseUrl }) {
    if (baseUrl === undefined || baseUrl.trim() === '')
        return sites_resolveSite(site ?? sites_DEFAULT_SITE).apiUrl;
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
const INCIDENT_PARTS = {
    ingestion: 'DORA incident ingestion (sending and deleting failure events)',
    data: 'DORA incident data (listing and reading failure events)',
};
function incidentGate(clock) {
    const learned = new Map();
    return async (part, operation, call) => {
        const answer = learned.get(part);
        if (answer || isRetired(part, clock())) {
            const why = answer ? `Datadog answered earlier that ${INCIDENT_PARTS[part]} is gone` : `Datadog retired ${INCIDENT_PARTS[part]} on ${day(RETIRES_ON[part])}`;
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
function buildClient({ transport, checkApiKey, clock }) {
    const incident = incidentGate(clock);
    const deployment = (id) => encodeURIComponent(pathId('deployment', id));
    const failure = (id) => encodeURIComponent(pathId('failure', id));
    const read = 'dora_metrics_read';
    const writes = 'dora_metrics_write';
    const send = async (operation, path, body) => {
        const request = body();
        const response = await transport({ operation, method: 'POST', path, body: request });
        const id = response.body.data.id;
        return { id, sentId: request.data.attributes.id, ...write(response) };
    };
    const write = (response) => ({
        status: response.status,
        attempts: response.attempts,
        durationMs: response.durationMs,
        ...(response.resentAfterLostAnswer ? { resentAfterLostAnswer: true } : {}),
    });
    const get = async (operation, path, parse) => {
        let response;
        try {
            response = await transport({ operation, method: 'GET', path, permission: read, objectInPath: true });
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
        throw new DatadogApiError({ operation, kind: 'malformed', summary, status: response.status, attempts: response.attempts });
    };
    const list = async (operation, path, body, parse) => {
        const response = await transport({ operation, method: 'POST', path, body, permission: read });
        const items = [];
        const flaws = [];
        for (const object of response.body.data) {
            const item = parse(object, flaws);
            if (item)
                items.push(item);
        }
        return { items, flaws };
    };
    const posted = (response, id) => ({ ...write(response), ...(typeof id === 'string' && id ? { id } : {}) });
    return {
        sendDeployment: async (event) => send('send deployment', '/api/v2/dora/deployment', () => deploymentRequest(event)),
        patchDeployment: async (id, patch) => write(await transport({ operation: 'patch deployment', method: 'PATCH', path: `/api/v2/dora/deployments/${deployment(id)}`, body: patchRequest(id, patch), permission: writes })),
        patchDeploymentByVersion: async (target, patch) => write(await transport({ operation: 'patch deployment by version', method: 'PATCH', path: '/api/v2/dora/deployments', body: patchByVersionRequest(target, patch), permission: writes })),
        getDeployment: async (id) => get('get deployment', `/api/v2/dora/deployments/${deployment(id)}`, parseDeployment),
        listDeployments: async (query = {}) => list('list deployments', '/api/v2/dora/deployments', listRequest('dora_deployments_list_request', query), parseDeployment),
        deleteDeployment: async (id) => write(await transport({ operation: 'delete deployment', method: 'DELETE', path: `/api/v2/dora/deployment/${deployment(id)}`, permission: writes })),
        sendFailure: async (event) => {
            const body = failureRequest(event);
            return incident('ingestion', 'send failure', () => send('send failure', '/api/v2/dora/failure', () => body));
        },
        getFailure: async (id) => {
            const path = `/api/v2/dora/failures/${failure(id)}`;
            return incident('data', 'get failure', () => get('get failure', path, parseFailure));
        },
        listFailures: async (query = {}) => {
            const body = listRequest('dora_failures_list_request', query);
            return incident('data', 'list failures', () => list('list failures', '/api/v2/dora/failures', body, parseFailure));
        },
        deleteFailure: async (id) => {
            const path = `/api/v2/dora/failure/${failure(id)}`;
            return incident('ingestion', 'delete failure', async () => write(await transport({ operation: 'delete failure', method: 'DELETE', path, permission: writes, objectInPath: true })));
        },
        listDeploymentObjects: async (query = {}) => list('list deployments', '/api/v2/dora/deployments', listRequest('dora_deployments_list_request', query), parseRawEvent),
        listFailureObjects: async (query = {}) => {
            const body = listRequest('dora_failures_list_request', query);
            return incident('data', 'list failures', () => list('list failures', '/api/v2/dora/failures', body, parseRawEvent));
        },
        postAlertEvent: async (event) => {
            const body = alertEventRequest(event, clock());
            const response = await transport({ operation: 'send alert event', method: 'POST', path: '/api/v2/events', body, appKey: true, intake: true });
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
            const response = await transport({ operation: 'search events', method: 'POST', path: '/api/v2/events/search', body, permission: 'events_read' });
            const answer = response.body;
            const after = answer.meta?.page?.after;
            return { events: answer.data.map(parseFoundEvent), ...(typeof after === 'string' && after && answer.data.length ? { next: after } : {}) };
        },
        checkApiKey,
    };
}

;// CONCATENATED MODULE: ./build/action/clients.js



function clientsFor(endpoint, dryRun, keys, { timing, clock } = {}) {
    const real = keys.apiKey
        ? createDoraClient({ ...endpoint, apiKey: keys.apiKey, appKey: keys.appKey, timing, clock, log: (line) => info(line), warn: (message) => warning(message, { title: 'Proxy setting ignored' }) })
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
    const site = sites_resolveSite(endpoint.site ?? sites_DEFAULT_SITE);
    return endpoint.site ? { url: site.appUrl } : { url: site.appUrl, assumedSite: site.name };
}

;// CONCATENATED MODULE: ./build/action/context.js

function readRunContext(env = process.env) {
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
const MAX_EVENT_BYTES = (/* unused pure expression or super */ null && (25 * 1024 * 1024));
function context_readEventPayload(context) {
    const path = context.eventPath;
    if (!path)
        return { problem: 'GITHUB_EVENT_PATH is not set' };
    const file = `The event payload GITHUB_EVENT_PATH (${path})`;
    let text;
    try {
        if (statSync(path).size > MAX_EVENT_BYTES)
            return { problem: `${file} is larger than GitHub's 25 MB` };
        text = readFileSync(path, 'utf8');
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
    if (!context_isObject(json))
        return { problem: `${file} is not a JSON object` };
    return { json };
}
function context_payloadValue(json, path) {
    let value = json;
    for (const key of path.split('.'))
        value = context_isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
    return value;
}
function context_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./build/action/start-time.js



const STARTED_AT = 'started_at';
const start_time_CLOCK_SKEW_MS = (/* unused pure expression or super */ null && (5 * 60_000));
const start_time_RETENTION_MS = (/* unused pure expression or super */ null && (730 * 86_400_000));
function recordStartTime(at, env = process.env) {
    const file = env.GITHUB_STATE;
    if (!file)
        return;
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendFileSync(file, `${STARTED_AT}<<${delimiter}${EOL}${at.toISOString()}${EOL}${delimiter}${EOL}`, 'utf8');
}
function loadStartTime(now = new Date(), env = process.env) {
    const saved = env[`STATE_${STARTED_AT}`];
    if (!saved)
        return undefined;
    const ms = new Date(saved).getTime();
    if (Number.isNaN(ms) || ms > now.getTime() + start_time_CLOCK_SKEW_MS || ms < now.getTime() - start_time_RETENTION_MS)
        return { refused: saved };
    return { at: new Date(ms) };
}

;// CONCATENATED MODULE: ./build/action/times.js




const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2})))?$/i;
function times_parseTimeInput(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return unixTimestamp(value);
    const match = ISO.exec(value);
    if (!match)
        return undefined;
    const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', , sign, offsetHours = '0', offsetMinutes = '0'] = match;
    const parts = [year, month, day, hour, minute, second].map(Number);
    const [y, mo, d, h, mi, s] = parts;
    const utc = Date.UTC(y, mo - 1, d, h, mi, s);
    const real = new Date(utc);
    if (real.getUTCFullYear() !== y || real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d || real.getUTCHours() !== h || real.getUTCMinutes() !== mi || real.getUTCSeconds() !== s) {
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
        throw new InputError(`Input ${input} is ${quoted(at.toISOString())}, in the future (this runner's clock says ${now.toISOString()}): expected a time no later than a few minutes from now.`);
    }
    if (at.getTime() < now.getTime() - RETENTION_MS) {
        throw new InputError(`Input ${input} is ${quoted(at.toISOString())}, more than two years ago: Datadog keeps events two years; expected a later time.`);
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
        throw new InputError(`Input finished-at is ${quoted(finishedAt.toISOString())}, before ${start} (${startedAt.toISOString()}): an event ends after it starts; expected a later time.`);
    }
}

;// CONCATENATED MODULE: ./build/action/inputs/grammar.js





const grammar_MAX_LENGTH = {
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
};
const MAX_ITEM_LENGTH = 200;
const MAX_SERVICE_LENGTH = 100;
const CLIENT_ID = '16 to 128 letters, digits, hyphens, underscores, periods or colons';
const GIVEN_ID = 'an id Datadog gave (1 to 128 letters, digits, hyphens, underscores, periods or colons, not only periods)';
function grammar_oneLine(sourced, max, item = false) {
    const { value, from } = sourced;
    notLonger(sourced, max, item);
    if (UNSAFE_CHARACTERS.test(value)) {
        throw new InputError(`${from} ${item ? 'has an item' : 'is'} ${quoted(value)}: expected one line, without control characters, line or paragraph separators or bidirectional controls.`);
    }
    return sourced;
}
function notLonger({ value, from }, max, item = false) {
    if (value.length > max) {
        throw new InputError(`${from} ${item ? 'has an item of' : 'is'} ${value.length} characters${item ? '' : ' long'}: at most ${max} are accepted.`);
    }
}
function grammar_items(sourced, max) {
    notLonger(sourced, max);
    return sourced.value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean)
        .map((item) => grammar_oneLine({ value: item, from: sourced.from }, MAX_ITEM_LENGTH, true).value);
}
function grammar_asBool({ value, from }) {
    if (/^true$/i.test(value))
        return true;
    if (/^false$/i.test(value))
        return false;
    throw new InputError(`${from} is ${quoted(value)}: expected true or false.`);
}
function grammar_asTime({ value, from }) {
    const date = parseTimeInput(value);
    if (!date) {
        throw new InputError(`${from} is ${quoted(value)}: expected a real instant, as ISO 8601 with a time zone (2026-11-27T10:00:00Z) or Unix seconds, milliseconds or nanoseconds.`);
    }
    return date;
}
const SINCE = 'a time within the last two years (what Datadog keeps): a date (2025-06-01), ISO 8601 with a time zone (2025-06-01T08:00:00Z) or Unix seconds, milliseconds or nanoseconds; or a time back from now, a whole number with h, d or w (36h, 90d, 12w), at most 730d';
const BACK = /^(\d+)\s*([hdw])$/i;
const BACK_MS = { h: 3_600_000, d: 86_400_000, w: 604_800_000 };
function grammar_asSince({ value, from }, now) {
    const back = BACK.exec(value);
    const at = back ? now.getTime() - Number(back[1]) * BACK_MS[back[2].toLowerCase()] : parseTimeInput(value)?.getTime();
    if (at === undefined)
        throw new InputError(`${from} is ${quoted(value)}: expected ${SINCE}.`);
    const oldest = now.getTime() - RETENTION_MS;
    if (at < oldest) {
        throw new InputError(`${from} is ${quoted(value)}, more than two years ago: Datadog keeps events two years (from ${new Date(oldest).toISOString()}); expected ${SINCE}.`);
    }
    if (at > now.getTime() + CLOCK_SKEW_MS) {
        throw new InputError(`${from} is ${quoted(value)}, in the future (this runner's clock says ${now.toISOString()}): expected ${SINCE}.`);
    }
    return new Date(at);
}
function grammar_held({ value, from }, problem, accepted) {
    if (problem(value))
        throw new InputError(`${from} is ${quoted(value)}: expected ${accepted}.`);
    return value;
}
const isLatest = (value) => value.toLowerCase() === 'latest';
function givenId(sourced, event) {
    if (isLatest(sourced.value))
        throw new InputError(`${sourced.from} is ${quoted(sourced.value)}: latest is not accepted here (event ${event}); expected ${GIVEN_ID}.`);
    return grammar_held(sourced, pathIdProblem, GIVEN_ID);
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

;// CONCATENATED MODULE: ./build/action/inputs/types.js
class types_InputError extends Error {
    name = 'InputError';
}

;// CONCATENATED MODULE: ./build/action/inputs/read.js


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
function list(source, input, ...variables) {
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
        throw new types_InputError(`Input api-key is required ${needs.api}: pass a Datadog API key from a secret (or set env DATADOG_API_KEY or DD_API_KEY), or set dry-run: true to send nothing.`);
    }
    if (!keys.appKey && needs.app) {
        throw new types_InputError(`Input app-key is required ${needs.app}: pass a Datadog application key with the dora_metrics_write and dora_metrics_read permissions from a secret (or set env DATADOG_APP_KEY or DD_APP_KEY).`);
    }
}

;// CONCATENATED MODULE: ./build/action/outcome.js


class NothingFound extends Error {
    name = 'NothingFound';
}
const CONFIGURATION_ERRORS = new Set(['InputError', 'DatadogConfigError']);
function isInputProblem(error) {
    return error instanceof Error && CONFIGURATION_ERRORS.has(error.name);
}
function sayProblem(error, failOnError, what, failed) {
    if (isInputProblem(error))
        throw error;
    const message = error instanceof Error ? error.message : String(error);
    const mayHaveArrived = error instanceof DatadogApiError && error.mayHaveArrived;
    const title = mayHaveArrived ? `${what}: outcome unknown` : `${what} ${failed}`;
    const failsStep = failOnError && !(error instanceof NothingFound);
    if (failsStep)
        setFailed(message);
    else if (error instanceof NothingFound)
        warning(message, { title });
    else
        warning(`${message} The job keeps its result (fail-on-error is false).`, { title });
    return { kind: 'failed', message, failsStep, mayHaveArrived };
}
function sayRunnerFileProblem(error, consequence, failOnError) {
    if (!(error instanceof RunnerFileError))
        throw error;
    const message = `${error.message} ${consequence}`;
    if (failOnError)
        setFailed(message);
    else
        warning(`${message} The job keeps its result (fail-on-error is false).`, { title: 'Runner file not written' });
}
function writeOutput(name, value, failOnError) {
    try {
        setOutput(name, value);
    }
    catch (error) {
        sayRunnerFileProblem(error, `Output ${name} is not set: later steps cannot read it.`, failOnError);
    }
}
function printDryRun(requests) {
    for (const request of requests) {
        core.info(`Dry run: nothing is sent. This is the request that would go to Datadog:\n${request.method} ${request.url}${request.body === undefined ? '' : `\n${JSON.stringify(request.body, null, 2)}`}`);
    }
}
async function writeSummary(markdown, failOnError) {
    try {
        await appendSummary(markdown);
    }
    catch (error) {
        sayRunnerFileProblem(error, 'This step shows no job summary; its log says what happened.', failOnError);
    }
}
function describeAttempts(outcome) {
    const time = outcome.durationMs < 1000 ? `${outcome.durationMs} ms` : `${(outcome.durationMs / 1000).toFixed(1)} s`;
    return `${time}, ${outcome.attempts === 1 ? '1 attempt' : `${outcome.attempts} attempts`} (HTTP ${outcome.status})`;
}

;// CONCATENATED MODULE: ./build/action/remediation-tags.js
const REMEDIATES_TAG = 'dora.remediates';
const REMEDIATION_TAG = 'dora.remediation';
const REMEDIATION_TAG_COUNT = 2;
const remediationTags = (failedId, type) => [`${REMEDIATES_TAG}:${failedId}`, `${REMEDIATION_TAG}:${type}`];

;// CONCATENATED MODULE: ./build/report/changes.js

const tagValue = (tags, key) => tags.find((tag) => tag.startsWith(`${key}:`))?.slice(key.length + 1);
const remediationTypeOf = (tags) => (tagValue(tags, REMEDIATION_TAG) === 'rollforward' ? 'rollforward' : 'rollback');
const deployedAs = (deployment) => deployment.commitSha ? `commit ${deployment.commitSha.toLowerCase()}` : deployment.version ? `version ${deployment.version}` : undefined;
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
            mark({ failed: deployment, foundBy: 'datadog', type: remediation?.type ?? 'rollback', ...(by ? { remediation: by } : {}) });
        }
    }
    const remediatesPrefix = `${REMEDIATES_TAG}:`;
    const tagged = sequences.flat().filter((deployment) => deployment.customTags.some((tag) => tag.startsWith(remediatesPrefix)));
    tagged.sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime());
    for (const remediation of tagged) {
        const failed = byId.get(tagValue(remediation.customTags, REMEDIATES_TAG) ?? '');
        if (!failed || failed.id === remediation.id || failed.finishedAt > remediation.finishedAt)
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
    return { failures, remediating };
}

;// CONCATENATED MODULE: ./build/report/types.js
const rangeKey = (range) => `${range.repositoryId} ${range.base}..${range.head}`;

;// CONCATENATED MODULE: ./build/report/window.js
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const LOOK_BACK_MS = 60 * DAY_MS;
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
const weekFrom = (start) => ({ label: isoWeekLabel(start), start, end: new Date(start.getTime() + WEEK_MS) });
function reportWindow(weeks, now) {
    const end = weekStart(now);
    const start = new Date(end.getTime() - weeks * WEEK_MS);
    return {
        weeks: Array.from({ length: weeks }, (_, i) => weekFrom(new Date(start.getTime() + i * WEEK_MS))),
        start,
        end,
        current: weekFrom(end),
        lookBackStart: new Date(start.getTime() - LOOK_BACK_MS),
        now,
    };
}
function weekIndex(window, at) {
    const offset = at.getTime() - window.start.getTime();
    return offset < 0 ? -1 : Math.min(Math.floor(offset / WEEK_MS), window.weeks.length);
}

;// CONCATENATED MODULE: ./build/report/lead-time.js


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
    return { range: { repositoryId: deployment.repositoryId, base: previous.commitSha, head: deployment.commitSha }, previous };
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
    return { leadTime: { range: shipped.range, previous: shipped.previous, perCommit, average: sum / perCommit.length, max, truncated: found.truncated } };
}

;// CONCATENATED MODULE: ./build/report/stats.js
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
const percent = (part, whole) => (whole > 0 ? (part / whole) * 100 : undefined);

;// CONCATENATED MODULE: ./build/report/calculate.js





const SLOWEST_SHOWN = 20;
const emptyBucket = () => ({ deployments: 0, changeFailures: 0, remediations: 0, leadTimes: [], averages: [], recoveries: [], openChangeFailures: 0, incidents: 0, restores: [], openIncidents: 0 });
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
const groupKey = (service, env) => `${service}\u0000${env}`;
const byFinish = (a, b) => a.finishedAt.getTime() - b.finishedAt.getTime() || (a.id < b.id ? -1 : 1);
const calculate_seconds = (from, to) => (to.getTime() - from.getTime()) / 1000;
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
    const tally = { window, changes, commits, withoutCommit: 0, unavailable: new Map(), truncated: 0, leadTimes: [] };
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
            ...(remediated ? { recoverySeconds: calculate_seconds(failure.failed.finishedAt, failure.remediation.finishedAt) } : {}),
        };
    });
    const blind = {
        deploymentsWithoutCommit: tally.withoutCommit,
        leadTimeUnavailable: [...tally.unavailable].map(([reason, deployments]) => ({ reason, deployments })),
        truncatedRanges: tally.truncated,
        incompletePages: collected.incompletePages,
        malformedAnswers: collected.malformedAnswers,
        partialReadings: collected.partialReadings,
    };
    return {
        window,
        asked: selection,
        selection: seriesOf(selectionIncidents.map((_, slot) => groups.map((group) => group.buckets[slot])), incidentSlots(selectionIncidents)),
        groups: groups.map(({ service, env, buckets }) => ({ service, env, ...seriesOf(slots(buckets), incidentSlots(buckets)) })).sort((a, b) => (groupKey(a.service, a.env) < groupKey(b.service, b.env) ? -1 : 1)),
        changeFailures: failureDetails,
        slowestLeadTimes: tally.leadTimes.sort((a, b) => b.averageSeconds - a.averageSeconds).slice(0, SLOWEST_SHOWN),
        incidents: incidents.filter((failure) => inWindow(failure.startedAt)).sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime()),
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
                bucket.recoveries.push(calculate_seconds(deployment.finishedAt, failure.remediation.finishedAt));
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
            bucket.restores.push(calculate_seconds(failure.startedAt, failure.finishedAt));
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

;// CONCATENATED MODULE: ./build/action/incidents.js

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
    return 1 + (facts.services.length ? 1 + facts.services.length : 0) + [facts.env, facts.team, facts.version, facts.severity].filter(Boolean).length + 2;
}
const incidents_MAX_AGGREGATION_KEY = 100;
function aggregationKey(id) {
    return id.length <= incidents_MAX_AGGREGATION_KEY ? id : `dora-${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
}
function priorityOf(severity) {
    const match = /^sev-?([1-5])$/i.exec(severity?.trim() ?? '');
    return match ? match[1] : undefined;
}
const RECENT_MS = (/* unused pure expression or super */ null && (17 * 3_600_000));
function recentOrNone(at, now) {
    const age = now.getTime() - at.getTime();
    return age >= 0 && age <= RECENT_MS ? at : undefined;
}
function alertTitle(facts) {
    if (facts.name?.trim())
        return facts.name.slice(0, 500);
    const what = facts.services.length ? facts.services.join(', ') : `team ${facts.team ?? ''}`.trim();
    return `Failure of ${what}${facts.env ? ` in ${facts.env}` : ''}`.slice(0, 500);
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
    return `${what}${from}${note}`.slice(0, 4000);
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
const dateOf = (value) => {
    if (typeof value !== 'string')
        return undefined;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : new Date(ms);
};
const textOf = (value) => (typeof value === 'string' && value.trim() ? value : undefined);
function incidentFromEvent(event) {
    const [id] = tagValues(event.tags, FAILURE_ID_TAG);
    if (!id)
        return undefined;
    const custom = event.custom ?? {};
    const resolved = event.status === 'ok' || event.status === 'success';
    const startedAt = dateOf(custom.started_at) ?? dateOf(tagValues(event.tags, STARTED_TAG)[0]) ?? (resolved ? undefined : event.timestamp);
    const finishedAt = dateOf(custom.finished_at) ?? dateOf(tagValues(event.tags, FINISHED_TAG)[0]) ?? (resolved ? event.timestamp : undefined);
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

;// CONCATENATED MODULE: ./build/datadog/paging.js
const PAGE = 1000;
const SECOND = 1000;
const MAX_EVENTS = 100_000;
const READING_TIME = { limitMs: 15 * 60_000, now: () => performance.now() };
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
        const { items, flaws } = await list({ from: new Date(from), to: new Date(to), query: window.query, limit: pageSize, sort: 'started_at' });
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
    return start <= to + SECOND && (finish === undefined || Number.isNaN(finish) ? start : Math.max(start, finish)) >= from - SECOND;
}
async function listAllInWindow(list, window, pageSize = PAGE) {
    const items = [];
    const reading = await forEachPageInWindow(list, window, (fresh) => {
        items.push(...fresh);
    }, pageSize);
    return { items, ...reading };
}
const listAllDeployments = (client, window, pageSize) => listAllInWindow((query) => client.listDeployments(query), window, pageSize);
const listAllFailures = (client, window, pageSize) => listAllInWindow((query) => client.listFailures(query), window, pageSize);
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
        ...(malformed.droppedFields ? [`${counted(malformed.droppedFields, 'malformed field')} dropped from the events kept`] : []),
        ...(foreign ? [`${counted(foreign, 'event')} wholly outside the window asked and left out`] : []),
    ];
    if (!parts.length)
        return undefined;
    const example = malformed.example ? ` For example, ${events.slice(0, -1)} ${malformed.example.id}: ${malformed.example.problem}.` : '';
    return `Datadog's answers for ${events}: ${parts.join('; ')}.${example}`;
}

;// CONCATENATED MODULE: ./build/datadog/query.js
const PLAIN = /^[A-Za-z0-9_.\/-]+$/;
function termFor(key, values) {
    return values && values.length && values.every((value) => PLAIN.test(value)) ? `${key}:(${values.join(' OR ')})` : undefined;
}
function queryFor(selection) {
    const terms = [termFor('service', selection.services), termFor('env', selection.envs)].filter(Boolean);
    return terms.length ? terms.join(' ') : undefined;
}

;// CONCATENATED MODULE: ./build/report/incidents.js


function incidentSourcesAt(now) {
    return { 'failure-list': !isRetired('data', now), 'alert-events': isRetired('ingestion', now) };
}
const SOURCE_ORDER = ['failure-list', 'alert-events'];
const isDate = (date) => date instanceof Date && !Number.isNaN(date.getTime());
const incidents_text = (value) => (typeof value === 'string' && value.trim() ? value : undefined);
function checkedReading(reading) {
    if (typeof reading.id !== 'string' || rules_pathIdProblem(reading.id))
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

;// CONCATENATED MODULE: ./build/report/collect.js





function deploymentRecord(deployment) {
    const { id, service, startedAt, finishedAt, git } = deployment;
    if (!finishedAt)
        return undefined;
    const record = { id, service, env: deployment.env ?? '', startedAt, finishedAt, customTags: deployment.customTags };
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
async function collect(client, window, selection) {
    const query = queryFor(selection);
    const asked = incidentSourcesAt(window.now);
    const [deployments, list, events] = await Promise.all([
        listAllDeployments(client, { from: window.lookBackStart, to: window.now, ...(query ? { query } : {}) }),
        asked['failure-list'] ? readFailureList(client, window, selection) : unasked('retired'),
        asked['alert-events'] ? readAlertEvents(client, window, selection) : unasked('none-yet'),
    ]);
    const incompletePages = [
        ...(deployments.truncated ? ['deployments: more than 1000 started in the same second, so some may be missing'] : []),
        ...[list.incomplete, events.incomplete].filter((note) => note !== undefined),
    ];
    const deploymentNotes = notesOn('deployments', deployments);
    return {
        deployments: deployments.items.flatMap((deployment) => deploymentRecord(deployment) ?? []).filter((d) => selected(selection, d.service, d.env)),
        failures: mergeIncidents([...list.readings, ...events.readings]),
        incidentSources: { 'failure-list': list.state, 'alert-events': events.state },
        incompletePages,
        malformedAnswers: [deploymentNotes.leftOut, list.leftOut].filter((note) => note !== undefined),
        partialReadings: [deploymentNotes.partial, list.partial].filter((note) => note !== undefined),
    };
}
function notesOn(events, reading) {
    const leftOut = whatWasLeftOut(events, reading);
    const stopped = whyStopped(reading);
    return { ...(leftOut ? { leftOut } : {}), ...(stopped ? { partial: `The ${events} were read in part: ${stopped}. The figures are partial.` } : {}) };
}
const unasked = (state) => ({ state: { state }, readings: [] });
async function readFailureList(client, window, selection) {
    const query = termFor('service', selection.services);
    try {
        const failures = await listAllFailures(client, { from: window.start, to: window.now, ...(query ? { query } : {}) });
        return {
            state: { state: 'read' },
            readings: failures.items.flatMap((failure) => checkedReading(listReading(failure)) ?? []),
            ...(failures.truncated ? { incomplete: 'failures: more than 1000 started in the same second, so some may be missing' } : {}),
            ...notesOn('failures', failures),
        };
    }
    catch (error) {
        if (error instanceof DatadogRetiredError)
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
    const query = ['dora.failure_id:*', termFor('dora.service', selection.services)].filter(Boolean).join(' ');
    try {
        const { events, capped } = await searchAll(client, { query, from: window.start, to: window.now });
        const newestFirst = events.sort((a, b) => (b.timestamp?.getTime() ?? 0) - (a.timestamp?.getTime() ?? 0));
        const readings = newestFirst.flatMap((event) => {
            const reading = incidentFromEvent(event);
            return (reading && checkedReading({ ...reading, source: 'alert-events' })) ?? [];
        });
        return {
            state: { state: 'read' },
            readings,
            ...(capped ? { incomplete: `alert events: more than ${MAX_EVENT_PAGES} pages of ${EVENT_PAGE} were found and the rest was not read, so some incidents may be missing` } : {}),
        };
    }
    catch (error) {
        const refused = error instanceof DatadogApiError && error.status === 403;
        const message = refused
            ? 'Datadog refused the event search (403): the application key needs the events_read permission.'
            : error instanceof Error ? error.message : String(error);
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
const external_node_fs_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./build/action/commit.js







function eventCommit(eventName) {
    if (eventName.startsWith('pull_request'))
        return { field: 'pull_request.head.sha', source: "the pull request's head commit", noFallback: "GITHUB_SHA and the checkout's HEAD are the pull request's temporary merge commit" };
    if (eventName === 'workflow_run')
        return { field: 'workflow_run.head_sha', source: "the triggering workflow run's head_sha", noFallback: "GITHUB_SHA is the default branch's latest commit, not the triggering run's" };
    if (eventName.startsWith('deployment'))
        return { field: 'deployment.sha', source: "the deployment event's sha" };
    return undefined;
}
function shaProblem(sha) {
    return sha.length > MAX_LENGTH['commit-sha'] ? `expected at most ${MAX_LENGTH['commit-sha']} characters` : commitShaProblem(sha);
}
function describeValue(value) {
    if (typeof value === 'string')
        return quoted(value, 80);
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
        return { source: event.source, problem: `${payload.problem}: its ${event.field} cannot be read`, noFallback: event.noFallback };
    const value = payloadValue(payload.json, event.field);
    const problem = value === undefined ? undefined : typeof value === 'string' ? shaProblem(value) : 'expected a string of 40 or more hexadecimal characters';
    if (value !== undefined && !problem)
        return { sha: value, source: event.source };
    const has = value === undefined ? `has no ${event.field}` : `has ${event.field} ${describeValue(value)}: ${problem}`;
    return { source: event.source, problem: `The event payload GITHUB_EVENT_PATH (${context.eventPath}) ${has}`, noFallback: event.noFallback };
}
async function gitWithActionsExec(args, cwd) {
    const { getExecOutput } = await __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 1260));
    return getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true });
}
async function detectCommit(context, git = gitWithActionsExec, debug = () => { }) {
    const fromEvent = commitFromEvent(context);
    if (fromEvent?.sha)
        return { sha: fromEvent.sha, source: fromEvent.source };
    if (fromEvent?.noFallback)
        return { source: 'none', problem: `${fromEvent.problem}. The event is sent without a commit: ${fromEvent.noFallback}. Set input commit-sha to name the commit.` };
    const checkout = context.workspace && existsSync(join(context.workspace, '.git')) ? context.workspace : undefined;
    if (context.workspace && !checkout)
        debug('The workspace is not a git checkout; using GITHUB_SHA.');
    const head = checkout ? await workspaceHead(context, checkout, git, debug) : undefined;
    const fallback = head ? { sha: head, source: 'HEAD of the checkout in the workspace' } : githubSha(context);
    const problems = [fromEvent?.problem, fallback.problem].filter(Boolean);
    if (!problems.length)
        return fallback;
    const instead = fallback.sha ? `The commit is ${fallback.source} instead.` : 'The event is sent without a commit.';
    return { ...fallback, problem: `${problems.join('; ')}. ${instead}` };
}
function githubSha(context) {
    const problem = context.sha === undefined ? undefined : shaProblem(context.sha);
    if (!problem)
        return { sha: context.sha, source: 'GITHUB_SHA' };
    return { source: 'none', problem: `GITHUB_SHA is ${quoted(context.sha, 80)}: ${problem}` };
}
async function detectCommitAndWarn(context) {
    const commit = await detectCommit(context, undefined, core.debug);
    if (commit.problem)
        core.warning(commit.problem, { title: 'Commit from the runner not used' });
    return commit;
}
async function workspaceHead(context, workspace, git, debug) {
    try {
        const remote = await git(['config', '--get', 'remote.origin.url'], workspace);
        const origin = remote.stdout.trim().replace(/\.git$/, '').toLowerCase();
        if (remote.exitCode !== 0 || !context.repository || !origin.endsWith(`/${context.repository.toLowerCase()}`) && !origin.endsWith(`:${context.repository.toLowerCase()}`)) {
            debug(`The workspace is not a checkout of ${context.repository || 'this repository'}; using GITHUB_SHA.`);
            return undefined;
        }
        const head = await git(['rev-parse', 'HEAD'], workspace);
        const sha = head.stdout.trim();
        if (head.exitCode !== 0 || !/^[a-f0-9]{40,}$/.test(sha)) {
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

;// CONCATENATED MODULE: ./build/report/commits/repository.js
const isCommitSha = (text) => /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(text);
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
    const segments = path.replace(/\.git\/?$/i, '').split('/').filter(Boolean);
    if (!host || segments.length === 0)
        return undefined;
    return [host, ...segments].join('/').toLowerCase();
}
const hostOf = (key) => key.split('/')[0] ?? '';

;// CONCATENATED MODULE: ./build/report/commits/git.js







const MAX_COMMITS = 5000;
async function fullCheckoutOf(workspace, git = gitWithActionsExec) {
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
        const urls = (folder && remoteUrlsIn((0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(gitDir, 'config'), 'utf8'))) || (await remoteUrlsFromGit(workspace, git));
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
async function readGitHistory(workspace, git = gitWithActionsExec, maxCommits = MAX_COMMITS) {
    const folder = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'datadog-dora-git-'));
    try {
        const file = (0,external_node_path_namespaceObject.join)(folder, 'log');
        const log = await git(['log', '--all', '--no-show-signature', `--output=${file}`, '--format=%H %ct %at %P'], workspace);
        if (log.exitCode !== 0)
            throw new Error(`git log failed in the workspace (exit code ${log.exitCode})`);
        return historyFrom(await (0,external_node_fs_promises_namespaceObject.readFile)(file, 'utf8'), maxCommits);
    }
    finally {
        await (0,external_node_fs_promises_namespaceObject.rm)(folder, { recursive: true, force: true });
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
            return { unavailable: `commit ${head === undefined ? range.head : range.base} is not in the checkout of ${range.repositoryId}` };
        }
        const newestFirst = walk(base, head).sort(newer);
        const commits = [];
        for (let k = 0; k < Math.min(newestFirst.length, maxCommits); k++) {
            const i = newestFirst[k];
            commits.push((made[i] ??= { sha: graph.shas[i], authoredAt: new Date(graph.authored[i] * 1000) }));
        }
        return { commits, truncated: newestFirst.length > maxCommits };
    };
    return {
        holds: (sha) => index.has(sha.toLowerCase()),
        commitsIn: async (ranges) => new Map(ranges.map((range) => [rangeKey(range), answer(range)])),
    };
}
const LOG_LINE = /^([0-9a-f]{40}|[0-9a-f]{64}) (\d+) (\d+) ?((?:[0-9a-f]{40}|[0-9a-f]{64})(?: (?:[0-9a-f]{40}|[0-9a-f]{64}))*)? *$/;
function parseLog(output) {
    const graph = { shas: [], index: new Map(), committed: [], authored: [], merge: [], parents: [], generation: [] };
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

;// CONCATENATED MODULE: ./build/report/commits/github.js






const MAX_REQUESTS = 500;
const PER_PAGE = 100;
const TIMEOUT_MS = 30_000;
const MAX_FAILURES_IN_A_ROW = 3;
const reserveOf = (limit) => Math.max(100, Math.ceil(limit / 10));
class Stop extends Error {
    failed;
    constructor(message, failed = false) {
        super(message);
        this.failed = failed;
    }
}
class AnswerFailed extends Error {
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
    }
}
function githubCommitSource(options) {
    return { commitsIn: (ranges) => compareAll(ranges, options) };
}
async function compareAll(ranges, options) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
    const octokit = getOctokit(options.token, { baseUrl: options.apiUrl.replace(/\/+$/, '') });
    const host = URL.canParse(options.apiUrl) ? new URL(options.apiUrl).host : options.apiUrl;
    const maxRequests = options.maxRequests ?? MAX_REQUESTS;
    const budget = { made: 0, remaining: undefined, limit: undefined };
    const repositories = new Map();
    const knownCommits = new Set();
    const answers = new Map();
    const failures = { count: 0, first: '', inARow: 0 };
    const malformed = { count: 0, example: '' };
    let stopped;
    const get = async (route, params) => {
        if (budget.made >= maxRequests)
            throw new Stop(`stopped to spare the GitHub token's rate limit: a report makes at most ${maxRequests} requests`);
        if (budget.remaining !== undefined && budget.limit !== undefined && budget.remaining <= reserveOf(budget.limit)) {
            throw new Stop(`stopped to spare the GitHub token's rate limit: ${budget.remaining} of its ${budget.limit} requests an hour were left`);
        }
        budget.made++;
        let answer;
        try {
            const response = await octokit.request(route, { ...params, request: { signal: AbortSignal.timeout(TIMEOUT_MS) } });
            answer = { status: response.status, headers: response.headers, data: response.data };
        }
        catch (error) {
            const response = error.response;
            if (!response)
                throw new Stop(`GitHub's API at ${options.apiUrl} could not be reached`, true);
            answer = response;
        }
        const remaining = headerCount(answer, 'x-ratelimit-remaining');
        budget.remaining = remaining ?? budget.remaining;
        budget.limit = headerCount(answer, 'x-ratelimit-limit') ?? budget.limit;
        const saysRateLimit = answer.headers['retry-after'] !== undefined || /rate limit/i.test(errorMessageOf(answer.data) ?? '');
        if (answer.status === 429 || (answer.status === 403 && (remaining === 0 || saysRateLimit))) {
            const reset = headerCount(answer, 'x-ratelimit-reset');
            const until = reset === undefined ? '' : ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`;
            throw new Stop(`GitHub's rate limit for the token was reached (HTTP ${answer.status} from ${host})${until}`, true);
        }
        return answer;
    };
    const unknownCommit = (range) => {
        const unknown = [range.base, range.head].filter((sha) => !knownCommits.has(sha.toLowerCase()));
        return { unavailable: `GitHub has no commit ${unknown.length === 1 ? unknown[0] : `${range.base} or ${range.head}`} in ${range.repositoryId}` };
    };
    const compare = async (range, repository) => {
        const { owner, repo } = repository;
        const compareOf = `the compare of ${range.repositoryId} ${range.base.slice(0, 12)}...${range.head.slice(0, 12)}`;
        const failure = (answer, foreign, asked = compareOf) => {
            const came = `${host} answered HTTP ${answer.status}`;
            return new AnswerFailed(`${came}${foreign ? ", which is not GitHub's answer," : ''} for ${range.repositoryId}`, `${came} with ${describeBody(answer, options.token)}${foreign ? `, which is not GitHub's answer (${foreign}),` : ''} to ${asked}`);
        };
        const page = (page) => get('GET /repos/{owner}/{repo}/compare/{basehead}', { owner, repo, basehead: `${range.base}...${range.head}`, per_page: PER_PAGE, page });
        const checkRefusal = (answer, asked) => {
            if (errorMessageOf(answer.data) === undefined)
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
            options.warn(`No lead time for ${range.repositoryId}: the github-token cannot read it (HTTP ${first.status}). github.token reads only the workflow's own repository; give a github-token that can read ${range.repositoryId}.`);
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
                if (commits.length === (options.maxCommits ?? MAX_COMMITS)) {
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
    for (const range of new Map(ranges.map((range) => [rangeKey(range), range])).values()) {
        const key = rangeKey(range);
        if (stopped) {
            stopped.ranges++;
            answers.set(key, { unavailable: stopped.reason });
            continue;
        }
        const repository = github_repositoryOf(range.repositoryId, repositories);
        if (!repository) {
            answers.set(key, { unavailable: `${range.repositoryId} names no GitHub repository` });
        }
        else if (!isCommitSha(range.base) || !isCommitSha(range.head)) {
            answers.set(key, { unavailable: `${isCommitSha(range.base) ? range.head : range.base} is not a commit sha` });
        }
        else if (repository.unreadable) {
            answers.set(key, { unavailable: repository.unreadable });
        }
        else if (range.base.toLowerCase() === range.head.toLowerCase()) {
            answers.set(key, { commits: [], truncated: false });
        }
        else {
            try {
                answers.set(key, await compare(range, repository));
                failures.inARow = 0;
            }
            catch (error) {
                if (error instanceof AnswerFailed) {
                    answers.set(key, { unavailable: error.reason });
                    failures.count++;
                    failures.first ||= error.message;
                    if (++failures.inARow === MAX_FAILURES_IN_A_ROW)
                        stopped = { reason: `GitHub failed ${MAX_FAILURES_IN_A_ROW} times in a row, so no more was asked`, ranges: 0, failed: true };
                    continue;
                }
                if (!(error instanceof Stop))
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
    if (malformed.count) {
        const commits = malformed.count === 1 ? '1 commit in GitHub’s compare answers was' : `${malformed.count} commits in GitHub’s compare answers were`;
        options.warn(`${commits} malformed and left out of lead time: ${malformed.example}.`);
    }
    return answers;
}
const REFUSALS = new Set([401, 403, 404, 422]);
function github_repositoryOf(repositoryId, known) {
    const key = repositoryKey(repositoryId) ?? '';
    if (!known.has(key)) {
        const [, owner, repo, ...rest] = key.split('/');
        const valid = owner && repo && rest.length === 0 && /^[\w.-]+$/.test(owner) && /^[\w.-]+$/.test(repo);
        known.set(key, valid ? { owner, repo } : undefined);
    }
    return known.get(key);
}
function github_isObject(value) {
    return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
function headerCount(answer, name) {
    const value = answer.headers[name];
    return typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : undefined;
}
function errorMessageOf(data) {
    return github_isObject(data) && typeof data.message === 'string' ? data.message : undefined;
}
const isRepositoryAnswer = (data) => github_isObject(data) && typeof data.full_name === 'string' && /^[\w.-]+\/[\w.-]+$/.test(data.full_name);
function describeBody(answer, token) {
    const type = answer.headers['content-type'];
    const { data } = answer;
    const text = typeof data === 'string' ? data : data instanceof ArrayBuffer ? new TextDecoder().decode(data.slice(0, 400)) : jsonText(data);
    const scrubbed = token ? text.replaceAll(token, '***') : text;
    return `${typeof type === 'string' ? excerpt(type, 60) : 'no content type'} and ${scrubbed ? escape_quoted(scrubbed, 80) : 'an empty body'}`;
}
const jsonText = (value) => JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? item.toString() : item)) ?? '';
const github_shown = (value, max = 80) => (value === undefined ? 'missing' : excerpt(jsonText(value), max));
const HTTP_TOKEN = String.raw `[!#$%&'*+.^\`|~\w-]+`;
const LINK_VALUE = new RegExp(String.raw `\s*<([^<>]*)>((?:\s*;\s*${HTTP_TOKEN}(?:\s*=\s*(?:${HTTP_TOKEN}|"(?:[^"\\]|\\.)*"))?)*)\s*(?:,|$)`, 'y');
const LINK_PARAMETER = new RegExp(String.raw `;\s*(${HTTP_TOKEN})(?:\s*=\s*(?:(${HTTP_TOKEN})|"((?:[^"\\]|\\.)*)"))?`, 'g');
function lastPageOf(link, total) {
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
    if (Number(page) > Math.max(1, Math.ceil(total / PER_PAGE)))
        return `its Link header's last page ${page} does not fit its ${total} commits`;
    return Number(page);
}
const github_JSON_TYPE = /^application\/json\s*(?:;|$)/i;
function readComparePage(answer) {
    const { data } = answer;
    if (!github_JSON_TYPE.test(String(answer.headers['content-type'] ?? '')))
        return 'not JSON';
    if (typeof data === 'string')
        return 'JSON that does not parse';
    if (!github_isObject(data))
        return 'not a JSON object';
    const total = data.total_commits;
    if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0)
        return `its total_commits is not a whole number: ${github_shown(total)}`;
    if (!Array.isArray(data.commits))
        return `its commits are not a list: ${github_shown(data.commits)}`;
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
const GITHUB_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
function readCommit(item) {
    if (!github_isObject(item))
        return `a commit is not a JSON object: ${github_shown(item)}`;
    const { sha, parents } = item;
    if (typeof sha !== 'string' || !isCommitSha(sha))
        return `a commit's sha is not a commit SHA: ${github_shown(sha)}`;
    if (!Array.isArray(parents) || !parents.every((parent) => github_isObject(parent) && typeof parent.sha === 'string' && isCommitSha(parent.sha))) {
        return `commit ${sha}'s parents are not a list of commits, each with a sha: ${github_shown(parents)}`;
    }
    const author = github_isObject(item.commit) && github_isObject(item.commit.author) ? item.commit.author : undefined;
    const date = author?.date;
    const authoredAt = typeof date === 'string' && GITHUB_TIME.test(date) ? times_parseTimeInput(date) : undefined;
    if (!authoredAt)
        return `commit ${sha}'s author date is not an ISO 8601 time: ${github_shown(date)}`;
    return { sha: sha.toLowerCase(), authoredAt, merge: parents.length > 1 };
}

;// CONCATENATED MODULE: ./build/report/commits/index.js






async function beginCheckoutRead(workspace) {
    if (!workspace || !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(workspace, '.git')))
        return { checkout: Promise.resolve({ repositories: new Set() }) };
    await __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 1260));
    return { checkout: readCheckout(workspace) };
}
async function readCheckout(workspace) {
    const log = readGitHistory(workspace).then((git) => ({ git }), (error) => ({ problem: error.message }));
    const repositories = await fullCheckoutOf(workspace);
    return repositories.size ? { repositories, ...(await log) } : { repositories };
}
async function commitsFor(options, ranges) {
    const unique = [...new Map(ranges.map((range) => [rangeKey(range), range])).values()];
    const answers = new Map();
    const serverHost = URL.canParse(options.serverUrl) ? new URL(options.serverUrl).host.toLowerCase() : '';
    const keys = new Map();
    const keyOf = (repositoryId) => (keys.has(repositoryId) ? keys.get(repositoryId) : keys.set(repositoryId, repositoryKey(repositoryId)).get(repositoryId));
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
    const { repositories, git, problem } = await (options.checkout ?? (await beginCheckoutRead(options.workspace)).checkout);
    if (!ranges.some((range) => repositories.has(repositoryKey(range.repositoryId) ?? '')))
        return undefined;
    if (git)
        return { repositories, git };
    options.warn(`The checkout in the workspace could not be read for lead time (${problem}); its commits are read through GitHub's API where they can be.`);
    return undefined;
}

;// CONCATENATED MODULE: ./build/report/summary/format.js

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
        return minutes === 60 ? `${Math.floor(total / HOUR) + 1}${NBSP}h` : joinUnits(Math.floor(total / HOUR), 'h', minutes, 'min');
    }
    const hours = Math.round((total % DAY) / HOUR);
    return hours === 24 ? `${Math.floor(total / DAY) + 1}${NBSP}d` : joinUnits(Math.floor(total / DAY), 'd', hours, 'h');
}
const orDash = (value, show) => (value === undefined ? '—' : show(value));
const withOpen = (text, open) => (open ? `${text} (${open} open)` : text);
const incidentsText = (figures) => (figures.incidents === undefined ? '—' : withOpen(String(figures.incidents), figures.openIncidents ?? 0));
const joinUnits = (major, majorUnit, minor, minorUnit) => minor ? [major, majorUnit, minor, minorUnit].join(NBSP) : `${major}${NBSP}${majorUnit}`;
const utcMinute = (at) => (Number.isNaN(at.getTime()) ? '—' : `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
const weekLabel = (label) => label.replace(/[^0-9A-Za-z-]/g, '');
function shortWeekLabels(window) {
    const short = window.weeks.length <= 52;
    const shown = (label) => (short ? weekLabel(label).replace(/^[0-9]+-/, '') : weekLabel(label));
    return { weeks: window.weeks.map((week) => shown(week.label)), current: shown(window.current.label) };
}
const count = (n, noun, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;
const MAX_VALUE_CHARACTERS = 200;
function clip(value) {
    const characters = Array.from(value);
    return characters.length > MAX_VALUE_CHARACTERS ? `${characters.slice(0, MAX_VALUE_CHARACTERS - 1).join('')}…` : value;
}
const code = (value) => markdownCode(clip(value));
const prose = (value) => markdownText(clip(value));
const format_UNSAFE_GLOBAL = new RegExp(escape_UNSAFE_CHARACTERS.source, 'g');
const htmlText = (text) => clip(text).replace(format_UNSAFE_GLOBAL, ' ').replace(/[!-/:-@[-`{-~]/g, (character) => `&#${character.charCodeAt(0)};`);
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
    return server && host?.toLowerCase() === server.host.toLowerCase() ? `${server.origin}/${encodedPath}` : `https://${host ?? ''}/${encodedPath}`;
}
const compareUrl = (repositoryId, base, head, githubServerUrl) => `${repositoryWebUrl(repositoryId, githubServerUrl)}/compare/${encodeURIComponent(base)}...${encodeURIComponent(head)}`;
const commitUrl = (repositoryId, sha, githubServerUrl) => `${repositoryWebUrl(repositoryId, githubServerUrl)}/commit/${encodeURIComponent(sha)}`;
const shortSha = (sha) => sha.slice(0, 7);

;// CONCATENATED MODULE: ./build/report/gate.js

const GATED = [
    { metric: 'change-failure-rate', input: 'max-change-failure-rate', threshold: 'maxChangeFailureRate', figure: (f) => f.changeFailureRate, kind: 'max' },
    { metric: 'change-lead-time', input: 'max-change-lead-time', threshold: 'maxChangeLeadTime', figure: (f) => f.leadTimeSeconds, kind: 'max' },
    { metric: 'recovery-time', input: 'max-recovery-time', threshold: 'maxRecoveryTime', figure: (f) => f.recoveryTimeSeconds, kind: 'max' },
    { metric: 'deployments-per-week', input: 'min-deployments-per-week', threshold: 'minDeploymentsPerWeek', figure: (f) => f.deploymentsPerWeek, kind: 'min' },
];
function judge(report, thresholds) {
    const checks = GATED.flatMap((gated) => {
        const threshold = thresholds[gated.threshold];
        if (threshold === undefined)
            return [];
        const value = report && gated.figure(report.selection.window);
        const worse = (a, b) => (gated.kind === 'max' ? a > b : a < b);
        const worst = report && worstOf(report.groups, gated.figure, worse);
        return [{ metric: gated.metric, input: gated.input, threshold, ...(value === undefined ? {} : { value }), breached: value !== undefined && worse(value, threshold), ...(worst ? { worst } : {}) }];
    });
    const verdict = checks.length === 0 ? 'off' : checks.some((c) => c.breached) ? 'breach' : checks.some((c) => c.value === undefined) ? 'no-data' : 'pass';
    return { verdict, checks };
}
function worstOf(groups, figure, worse) {
    let worst;
    for (const { service, env, window } of groups) {
        const value = figure(window);
        if (value !== undefined && (!worst || worse(value, worst.value)))
            worst = { service, env, value };
    }
    return worst;
}
const gate_shown = (check, value) => check.metric === 'change-failure-rate' ? `${value.toFixed(2)}%` : check.metric === 'deployments-per-week' ? value.toFixed(2) : humanDuration(value).replaceAll(NBSP, ' ');
function gateMessage(gate) {
    const lines = gate.checks.map((check) => {
        const name = check.metric.replaceAll('-', ' ');
        const limit = `${check.input} ${gate_shown(check, check.threshold)}`;
        if (check.value === undefined)
            return `${name}: no data, so not judged (${limit}).`;
        const worst = check.worst ? `; worst: ${check.worst.service} in ${check.worst.env || 'no env'} at ${gate_shown(check, check.worst.value)}` : '';
        return `${name} is ${gate_shown(check, check.value)}: ${check.breached ? 'breaches' : 'within'} ${limit}${worst}.`;
    });
    const verdict = { breach: 'Release gate breached', 'no-data': 'Release gate: a gated metric has no data', pass: 'Release gate passed', off: 'No release gate' }[gate.verdict];
    return `${verdict}: ${lines.join(' ')}`;
}

;// CONCATENATED MODULE: ./build/report/outputs.js
const REPORT_JSON_SCHEMA_VERSION = 1;
const twoDecimals = (value) => (value === undefined ? '' : value.toFixed(2));
const wholeSeconds = (value) => (value === undefined ? '' : String(Math.round(value)));
function reportOutputs(report, gate) {
    const f = report?.selection.window;
    return {
        deployments: f ? String(f.deployments) : '',
        'deployments-per-week': twoDecimals(f?.deploymentsPerWeek),
        'change-failure-rate': twoDecimals(f?.changeFailureRate),
        'rework-rate': twoDecimals(f?.reworkRate),
        'change-lead-time-seconds': wholeSeconds(f?.leadTimeSeconds),
        'recovery-time-seconds': wholeSeconds(f?.recoveryTimeSeconds),
        'time-to-restore-seconds': wholeSeconds(f?.timeToRestoreSeconds),
        incidents: f?.incidents === undefined ? '' : String(f.incidents),
        gate: gate.verdict,
    };
}
const figuresJson = (figures) => ({
    deployments: figures.deployments,
    deploymentsPerWeek: figures.deploymentsPerWeek,
    changeFailures: figures.changeFailures,
    changeFailureRate: figures.changeFailureRate ?? null,
    remediations: figures.remediations,
    reworkRate: figures.reworkRate ?? null,
    changeLeadTimeSeconds: figures.leadTimeSeconds ?? null,
    changeLeadTimePerDeploymentSeconds: figures.leadTimePerDeploymentSeconds ?? null,
    leadTimeCommits: figures.leadTimeCommits,
    leadTimeDeployments: figures.leadTimeDeployments,
    recoveryTimeSeconds: figures.recoveryTimeSeconds ?? null,
    openChangeFailures: figures.openChangeFailures,
    incidents: figures.incidents ?? null,
    timeToRestoreSeconds: figures.timeToRestoreSeconds ?? null,
    openIncidents: figures.openIncidents ?? null,
});
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
        window: { start: window.start.toISOString(), end: window.end.toISOString(), weeks: window.weeks.map((week) => week.label) },
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

;// CONCATENATED MODULE: ./build/report/summary/blind.js


const LISTED = 20;
function listed(items, show, noun) {
    const more = items.length - LISTED;
    return [...items.slice(0, LISTED).map((item) => `  - ${show(item)}`), ...(more > 0 ? [`  - and ${more} more ${noun}`] : [])];
}
function blindSection(blind) {
    const lines = [
        '### What this report cannot see',
        '',
        "- **Marks made in Datadog's UI, or by this action's `change-failure` and `stable` events** (by id or by version) without a remediation deployment, and **Datadog's roll-forward rules** (revert pull requests, hotfix labels): Datadog's API returns only what was sent, so these count in Datadog's pages but not here. To have a rollback or a fix counted here too, send the remediating deployment with `remediates`.",
    ];
    if (blind.deploymentsWithoutCommit) {
        lines.push(`- **${count(blind.deploymentsWithoutCommit, 'deployment')} without a commit** in the window: no lead time for them, and a rollback among them is found by its version only.`);
    }
    if (blind.leadTimeUnavailable.length) {
        const deployments = blind.leadTimeUnavailable.reduce((sum, entry) => sum + entry.deployments, 0);
        lines.push(`- **No lead time for ${count(deployments, 'deployment')}** whose commits could not be read:`);
        lines.push(...listed(blind.leadTimeUnavailable, (entry) => `${prose(entry.reason)}: ${count(entry.deployments, 'deployment')}`, 'reasons'));
    }
    if (blind.truncatedRanges) {
        lines.push(`- **${count(blind.truncatedRanges, 'commit range')} cut at 5000 commits**: the lead time of those deployments counts the newest 5000, as Datadog's does.`);
    }
    if (blind.partialReadings.length) {
        lines.push("- **Datadog's answers could not be read to the end**: the figures are partial.");
        lines.push(...listed(blind.partialReadings, markdownText, 'lists'));
    }
    if (blind.malformedAnswers.length) {
        lines.push("- **Events in Datadog's answers that were malformed, or outside the window asked**: left out, or kept without the malformed field.");
        lines.push(...listed(blind.malformedAnswers, markdownText, 'lists'));
    }
    if (blind.incompletePages.length) {
        lines.push(`- **${count(blind.incompletePages.length, 'list page')} from Datadog could not be completed**: some events may be missing.`);
        lines.push(...listed(blind.incompletePages, prose, 'pages'));
    }
    return [...lines, ''];
}

;// CONCATENATED MODULE: ./build/report/summary/charts.js

const BLUE = '#1f6feb';
const RED = '#e5534b';
const PURPLE = '#a371f7';
const ORANGE = '#db6d28';
const UNITS = [
    { name: 'Minutes', symbol: 'min', seconds: 60 },
    { name: 'Hours', symbol: 'h', seconds: 3600 },
    { name: 'Days', symbol: 'd', seconds: 86_400 },
];
const [MINUTES, HOURS, DAYS] = UNITS;
function unitFor(seconds) {
    const largest = Math.max(0, ...seconds.map((value) => Math.abs(value ?? 0)));
    if (largest < 3 * HOURS.seconds)
        return MINUTES;
    return largest < 3 * DAYS.seconds ? HOURS : DAYS;
}
const inUnit = (seconds, unit) => decimal(seconds / unit.seconds, 1);
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
const durations = (weeks, pick, unit) => weeks.map((figures) => {
    const seconds = pick(figures);
    return seconds === undefined ? undefined : Number(inUnit(seconds, unit));
});
const hasData = (series) => series.values.some((value) => value !== undefined && value !== 0);
const NO_DATA = 'A week with none is drawn at 0, and shown as — in the table.';
function chartsSection(report) {
    const weeks = report.selection.weeks;
    const labels = shortWeekLabels(report.window).weeks;
    const span = `${weekLabel(report.window.weeks[0]?.label ?? '')} to ${weekLabel(report.window.weeks.at(-1)?.label ?? '')}`;
    const leadUnit = unitFor(weeks.flatMap((figures) => [figures.leadTimeSeconds, figures.leadTimePerDeploymentSeconds]));
    const recoveryUnit = unitFor(weeks.map((figures) => figures.recoveryTimeSeconds));
    const charts = [
        {
            title: 'Deployments and change failures per week',
            axis: 'Deployments',
            caption: 'Deployments per week as blue bars; the change failures among them as a red line, on the same scale.',
            series: [
                { values: weeks.map((figures) => figures.deployments), colour: BLUE },
                { values: weeks.map((figures) => figures.changeFailures), colour: RED, line: true },
            ],
        },
        {
            title: 'Change lead time per week, median over commits',
            axis: leadUnit.name,
            caption: `Change lead time, the median over the week's commits, in ${leadUnit.name.toLowerCase()}. ${NO_DATA}`,
            series: [{ values: durations(weeks, (figures) => figures.leadTimeSeconds, leadUnit), colour: BLUE }],
        },
        {
            title: 'Failed deployment recovery time per week, median',
            axis: recoveryUnit.name,
            caption: `Failed deployment recovery time, the median over the week's change failures, in ${recoveryUnit.name.toLowerCase()}. ${NO_DATA}`,
            series: [{ values: durations(weeks, (figures) => figures.recoveryTimeSeconds, recoveryUnit), colour: PURPLE }],
        },
        {
            title: 'Incidents per week',
            axis: 'Incidents',
            caption: 'Incidents (failure events) that started each week, open ones included.',
            series: [{ values: weeks.map((figures) => figures.incidents), colour: ORANGE }],
        },
    ];
    const drawn = charts.filter((chart) => chart.series.some(hasData));
    const left = charts.length - drawn.length;
    return [
        '### By week',
        '',
        ...drawn.flatMap((chart) => mermaid(chart, labels, span)),
        ...(left ? [`${left === charts.length ? 'No chart' : `${left} chart${left === 1 ? '' : 's'} left out`}: no data in any week.`, ''] : []),
        ...weeklyTable(report, leadUnit, recoveryUnit),
    ];
}
function weeklyTable(report, leadUnit, recoveryUnit) {
    const lead = (seconds) => `${inUnit(seconds, leadUnit)}${NBSP}${leadUnit.symbol}`;
    const labels = shortWeekLabels(report.window).weeks;
    const rows = report.selection.weeks.map((figures, index) => {
        const cells = [
            labels[index],
            figures.deployments,
            figures.changeFailureRate === undefined ? figures.changeFailures : `${figures.changeFailures} (${percentText(figures.changeFailureRate)})`,
            orDash(figures.reworkRate, percentText),
            orDash(figures.leadTimeSeconds, lead),
            orDash(figures.leadTimePerDeploymentSeconds, lead),
            withOpen(orDash(figures.recoveryTimeSeconds, (seconds) => `${inUnit(seconds, recoveryUnit)}${NBSP}${recoveryUnit.symbol}`), figures.openChangeFailures),
            incidentsText(figures),
            orDash(figures.timeToRestoreSeconds, humanDuration),
        ];
        return `| ${cells.join(' | ')} |`;
    });
    return [
        "<details><summary>The charts' numbers, week by week</summary>",
        '',
        "| Week | Deployments | Change failures (rate) | Rework rate | Lead time | Datadog's lead time | Recovery time | Incidents | Time to restore |",
        '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
        ...rows,
        '',
        'Lead time is the median over commits; Datadog’s is the median of per-deployment averages, as its pages headline. Time to restore is the incidents’.',
        '',
        '</details>',
        '',
    ];
}

;// CONCATENATED MODULE: ./build/report/summary/events.js



const deploymentsPage = (app) => `${app.url}/ci/dora?detail=deployments`;
const doraPage = (app) => `${app.url}/ci/dora`;
const failureEventsPage = (app, id) => `${app.url}/event/explorer?query=${encodeURIComponent(`${FAILURE_ID_TAG}:${id}`)}`;
const incidentPage = (failure, app) => (failure.sources.includes('failure-list') ? doraPage(app) : failureEventsPage(app, failure.id));
function commitCell(deployment, links) {
    if (!deployment.commitSha)
        return '';
    const sha = code(shortSha(deployment.commitSha));
    return deployment.repositoryId ? markdownLink(sha, commitUrl(deployment.repositoryId, deployment.commitSha, links.githubServerUrl), links.origins) : sha;
}
function deploymentCell(deployment, links) {
    const parts = [markdownLink(code(deployment.id), deploymentsPage(links.app), links.origins)];
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
    return markdownLink(`${code(shortSha(from.commitSha))}…${code(shortSha(to.commitSha))}`, compareUrl(to.repositoryId, from.commitSha, to.commitSha, links.githubServerUrl), links.origins);
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
    return [`${remediation.type}: ${deploymentCell(remediation.deployment, links)}`, ...(changes ? [`changes ${changes}`] : [])].join('<br>');
}
function changeFailures(failures, links) {
    return {
        noun: 'change failures',
        inJson: true,
        title: [`#### Change failures (${failures.length})`, '', 'Each counts in the week its deployment finished; recovery time runs from its end to its remediation’s end.', ''],
        header: [
            '| Failed deployment | Service · env | Finished | Found by | Remediation | Recovery time |',
            '|---|---|---|---|---|--:|',
        ],
        rows: failures.map((failure) => {
            const recovery = failure.recoverySeconds === undefined ? 'open' : humanDuration(failure.recoverySeconds);
            const cells = [deploymentCell(failure.failed, links), groupName(failure.failed.service, failure.failed.env), utcMinute(failure.failed.finishedAt), FOUND_BY[failure.foundBy], remediationCell(failure, links), recovery];
            return `| ${cells.join(' | ')} |`;
        }),
    };
}
function slowestLeadTimes(details, links) {
    return {
        noun: 'slowest lead times',
        inJson: false,
        title: [`#### Slowest lead times (${details.length})`, '', 'Deployments by the average lead time of their commits: the commits since the deployment before.', ''],
        header: [
            '| Deployment | Service · env | Finished | Commits | Average | Longest | Changes |',
            '|---|---|---|--:|--:|--:|---|',
        ],
        rows: details.map((detail) => {
            const changes = compareLink(detail.previous, detail.deployment, links) ?? '—';
            const cells = [deploymentCell(detail.deployment, links), groupName(detail.deployment.service, detail.deployment.env), utcMinute(detail.deployment.finishedAt), detail.commits, humanDuration(detail.averageSeconds), humanDuration(detail.maxSeconds), changes];
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
        title: [`#### Incidents (${failures.length})`, '', 'Failure events that started in the window, beside the change failure rate and not counted in it; open if not finished by the window’s end.', ''],
        header: [
            '| Incident | Services · env | Name | Severity | Started | Time to restore |',
            '|---|---|---|---|---|--:|',
        ],
        rows: failures.map((failure) => {
            const restored = failure.finishedAt && failure.finishedAt <= windowEnd ? humanDuration((failure.finishedAt.getTime() - failure.startedAt.getTime()) / 1000) : 'open';
            const cells = [markdownLink(code(failure.id), incidentPage(failure, links.app), links.origins), incidentServices(failure), failure.name ? prose(failure.name) : '—', failure.severity ? prose(failure.severity) : '—', utcMinute(failure.startedAt), restored];
            return `| ${cells.join(' | ')} |`;
        }),
    };
}
const eventsHeading = ['### The events behind the numbers', ''];
function eventLists(report, links) {
    return [changeFailures(report.changeFailures, links), slowestLeadTimes(report.slowestLeadTimes, links), incidents(report.incidents, report.window.end, links)].filter((list) => list.rows.length > 0);
}

;// CONCATENATED MODULE: ./build/report/summary/groups.js

function row(span, figures) {
    const cells = [
        span,
        String(figures.deployments),
        orDash(figures.changeFailureRate, (rate) => `${percentText(rate)} (${figures.changeFailures})`),
        orDash(figures.reworkRate, (rate) => `${percentText(rate)} (${figures.remediations})`),
        orDash(figures.leadTimeSeconds, humanDuration),
        orDash(figures.leadTimePerDeploymentSeconds, humanDuration),
        withOpen(orDash(figures.recoveryTimeSeconds, humanDuration), figures.openChangeFailures),
        incidentsText(figures),
        orDash(figures.timeToRestoreSeconds, humanDuration),
    ];
    return `| ${cells.join(' | ')} |`;
}
function groups_oneLine(figures) {
    const parts = [`${count(figures.deployments, 'deployment')} (${decimal(figures.deploymentsPerWeek)} a week)`];
    if (figures.changeFailureRate !== undefined)
        parts.push(`change failure rate ${percentText(figures.changeFailureRate)}`);
    if (figures.leadTimeSeconds !== undefined)
        parts.push(`lead time ${humanDuration(figures.leadTimeSeconds)}`);
    if (figures.incidents)
        parts.push(count(figures.incidents, 'incident'));
    return parts.join(', ');
}
function groupTable(group, report) {
    const { window } = report;
    const labels = shortWeekLabels(window);
    return {
        head: [
            `<details><summary>${groupNameHtml(group.service, group.env)}: ${groups_oneLine(group.window)}</summary>`,
            '',
            "| Week | Deployments | Change failure rate | Rework rate | Lead time | Datadog's lead time | Recovery time | Incidents | Time to restore |",
            '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
            row(`**${count(window.weeks.length, 'week')}**`, group.window),
        ],
        weeks: group.weeks.map((figures, index) => row(labels.weeks[index] ?? '', figures)),
        tail: [row(`${labels.current} so far, not counted`, group.current), '', '</details>', ''],
    };
}
const groupsHeading = (groups) => [
    `### By service and env (${groups})`,
    '',
    "Lead time is the median over commits; Datadog's lead time is the median of per-deployment averages, as its pages headline. Time to restore is the incidents'.",
    '',
];

;// CONCATENATED MODULE: ./build/report/summary/headline.js



const NAMES_IN_HEADING = 5;
function namesList(names, noun) {
    if (names.length === 0)
        return `no ${noun}`;
    const shown = names.slice(0, NAMES_IN_HEADING).map((name) => (name ? code(name) : 'no env'));
    const more = names.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${more} more ${noun}` : shown.join(', ');
}
function heading(report) {
    const { weeks } = report.window;
    const services = [...new Set(report.groups.map((group) => group.service))].sort();
    const envs = [...new Set(report.groups.map((group) => group.env))].sort();
    const span = weeks.length ? `${weekLabel(weeks[0]?.label ?? '')} – ${weekLabel(weeks.at(-1)?.label ?? '')}` : 'no complete week';
    const asked = (names, noun) => (names ? `${noun}${names.length === 1 ? '' : 's'} ${namesList(names, `${noun}s`)}` : `every ${noun}`);
    const what = services.length
        ? `${services.length === 1 ? 'service' : 'services'} ${namesList(services, 'services')} · ${envs.length === 1 ? 'env' : 'envs'} ${namesList(envs, 'envs')}`
        : `${asked(report.asked.services, 'service')} · ${asked(report.asked.envs, 'env')}: no deployments or incidents found`;
    return `## 📊 DORA report: ${what} · ${span} (${count(weeks.length, 'week')})`;
}
const METRIC_NAMES = {
    'change-failure-rate': 'Change failure rate',
    'change-lead-time': 'Change lead time',
    'recovery-time': 'Failed deployment recovery time',
    'deployments-per-week': 'Deployments per week',
};
function gateValue(metric, value) {
    if (metric === 'change-failure-rate')
        return percentText(value);
    if (metric === 'deployments-per-week')
        return decimal(value);
    return humanDuration(value);
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
        const mark = check.breached ? '❌' : check.value === undefined ? '⚠️' : '✅';
        const bound = `${check.metric === 'deployments-per-week' ? 'at least' : 'at most'} ${gateValue(check.metric, check.threshold)}`;
        const value = check.value === undefined ? 'no data' : gateValue(check.metric, check.value);
        const worst = check.worst ? `${groupName(check.worst.service, check.worst.env)}: ${gateValue(check.metric, check.worst.value)}` : '—';
        return `| ${mark} ${METRIC_NAMES[check.metric]} (${code(check.input)}) | ${value} | ${bound} | ${worst} |`;
    });
    return [`**Gate: ${VERDICTS[gate.verdict]}.**`, '', '| Check | Value | Threshold | Worst service and env |', '|---|--:|--:|---|', ...rows, ''];
}
function problemsSection(problems) {
    return problems.length ? [...problems.map((problem) => `- ⚠️ ${markdownText(problem)}`), ''] : [];
}
const ofDeployments = (part, figures) => `${part} of ${figures.deployments}`;
const ROWS = [
    {
        name: 'Deployments',
        window: (f) => `${decimal(f.deploymentsPerWeek)} per week (${f.deployments})`,
        week: (f) => String(f.deployments),
        compared: (f) => f.deployments,
        difference: decimal,
        value: decimal,
    },
    {
        name: 'Change failure rate',
        week: (f) => orDash(f.changeFailureRate, (rate) => `${percentText(rate)} (${ofDeployments(f.changeFailures, f)})`),
        compared: (f) => f.changeFailureRate,
        difference: (points) => `${decimal(points)} pts`,
        value: percentText,
    },
    {
        name: 'Incidents, beside the change failure rate (not counted in it)',
        window: (f) => (f.incidents === undefined ? 'not available' : incidentsText(f)),
        week: incidentsText,
        compared: (f) => f.incidents,
        difference: decimal,
        value: decimal,
    },
    {
        name: 'Incident time to restore (median)',
        week: (f) => orDash(f.timeToRestoreSeconds, humanDuration),
        compared: (f) => f.timeToRestoreSeconds,
        difference: humanDuration,
        value: humanDuration,
    },
    {
        name: 'Change lead time (median over commits)',
        window: (f) => orDash(f.leadTimeSeconds, (seconds) => `${humanDuration(seconds)} (${count(f.leadTimeCommits, 'commit')})`),
        week: (f) => orDash(f.leadTimeSeconds, humanDuration),
        compared: (f) => f.leadTimeSeconds,
        difference: humanDuration,
        value: humanDuration,
    },
    {
        name: "Change lead time, median of per-deployment averages (as Datadog's pages headline)",
        window: (f) => orDash(f.leadTimePerDeploymentSeconds, (seconds) => `${humanDuration(seconds)} (${count(f.leadTimeDeployments, 'deployment')})`),
        week: (f) => orDash(f.leadTimePerDeploymentSeconds, humanDuration),
        compared: (f) => f.leadTimePerDeploymentSeconds,
        difference: humanDuration,
        value: humanDuration,
    },
    {
        name: 'Failed deployment recovery time (median)',
        week: (f) => withOpen(orDash(f.recoveryTimeSeconds, humanDuration), f.openChangeFailures),
        compared: (f) => f.recoveryTimeSeconds,
        difference: humanDuration,
        value: humanDuration,
    },
    {
        name: 'Rework rate',
        week: (f) => orDash(f.reworkRate, (rate) => `${percentText(rate)} (${ofDeployments(f.remediations, f)})`),
        compared: (f) => f.reworkRate,
        difference: (points) => `${decimal(points)} pts`,
        value: percentText,
    },
];
function comparison(row, last, before) {
    const latest = row.compared(last);
    const typical = median(before.map(row.compared).filter((value) => value !== undefined));
    if (latest === undefined || typical === undefined)
        return '—';
    const difference = latest - typical;
    if (decimal(difference) === '0')
        return `= ${row.value(typical)}`;
    return `${difference > 0 ? '▲' : '▼'} ${row.difference(Math.abs(difference))} vs ${row.value(typical)}`;
}
function headlineTable(report) {
    const { window, selection } = report;
    const lastWeek = window.weeks.at(-1);
    const last = selection.weeks.at(-1);
    const before = selection.weeks.slice(0, -1);
    const beforeLabel = before.length ? `median of the ${count(before.length, 'week')} before` : 'no week before in the window';
    const header = `| | ${count(window.weeks.length, 'week')} | Last week, ${lastWeek ? weekLabel(lastWeek.label) : '—'} | Last week vs the ${beforeLabel} | ${weekLabel(window.current.label)} so far (not counted) |`;
    const rows = ROWS.map((row) => {
        const cells = [(row.window ?? row.week)(selection.window), last ? row.week(last) : '—', last ? comparison(row, last, before) : '—', row.week(selection.current)];
        return `| ${row.name} | ${cells.join(' | ')} |`;
    });
    return ['### Headline', '', header, '|---|--:|--:|--:|--:|', ...rows, ''];
}

;// CONCATENATED MODULE: ./build/report/summary/incidents.js



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
    const ends = day(INCIDENT_DATA_ENDS);
    const why = isRetired('data', report.window.now) ? `Datadog retired it on ${ends}` : `Datadog answered that it is gone (it retires on ${ends})`;
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
    if (isRetired('ingestion', now))
        return [];
    const guide = markdownLink("Datadog's guide", RETIREMENT_GUIDE, GUIDES);
    return [
        `ℹ️ **Datadog retires DORA incidents**: their ingestion ends on ${day(INCIDENT_INGESTION_ENDS)}, and from ${day(INCIDENT_DATA_ENDS)} they can no longer be read or exported. ` +
            'They do not count in the change failure rate, which Datadog computes from change failures since January 2026. ' +
            `Send failures as before (from ${day(INCIDENT_INGESTION_ENDS)} this action sends them as alert events by itself), and export their history with \`event: export\`. ${guide}.`,
        '',
    ];
}

;// CONCATENATED MODULE: ./build/report/summary/index.js








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
    const where = markdownLink('Delivery Performance', `${links.app.url}/ci/dora`, linkOrigins(links.app.url));
    const assumed = links.app.assumedSite ? ` (on ${markdownText(links.app.assumedSite)}, assumed: no site was given)` : '';
    return [`Computed by this action from the events Datadog returns, by Datadog's documented rules. See them in Datadog's ${where}${assumed}.`, ''];
}
function reportSummary(report, gate, links) {
    const top = [...gateSection(gate), ...problemsSection(links.problems), ...headlineTable(report), ...incidentSourcesSection(report), ...chartsSection(report)];
    const bottom = [...blindSection(report.blind), ...footer(links)];
    const take = room(MAX_SUMMARY_BYTES - bytes([heading(report), '', ...top, ...bottom, ...groupsHeading(0), ...eventsHeading]) - 4096);
    const tables = report.groups.map((group) => groupTable(group, report));
    const shown = tables.filter((table) => take([...table.head, ...table.tail]));
    const withWeeks = shown.map((table) => take(table.weeks));
    const groupLines = shown.flatMap((table, index) => [...table.head, ...(withWeeks[index] ? table.weeks : []), ...table.tail]);
    const groupNotes = [
        ...(shown.length < tables.length ? [`… and ${count(tables.length - shown.length, 'more service and env', 'more services and envs')}, ${LEFT_OUT}${IN_JSON}.`, ''] : []),
        ...(withWeeks.includes(false) ? [`The weeks of ${count(withWeeks.filter((kept) => !kept).length, 'service and env', 'services and envs')} are ${LEFT_OUT}${IN_JSON}.`, ''] : []),
    ];
    const lists = eventLists(report, { app: links.app, githubServerUrl: links.githubServerUrl, origins: linkOrigins(links.app.url, links.githubServerUrl) });
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
        const note = rows.length ? `… and ${left} more ${list.noun}, ${LEFT_OUT}${where}.` : `The ${left} ${list.noun} are ${LEFT_OUT}${where}.`;
        return [...list.title, ...table, note, ''];
    });
    const sizeNote = groupNotes.length || eventsLeftOut ? ['ℹ️ Some detail is left out below to keep this summary under GitHub’s 1 MiB limit for a step: the notes say where.', ''] : [];
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

;// CONCATENATED MODULE: ./build/report/run.js





















async function runReport(inputs, keys, clock) {
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--semi-space-growth-factor=1');
    requireKeys(keys, { api: 'for event report, which reads Datadog’s events', app: 'for event report: reading events needs an application key (dora_metrics_read)' });
    checkToken(keys.githubToken);
    const { failOnError } = inputs;
    const selection = { ...(inputs.services ? { services: inputs.services } : {}), ...(inputs.envs ? { envs: inputs.envs } : {}) };
    const window = reportWindow(inputs.weeks, clock());
    const context = readRunContext();
    const problems = [];
    let report;
    try {
        const { checkout } = await beginCheckoutRead(context.workspace);
        const { reader } = clientsFor(inputs.endpoint, false, keys, { clock });
        const collected = await collect(reader, window, selection);
        sayIncidentSources(collected.incidentSources);
        sayAnswers(collected, failOnError);
        const ranges = rangesToRead(window, collected.deployments);
        const warn = (message, failed = false) => {
            problems.push(message);
            if (failed && failOnError)
                setFailed(message);
            else
                warning(failed ? `${message} The job keeps its result (fail-on-error is false).` : message, { title: 'Change lead time' });
        };
        const commits = await commitsFor({ workspace: context.workspace, checkout, serverUrl: context.serverUrl, apiUrl: context.apiUrl, token: keys.githubToken, warn }, ranges);
        report = calculate(window, collected, commits, selection);
    }
    catch (error) {
        problems.push(sayProblem(error, failOnError, 'DORA report', 'not made').message);
    }
    const gate = judge(report, inputs.thresholds);
    if (report)
        info(describeReport(report));
    const jsonPath = report && writeJson(report, gate, failOnError);
    for (const [name, value] of Object.entries({ ...reportOutputs(report, gate), ...(jsonPath ? { 'report-json': jsonPath } : {}) }))
        writeOutput(name, value, failOnError);
    const links = { app: appLinkFor(inputs.endpoint), githubServerUrl: context.serverUrl, problems };
    await writeSummary(report ? reportSummary(report, gate, links) : unreadSummary(problems), failOnError);
    tellGate(gate);
}
function checkToken(token) {
    if (token === undefined)
        return;
    const max = grammar_MAX_LENGTH['github-token'] ?? 0;
    if (token.length > max)
        throw new types_InputError(`Input github-token is ${token.length} characters long: at most ${max} are accepted.`);
    if (/[^\x21-\x7e]/.test(token))
        throw new types_InputError('Input github-token holds spaces or characters no GitHub token has (its value is not shown).');
}
function sayIncidentSources(sources) {
    const events = sources['alert-events'];
    if (events.state === 'failed')
        warning(`Incidents from alert events are missing: ${events.message}`, { title: 'Incidents from alert events missing' });
    if (sources['failure-list'].state === 'retired')
        info(`Datadog's DORA failure list is no longer served (DORA incident data retires on ${day(INCIDENT_DATA_ENDS)}): no incidents are read from it.`);
}
function sayAnswers({ malformedAnswers, partialReadings }, failOnError) {
    for (const message of malformedAnswers)
        warning(message, { title: "Datadog's answer malformed" });
    for (const message of partialReadings) {
        if (failOnError)
            setFailed(message);
        else
            warning(`${message} The job keeps its result (fail-on-error is false).`, { title: 'DORA report partial' });
    }
}
function tellGate(gate) {
    if (gate.verdict === 'breach')
        setFailed(gateMessage(gate));
    else if (gate.verdict === 'no-data')
        warning(gateMessage(gate), { title: 'Release gate: no data' });
    else if (gate.verdict === 'pass')
        info(gateMessage(gate));
}
function describeReport(report) {
    const { window, selection } = report;
    const f = selection.window;
    const first = window.weeks[0]?.label ?? '';
    const last = window.weeks.at(-1)?.label ?? '';
    const groups = report.groups.length === 1 ? 'one service and env' : `${report.groups.length} services and envs`;
    return `DORA report for ${first} to ${last}: ${count(f.deployments, 'deployment')}, ${count(f.changeFailures, 'change failure')}, ${f.incidents === undefined ? 'incidents not available' : count(f.incidents, 'incident')}, in ${groups}.`;
}
function writeJson(report, gate, failOnError) {
    try {
        const folder = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'datadog-dora-report-'));
        const path = (0,external_node_path_namespaceObject.join)(folder, 'report.json');
        (0,external_node_fs_namespaceObject.writeFileSync)(path, `${JSON.stringify(reportJson(report, gate), null, 2)}\n`);
        return path;
    }
    catch (error) {
        const message = `The report's JSON file could not be written in ${process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()} (${error.message}): output report-json is not set.`;
        if (failOnError)
            setFailed(message);
        else
            warning(`${message} The job keeps its result (fail-on-error is false).`, { title: 'Report file not written' });
        return undefined;
    }
}
function unreadSummary(problems) {
    return ['### ⚠️ DORA report not made', '', ...problems.map((problem) => `- ${markdownText(problem)}`), ''].join('\n');
}

var __webpack_exports__runReport = __webpack_exports__.q;
export { __webpack_exports__runReport as runReport };
