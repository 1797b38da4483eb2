// Validates request bodies against Datadog's OpenAPI documents (DORA, and Events) with every
// object closed: Datadog drops a misspelt field silently, so here it must fail the test. The
// documents are copies of their structure only (each says where it comes from in info), without
// Datadog's descriptions and examples; __tests__/stand-in/openapi-documents.test.ts holds them to it.
import { readFileSync } from 'node:fs';
import ajvModule from 'ajv';
import formatsModule from 'ajv-formats';

const Ajv = ajvModule.default;
const addFormats = formatsModule.default;

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref: string } }> } }>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

const load = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as OpenApi;
const documents = { dora: load('./dora-openapi.json'), events: load('./events-openapi.json') };

function close(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(close);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = close(value);
  if ((out.type === 'object' || out.properties) && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

/**
 * An event's `attributes` are a oneOf of the change and the alert schemas, which lets an alert
 * carry a change's attributes and says one wrong field once per branch: the category picks the
 * schema instead, as Datadog's reference says the schema differs per event category. After closing,
 * so that the `if` schemas stay open.
 */
function attributesByCategory(schemas: Record<string, Record<string, unknown>>): void {
  const payload = schemas.EventPayload as { properties: Record<string, unknown>; allOf?: unknown[] };
  const when = (category: string, schema: string, otherwise?: object) => ({
    if: { required: ['category'], properties: { category: { const: category } } },
    then: { properties: { attributes: { $ref: `#/components/schemas/${schema}` } } },
    ...(otherwise ? { else: otherwise } : {}),
  });
  payload.properties.attributes = { type: 'object' };
  payload.allOf = [when('alert', 'AlertEventCustomAttributes', when('change', 'ChangeEventCustomAttributes'))];
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addFormat('int64', { type: 'number', validate: Number.isSafeInteger });
ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
for (const [name, document] of Object.entries(documents)) {
  const components = close(document.components) as OpenApi['components'];
  if (name === 'events') attributesByCategory(components.schemas);
  ajv.addSchema({ $id: name, components }, name);
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
const routes = Object.entries(documents).flatMap(([name, document]) =>
  Object.entries(document.paths).flatMap(([template, operations]) =>
    Object.entries(operations)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]) => {
        const ref = operation.requestBody?.content['application/json']?.schema.$ref;
        return {
          method: method.toUpperCase(),
          pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
          schemaRef: ref && `${name}${ref}`,
        };
      }),
  ),
);

/** One schema error: where in the body (a JSON pointer, '' for the body itself; none when the request has no schema) and what. */
export interface BodyIssue {
  at?: string;
  message: string;
}

/** The schema errors of a request body; an empty list when it is valid. */
export function requestBodyIssues(method: string, path: string, body: unknown): BodyIssue[] {
  const route = routes.find((r) => r.method === method && r.pattern.test(path));
  if (!route) return [{ message: `${method} ${path} is not an operation of Datadog's DORA or Events API` }];
  if (!route.schemaRef) return body === undefined ? [] : [{ message: `${method} ${path} takes no body` }];
  const validate = ajv.getSchema(route.schemaRef);
  if (!validate) throw new Error(`schema ${route.schemaRef} not found`);
  if (validate(body)) return [];
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => ({
      at: e.instancePath,
      message:
        e.keyword === 'enum'
          ? `value must be one of: [${(e.params as { allowedValues: unknown[] }).allowedValues
              .map((v) => JSON.stringify(v))
              .sort()
              .join(', ')}]`
          : `${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
    }));
}

/** The same, each said on one line: where, then what. */
export function requestBodyErrors(method: string, path: string, body: unknown): string[] {
  return requestBodyIssues(method, path, body).map(({ at, message }) =>
    at === undefined ? message : `${at || '/'} ${message}`,
  );
}
