// What GitHub keeps of a job summary's HTML, checked the same way for the summary's unit tests and
// for the committed dist/ run end to end.
import { expect } from '@jest/globals';

/** Tags GitHub keeps in a summary, and the only ones the summary writes. */
export const ALLOWED_TAGS = new Set(['details', 'summary', 'br', 'b']);

/**
 * What Markdown acts on: code blocks, code spans (a run of backticks to the next run as long) and
 * backslash escapes taken out, in the order Markdown reads them.
 */
export const outsideCode = (markdown: string): string =>
  markdown
    .replace(/^```[\s\S]*?^```$/gm, 'BLOCK')
    .replace(/(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)|\\[!-/:-@[-`{-~]/g, (match) => (match.startsWith('`') ? 'CODE' : 'E'));

export function expectOnlyAllowedHtml(markdown: string): void {
  const tags = [...outsideCode(markdown).matchAll(/<[^>\n]*>?/g)].map((match) => match[0]);
  for (const tag of tags) {
    const name = /^<\/?([a-z]+)>$/.exec(tag)?.[1];
    expect({ tag, allowed: name !== undefined && ALLOWED_TAGS.has(name) }).toEqual({ tag, allowed: true });
  }
}
