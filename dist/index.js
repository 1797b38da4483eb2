import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

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

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

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
  V: () => (/* reexport */ runMain),
  a: () => (/* reexport */ runPost)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
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
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
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
var external_fs_ = __nccwpck_require__(896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
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
function prepareKeyValueMessage(key, value) {
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
// The parts of @actions/core the action uses, from @actions/core's own modules. Its root module
// also loads its HTTP client and undici (for OIDC tokens, which the action never asks for):
// about 35 ms and 1 MB in every step of every deploy job. The package exports only its root, so
// its modules are imported by path; the functions below are core's own one-liners over them.





function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    else
        issueCommand('set-output', { name }, value);
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    else
        issueCommand('save-state', { name }, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function toolkit_warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message);
}
function setFailed(message) {
    process.exitCode = 1;
    issueCommand('error', {}, message);
}

;// CONCATENATED MODULE: ./build/version.js
// Kept equal to package.json's version by a test; sent in the User-Agent.
const PRODUCT = 'datadog-dora-action';
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./build/datadog/errors.js
/** A configuration or argument the client cannot work with; nothing was sent. */
class DatadogConfigError extends Error {
    name = 'DatadogConfigError';
}
/** A call to Datadog that did not succeed. Carries no key and no request headers. */
class DatadogApiError extends Error {
    name = 'DatadogApiError';
    operation;
    kind;
    status;
    details;
    attempts;
    hint;
    constructor(init) {
        const tries = init.attempts === 1 ? '1 attempt' : `${init.attempts} attempts`;
        const details = init.details?.length ? `: ${init.details.join('; ')}` : '';
        const hint = init.hint ? ` ${init.hint}` : '';
        super(`Datadog ${init.operation} failed after ${tries}: ${init.summary}${details}.${hint}`);
        this.operation = init.operation;
        this.kind = init.kind;
        this.status = init.status;
        this.details = init.details ?? [];
        this.attempts = init.attempts;
        this.hint = init.hint;
    }
    get retried() {
        return this.attempts > 1;
    }
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
// Proxies as runners behind corporate firewalls configure them: HTTPS_PROXY / HTTP_PROXY and
// NO_PROXY (either case). Every request goes through an HTTP CONNECT tunnel, so the proxy sees
// the host and port, never the keys in the headers.



const read = (env, name) => env[name] ?? env[name.toLowerCase()];
/** The proxy for a target URL, if any applies to it. */
function proxyFor(target, env) {
    if (bypassesProxy(target, read(env, 'NO_PROXY') ?? ''))
        return undefined;
    const setting = read(env, target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY')?.trim();
    if (!setting)
        return undefined;
    try {
        return new URL(setting.includes('://') ? setting : `http://${setting}`);
    }
    catch {
        return undefined;
    }
}
/**
 * NO_PROXY: `*`, host names (`api.datadoghq.com`), domain suffixes (`.datadoghq.com` or
 * `datadoghq.com`, which also match sub-domains), IP addresses, each optionally with `:port`.
 */
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
/** The proxy as it may be shown: without credentials. */
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
        // The proxy's own address, never its credentials.
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
    // Node's agents wait for the callback when createConnection returns nothing.
    createConnection(options, callback) {
        const host = String(options.hostname ?? options.host ?? 'localhost');
        tunnel(this.#proxy, host, Number(options.port ?? 443), (error, socket) => {
            if (error || !socket)
                return callback?.(error, undefined);
            // Only what TLS needs: the request's own options (path, method…) would confuse tls.connect.
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
/** An agent that tunnels to the target through its proxy, or undefined to connect directly. */
function proxyAgentFor(target, env) {
    const proxy = proxyFor(target, env);
    if (!proxy)
        return undefined;
    return { proxy, agents: target.protocol === 'https:' ? { https: new HttpsTunnelAgent(proxy) } : { http: new HttpTunnelAgent(proxy) } };
}

;// CONCATENATED MODULE: ./build/datadog/http.js



const DEFAULT_TIMING = { attemptTimeoutMs: 15_000, budgetMs: 45_000, backoffMs: 1_000, maxBackoffMs: 8_000 };
// Errors that say nothing about whether the next attempt will work; ENOTFOUND (a wrong
// host) and TLS errors are not among them.
const RETRYABLE_CODES = new Set([
    'ETIMEDOUT', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNABORTED',
]);
let gotModule;
// got is loaded on the first request only: steps that send nothing never pay for it.
function loadGot() {
    gotModule ??= __nccwpck_require__.e(/* import() */ 586).then(__nccwpck_require__.bind(__nccwpck_require__, 586)).then((module) => module.default);
    return gotModule;
}
function createHttpTransport(options) {
    const { timing } = options;
    const host = new URL(options.baseUrl).host;
    const scrub = scrubber(options);
    return async function send(request) {
        const started = performance.now();
        const deadline = started + timing.budgetMs;
        const fail = (kind, attempts, summary, extra = {}) => new DatadogApiError({
            operation: request.operation,
            kind,
            attempts,
            summary: scrub(summary),
            status: extra.status,
            details: extra.details?.map(scrub),
            hint: extra.hint,
        });
        for (let attempts = 1;; attempts++) {
            const timeoutMs = Math.min(timing.attemptTimeoutMs, Math.max(1, deadline - performance.now()));
            const outcome = await attempt(options, request, timeoutMs);
            let problem;
            let waitMs = backoff(timing, attempts);
            if (outcome.kind === 'response') {
                const { status } = outcome;
                if (status >= 200 && status < 300) {
                    return { status, body: outcome.body, attempts, durationMs: Math.round(performance.now() - started) };
                }
                problem = `Datadog answered HTTP ${status}${outcome.statusMessage ? ` ${outcome.statusMessage}` : ''}`;
                const details = errorDetails(outcome.body);
                if (status !== 429 && status < 500) {
                    throw fail('http', attempts, problem, { status, details, hint: hintFor(request, status, host) });
                }
                if (status === 429 && outcome.rateLimitResetS !== undefined) {
                    waitMs = outcome.rateLimitResetS * 1000;
                    if (performance.now() + waitMs > deadline) {
                        throw fail('budget', attempts, `${problem} (rate limited) and asked to wait ${outcome.rateLimitResetS} s (X-RateLimit-Reset), past this call's ${seconds(timing.budgetMs)} budget`, {
                            status,
                            details,
                            hint: 'Too many events are being sent to Datadog with this key; send fewer or try again later.',
                        });
                    }
                }
                if (performance.now() + waitMs > deadline) {
                    throw fail('budget', attempts, `${problem}, and no time is left in this call's ${seconds(timing.budgetMs)} budget to try again`, {
                        status,
                        details,
                        hint: hintFor(request, status, host),
                    });
                }
            }
            else {
                const timedOut = outcome.code === 'ETIMEDOUT';
                problem = timedOut
                    ? `no answer from ${host} within ${seconds(timeoutMs)}`
                    : `could not reach ${host} (${outcome.code}: ${outcome.message})`;
                const kind = timedOut ? 'timeout' : 'network';
                const hint = networkHint(outcome.code, host, options.proxy?.proxy);
                if (!RETRYABLE_CODES.has(outcome.code))
                    throw fail(kind, attempts, problem, { hint });
                if (performance.now() + waitMs > deadline) {
                    throw fail(kind, attempts, `${problem}, and no time is left in this call's ${seconds(timing.budgetMs)} budget to try again`, { hint });
                }
            }
            options.log?.(scrub(`Datadog ${request.operation}: ${problem}; retrying in ${seconds(waitMs)} (attempt ${attempts + 1}).`));
            await (0,promises_.setTimeout)(waitMs);
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
    if (request.permission && options.appKey)
        headers['dd-application-key'] = options.appKey;
    if (request.body !== undefined)
        headers['content-type'] = 'application/json';
    try {
        const response = await got(`${options.baseUrl}${request.path}`, {
            method: request.method,
            headers,
            // json, not a string body: got checks a body for FormData, which makes Node load undici (13 ms).
            ...(request.body === undefined ? {} : { json: request.body }),
            responseType: 'text',
            throwHttpErrors: false,
            followRedirect: false,
            retry: { limit: 0 },
            timeout: { request: timeoutMs },
            ...(options.proxy ? { agent: options.proxy.agents } : {}),
        });
        const reset = Number(response.headers['x-ratelimit-reset']);
        return {
            kind: 'response',
            status: response.statusCode,
            statusMessage: response.statusMessage ?? '',
            body: parseJson(response.body),
            rateLimitResetS: Number.isFinite(reset) && reset >= 0 ? reset : undefined,
        };
    }
    catch (error) {
        const { code = 'EUNKNOWN', message } = error;
        return { kind: 'error', code, message };
    }
}
/**
 * Datadog's `GET /api/v1/validate`: one short attempt, so an outage delays nobody for long.
 * A gateway or stand-in without that path answers 404: that says nothing about the key.
 */
async function checkApiKey(options, timeoutMs) {
    const host = new URL(options.baseUrl).host;
    const outcome = await attempt(options, { method: 'GET', path: '/api/v1/validate' }, timeoutMs);
    if (outcome.kind === 'error') {
        const reason = outcome.code === 'ETIMEDOUT' ? `no answer within ${seconds(timeoutMs)}` : outcome.code;
        return { verdict: 'unknown', reason: scrubber(options)(`could not reach ${host} (${reason})`) };
    }
    if (outcome.status === 200 && outcome.body?.valid === true) {
        return { verdict: 'valid' };
    }
    if (outcome.status === 401 || outcome.status === 403) {
        return { verdict: 'rejected', reason: `${host} answered HTTP ${outcome.status}: the API key is not valid on this Datadog site` };
    }
    return { verdict: 'unknown', reason: `${host} answered HTTP ${outcome.status} to the key check` };
}
function scrubber(options) {
    const secrets = [options.apiKey, options.appKey].filter((key) => Boolean(key));
    return (text) => secrets.reduce((out, key) => out.split(key).join('***'), text);
}
/** Exponential backoff with jitter: half fixed, half random, so retrying clients spread out. */
function backoff(timing, attempts) {
    const ceiling = Math.min(timing.maxBackoffMs, timing.backoffMs * 2 ** (attempts - 1));
    return ceiling / 2 + Math.random() * (ceiling / 2);
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
/** Datadog answers `{errors: [{detail, title}]}` on 400 and `{errors: ["..."]}` on 403 and 429. */
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
        return request.permission
            ? `The API key or the application key is not valid for ${host}, or the application key lacks the ${request.permission} permission.`
            : `The API key is not valid for ${host}: check the key and that it belongs to an organization on this Datadog site.`;
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

;// CONCATENATED MODULE: ./build/datadog/sites.js

const DEFAULT_SITE = 'datadoghq.com';
// Sites where DORA Metrics exist, with the host of their web app.
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
    /** Why, without the value: callers name the value in their own words. */
    reason;
    constructor(input, reason) {
        super(`Datadog site "${input}": ${reason}.`);
        this.input = input;
        this.reason = reason;
    }
}
/**
 * Accepts a site as Datadog names it, or the address people paste from their browser
 * (`https://app.datadoghq.eu/`, `api.us5.datadoghq.com`).
 */
function resolveSite(input) {
    const host = input
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/[/?#].*$/, '')
        .replace(/^(app|api)\./, '');
    const gov = WITHOUT_DORA[host];
    if (gov)
        throw new SiteError(input, `${gov} does not offer DORA Metrics; they are available on ${SITE_NAMES.join(', ')}`);
    const appHost = SITES[host];
    if (!appHost)
        throw new SiteError(input, `not a Datadog site; expected one of ${SITE_NAMES.join(', ')}`);
    return { name: host, apiUrl: `https://api.${host}`, appUrl: `https://${appHost}` };
}

;// CONCATENATED MODULE: ./build/datadog/client.js





const DEFAULT_USER_AGENT = `${PRODUCT}/${VERSION} (node ${process.version})`;
function createDoraClient(options) {
    const baseUrl = resolveBaseUrl(options);
    const apiKey = checkKey('API key', options.apiKey);
    const appKey = options.appKey === undefined || options.appKey.trim() === '' ? undefined : checkKey('application key', options.appKey);
    const http = {
        baseUrl,
        proxy: proxyAgentFor(new URL(baseUrl), process.env),
        apiKey,
        appKey,
        userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
        timing: { ...DEFAULT_TIMING, ...options.timing },
        log: options.log,
    };
    const transport = createHttpTransport(http);
    return buildClient({
        transport: async (request) => {
            if (request.permission && !appKey) {
                throw new DatadogConfigError(`Datadog's ${request.operation} needs an application key (with the ${request.permission} permission), and none was given.`);
            }
            return transport(request);
        },
        checkApiKey: () => checkApiKey(http, options.keyCheckTimeoutMs ?? 5_000),
    });
}
/** Builds every request as the real client would, records it, and sends nothing. */
function createDryRunDoraClient(options = {}) {
    const baseUrl = resolveBaseUrl(options);
    const requests = [];
    const client = buildClient({
        transport: async ({ operation, method, path, body }) => {
            requests.push({ operation, method, url: `${baseUrl}${path}`, body });
            const sent = body;
            const answer = operation.startsWith('send')
                ? { data: { id: sent?.data.attributes.id } }
                : operation.startsWith('list')
                    ? { data: [] }
                    : { data: null };
            return { status: method === 'PATCH' || method === 'DELETE' ? 202 : 200, body: answer, attempts: 0, durationMs: 0 };
        },
        checkApiKey: async () => ({ verdict: 'unknown', reason: 'dry run: the key was not checked' }),
    });
    return Object.assign(client, { requests });
}
/** Generates an event id Datadog accepts (16–128 of [A-Za-z0-9_.:-]). */
function newEventId() {
    return crypto.randomUUID();
}
function resolveBaseUrl({ site, baseUrl }) {
    if (baseUrl === undefined || baseUrl.trim() === '')
        return resolveSite(site ?? DEFAULT_SITE).apiUrl;
    let url;
    try {
        url = new URL(baseUrl.trim());
    }
    catch {
        throw new DatadogConfigError(`Datadog base URL "${baseUrl}" is not a URL: expected e.g. https://api.datadoghq.com.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new DatadogConfigError(`Datadog base URL "${baseUrl}" must start with https:// (or http://).`);
    }
    if (url.username || url.password) {
        throw new DatadogConfigError('Datadog base URL must not carry credentials: pass the keys as keys.');
    }
    return url.href.replace(/\/+$/, '');
}
function checkKey(name, key) {
    const trimmed = key?.trim() ?? '';
    if (!trimmed)
        throw new DatadogConfigError(`The Datadog ${name} is missing.`);
    // Said without the value: a key never goes into a message.
    if (/[^\x21-\x7e]/.test(trimmed))
        throw new DatadogConfigError(`The Datadog ${name} contains spaces or characters no key has.`);
    return trimmed;
}
function buildClient({ transport, checkApiKey }) {
    const deployment = (id) => pathId('deployment', id);
    const failure = (id) => pathId('failure', id);
    const read = 'dora_metrics_read';
    const writes = 'dora_metrics_write';
    const send = async (operation, path, body) => {
        const request = body();
        const response = await transport({ operation, method: 'POST', path, body: request });
        const sentId = request.data.attributes.id;
        const answered = response.body?.data?.id;
        // Datadog's answer names the event from now on; the sent id stands in only if it says nothing.
        const id = typeof answered === 'string' && answered ? answered : sentId;
        return { id, sentId, status: response.status, attempts: response.attempts, durationMs: response.durationMs };
    };
    const write = (response) => ({ status: response.status, attempts: response.attempts, durationMs: response.durationMs });
    const get = async (operation, path, parse) => {
        try {
            const response = await transport({ operation, method: 'GET', path, permission: read });
            const data = response.body?.data;
            return data ? parse(data) : undefined;
        }
        catch (error) {
            if (error instanceof DatadogApiError && error.status === 404)
                return undefined;
            throw error;
        }
    };
    const list = async (operation, path, body, parse) => {
        const response = await transport({ operation, method: 'POST', path, body, permission: read });
        const data = response.body?.data;
        return Array.isArray(data) ? data.map(parse) : [];
    };
    // Every method is async, so a bad argument rejects like any other failure.
    return {
        sendDeployment: async (event) => send('send deployment', '/api/v2/dora/deployment', () => deploymentRequest(event)),
        patchDeployment: async (id, patch) => write(await transport({ operation: 'patch deployment', method: 'PATCH', path: `/api/v2/dora/deployments/${deployment(id)}`, body: patchRequest(id, patch), permission: writes })),
        getDeployment: async (id) => get('get deployment', `/api/v2/dora/deployments/${deployment(id)}`, parseDeployment),
        listDeployments: async (query = {}) => list('list deployments', '/api/v2/dora/deployments', listRequest('dora_deployments_list_request', query), parseDeployment),
        deleteDeployment: async (id) => write(await transport({ operation: 'delete deployment', method: 'DELETE', path: `/api/v2/dora/deployment/${deployment(id)}`, permission: writes })),
        sendFailure: async (event) => send('send failure', '/api/v2/dora/failure', () => failureRequest(event)),
        getFailure: async (id) => get('get failure', `/api/v2/dora/failures/${failure(id)}`, parseFailure),
        listFailures: async (query = {}) => list('list failures', '/api/v2/dora/failures', listRequest('dora_failures_list_request', query), parseFailure),
        deleteFailure: async (id) => write(await transport({ operation: 'delete failure', method: 'DELETE', path: `/api/v2/dora/failure/${failure(id)}`, permission: writes })),
        checkApiKey,
    };
}
// ---- request bodies: pure, checked before anything is sent ----
const EVENT_ID = /^[A-Za-z0-9_.:-]{16,128}$/;
const COMMIT_SHA = /^[a-fA-F0-9]{40,}$/;
const MAX_TAGS = 100;
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
    const attributes = { change_failure: patch.changeFailure };
    if (patch.remediation) {
        const { id: remediationId, type } = patch.remediation;
        if (!remediationId.trim())
            throw new DatadogConfigError('A remediation needs the id of the remediating deployment.');
        if (type !== 'rollback' && type !== 'rollforward') {
            throw new DatadogConfigError(`Remediation type "${String(type)}" is not valid: expected rollback or rollforward.`);
        }
        attributes.remediation = { id: remediationId, type };
    }
    return { data: { id, type: 'dora_deployment_patch_request', attributes } };
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
    if (!EVENT_ID.test(id)) {
        throw new DatadogConfigError(`The ${kind} id "${id}" is not valid: Datadog accepts 16 to 128 letters, digits, hyphens, underscores, periods and colons.`);
    }
    return id;
}
function pathId(kind, id) {
    if (!id.trim())
        throw new DatadogConfigError(`A ${kind} id is needed.`);
    return encodeURIComponent(id);
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
        if (!COMMIT_SHA.test(event.git.commitSha)) {
            throw new DatadogConfigError(`Commit SHA "${event.git.commitSha}" is not valid: expected 40 or more hexadecimal characters.`);
        }
        if (!event.git.repositoryUrl.trim())
            throw new DatadogConfigError('The git info needs a repository URL.');
        out.git = { commit_sha: event.git.commitSha, repository_url: event.git.repositoryUrl };
    }
    const tags = event.customTags ?? [];
    if (tags.length > MAX_TAGS) {
        throw new DatadogConfigError(`${tags.length} custom tags given: Datadog accepts at most ${MAX_TAGS} per event.`);
    }
    const malformed = tags.find((tag) => !/^[^:\s][^:]*:.+$/.test(tag));
    if (malformed !== undefined)
        throw new DatadogConfigError(`Custom tag "${malformed}" is not valid: expected key:value.`);
    if (tags.length)
        out.custom_tags = tags;
    return out;
}
// ---- responses ----
/** RFC 3339 strings, or integers in seconds, milliseconds or nanoseconds, as Datadog infers them. */
function parseTime(value) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value === 'number' || /^\d+$/.test(value)) {
        const n = Number(value);
        const ms = n < 1e11 ? n * 1000 : n < 1e14 ? n : n / 1e6;
        return new Date(ms);
    }
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : new Date(ms);
}
function parseDeployment(object) {
    const a = object.attributes ?? {};
    return {
        id: object.id ?? '',
        service: a.service ?? '',
        startedAt: parseTime(a.started_at) ?? new Date(Number.NaN),
        ...definedDate('finishedAt', a.finished_at),
        ...optional('env', a.env),
        ...optional('version', a.version),
        ...optional('team', a.team),
        customTags: a.custom_tags ?? [],
        ...(a.git?.commit_sha ? { git: { commitSha: a.git.commit_sha, repositoryId: a.git.repository_id ?? '' } } : {}),
    };
}
function parseFailure(object) {
    const a = object.attributes ?? {};
    return {
        id: object.id ?? '',
        ...definedDate('startedAt', a.started_at),
        ...definedDate('finishedAt', a.finished_at),
        ...optional('name', a.name),
        ...optional('severity', a.severity),
        services: a.services ?? [],
        ...optional('team', a.team),
        ...optional('env', a.env),
        ...optional('version', a.version),
        customTags: a.custom_tags ?? [],
        ...(a.git?.commit_sha ? { git: { commitSha: a.git.commit_sha, repositoryUrl: a.git.repository_url ?? '' } } : {}),
    };
}
function definedDate(key, value) {
    const date = parseTime(value);
    return (date ? { [key]: date } : {});
}

;// CONCATENATED MODULE: ./build/action/clients.js



function clientsFor(endpoint, dryRun, keys) {
    const real = keys.apiKey ? createDoraClient({ ...endpoint, apiKey: keys.apiKey, appKey: keys.appKey, log: (line) => info(line) }) : undefined;
    const reader = keys.appKey ? real : undefined;
    if (dryRun) {
        const recorder = createDryRunDoraClient(endpoint);
        return { writer: recorder, dryRun: recorder, reader };
    }
    if (!real)
        throw new Error('An API key is needed to send to Datadog.');
    return { writer: real, reader };
}
/** Where requests go, as said to users. */
function apiUrlFor(endpoint) {
    return endpoint.baseUrl ?? resolveSite(endpoint.site ?? DEFAULT_SITE).apiUrl;
}
/** The user's Datadog web app, for links in summaries: the site's, even behind api-url. */
function appUrlFor(endpoint) {
    return resolveSite(endpoint.site ?? DEFAULT_SITE).appUrl;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./build/action/commit.js


/**
 * The commit a trigger says was deployed. A pull request's GITHUB_SHA is a temporary merge
 * commit that is in no branch's history, so Datadog could compute no lead time from it.
 */
function commitFromEvent(context) {
    const { payload, eventName } = context;
    if (eventName.startsWith('pull_request') && payload.pull_request?.head?.sha) {
        return { sha: payload.pull_request.head.sha, source: "the pull request's head commit" };
    }
    if (eventName === 'workflow_run' && payload.workflow_run?.head_sha) {
        return { sha: payload.workflow_run.head_sha, source: "the triggering workflow run's head_sha" };
    }
    if (eventName.startsWith('deployment') && payload.deployment?.sha) {
        return { sha: payload.deployment.sha, source: "the deployment event's sha" };
    }
    return undefined;
}
async function gitWithActionsExec(args, cwd) {
    const { getExecOutput } = await __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 260));
    return getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true });
}
/**
 * What the trigger says; else HEAD of the workspace when it is a checkout of this repository
 * (a deploy job may check out another ref than the one that triggered it); else GITHUB_SHA.
 */
async function detectCommit(context, git = gitWithActionsExec, debug = () => { }) {
    const fromEvent = commitFromEvent(context);
    if (fromEvent)
        return fromEvent;
    // No .git, no git to run: most deploy jobs that skip checkout, and every one that spares a process.
    const checkout = context.workspace && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(context.workspace, '.git')) ? context.workspace : undefined;
    if (context.workspace && !checkout)
        debug('The workspace is not a git checkout; using GITHUB_SHA.');
    const head = checkout ? await workspaceHead(context, checkout, git, debug) : undefined;
    if (head)
        return { sha: head, source: 'HEAD of the checkout in the workspace' };
    return { sha: context.sha, source: 'GITHUB_SHA' };
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
        // git missing, or refusing a workspace owned by another user (containers): fall back quietly.
        debug(`git could not be run in the workspace (${error.message}); using GITHUB_SHA.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/context.js


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,external_fs_.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,external_fs_.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_os_.EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}
//# sourceMappingURL=context.js.map
;// CONCATENATED MODULE: ./build/action/context.js
// The one place that reads the GitHub workflow context.
// @actions/github's Context, from its own module: the package root also loads Octokit (40 ms).

/** Reads the run's context, event payload included, through @actions/github. */
function readRunContext(env = process.env) {
    const context = new Context();
    const text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
    const number = (value) => (Number.isFinite(value) ? String(value) : undefined);
    return {
        serverUrl: context.serverUrl.replace(/\/+$/, ''),
        repository: env.GITHUB_REPOSITORY ?? '',
        eventName: context.eventName ?? '',
        sha: text(context.sha),
        ref: text(context.ref),
        workflow: text(context.workflow),
        job: text(context.job),
        runId: number(context.runId),
        runAttempt: number(context.runAttempt),
        workspace: text(env.GITHUB_WORKSPACE),
        payload: context.payload,
    };
}

;// CONCATENATED MODULE: ./build/action/deployment.js
function planDeployment(inputs, context, facts) {
    return { id: facts.id, service: inputs.service, startedAt: facts.startedAt, ...describe(inputs, context, facts.commitSha) };
}
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
/** Tags that lead back to the run; their number is ACTION_TAG_COUNT at most. */
function runTags(context) {
    const tags = [
        ['github.repository', context.repository],
        ['github.workflow', context.workflow],
        ['github.run_id', context.runId],
        ['github.run_attempt', context.runAttempt],
        ['github.job', context.job],
    ];
    return tags.filter(([, value]) => value).map(([key, value]) => `${key}:${value}`);
}

;// CONCATENATED MODULE: ./build/action/ids.js
/**
 * An id for an event sent from a run: run id, attempt and job say where it came from; matrix
 * legs and repeated calls of a reusable workflow share all of them, so a random part makes each
 * one its own. Within Datadog's rule: 16–128 of [A-Za-z0-9_.:-].
 */
function runScopedId(context, random = randomPart()) {
    const job = (context.job ?? '').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60);
    const parts = context.runId ? [context.runId, context.runAttempt ?? '1', job, random] : ['local', random];
    return parts.filter(Boolean).join('.');
}
function randomPart() {
    return crypto.randomUUID().replaceAll('-', '').slice(0, 16);
}

;// CONCATENATED MODULE: ./build/action/times.js
/**
 * A time as people and tools write it: ISO 8601, or a Unix timestamp in seconds, milliseconds
 * or nanoseconds, told apart by their number of digits. Undefined when it is neither.
 */
function parseTimeInput(text) {
    const value = text.trim();
    if (/^\d+$/.test(value)) {
        // Nanoseconds exceed 2^53: divide as a BigInt so no precision is lost before the division.
        if (value.length <= 11)
            return new Date(Number(value) * 1000);
        if (value.length <= 14)
            return new Date(Number(value));
        if (value.length >= 17 && value.length <= 19)
            return new Date(Number(BigInt(value) / 1000000n));
        return undefined;
    }
    // A date alone, or a date and time with a zone: a time without a zone would depend on the runner's.
    if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/i.test(value))
        return undefined;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : new Date(ms);
}

;// CONCATENATED MODULE: ./build/action/inputs.js
// The one module that reads the action's inputs: each is parsed once into a typed value here,
// with its environment fallback, and a bad one fails with its name, its value and what is accepted.



const EVENTS = ['deployment', 'change-failure', 'stable', 'failure'];
/** An input the action cannot work with; the message names it, and never holds a secret. */
class InputError extends Error {
    name = 'InputError';
}
/** Tags the action adds itself, counted within Datadog's 100. */
const ACTION_TAG_COUNT = 5;
const inputs_MAX_TAGS = 100;
const inputs_EVENT_ID = /^[A-Za-z0-9_.:-]{16,128}$/;
/** Ids Datadog gives can be shorter than the 16 characters a client-set id needs. */
const DATADOG_ID = /^[A-Za-z0-9_.:-]{1,128}$/;
const inputs_COMMIT_SHA = /^[a-fA-F0-9]{40,}$/;
// The inputs of each event; any other given is named in a warning.
const DESCRIBING = ['env', 'version', 'team', 'tags', 'commit-sha', 'repository-url', 'started-at', 'finished-at'];
const APPLIES = {
    deployment: ['service', ...DESCRIBING, 'deployment-id', 'remediates', 'remediation-type'],
    'change-failure': ['deployment-id', 'remediation-id', 'remediation-type', 'service', 'env'],
    stable: ['deployment-id', 'service', 'env'],
    failure: ['service', ...DESCRIBING, 'failure-id', 'name', 'severity'],
};
const EVENT_SPECIFIC = [...new Set(Object.values(APPLIES).flat())];
function first(read, env, input, ...variables) {
    const given = read(input).trim();
    if (given)
        return { value: given, from: `Input ${input}` };
    for (const variable of variables) {
        const value = env[variable]?.trim();
        if (value)
            return { value, from: `Input ${input} (from env ${variable})` };
    }
    return undefined;
}
function inputs_text(read, input) {
    return read(input).trim() || undefined;
}
function bool(read, input) {
    const value = read(input).trim();
    if (value === '')
        return false;
    if (/^true$/i.test(value))
        return true;
    if (/^false$/i.test(value))
        return false;
    throw new InputError(`Input ${input} is "${value}": expected true or false.`);
}
function list(value) {
    return value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
}
function time(read, input) {
    const value = read(input).trim();
    if (!value)
        return undefined;
    const date = parseTimeInput(value);
    if (!date) {
        throw new InputError(`Input ${input} is "${value}": expected ISO 8601 with a time zone (2026-11-27T10:00:00Z) or Unix seconds, milliseconds or nanoseconds.`);
    }
    return date;
}
function matching(read, input, pattern, accepted) {
    const value = inputs_text(read, input);
    if (value && !pattern.test(value))
        throw new InputError(`Input ${input} is "${value}": expected ${accepted}.`);
    return value;
}
const CLIENT_ID = '16 to 128 letters, digits, hyphens, underscores, periods or colons';
const GIVEN_ID = 'an id Datadog gave (letters, digits, hyphens, underscores, periods or colons)';
function remediationType(read) {
    const value = inputs_text(read, 'remediation-type') ?? 'rollback';
    if (value !== 'rollback' && value !== 'rollforward') {
        throw new InputError(`Input remediation-type is "${value}": expected rollback or rollforward.`);
    }
    return value;
}
function endpointOf(read, env, warnings) {
    const apiUrl = inputs_text(read, 'api-url');
    if (apiUrl) {
        let url;
        try {
            url = new URL(apiUrl);
        }
        catch {
            url = undefined;
        }
        if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
            throw new InputError(`Input api-url is "${url ? redactUrl(url) : apiUrl}": expected an http(s) URL without credentials, such as https://api.datadoghq.com.`);
        }
        if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
            warnings.push(`Input api-url is "${apiUrl}": plain http to a host that is not this machine, so the keys would travel in clear text. Use https://.`);
        }
        return { baseUrl: apiUrl };
    }
    const site = first(read, env, 'site', 'DATADOG_SITE', 'DD_SITE');
    if (!site)
        return {};
    try {
        return { site: resolveSite(site.value).name };
    }
    catch (error) {
        if (!(error instanceof SiteError))
            throw error;
        throw new InputError(`${site.from} is "${site.value}": ${error.reason}.`);
    }
}
function described(read, env) {
    const tags = list(read('tags'));
    const malformed = tags.find((tag) => !/^[^:\s][^:]*:.+$/.test(tag));
    if (malformed !== undefined)
        throw new InputError(`Input tags has "${malformed}": expected key:value tags separated by commas or newlines.`);
    if (tags.length + ACTION_TAG_COUNT > inputs_MAX_TAGS) {
        throw new InputError(`Input tags has ${tags.length} tags: Datadog accepts ${inputs_MAX_TAGS} per event, and the action adds ${ACTION_TAG_COUNT}, so at most ${inputs_MAX_TAGS - ACTION_TAG_COUNT}.`);
    }
    const startedAt = time(read, 'started-at');
    const finishedAt = time(read, 'finished-at');
    if (startedAt && finishedAt && finishedAt < startedAt) {
        throw new InputError(`Input finished-at (${finishedAt.toISOString()}) is before input started-at (${startedAt.toISOString()}): an event ends after it starts.`);
    }
    const repositoryUrl = inputs_text(read, 'repository-url');
    return {
        env: first(read, env, 'env', 'DD_ENV')?.value,
        version: first(read, env, 'version', 'DD_VERSION')?.value,
        team: inputs_text(read, 'team'),
        tags,
        commitSha: matching(read, 'commit-sha', inputs_COMMIT_SHA, 'a full commit SHA, 40 or more hexadecimal characters'),
        repositoryUrl: repositoryUrl && withoutCredentials(repositoryUrl),
        startedAt,
        finishedAt,
    };
}
/** `latest` needs the service and env to look in; an id is taken as Datadog gave it. */
function target(read, env, input, event) {
    const value = inputs_text(read, input);
    if (value === undefined)
        return undefined;
    if (value !== 'latest') {
        if (!DATADOG_ID.test(value))
            throw new InputError(`Input ${input} is "${value}": expected ${GIVEN_ID}, or latest.`);
        return { id: value };
    }
    const service = first(read, env, 'service', 'DD_SERVICE');
    const environment = first(read, env, 'env', 'DD_ENV');
    for (const [name, variable, found] of [['service', 'DD_SERVICE', service], ['env', 'DD_ENV', environment]]) {
        if (!found) {
            throw new InputError(`Input ${name} is required with ${input}: latest, for event ${event}: the latest deployment is looked up by service and env (or set env ${variable}).`);
        }
    }
    return { latest: { service: service.value, env: environment.value } };
}
/** Parses every input but the keys; pure, so the rules are tested without a runner. */
function parseInputs(read, env) {
    const event = inputs_text(read, 'event') ?? 'deployment';
    if (!EVENTS.includes(event)) {
        throw new InputError(`Input event is "${event}": expected one of ${EVENTS.join(', ')}.`);
    }
    const kind = event;
    const warnings = EVENT_SPECIFIC.filter((name) => !APPLIES[kind].includes(name) && read(name).trim()).map((name) => `Input ${name} does not apply to event ${kind}; it is ignored.`);
    const common = { endpoint: endpointOf(read, env, warnings), dryRun: bool(read, 'dry-run'), failOnError: bool(read, 'fail-on-error'), warnings };
    if (kind === 'change-failure' || kind === 'stable') {
        const deployment = target(read, env, 'deployment-id', kind);
        if (!deployment)
            throw new InputError(`Input deployment-id is required for event ${kind}: the id of the deployment to mark (the deployment-id output of its job), or latest.`);
        if ('id' in deployment) {
            for (const name of ['service', 'env']) {
                if (read(name).trim())
                    warnings.push(`Input ${name} applies to event ${kind} only with deployment-id: latest; it is ignored.`);
            }
        }
        const remediationId = kind === 'change-failure' ? matching(read, 'remediation-id', DATADOG_ID, GIVEN_ID) : undefined;
        if (!remediationId)
            onlyWith(read, warnings, 'remediation-type', 'remediation-id', kind);
        return {
            event: kind,
            ...common,
            target: deployment,
            remediationId,
            remediationType: remediationType(read),
        };
    }
    if (kind === 'failure') {
        const services = list(first(read, env, 'service', 'DD_SERVICE')?.value ?? '');
        const details = described(read, env);
        if (services.length === 0 && !details.team) {
            throw new InputError('Input service or team is required for event failure: the services impacted, separated by commas or newlines (or set env DD_SERVICE), or the team owning them.');
        }
        const failureId = matching(read, 'failure-id', inputs_EVENT_ID, CLIENT_ID);
        if (failureId && !details.startedAt) {
            throw new InputError('Input started-at is required with failure-id: sending a failure id again replaces that failure, so it must carry the same start time (and services or team, name and severity).');
        }
        return { event: kind, ...common, ...details, services, failureId, name: inputs_text(read, 'name'), severity: inputs_text(read, 'severity') };
    }
    const service = first(read, env, 'service', 'DD_SERVICE');
    if (!service)
        throw new InputError('Input service is required: the name of the service deployed (or set env DD_SERVICE).');
    const remediates = target(read, env, 'remediates', kind);
    if (!remediates)
        onlyWith(read, warnings, 'remediation-type', 'remediates', kind);
    return {
        event: kind,
        ...common,
        ...described(read, env),
        service: service.value,
        deploymentId: matching(read, 'deployment-id', inputs_EVENT_ID, CLIENT_ID),
        remediates,
        remediationType: remediationType(read),
    };
}
function onlyWith(read, warnings, input, other, event) {
    if (read(input).trim())
        warnings.push(`Input ${input} applies to event ${event} only with ${other}; it is ignored.`);
}
/**
 * The keys an event needs, masked in this step's log before anything else can print them.
 * `needs` says what for, so a missing key's error can say why it is needed.
 */
