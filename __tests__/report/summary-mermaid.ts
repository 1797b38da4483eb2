// Mermaid's own parser, as GitHub's renderer would run it: Mermaid needs a DOM (DOMPurify reads
// `window` when it loads), so a jsdom window is made global before Mermaid is imported.
import { JSDOM } from 'jsdom';

export type Parse = (text: string) => Promise<unknown>;

export async function mermaidParser(): Promise<Parse> {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  Object.assign(globalThis, { window, document: window.document });
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false });
  return (text) => mermaid.parse(text);
}

/** The Mermaid blocks of a Markdown text. */
export const mermaidBlocks = (markdown: string): string[] =>
  [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
