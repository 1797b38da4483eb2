// The steps after pre share one bundle (dist/index.js); dist/main.js and dist/post.js only call in.

// What the bundles main loads apart (dist/report/, dist/export/; Bundles in events/kind.ts) take
// from this one: they import the modules of action/ and datadog/ from it, instead of holding copies
// of their own (scripts/build.ts). One copy of each in dist/, one instance of each in a step. Only
// what they use, so that deploy steps parse no more; `npm run build` names what is missing.
export { appLinkFor, clientsFor } from './action/clients.ts';
export { gitWithActionsExec, loadExec } from './action/commit.ts';
export { readRunContext } from './action/context.ts';
export {
  GUIDES,
  linkOrigins,
  markdownCode,
  markdownCodeSpan,
  markdownLink,
  markdownText,
  quoted,
  UNSAFE_CHARACTERS,
} from './action/escape.ts';
export { FAILURE_ID_TAG, incidentFromEvent } from './action/incidents.ts';
export { MAX_LENGTH } from './action/inputs/grammar.ts';
export { requireKeys } from './action/inputs/read.ts';
export { InputError } from './action/inputs/types.ts';
export { runMain } from './action/main.ts';
export { sayProblem, writeOutput, writeSummary } from './action/outcome.ts';
export { runPost } from './action/post.ts';
export { REMEDIATES_TAG, REMEDIATION_TAG } from './action/remediation-tags.ts';
export { parseTimeInput } from './action/times.ts';
export { info, setFailed, warning } from './action/toolkit.ts';
export { excerpt } from './datadog/answers.ts';
export { DatadogApiError, DatadogRetiredError } from './datadog/errors.ts';
export {
  forEachPageInWindow,
  listAllDeployments,
  listAllFailures,
  whatWasLeftOut,
  whyStopped,
} from './datadog/paging.ts';
export { queryFor, termFor } from './datadog/query.ts';
export { parseTime } from './datadog/responses.ts';
export {
  day,
  INCIDENT_DATA_ENDS,
  INCIDENT_INGESTION_ENDS,
  isRetired,
  RETIREMENT_GUIDE,
  systemClock,
} from './datadog/retirement.ts';
export { COMMIT_SHA_PATTERN, isCommitSha, pathIdProblem } from './datadog/rules.ts';
