// Validates request bodies against Datadog's OpenAPI document with every object closed:
// Datadog drops a misspelt field silently, so here it must fail the test.
import { readFileSync } from 'node:fs';
import ajvModule from 'ajv';
import formatsModule from 'ajv-formats';

const Ajv = ajvModule.default;
const addFormats = formatsModule.default;

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref: string } }> } }>>;
  components: { schemas: Record<string, unknown> };
}

const document = JSON.parse(readFileSync(new URL('./dora-openapi.json', import.meta.url), 'utf8')) as OpenApi;

function close(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(close);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === 'example' ? value : close(value);
  if ((out.type === 'object' || out.properties) && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addFormat('int64', { type: 'number', validate: Number.isSafeInteger });
ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
ajv.addSchema({ $id: 'dora', components: close(document.components) }, 'dora');

const routes = Object.entries(document.paths).flatMap(([template, operations]) =>
  Object.entries(operations).map(([method, operation]) => ({
    method: method.toUpperCase(),
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    schemaRef: operation.requestBody?.content['application/json']?.schema.$ref,
  })),
);

/** The schema errors of a request body; an empty list when it is valid. */
export function requestBodyErrors(method: string, path: string, body: unknown): string[] {
  const route = routes.find((r) => r.method === method && r.pattern.test(path));
  if (!route) return [`${method} ${path} is not an operation of the DORA API`];
  if (!route.schemaRef) return body === undefined ? [] : [`${method} ${path} takes no body`];
  const validate = ajv.getSchema(`dora${route.schemaRef}`);
  if (!validate) throw new Error(`schema ${route.schemaRef} not found`);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}
