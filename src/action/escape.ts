// Every value leaves the action through the escaping of where it goes: a log line, Markdown, a URL.
// Inputs are checked where they enter too; these close what comes from elsewhere (Datadog's
// answers, the environment, the runner's files) and whatever a check may miss.

import { excerpt, harmless } from '../datadog/answers.ts';

/** Characters that break a line, or reorder what a reader sees: C0/C1 controls, U+2028/9, bidi controls. */
export const UNSAFE_CHARACTERS = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const UNSAFE_GLOBAL = new RegExp(UNSAFE_CHARACTERS.source, 'gu');

/** A value as a message quotes it: unsafe characters shown as escapes (the client's own), a long one cut. */
export function quoted(value: string, max = 200): string {
  return `"${excerpt(value, max)}"`;
}

/**
 * Text for the step's log. The runner reads a line as a command when it starts with `::` after
 * spaces, or holds `##[` anywhere (the legacy syntax); both are broken up, and every line break
 * the runner splits on (\n, \r) is a real one, so no value can start a line of its own.
 */
export function forLog(text: string): string {
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

/** A Markdown link to an http(s) URL; the text alone when the URL is not one. */
export function markdownLink(label: string, url: string): string {
  const href = safeUrl(url);
  return href ? `[${label}](${href})` : label;
}
