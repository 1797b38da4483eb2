// GitHub's answers read by their grammar, not cast: a compare page and its commits, the Link
// header's last page, GitHub's own error, a repository; and what came, said for a message.
import { excerpt } from '../../../datadog/answers.ts';
import { isCommitSha } from '../../../datadog/rules.ts';
import { quoted } from '../../../runner/escape.ts';
import { parseTimeInput } from '../../../runner/times.ts';

/** The compare API's largest page. */
export const PER_PAGE = 100;

export interface Answer {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

/** An object as JSON.parse makes one (the HTTP client hands other bodies over as a string or bytes). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** GitHub's error: a JSON object with a message; undefined for anything else. */
export function errorMessageOf(data: unknown): string | undefined {
  return isObject(data) && typeof data.message === 'string' ? data.message : undefined;
}

export const isRepositoryAnswer = (data: unknown): boolean =>
  isObject(data) && typeof data.full_name === 'string' && /^[\w.-]+\/[\w.-]+$/.test(data.full_name);

/** What an answer brought, for a message: its content type and the start of its body, the token scrubbed, escaped. */
export function describeBody(answer: Answer, token: string): string {
  const type = answer.headers['content-type'];
  const { data } = answer;
  const text =
    typeof data === 'string'
      ? data
      : data instanceof ArrayBuffer
        ? new TextDecoder().decode(data.slice(0, 400))
        : jsonText(data);
  const scrubbed = token ? text.replaceAll(token, '***') : text;
  return `${typeof type === 'string' ? excerpt(type, 60) : 'no content type'} and ${scrubbed ? quoted(scrubbed, 80) : 'an empty body'}`;
}

/** A parsed JSON value as text again: the HTTP client parses numbers past 2^53 as bigints, which JSON.stringify refuses. */
const jsonText = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item)) ?? '';

/** A value from an answer, for a message: as JSON, which tells a string from a number, escaped and cut; `missing` when there is none. */
const shown = (value: unknown, max = 80): string => (value === undefined ? 'missing' : excerpt(jsonText(value), max));

/** A token as HTTP's grammar (RFC 9110) has it: a Link parameter's name, or its value unquoted. */
const HTTP_TOKEN = String.raw`[!#$%&'*+.^\`|~\w-]+`;
/** One link-value of a Link header (RFC 8288): `<URI>` and its parameters, up to the comma after it. */
const LINK_VALUE = new RegExp(
  String.raw`\s*<([^<>]*)>((?:\s*;\s*${HTTP_TOKEN}(?:\s*=\s*(?:${HTTP_TOKEN}|"(?:[^"\\]|\\.)*"))?)*)\s*(?:,|$)`,
  'y',
);
/** One parameter of a link-value: its name, and its value, unquoted or quoted. */
const LINK_PARAMETER = new RegExp(
  String.raw`;\s*(${HTTP_TOKEN})(?:\s*=\s*(?:(${HTTP_TOKEN})|"((?:[^"\\]|\\.)*)"))?`,
  'g',
);

/**
 * The page of the Link header's `rel="last"`, by the header's grammar: 1 without one (a single
 * page). A string says what is wrong: a header that does not parse, a last link that is no http(s)
 * URL with a page number, or more pages than the answer's commits fill.
 */
export function lastPageOf(link: unknown, total: number): number | string {
  if (link === undefined) return 1;
  const header = String(link);
  let last: string | undefined;
  LINK_VALUE.lastIndex = 0;
  while (LINK_VALUE.lastIndex < header.length) {
    const match = LINK_VALUE.exec(header);
    if (!match) return `its Link header ${shown(header, 200)} is not a list of links`;
    const rel = [...(match[2] ?? '').matchAll(LINK_PARAMETER)].find(
      (parameter) => parameter[1]?.toLowerCase() === 'rel',
    );
    if ((rel?.[2] ?? rel?.[3] ?? '').toLowerCase().split(/\s+/).includes('last')) last = match[1];
  }
  if (last === undefined) return 1;
  const url = URL.canParse(last) ? new URL(last) : undefined;
  const page = url && /^https?:$/.test(url.protocol) ? url.searchParams.get('page') : null;
  if (!page || !/^[1-9]\d{0,5}$/.test(page))
    return `its Link header's last page ${shown(last, 200)} is not an http(s) URL with a page number`;
  if (Number(page) > Math.max(1, Math.ceil(total / PER_PAGE)))
    return `its Link header's last page ${page} does not fit its ${total} commits`;
  return Number(page);
}

export interface PageCommit {
  sha: string;
  authoredAt: Date;
  merge: boolean;
}

export interface ComparePage {
  total: number;
  commits: PageCommit[];
  /** What was wrong with each commit left out, escaped. */
  malformed: string[];
}

const JSON_TYPE = /^application\/json\s*(?:;|$)/i;

/**
 * One page of a compare answer, by its grammar. A string says why the whole is not GitHub's
 * compare answer; a commit that is not one is left out, and said in `malformed`.
 */
export function readComparePage(answer: Pick<Answer, 'headers' | 'data'>): ComparePage | string {
  const { data } = answer;
  if (!JSON_TYPE.test(String(answer.headers['content-type'] ?? ''))) return 'not JSON';
  if (typeof data === 'string') return 'JSON that does not parse';
  if (!isObject(data)) return 'not a JSON object';
  const total = data.total_commits;
  if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0)
    return `its total_commits is not a whole number: ${shown(total)}`;
  if (!Array.isArray(data.commits)) return `its commits are not a list: ${shown(data.commits)}`;
  if (data.commits.length > PER_PAGE)
    return `it lists ${data.commits.length} commits, more than a page of ${PER_PAGE} holds`;
  const page: ComparePage = { total, commits: [], malformed: [] };
  for (const item of data.commits as unknown[]) {
    const commit = readCommit(item);
    if (typeof commit === 'string') page.malformed.push(commit);
    else page.commits.push(commit);
  }
  return page;
}

/** An instant as GitHub writes one: ISO 8601 date and time with a zone, that names a real instant. */
const GITHUB_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** One commit of a compare answer: its sha, its parents' (a merge has several) and its author time; a string says what is wrong. */
function readCommit(item: unknown): PageCommit | string {
  if (!isObject(item)) return `a commit is not a JSON object: ${shown(item)}`;
  const { sha, parents } = item;
  if (typeof sha !== 'string' || !isCommitSha(sha)) return `a commit's sha is not a commit SHA: ${shown(sha)}`;
  if (
    !Array.isArray(parents) ||
    !parents.every((parent) => isObject(parent) && typeof parent.sha === 'string' && isCommitSha(parent.sha))
  ) {
    return `commit ${sha}'s parents are not a list of commits, each with a sha: ${shown(parents)}`;
  }
  const author = isObject(item.commit) && isObject(item.commit.author) ? item.commit.author : undefined;
  const date = author?.date;
  const authoredAt = typeof date === 'string' && GITHUB_TIME.test(date) ? parseTimeInput(date) : undefined;
  if (!authoredAt) return `commit ${sha}'s author date is not an ISO 8601 time: ${shown(date)}`;
  return { sha: sha.toLowerCase(), authoredAt, merge: parents.length > 1 };
}
