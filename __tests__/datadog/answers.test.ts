import { describe, expect, test } from '@jest/globals';
import { checkAnswer, createDryRunDoraClient, excerpt, type Operation } from '../../src/datadog/index.ts';
import { beforeRetirement } from '../clock.ts';

const JSON_API = 'application/vnd.api+json';
const verdictOf = (operation: Operation, status: number, text: string, contentType = JSON_API) =>
  checkAnswer(operation, { status, contentType, text }).verdict;

describe("Datadog's answers, as recorded from api.datadoghq.com, are success", () => {
  test.each<[Operation, number, string]>([
    ['send deployment', 200, '{"data":{"id":"2a47b5f25b160b8a","type":"dora_deployment"}}'],
    ['send failure', 200, '{"data":{"id":"2775a2d3-6c28-4934-ae60-0ef9ce3720ee","type":"dora_failure"}}'],
    ['patch deployment', 202, '{"data":null}'],
    ['patch deployment by version', 202, '{"data":null}'],
    ['list deployments', 200, '{"data":[]}'],
    [
      'list deployments',
      200,
      '{"data":[{"id":"abc-123","type":"dora_deployment","attributes":{"service":"shopist","started_at":"2023-08-31T14:26:14Z"}}]}',
    ],
    ['list failures', 200, '{"data":[]}'],
  ])('%s: HTTP %i %s', (operation, status, text) => {
    expect(checkAnswer(operation, { status, contentType: JSON_API, text })).toEqual({
      verdict: 'datadog',
      body: JSON.parse(text),
    });
  });

  test('the other successes the API reference gives', () => {
    expect(verdictOf('send deployment', 202, '{"data":{"id":"2a47b5f25b160b8a","type":"dora_deployment"}}')).toBe(
      'datadog',
    );
    expect(verdictOf('send failure', 200, '{"data":{"id":"x"}}', 'application/json; charset=utf-8')).toBe('datadog');
    expect(checkAnswer('delete deployment', { status: 202, contentType: '', text: '' })).toEqual({
      verdict: 'datadog',
      body: undefined,
    });
    expect(verdictOf('delete failure', 202, '{"data":null}')).toBe('datadog');
    expect(verdictOf('get deployment', 200, '{"data":{"id":"abc-123","type":"dora_deployment","attributes":{}}}')).toBe(
      'datadog',
    );
    // Not found, as Datadog's get may say it: data null, or left out of a JSON:API document.
    expect(verdictOf('get failure', 200, '{"data":null}')).toBe('datadog');
    expect(verdictOf('get deployment', 200, '{}')).toBe('datadog');
    expect(verdictOf('get deployment', 200, '{"meta":{}}')).toBe('datadog');
    expect(checkAnswer('patch deployment by version', { status: 202, contentType: '', text: '' })).toEqual({
      verdict: 'datadog',
      body: undefined,
    });
    // A list's events are held to their grammar one by one (responses.ts): one without a Datadog id is left out, not the answer.
    expect(verdictOf('list deployments', 200, '{"data":[{"id":"ok-1"},{"id":"x/y"},{"type":"dora_deployment"}]}')).toBe(
      'datadog',
    );
  });
});

describe('a 2xx that is not JSON, or JSON of another shape, is foreign', () => {
  test.each<[string, Operation, number, string, string]>([
    ['an HTML page', 'send deployment', 200, '<html><body>Welcome</body></html>', 'text/html'],
    ['JSON without a content type', 'send deployment', 200, '{"data":{"id":"x"}}', ''],
    ['JSON sent as text', 'list deployments', 200, '{"data":[]}', 'text/plain'],
    ['an empty send answer from someone without JSON', 'send failure', 200, '', 'text/html'],
    ['a send without data.id', 'send deployment', 200, '{"data":{"type":"dora_deployment"}}', JSON_API],
    ['a send with an empty id', 'send deployment', 200, '{"data":{"id":""}}', JSON_API],
    [
      'a send whose id could not go into a path',
      'send deployment',
      200,
      '{"data":{"id":"a/../b\\n::error::x"}}',
      JSON_API,
    ],
    ['a send whose id is dots alone', 'send deployment', 202, '{"data":{"id":".."}}', JSON_API],
    ['a get whose event has no id', 'get deployment', 200, '{"data":{"attributes":{}}}', JSON_API],
    ['a send with a numeric id', 'send deployment', 200, '{"data":{"id":42}}', JSON_API],
    ["a gateway's own JSON", 'send deployment', 200, '{"status":"ok"}', 'application/json'],
    ['a send answered 201', 'send deployment', 201, '{"data":{"id":"x"}}', JSON_API],
    ['a send answered 204', 'send deployment', 204, '', JSON_API],
    ['a patch answered 200', 'patch deployment', 200, '{"data":null}', JSON_API],
    ['a patch answered with an object', 'patch deployment', 202, '{"data":{"id":"x"}}', JSON_API],
    ['a patch answered {}', 'patch deployment', 202, '{}', JSON_API],
    ['a delete answered with a page', 'delete deployment', 202, '<p>Accepted</p>', 'text/html'],
    ['a list whose data is not an array', 'list deployments', 200, '{"data":{}}', JSON_API],
    ['a list holding null', 'list failures', 200, '{"data":[null]}', JSON_API],
    ['a list answered 202', 'list failures', 202, '{"data":[]}', JSON_API],
    ["a get answered with a gateway's own JSON", 'get deployment', 200, '{"status":"ok"}', 'application/json'],
    ['a list without data', 'list deployments', 200, '{}', JSON_API],
    ['a patch by version answered 200', 'patch deployment by version', 200, '{"data":null}', JSON_API],
    ['a patch by version answered {}', 'patch deployment by version', 202, '{}', JSON_API],
    ['a get whose data is a list', 'get deployment', 200, '{"data":[]}', JSON_API],
    ['a JSON array', 'get failure', 200, '[]', JSON_API],
  ])('%s', (_name, operation, status, text, contentType) => {
    expect(checkAnswer(operation, { status, contentType, text })).toEqual({ verdict: 'foreign' });
  });
});

