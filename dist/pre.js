import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./build/runner/start-time.js



const STARTED_AT = 'started_at';
const CLOCK_SKEW_MS = (/* unused pure expression or super */ null && (5 * 60_000));
const RETENTION_MS = (/* unused pure expression or super */ null && (730 * 86_400_000));
function recordStartTime(at, env) {
    const file = env.GITHUB_STATE;
    if (!file)
        return;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${STARTED_AT}<<${delimiter}${external_node_os_namespaceObject.EOL}${at.toISOString()}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
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

;// CONCATENATED MODULE: ./build/steps/pre.js

function runPre(at, env) {
    try {
        recordStartTime(at, env);
    }
    catch {
    }
}

;// CONCATENATED MODULE: ./build/pre.js

runPre(new Date(), process.env);

