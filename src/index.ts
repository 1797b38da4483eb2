// The steps after pre share one bundle (dist/index.js); dist/main.js and dist/post.js only call in.
// What the bundles main loads apart (dist/events/report/, dist/events/export/; Bundles in
// events/index.ts) take from it: the modules of runner/, pipeline/ and datadog/, instead of copies
// of their own (scripts/build.ts). One copy of each in dist/, one instance of each in a step. Only
// what they use, so that deploy steps parse no more; `npm run build` names what is missing.

export { excerpt } from './datadog/answers.ts';
export { DatadogApiError, DatadogRetiredError } from './datadog/errors.ts';
export { parseTime } from './datadog/fields.ts';
export { forEachPageInWindow, listAllDeployments, listAllFailures, readingTimeOn } from './datadog/paging.ts';
export { queryFor, termFor } from './datadog/query.ts';
export {
  day,
  INCIDENT_DATA_ENDS,
  INCIDENT_INGESTION_ENDS,
  isRetired,
  RETIREMENT_GUIDE,
  systemClock,
} from './datadog/retirement.ts';
export { COMMIT_SHA_PATTERN, isCommitSha, lineProblem, pathIdProblem } from './datadog/rules.ts';
export { whatWasLeftOut, whyStopped } from './datadog/shortfalls.ts';
export { appLinkFor, clientsFor } from './pipeline/clients.ts';
export { gitWithActionsExec, loadExec } from './pipeline/commit.ts';
export {
  describeBody,
  errorMessageOf,
  githubApi,
  githubTime,
  graphqlErrors,
  isObject,
  lastLinkedPage,
  Stop,
  shown,
} from './pipeline/github.ts';
export { FAILURE_ID_TAG, incidentFromEvent } from './pipeline/incidents.ts';
export { processRuntime } from './pipeline/kind.ts';
export { runTags } from './pipeline/plan.ts';
export { REMEDIATES_TAG, REMEDIATION_TAG } from './pipeline/remediation-tags.ts';
export { count } from './pipeline/summary.ts';
export { DAY_MS, isoWeekLabel, WEEK_MS, weekStart } from './pipeline/weeks.ts';
export { readRunContext } from './runner/context.ts';
export {
  GUIDES,
  linkOrigins,
  markdownCode,
  markdownCodeSpan,
  markdownLink,
  markdownText,
  quoted,
  UNSAFE_CHARACTERS,
} from './runner/escape.ts';
export { MAX_LENGTH } from './runner/inputs/grammar.ts';
export { requireKeys } from './runner/inputs/read.ts';
export { InputError } from './runner/inputs/types.ts';
export { sayProblem, writeOutput, writeSummary } from './runner/outcome.ts';
export { parseTimeInput } from './runner/times.ts';
export { runMain } from './steps/main.ts';
export { runPost } from './steps/post.ts';
