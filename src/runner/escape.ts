// Every value leaves the action through the escaping of where it goes: a log line, Markdown, a URL.
// Inputs are checked where they enter too; these close what comes from elsewhere (Datadog's
// answers, the environment, the runner's files) and whatever a check may miss.

import { excerpt, harmless } from '../datadog/answers.ts';

/** Characters that break a line, or reorder what a reader sees: C0/C1 controls, U+2028/9, bidi controls. */
// Written out (Cc is U+0000–001F and U+007F–009F): a \p{…} class costs every step its compilation.
export const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_GLOBAL = new RegExp(UNSAFE_CHARACTERS.source, 'g');

/** A value as a message quotes it: unsafe characters shown as escapes (the client's own), a long one cut. */
export function quoted(value: string, max = 200): string {
  return `"${excerpt(value, max)}"`;
}

const MAY_NEED_LOG_ESCAPE = new RegExp(`${UNSAFE_CHARACTERS.source}|::|##\\[`);

/**
 * Text for the step's log. The runner reads a line as a command when it starts with `::` after
 * spaces, or holds `##[` anywhere (the legacy syntax); both are broken up, and every line break
 * the runner splits on (\n, \r) is a real one, so no value can start a line of its own.
 */
export function forLog(text: string): string {
  // Most messages need nothing: one test spares splitting them (every step prints a few).
  if (!MAY_NEED_LOG_ESCAPE.test(text)) return text;
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .split('\t')
        .map(harmless)
        .join('\t')
        .replace(/^(\s*)::/, '$1: :')
        .replaceAll('##[', '## ['),
    )
    .join('\n');
}

/**
 * Prose for the job summary: one line, every ASCII punctuation character backslash-escaped, so no
 * heading, list, emphasis, link, image, autolink, HTML element, entity or table cell can be opened.
 */
export function markdownText(text: string): string {
  return text.replace(UNSAFE_GLOBAL, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/**
 * A value as code in a table cell: nothing inside a code span is Markdown but a backtick, which
 * would close it, and a pipe, which GitHub reads as a cell border even there.
 */
export function markdownCode(text: string): string {
  return `\`${text.replace(UNSAFE_GLOBAL, ' ').replaceAll('`', "'").replaceAll('|', '\\|')}\``;
}

/**
 * A value as code that shows it as it is, backticks and pipes included: fenced by one backtick
 * more than its longest run of them, and padded with a space where it begins or ends with a
 * backtick or a space (the span takes one off each end). In a table cell GitHub splits at a pipe
 * even inside code: each is escaped, which the cell shows without the backslash. A backslash just
 * before a pipe cannot be kept in a cell's code, so there such a value is prose.
 */
export function markdownCodeSpan(text: string, where: 'cell' | 'line'): string {
  const value = text.replace(UNSAFE_GLOBAL, ' ');
  if (where === 'cell' && value.includes('\\|')) return markdownText(value);
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = /^[` ]|[` ]$/.test(value) ? ' ' : '';
  return `${fence}${pad}${where === 'cell' ? value.replaceAll('|', '\\|') : value}${pad}${fence}`;
}

/**
 * An http(s) URL fit for a Markdown link's destination, or undefined: parsed (which
 * percent-encodes spaces, quotes and angle brackets), then parentheses, brackets and pipes encoded,
 * which would end the destination, the link or the table cell.
 */
export function safeUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return undefined;
  return url.href.replace(/[()[\]|'*_]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Where a job summary may link, as `URL.origin` writes each (`https://github.com`): the Datadog app
 * in use and the GitHub server the job runs on, or the guides the action cites.
 */
export type LinkOrigins = ReadonlySet<string>;

/** The origins of these URLs; what is not an http(s) URL adds none. */
export function linkOrigins(...urls: string[]): LinkOrigins {
  return new Set(urls.flatMap((url) => (safeUrl(url) ? [new URL(url).origin] : [])));
}

/** The documentation the summaries cite: Datadog's, GitHub's, and DORA's research. */
export const GUIDES: LinkOrigins = new Set([
  'https://docs.datadoghq.com',
  'https://docs.github.com',
  'https://dora.dev',
]);

/**
 * A Markdown link to an http(s) URL on one of `origins`; the text alone for any other URL, so a
 * value naming another host (a repository elsewhere, a look-alike of GitHub's) is never a link.
 */
export function markdownLink(label: string, url: string, origins: LinkOrigins): string {
  const href = safeUrl(url);
  return href && origins.has(new URL(href).origin) ? `[${label}](${href})` : label;
}
