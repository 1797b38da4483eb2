// The copies of Datadog's OpenAPI documents the stand-in validates bodies against
// (scripts/local/*-openapi.json) keep their structure and none of Datadog's prose: no
// descriptions, summaries, examples or x- fields; info says only what they are and where they
// come from. That bodies are still held to them is what schema.test.ts and the stand-in's tests show.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { requestBodyIssues } from '../../scripts/local/openapi.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Document {
  info: Record<string, string>;
  paths: Record<string, Record<string, { requestBody?: unknown } | unknown>>;
}

const PROSE = new Set([
  'description',
  'summary',
  'example',
  'examples',
  'externalDocs',
  'contact',
  'license',
  'termsOfService',
]);
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every key in the document, with its JSON pointer and value. */
function* entries(node: Json, at = ''): Generator<{ at: string; key: string; value: Json }> {
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    const path = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!Array.isArray(node)) yield { at: path, key, value };
    yield* entries(value, path);
  }
}

function resolves(document: Json, ref: string): boolean {
  let node: Json | undefined = document;
  for (const part of ref.replace(/^#\//, '').split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node !== null && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined;
  }
  return node !== undefined;
}

describe.each(['dora', 'events'])('scripts/local/%s-openapi.json', (name) => {
  const document = JSON.parse(
    readFileSync(new URL(`../../scripts/local/${name}-openapi.json`, import.meta.url), 'utf8'),
  ) as Json;
  const all = [...entries(document)];

  test('has no prose of Datadog’s: descriptions, summaries, examples, titles of schemas, x- fields', () => {
    const prose = all.filter(({ at, key, value }) => {
      if (at === '/info/title' || at === '/info/description') return false;
      // A property named title is a schema (an object); a schema's title is a string.
      return PROSE.has(key) || key.startsWith('x-') || (key === 'title' && typeof value === 'string');
    });
    expect(prose.map(({ at }) => at)).toEqual([]);
  });

  test('says in info only what it is and where it comes from: a repository and a commit, on one line', () => {
    const { info } = document as unknown as Document;
    expect(Object.keys(info).sort()).toEqual(['description', 'title', 'version']);
    expect(info.description).not.toMatch(/\n/);
    expect(info.description).toMatch(/^From DataDog\/datadog-api-client-\w+ \S+ at [0-9a-f]{40}\b/);
  });

  test('keeps its structure: every $ref resolves, and every operation that takes a body still has it checked', () => {
    const refs = all.filter(({ key }) => key === '$ref').map(({ value }) => value as string);
    expect(refs.length).toBeGreaterThan(20);
    expect(refs.filter((ref) => !resolves(document, ref))).toEqual([]);

    const { paths } = document as unknown as Document;
    const withBody = Object.entries(paths).flatMap(([template, operations]) =>
      Object.entries(operations)
        .filter(([method, operation]) => METHODS.has(method) && (operation as { requestBody?: unknown }).requestBody)
        .map(([method]) => ({
          method: method.toUpperCase(),
          path: template.replace(/\{[^}]+\}/g, 'x1234567890abcdef'),
        })),
    );
    expect(withBody.length).toBeGreaterThan(2);
    for (const { method, path } of withBody) {
      // Every object closed, as openapi.ts closes them: a field the document does not name is refused.
      expect(requestBodyIssues(method, path, { misspelt: 1 }).map((issue) => issue.message)).toContain(
        'must NOT have additional properties (misspelt)',
      );
    }
  });
});