function parseKeys(read, env, needs) {
    const apiKey = first(read, env, 'api-key', 'DATADOG_API_KEY', 'DD_API_KEY')?.value;
    const appKey = first(read, env, 'app-key', 'DATADOG_APP_KEY', 'DD_APP_KEY')?.value;
    for (const key of [apiKey, appKey])
        if (key)
            setSecret(key);
    if (!apiKey && needs.api) {
        throw new InputError(`Input api-key is required ${needs.api}: pass a Datadog API key from a secret (or set env DATADOG_API_KEY or DD_API_KEY), or set dry-run: true to send nothing.`);
    }
    if (!appKey && needs.app) {
        throw new InputError(`Input app-key is required ${needs.app}: pass a Datadog application key with the dora_metrics_write and dora_metrics_read permissions from a secret (or set env DATADOG_APP_KEY or DD_APP_KEY).`);
    }
    return { apiKey, appKey };
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
const readInputs = () => parseInputs((name) => getInput(name), process.env);
const readKeys = (needs) => parseKeys((name) => getInput(name), process.env, needs);

;// CONCATENATED MODULE: ./build/action/latest.js
/** How far back `latest` looks for a deployment. */
const LOOKBACK_DAYS = 30;
/** Values quoted for Datadog's event search syntax: a service named `a b` or `x:y` stays one value. */
function latestQuery(service, env) {
    const quote = (value) => `"${value.replace(/["\\]/g, '\\$&')}"`;
    return `service:${quote(service)} env:${quote(env)}`;
}
function describeLookup(service, env) {
    return `the latest deployment of ${service} in ${env} (the last ${LOOKBACK_DAYS} days)`;
}
/** The id of the most recent deployment of a service in an env, if there is one in the window. */
async function findLatestDeployment(client, service, env, now = new Date()) {
    const [latest] = await client.listDeployments({
        from: new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000),
        to: now,
        query: latestQuery(service, env),
        sort: '-finished_at',
        limit: 1,
    });
    return latest?.id;
}

