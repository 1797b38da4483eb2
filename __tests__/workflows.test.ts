// action.yml, the workflows, the Dependabot configuration and every complete workflow in the
// README, checked against SchemaStore's schemas (copied into __tests__/schemas/).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import ajvModule from 'ajv';
import formatsModule from 'ajv-formats';
import { parse } from 'yaml';

const Ajv = ajvModule.default;
const addFormats = formatsModule.default;
const root = new URL('../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validator = (schema: string) => ajv.compile(JSON.parse(read(`__tests__/schemas/${schema}`)) as object);
const validateAction = validator('github-action.json');
const validateWorkflow = validator('github-workflow.json');
const validateDependabot = validator('dependabot-2.0.json');

const errorsOf = (validate: ReturnType<typeof validator>, document: unknown) =>
  validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);

const action = parse(read('action.yml')) as { inputs: Record<string, unknown> };
const workflows = readdirSync(join(root, '.github/workflows')).filter((name) => /\.ya?ml$/.test(name));
const readmeWorkflows = [...read('README.md').matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((match) => match[1] ?? '')
  .map((text) => ({
    text,
    document: parse(text) as {
      name?: string;
      on?: unknown;
      jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    },
  }))
  .filter(({ document }) => document && typeof document === 'object' && 'jobs' in document);

test('the validator catches what the runner would reject', () => {
  expect(
    errorsOf(validateWorkflow, { on: 'push', jobs: { deploy: { 'runs-on': 'ubuntu-latest', step: [] } } }),
  ).not.toEqual([]);
  expect(errorsOf(validateAction, { ...action, runs: { using: 'node99', main: 'x.js' } })).not.toEqual([]);
});

test('action.yml', () => {
  expect(errorsOf(validateAction, action)).toEqual([]);
});

test.each(workflows)('.github/workflows/%s', (name) => {
  expect(errorsOf(validateWorkflow, parse(read(`.github/workflows/${name}`)))).toEqual([]);
});

test('.github/dependabot.yml', () => {
  expect(errorsOf(validateDependabot, parse(read('.github/dependabot.yml')))).toEqual([]);
});

describe('the README', () => {
  test('has complete workflows to copy', () => {
    expect(readmeWorkflows.length).toBeGreaterThanOrEqual(6);
  });

  test.each(readmeWorkflows.map(({ document }) => [document.name, document]))(
    '"%s" is a valid workflow',
    (_name, document) => {
      expect(errorsOf(validateWorkflow, document)).toEqual([]);
    },
  );

  test('passes only inputs the action declares', () => {
    const steps = readmeWorkflows.flatMap(({ document }) =>
      Object.values(document.jobs ?? {}).flatMap((job) => job.steps ?? []),
    );
    const ours = steps.filter((step) => step.uses?.includes('/datadog-dora-action@'));
    expect(ours.length).toBeGreaterThan(5);
    const undeclared = ours
      .flatMap((step) => Object.keys(step.with ?? {}))
      .filter((input) => !(input in action.inputs));
    expect(undeclared).toEqual([]);
  });

  test('shows pinning by major tag, by release tag and by full commit SHA', () => {
    const uses = readmeWorkflows.flatMap(({ text }) =>
      [...text.matchAll(/uses: \S+\/datadog-dora-action@(\S+)/g)].map((m) => m[1] ?? ''),
    );
    expect(uses).toContainEqual(expect.stringMatching(/^v\d+$/));
    expect(uses).toContainEqual(expect.stringMatching(/^v\d+\.\d+\.\d+$/));
    expect(uses).toContainEqual(expect.stringMatching(/^[0-9a-f]{40}$/));
  });
});