describe('announced JSON that does not parse was cut short: a lost answer', () => {
  test.each<[Operation, number, string]>([
    ['send deployment', 200, '{"data":{"id":"2a47b5f2'],
    ['send failure', 202, ''],
    ['patch deployment', 202, '{"data":'],
    ['list deployments', 200, '{"data":[{"id":"abc-123"'],
    ['get deployment', 200, '{'],
  ])('%s: HTTP %i %j', (operation, status, text) => {
    expect(checkAnswer(operation, { status, contentType: 'application/json', text })).toEqual({ verdict: 'cut' });
  });
});

test("every answer of the dry run passes the check Datadog's answers go through", async () => {
  const dry = createDryRunDoraClient({ clock: beforeRetirement });
  const id = 'deploy-0123456789abcdef';
  const startedAt = new Date('2026-11-27T10:00:00Z');
  await expect(dry.sendDeployment({ id, service: 'shopist', startedAt, finishedAt: startedAt })).resolves.toMatchObject(
    { id, status: 200 },
  );
  await expect(dry.sendFailure({ id, team: 'backend', startedAt })).resolves.toMatchObject({ id, status: 200 });
  await expect(dry.patchDeployment(id, { changeFailure: true })).resolves.toMatchObject({ status: 202 });
  await expect(
    dry.patchDeploymentByVersion({ service: 'shopist', env: 'production', version: 'v1' }, { changeFailure: true }),
  ).resolves.toMatchObject({ status: 202 });
  await expect(dry.getDeployment(id)).resolves.toBeUndefined();
  await expect(dry.getFailure(id)).resolves.toBeUndefined();
  await expect(dry.listDeployments()).resolves.toEqual({ items: [], flaws: [] });
  await expect(dry.listFailures()).resolves.toEqual({ items: [], flaws: [] });
  await expect(dry.deleteDeployment(id)).resolves.toMatchObject({ status: 202 });
  await expect(dry.deleteFailure(id)).resolves.toMatchObject({ status: 202 });
});

describe('excerpt: the first bytes of a body, safe to show', () => {
  test('short and plain: as it is', () => {
    expect(excerpt('<html>Sign in</html>')).toBe('<html>Sign in</html>');
    expect(excerpt('x'.repeat(80))).toBe('x'.repeat(80));
  });

  test('long: cut to 80 characters, the last one saying so', () => {
    const shown = excerpt('y'.repeat(500));
    expect(shown).toBe(`${'y'.repeat(79)}…`);
  });

  test('line breaks, escapes and bidirectional controls become visible; no line can start a workflow command', () => {
    const shown = excerpt('ok\n::error::pwned\r\n\u001b[31mred\u202egnp.exe\u2028end\u0000');
    expect(shown).toBe('ok\\n::error::pwned\\r\\n\\u{1b}[31mred\\u{202e}gnp.exe\\u{2028}end\\u{0}');
    expect(shown).not.toMatch(/[\n\r\u001b\u202e\u2028\u0000]/);
  });

  test('an escape is never cut in half', () => {
    const shown = excerpt(`${'z'.repeat(76)}\u001bmore`);
    expect(shown).toBe(`${'z'.repeat(76)}…`);
    expect(shown.length).toBeLessThanOrEqual(80);
  });

  test('a character outside the basic plane is never split', () => {
    expect(excerpt('🚀'.repeat(100), 10)).toBe(`${'🚀'.repeat(4)}…`);
  });
});