;// CONCATENATED MODULE: ./build/action/report.js
// How the action tells users what happened: logs, annotations, the job summary.



/** Nothing in Datadog matches what the user asked for. */
class NothingFound extends Error {
    name = 'NothingFound';
}
/** A configuration the user must fix: the step fails, whatever fail-on-error says. */
function isInputProblem(error) {
    return error instanceof InputError || error instanceof DatadogConfigError;
}
/**
 * Datadog unreachable, refusing, or holding nothing that matches: a warning, and the job keeps its
 * result, unless fail-on-error. A deploy must not break because Datadog had a bad minute.
 */
function reportProblem(error, failOnError, title) {
    if (isInputProblem(error))
        throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (failOnError)
        setFailed(message);
    else
        toolkit_warning(`${message} The job keeps its result (fail-on-error is false).`, { title });
    return { kind: 'failed', message, failsStep: failOnError };
}
function printDryRun(requests) {
    for (const request of requests) {
        info(`Dry run: nothing is sent. This is the request that would go to Datadog:\n${request.method} ${request.url}${request.body === undefined ? '' : `\n${JSON.stringify(request.body, null, 2)}`}`);
    }
}
async function writeSummary(markdown) {
    if (process.env.GITHUB_STEP_SUMMARY)
        await summary.addRaw(markdown).write();
}
function describeAttempts(outcome) {
    const time = outcome.durationMs < 1000 ? `${outcome.durationMs} ms` : `${(outcome.durationMs / 1000).toFixed(1)} s`;
    return `${time}, ${outcome.attempts === 1 ? '1 attempt' : `${outcome.attempts} attempts`} (HTTP ${outcome.status})`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./build/action/start-time.js
// All that pre does, kept apart so that pre loads nothing else: it runs at the start of every job
// that uses the action. It writes the runner's state file itself, in the format
// @actions/core's saveState writes (a test reads it back with core's getState), because core
// would cost pre more than everything else it does.



const STARTED_AT = 'started_at';
function recordStartTime(at, env = process.env) {
    const file = env.GITHUB_STATE;
    if (!file)
        return;
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendFileSync(file, `${STARTED_AT}<<${delimiter}${EOL}${at.toISOString()}${EOL}${delimiter}${EOL}`, 'utf8');
}

;// CONCATENATED MODULE: ./build/action/state.js
// What one step of the action leaves for the next: the runner hands saved state to later steps.


const DEPLOYMENT = 'deployment';
/** What pre recorded. */
function loadStartTime() {
    const saved = getState(STARTED_AT);
    const at = saved ? new Date(saved) : undefined;
    return at && !Number.isNaN(at.getTime()) ? at : undefined;
}
function saveDeployment(saved) {
    saveState(DEPLOYMENT, JSON.stringify(saved));
}
function loadDeployment() {
    const text = getState(DEPLOYMENT);
    if (!text)
        return undefined;
    const saved = JSON.parse(text);
    saved.deployment.startedAt = new Date(saved.deployment.startedAt);
    return saved;
}

;// CONCATENATED MODULE: ./build/action/summary.js

function render(heading, rows, closing) {
    return [`### ${heading}`, '', '| | |', '|---|---|', ...rows.map(([name, value]) => `| ${name} | ${value} |`), '', ...closing, ''].join('\n');
}
function headingFor(outcome, headings) {
    if (outcome.kind === 'done')
        return headings.done;
    if (outcome.kind === 'dry-run')
        return `🧪 ${headings.dryRun} (dry run)`;
    return `${outcome.failsStep ? '❌' : '⚠️'} ${headings.failed}`;
}
function outcomeLines(outcome, success) {
    if (outcome.kind === 'done')
        return [success];
    if (outcome.kind === 'dry-run')
        return [`Dry run: ${summary_escape(outcome.what)}`];
    return [summary_escape(outcome.message)];
}
function sending(outcome) {
    return outcome.kind === 'done' ? [['Sending', describeAttempts(outcome)]] : [];
}
function deploymentSummary(report) {
    const { deployment, finishedAt, appUrl, outcome } = report;
    const id = report.datadogId ? `${code(report.datadogId)} (Datadog's; sent as ${code(deployment.id)})` : code(deployment.id);
    const rows = [
        ['Service', code(deployment.service)],
        ['Env', summary_optional(deployment.env)],
        ['Version', summary_optional(deployment.version)],
        ['Commit', deployment.git ? commitLink(deployment.git.commitSha, deployment.git.repositoryUrl) : '—'],
        ['Started', deployment.startedAt.toISOString()],
        ['Finished', finishedAt.toISOString()],
        ['Duration', duration(finishedAt.getTime() - deployment.startedAt.getTime())],
        ['Deployment id', id],
        ...sending(outcome),
        ...(report.remediation ? [['Remediates', summary_escape(report.remediation.line)]] : []),
    ];
    return render(headingFor(outcome, { done: '✅ Deployment sent to Datadog', failed: 'Deployment not sent to Datadog', dryRun: 'Deployment not sent' }), rows, outcomeLines(outcome, `Accepted by Datadog. See it in [DORA Metrics](${appUrl}/ci/dora).`));
}
function markSummary(report) {
    const { outcome } = report;
    const mark = report.changeFailure ? 'a change failure' : 'stable';
    const rows = [
        ['Deployment id', report.id ? code(report.id) : '—'],
        ...(report.lookup ? [['Found as', summary_escape(report.lookup)]] : []),
        ['Change failure', report.changeFailure ? 'yes' : 'no (stable)'],
        ...(report.remediation ? [['Remediated by', `${code(report.remediation.id)} (${report.remediation.type})`]] : []),
        ...sending(outcome),
    ];
    return render(headingFor(outcome, { done: `${report.changeFailure ? '🔴' : '🟢'} Deployment marked ${mark}`, failed: `Deployment not marked ${mark}`, dryRun: 'Deployment not marked' }), rows, outcomeLines(outcome, `Accepted by Datadog. See [DORA Metrics](${report.appUrl}/ci/dora).`));
}
function failureSummary({ failure, datadogId, appUrl, outcome }) {
    const rows = [
        ['Name', summary_optional(failure.name)],
        ['Severity', summary_optional(failure.severity)],
        ['Services', failure.services?.length ? failure.services.map(code).join(', ') : '—'],
        ['Team', summary_optional(failure.team)],
        ['Env', summary_optional(failure.env)],
        ['Started', failure.startedAt.toISOString()],
        ['Finished', failure.finishedAt ? `${failure.finishedAt.toISOString()} (after ${duration(failure.finishedAt.getTime() - failure.startedAt.getTime())})` : 'not yet: send the same failure-id again with finished-at to resolve it'],
        ['Failure id', datadogId ? `${code(datadogId)} (Datadog's; sent as ${code(failure.id)})` : code(failure.id)],
        ...sending(outcome),
    ];
    return render(headingFor(outcome, { done: '🚨 Failure sent to Datadog', failed: 'Failure not sent to Datadog', dryRun: 'Failure not sent' }), rows, outcomeLines(outcome, `Accepted by Datadog. See [DORA Metrics](${appUrl}/ci/dora).`));
}
function summary_optional(value) {
    return value ? code(value) : '—';
}
function commitLink(sha, repositoryUrl) {
    const short = code(sha.slice(0, 12));
    return /^https?:\/\//.test(repositoryUrl) ? `[${short}](${repositoryUrl.replace(/\/+$/, '')}/commit/${sha})` : short;
}
function duration(ms) {
    const total = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    return h ? `${h} h ${m} min ${s} s` : m ? `${m} min ${s} s` : `${s} s`;
}
function code(text) {
    return `\`${text.replaceAll('`', "'").replaceAll('|', '\\|')}\``;
}
function summary_escape(text) {
    return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

;// CONCATENATED MODULE: ./build/action/deploy.js
// The deployment event: planned in main, before the deploy; sent when the job ends (post),
// or at once from main when its finish time is given.












const SEND = 'to send a deployment to Datadog';
const LINK = 'with remediates: marking the remediated deployment a change failure needs it';
async function startDeployment(inputs) {
    const keys = readKeys(inputs.dryRun ? {} : { api: SEND, app: inputs.remediates ? LINK : undefined });
    const context = readRunContext();
    let startedAt = inputs.startedAt ?? loadStartTime();
    if (!startedAt) {
        startedAt = new Date();
        info(`No start time was recorded when the job started (the runner skips pre for local actions such as "uses: ./"): the deployment starts now, ${startedAt.toISOString()}.`);
    }
    const commit = inputs.commitSha ? { sha: inputs.commitSha, source: 'input commit-sha' } : await detectCommit(context, undefined, debug);
    const deployment = planDeployment(inputs, context, { id: inputs.deploymentId ?? runScopedId(context), startedAt, commitSha: commit.sha });
    // The client's own rules, checked now rather than when the job ends.
    deploymentRequest({ ...deployment, finishedAt: inputs.finishedAt ?? startedAt });
    const clients = clientsFor(inputs.endpoint, inputs.dryRun, keys);
    if (!inputs.dryRun)
        await deploy_checkKey(clients.writer, inputs.endpoint, inputs.failOnError);
    const saved = { deployment, endpoint: inputs.endpoint, dryRun: inputs.dryRun, failOnError: inputs.failOnError };
    if (inputs.remediates)
        saved.remediates = await resolveRemediated(inputs, clients.reader);
    setOutput('deployment-id', deployment.id);
    setOutput('started-at', startedAt.toISOString());
    const what = `Deployment ${deployment.id} of ${deployment.service}${deployment.env ? ` to ${deployment.env}` : ''}, started at ${startedAt.toISOString()}${commit.sha ? `, commit ${commit.sha} (${commit.source})` : ''}`;
    if (inputs.finishedAt) {
        info(`${what}, finished at ${inputs.finishedAt.toISOString()} (input finished-at): sent now; nothing is left for the end of the job.`);
        await deliverDeployment(saved, inputs.finishedAt);
        return;
    }
    saveDeployment(saved);
    info(`${what}. It is ${inputs.dryRun ? 'shown (dry run)' : 'sent to Datadog'} when the job ends, if the job succeeds.`);
}
/** A wrong key or site is said before the deploy runs, not discovered when the job ends. */
async function deploy_checkKey(client, endpoint, failOnError) {
    const check = await client.checkApiKey();
    const where = apiUrlFor(endpoint);
    if (check.verdict === 'rejected') {
        const message = `Datadog rejected the API key: ${check.reason}. Check input api-key (or env DATADOG_API_KEY, DD_API_KEY) and input site: the key must belong to an organization on ${where}.`;
        if (failOnError)
            throw new InputError(message);
        toolkit_warning(`${message} The deployment will not be accepted.`, { title: 'Datadog API key rejected' });
    }
    else if (check.verdict === 'unknown') {
        info(`The API key could not be checked (${check.reason}); going on.`);
    }
    else {
        debug(`Datadog accepts the API key on ${where}.`);
    }
}
/** `remediates: latest` is looked up now, before this deployment exists in Datadog. */
async function resolveRemediated(inputs, reader) {
    const target = inputs.remediates;
    const type = inputs.remediationType;
    if ('id' in target)
        return { ...target, type };
    const { service, env } = target.latest;
    if (!reader) {
        info(`Dry run without both keys: ${describeLookup(service, env)} would be looked up now, and marked a change failure remediated by this deployment.`);
        return { ...target, type };
    }
    try {
        const id = await findLatestDeployment(reader, service, env);
        if (!id)
            throw new NothingFound(`No deployment of ${service} in ${env} was found to remediate (${describeLookup(service, env)}): this deployment is sent without a remediation link.`);
        info(`This deployment remediates ${id}, ${describeLookup(service, env)}.`);
        return { id, type };
    }
    catch (error) {
        reportProblem(error, inputs.failOnError, 'Remediated deployment not found');
        return undefined;
    }
}
/** Sends the deployment, then links the deployment it remediates to it; says how it went. */
async function deliverDeployment(saved, finishedAt) {
    const { deployment, endpoint, dryRun, failOnError, remediates } = saved;
    const appUrl = appUrlFor(endpoint);
    let outcome;
    let datadogId;
    let remediation;
    try {
        const keys = readKeys(dryRun ? {} : { api: SEND, app: remediates ? LINK : undefined });
        const { writer, dryRun: recorder } = clientsFor(endpoint, dryRun, keys);
        const result = await writer.sendDeployment({ ...deployment, finishedAt });
        if (recorder) {
            outcome = { kind: 'dry-run', what: `it would have been sent to ${recorder.requests[0]?.url}.` };
        }
        else {
            outcome = { kind: 'done', ...result };
            info(`Datadog accepted deployment ${result.id} (HTTP ${result.status}, ${result.attempts === 1 ? '1 attempt' : `${result.attempts} attempts`}).`);
            if (result.id !== result.sentId) {
                datadogId = result.id;
                info(`Datadog knows this deployment as ${result.id}, not ${result.sentId} as sent: use ${result.id} to mark it later.`);
                setOutput('deployment-id', result.id);
            }
        }
        if (remediates)
            remediation = await linkRemediation(writer, remediates, result.id, failOnError);
        if (recorder)
            printDryRun(recorder.requests);
    }
    catch (error) {
        outcome = reportProblem(error, failOnError, 'DORA deployment not sent');
    }
    await writeSummary(deploymentSummary({ deployment, finishedAt, appUrl, outcome, datadogId, remediation }));
}
async function linkRemediation(writer, remediates, remediationId, failOnError) {
    if (!('id' in remediates)) {
        const { service, env } = remediates.latest;
        return { line: `${describeLookup(service, env)}, marked a change failure (${remediates.type}) — not looked up in this dry run without both keys` };
    }
    try {
        await writer.patchDeployment(remediates.id, { changeFailure: true, remediation: { id: remediationId, type: remediates.type } });
        info(`Deployment ${remediates.id} is marked a change failure, remediated by ${remediationId} (${remediates.type}).`);
        return { line: `${remediates.id}: marked a change failure, remediated by this deployment (${remediates.type})` };
    }
    catch (error) {
        const outcome = reportProblem(error, failOnError, 'Remediated deployment not marked');
        return { line: `${remediates.id}: not marked. ${outcome.kind === 'failed' ? outcome.message : ''}` };
    }
}

;// CONCATENATED MODULE: ./build/action/failure.js
// failure: an incident event, sent at once from main.










async function sendFailure(inputs) {
    const keys = readKeys(inputs.dryRun ? {} : { api: 'to send a failure to Datadog' });
    const context = readRunContext();
    const commit = inputs.commitSha ?? (await detectCommit(context, undefined, debug)).sha;
    const failure = planFailure(inputs, context, { id: inputs.failureId ?? runScopedId(context), startedAt: inputs.startedAt ?? new Date(), commitSha: commit });
    failureRequest(failure);
    const { writer, dryRun } = clientsFor(inputs.endpoint, inputs.dryRun, keys);
    const appUrl = appUrlFor(inputs.endpoint);
    let outcome;
    let datadogId;
    try {
        const result = await writer.sendFailure(failure);
        setOutput('failure-id', result.id);
        if (dryRun) {
            printDryRun(dryRun.requests);
            outcome = { kind: 'dry-run', what: `it would have been sent to ${dryRun.requests[0]?.url}.` };
        }
        else {
            outcome = { kind: 'done', ...result };
            if (result.id !== result.sentId)
                datadogId = result.id;
            info(`Datadog accepted failure ${result.id}${failure.finishedAt ? `, resolved at ${failure.finishedAt.toISOString()}` : ', ongoing: send the same failure-id again with finished-at to resolve it'}.`);
        }
    }
    catch (error) {
        outcome = reportProblem(error, inputs.failOnError, 'DORA failure not sent');
    }
    await writeSummary(failureSummary({ failure, datadogId, appUrl, outcome }));
}

;// CONCATENATED MODULE: ./build/action/mark.js
// change-failure and stable: patch a deployment Datadog already has, at once, from main.






async function markDeployment(inputs) {
    const changeFailure = inputs.event === 'change-failure';
    const why = `for event ${inputs.event}: marking a deployment is a write to Datadog`;
    const keys = readKeys(inputs.dryRun ? {} : { api: why, app: why });
    const { writer, reader, dryRun } = clientsFor(inputs.endpoint, inputs.dryRun, keys);
    const remediation = inputs.remediationId ? { id: inputs.remediationId, type: inputs.remediationType } : undefined;
    const report = { changeFailure, remediation, appUrl: appUrlFor(inputs.endpoint) };
    let outcome;
    try {
        let id;
        if ('id' in inputs.target) {
            id = inputs.target.id;
        }
        else {
            const { service, env } = inputs.target.latest;
            report.lookup = describeLookup(service, env);
            if (!reader) {
                const what = `${report.lookup} would be looked up (a dry run reads only when both keys are given), and marked ${changeFailure ? 'a change failure' : 'stable'}.`;
                info(`Dry run: ${what}`);
                await writeSummary(markSummary({ ...report, outcome: { kind: 'dry-run', what } }));
                return;
            }
            const latest = await findLatestDeployment(reader, service, env);
            if (!latest)
                throw new NothingFound(`No deployment of ${service} in ${env} was found (${report.lookup}): nothing was marked. Check inputs service and env, or pass the id as deployment-id.`);
            id = latest;
            info(`The latest deployment of ${service} in ${env} is ${id}.`);
        }
        report.id = id;
        const result = await writer.patchDeployment(id, { changeFailure, ...(remediation ? { remediation } : {}) });
        setOutput('deployment-id', id);
        if (dryRun) {
            printDryRun(dryRun.requests.filter((request) => request.method === 'PATCH'));
            outcome = { kind: 'dry-run', what: `deployment ${id} would have been marked ${changeFailure ? 'a change failure' : 'stable'}.` };
        }
        else {
            outcome = { kind: 'done', ...result };
            info(`Datadog marked deployment ${id} ${changeFailure ? `a change failure${remediation ? `, remediated by ${remediation.id} (${remediation.type})` : ''}` : 'stable'}.`);
        }
    }
    catch (error) {
        outcome = reportProblem(error, inputs.failOnError, `Deployment not marked ${changeFailure ? 'a change failure' : 'stable'}`);
    }
    await writeSummary(markSummary({ ...report, outcome }));
}

;// CONCATENATED MODULE: ./build/action/main.js






/** Where the step stands: every input is validated first, so a bad one fails before the deploy. */
async function runMain() {
    try {
        const inputs = readInputs();
        for (const warning of inputs.warnings)
            toolkit_warning(warning, { title: 'Input ignored' });
        if (inputs.event === 'deployment')
            await startDeployment(inputs);
        else if (inputs.event === 'failure')
            await sendFailure(inputs);
        else
            await markDeployment(inputs);
    }
    catch (error) {
        if (isInputProblem(error))
            setFailed(error.message);
        else
            setFailed(`Unexpected error: ${error.stack ?? String(error)}`);
    }
}

;// CONCATENATED MODULE: ./build/action/post.js




/** When the job ends, only if it succeeded: send the deployment main planned, once. */
async function runPost() {
    const saved = loadDeployment();
    if (!saved) {
        debug('Nothing to send when the job ends: main sent what it had to, or recorded no deployment.');
        return;
    }
    try {
        await deliverDeployment(saved, new Date());
    }
    catch (error) {
        if (isInputProblem(error)) {
            setFailed(error.message);
            return;
        }
        // Never a reason to fail a deploy that went out, unless asked.
        const message = `Unexpected error: ${error.stack ?? String(error)}`;
        if (saved.failOnError)
            setFailed(message);
        else
            toolkit_warning(message);
    }
}

;// CONCATENATED MODULE: ./build/index.js
// The steps after pre share one bundle (dist/index.js); dist/main.js and dist/post.js only call in.



var __webpack_exports__runMain = __webpack_exports__.V;
var __webpack_exports__runPost = __webpack_exports__.a;
export { __webpack_exports__runMain as runMain, __webpack_exports__runPost as runPost };
