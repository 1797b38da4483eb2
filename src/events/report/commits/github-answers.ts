// GitHub's answers read by their grammar, not cast: a compare page and its commits, the Link
// header's last page, GitHub's own error, a repository; and what came, said for a message.
import { isCommitSha } from '../../../datadog/rules.ts';
import { type Answer, githubTime, isObject, lastLinkedPage, shown } from '../../../pipeline/github.ts';

export { type Answer, describeBody, errorMessageOf } from '../../../pipeline/github.ts';

/** The compare API's largest page. */
export const PER_PAGE = 100;

/** A repository's answer: a JSON object with its full name. */
export const isRepositoryAnswer = (data: unknown): boolean =>
  isObject(data) && typeof data.full_name === 'string' && /^[\w.-]+\/[\w.-]+$/.test(data.full_name);

/**
 * The page of the Link header's `rel="last"`, by the header's grammar: 1 without one (a single
 * page). A string says what is wrong: a header that does not parse, a last link that is no http(s)
 * URL with a page number, or more pages than the answer's commits fill.
 */
export const lastPageOf = (link: unknown, total: number): number | string =>
  lastLinkedPage(link, total, PER_PAGE, 'commits');

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
  const authoredAt = githubTime(date);
  if (!authoredAt) return `commit ${sha}'s author date is not an ISO 8601 time: ${shown(date)}`;
  return { sha: sha.toLowerCase(), authoredAt, merge: parents.length > 1 };
}
