import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 30:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 327:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 75:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
  M: () => (/* binding */ runExport)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
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
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
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
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
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
function commitShaProblem(sha) {
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
function rules_unixTimestamp(digits) {
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
function answers_excerpt(text, max = 80) {
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
function escape_markdownText(text) {
    return text.replace(UNSAFE_GLOBAL, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}
function escape_markdownCode(text) {
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


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
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
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
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
        return this.addRaw(external_os_namespaceObject.EOL);
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
        return Number.isInteger(value) && value >= 0 ? rules_unixTimestamp(BigInt(value).toString()) : undefined;
    if (typeof value !== 'string')
        return undefined;
    if (/^\d+$/.test(value))
        return rules_unixTimestamp(value);
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
const responses_shown = (value) => (value === undefined ? 'missing' : answers_excerpt(JSON.stringify(value), 60));
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
    if (typeof sha === 'string' && sha.length <= MAX_SHA && commitShaProblem(sha) === undefined)
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
        throw new DatadogConfigError(`Alert status "${answers_excerpt(String(event.status), 20)}" is not valid: expected error, warn or ok.`);
    }
    if (event.priority !== undefined && !PRIORITIES.has(event.priority)) {
        throw new DatadogConfigError(`Alert priority "${answers_excerpt(String(event.priority), 20)}" is not valid: expected "1" to "5".`);
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
        throw new DatadogConfigError(`Alert type "${answers_excerpt(String(event.alertType), 20)}" is not valid: expected error, warning, info or success.`);
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
            throw new DatadogConfigError(`Tag "${answers_excerpt(tag, 60)}" is not valid: ${problem}.`);
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
var promises_ = __nccwpck_require__(500);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(67);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(692);
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
                    const type = outcome.contentType ? answers_excerpt(outside(outcome.contentType), 60) : 'no content type';
                    const body = outcome.text ? `"${answers_excerpt(outside(outcome.text))}"` : 'an empty body';
                    throw fail('foreign', attempts, `${host} answered HTTP ${outcome.status}${statusText(outcome)} with ${type} and ${body}, which is not Datadog's answer; nothing is known to have arrived at Datadog`, {
                        status: outcome.status,
                        hint: `Something between this machine and Datadog (a proxy, gateway or captive portal) may have answered instead: check the site or base URL and the proxy settings.`,
                    });
                }
                outcome = { kind: 'error', code: CUT_ANSWER, message: `HTTP ${outcome.status} with ${answers_excerpt(outside(outcome.contentType), 60)} that does not parse`, written: true };
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
var external_node_crypto_ = __nccwpck_require__(598);
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
    return `"${answers_excerpt(value, 60)}"`;
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
    const site = resolveSite(endpoint.site ?? DEFAULT_SITE);
    return endpoint.site ? { url: site.appUrl } : { url: site.appUrl, assumedSite: site.name };
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

;// CONCATENATED MODULE: ./build/export/summary.js


function retiredMessage(error) {
    const ends = day(INCIDENT_DATA_ENDS);
    const why = error.answer
        ? `Datadog answered that its DORA incident API is gone (Datadog retires it on ${ends}): ${error.answer.message}`
        : `incidents sent through its DORA API can no longer be viewed or exported since ${ends}.`;
    return `Failures are not exported: Datadog no longer serves DORA incidents; ${why} See ${RETIREMENT_GUIDE}.`;
}
const NAMES = { deployments: 'Deployments', failures: 'Failures' };
function fileRow(name, exported) {
    if (exported.state === 'written')
        return `| ${NAMES[name]} | ${exported.count} in ${escape_markdownCode(exported.path)}${exported.stopped ? ' (partial: below)' : ''} |`;
    if (exported.state === 'retired')
        return `| ${NAMES[name]} | not exported: Datadog no longer serves DORA incidents (${day(INCIDENT_DATA_ENDS)}) |`;
    return `| ${NAMES[name]} | not exported: Datadog failed (below) |`;
}
const selected = (names) => (names ? names.map(escape_markdownCode).join(', ') : 'every one');
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
        ? [`| no start time | ${deployments.state === 'written' ? deployments.undated : '—'} | ${failures.state === 'written' ? failures.undated : '—'} |`]
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
    const states = Object.values(outcome.files).map((exported) => (exported.state === 'written' && exported.stopped ? 'partial' : exported.state));
    const heading = !states.includes('failed') && !states.includes('partial')
        ? '📦 DORA events exported from Datadog'
        : states.includes('written') || states.includes('partial')
            ? '⚠️ DORA events partly exported from Datadog'
            : '⚠️ DORA events not exported from Datadog';
    const { files } = outcome;
    const artifacts = markdownLink('artifact', 'https://docs.github.com/actions/using-workflows/storing-workflow-data-as-artifacts', GUIDES);
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
        ...notes.map((note) => `- ${escape_markdownText(note)}`),
        ...(notes.length ? [''] : []),
        `One event a line (JSON Lines), every field as Datadog returned it. The files are in RUNNER\\_TEMP, which the runner empties when the job ends: upload them as an ${artifacts} to keep them. Artifacts expire too, after 90 days by default and 400 at most (\`retention-days\`): download them and keep them elsewhere.`,
        '',
    ].join('\n');
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

;// CONCATENATED MODULE: ./build/export/write.js






async function exportEvents(client, request) {
    const { selection } = request;
    const failureSelection = selection.services ? { services: selection.services } : {};
    const [deployments, failures] = await Promise.all([
        exportTo('deployments', (query) => client.listDeploymentObjects(query), queryFor(selection), inSelection(selection, 'deployments'), request),
        exportTo('failures', (query) => client.listFailureObjects(query), queryFor(failureSelection), inSelection(selection, 'failures'), request),
    ]);
    return { deployments, failures };
}
async function exportTo(name, list, query, keep, { folder, from, to }) {
    const path = (0,external_node_path_namespaceObject.join)(folder, `${name}.jsonl`);
    const perMonth = new Map();
    let count = 0;
    let undated = 0;
    try {
        const file = (0,external_node_fs_namespaceObject.openSync)(path, 'wx');
        try {
            const listed = async (asked) => {
                const { items, flaws } = await list(asked);
                return { items: items.map((event) => ({ id: event.id, startedAt: timeOf(event, 'started_at'), finishedAt: timeOf(event, 'finished_at'), event })), flaws };
            };
            const reading = await forEachPageInWindow(listed, { from, to, ...(query ? { query } : {}) }, (items) => {
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
            });
            return { state: 'written', path, count, perMonth, undated, ...reading };
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(file);
        }
    }
    catch (error) {
        (0,external_node_fs_namespaceObject.rmSync)(path, { force: true });
        return error instanceof DatadogRetiredError ? { state: 'retired', error } : { state: 'failed', error };
    }
}
const write_attributesOf = (event) => typeof event.attributes === 'object' && event.attributes !== null ? event.attributes : {};
const timeOf = (event, field) => parseTime(write_attributesOf(event)[field]);
function inSelection({ services, envs }, name) {
    if (!services && !envs)
        return () => true;
    return (event) => {
        const { service, services: impacted, env } = write_attributesOf(event);
        if (name === 'deployments')
            return (!services || services.includes(service)) && (!envs || envs.includes(env));
        const inServices = !services || (Array.isArray(impacted) && impacted.some((one) => services.includes(one)));
        return inServices && (!envs || env === undefined || env === null || env === '' || envs.includes(env));
    };
}

;// CONCATENATED MODULE: ./build/export/run.js













const SINGULAR = { deployments: 'deployment', failures: 'failure' };
async function runExport(inputs, keys, clock) {
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--semi-space-growth-factor=1');
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--heap-growing-percent=50');
    requireKeys(keys, { api: 'for event export, which reads Datadog’s events', app: 'for event export: reading events needs an application key (dora_metrics_read)' });
    const { failOnError } = inputs;
    const selection = { ...(inputs.services ? { services: inputs.services } : {}), ...(inputs.envs ? { envs: inputs.envs } : {}) };
    const period = { from: inputs.since, to: clock() };
    let outcome;
    try {
        const { reader } = clientsFor(inputs.endpoint, false, keys, { clock });
        const folder = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'datadog-dora-export-'));
        outcome = { ...period, selection, files: await exportEvents(reader, { folder, ...period, selection }) };
    }
    catch (error) {
        const { message } = sayProblem(error, failOnError, 'DORA export', 'not made');
        await writeSummary(`### ⚠️ DORA events not exported from Datadog\n\n${escape_markdownText(message)}\n`, failOnError);
        return;
    }
    const notes = [];
    for (const name of ['deployments', 'failures']) {
        const exported = outcome.files[name];
        if (exported.state === 'failed') {
            notes.push(sayProblem(exported.error, failOnError, `DORA ${name}`, 'not exported').message);
        }
        else if (exported.state === 'retired') {
            const message = retiredMessage(exported.error);
            warning(message, { title: 'DORA incidents not exported' });
            notes.push(message);
        }
        else {
            const stopped = whyStopped(exported);
            if (stopped) {
                const message = `The ${name} file is partial: ${stopped}.`;
                if (failOnError)
                    setFailed(message);
                else
                    warning(`${message} The job keeps its result (fail-on-error is false).`, { title: 'DORA export partial' });
                notes.push(message);
            }
            const leftOut = whatWasLeftOut(name, exported);
            if (leftOut) {
                warning(leftOut, { title: 'DORA export incomplete' });
                notes.push(leftOut);
            }
            if (exported.truncated) {
                const message = `The ${name} file may miss some: more than 1000 started in the same second, and a page of Datadog's holds 1000.`;
                warning(message, { title: 'DORA export incomplete' });
                notes.push(message);
            }
            info(`${count(exported.count, SINGULAR[name])} from ${period.from.toISOString()} to ${period.to.toISOString()} written to ${exported.path}.`);
            writeOutput(`${name}-file`, exported.path, failOnError);
            writeOutput(name, String(exported.count), failOnError);
        }
    }
    await writeSummary(exportSummary(outcome, notes), failOnError);
}

var __webpack_exports__runExport = __webpack_exports__.M;
export { __webpack_exports__runExport as runExport };
