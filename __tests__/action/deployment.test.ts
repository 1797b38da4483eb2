import { describe, expect, test } from '@jest/globals';
import { type DeploymentInputs, planDeployment } from '../../src/events/deployment/event.ts';
import { runScopedId } from '../../src/pipeline/ids.ts';
import { runTags } from '../../src/pipeline/plan.ts';
import type { RunContext } from '../../src/runner/context.ts';
import { ACTION_TAG_COUNT } from '../../src/runner/inputs/shared.ts';
import { parseInputs } from '../../src/steps/inputs.ts';

const context: RunContext = {
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  repository: 'acme/shop',
  eventName: 'push',
  sha: '66adc9350f2cc9b250b69abddab733dd55e1a588',
  ref: 'refs/heads/main',
  workflow: 'Deploy',
  job: 'deploy',
  runId: '8123456789',
  runAttempt: '2',
};
const inputs = (values: Record<string, string>) => parseInputs((name) => values[name] ?? '', {}) as DeploymentInputs;
const startedAt = new Date('2026-11-27T10:00:00Z');
const SHA = 'aaaabbbbccccddddeeeeffff0000111122223333';

describe('planDeployment', () => {
  test('inputs and context make the event', () => {
    const planned = planDeployment(
      inputs({ service: 'shop', env: 'prod', version: '1.2.3', team: 'web', tags: 'tier:1' }),
      context,
      { id: 'id-0123456789abcdef', startedAt, commitSha: SHA },
    );
    expect(planned).toEqual({
      id: 'id-0123456789abcdef',
      service: 'shop',
      env: 'prod',
      version: '1.2.3',
      team: 'web',
      startedAt,
      git: { commitSha: SHA, repositoryUrl: 'https://github.com/acme/shop' },
      customTags: [
        'tier:1',
        'github.repository:acme/shop',
        'github.workflow:Deploy',
        'github.run_id:8123456789',
        'github.run_attempt:2',
        'github.job:deploy',
      ],
    });
  });

  test('the version defaults to the tag a workflow runs for', () => {
    const planned = planDeployment(
      inputs({ service: 'shop' }),
      { ...context, ref: 'refs/tags/v2.0.0' },
      { id: 'x', startedAt },
    );
    expect(planned.version).toBe('v2.0.0');
    expect(planDeployment(inputs({ service: 'shop' }), context, { id: 'x', startedAt }).version).toBeUndefined();
  });

  test('the repository URL follows the server: GitHub Enterprise Server', () => {
    const planned = planDeployment(
      inputs({ service: 'shop' }),
      { ...context, serverUrl: 'https://ghe.corp.example' },
      { id: 'x', startedAt, commitSha: SHA },
    );
    expect(planned.git?.repositoryUrl).toBe('https://ghe.corp.example/acme/shop');
  });

  test('an explicit repository-url wins', () => {
    const planned = planDeployment(
      inputs({ service: 'shop', 'repository-url': 'https://gitlab.example/acme/shop' }),
      context,
      { id: 'x', startedAt, commitSha: SHA },
    );
    expect(planned.git?.repositoryUrl).toBe('https://gitlab.example/acme/shop');
  });

  test('the run tags never exceed the count the input limit leaves for them', () => {
    expect(runTags(context)).toHaveLength(ACTION_TAG_COUNT);
  });
});

describe('runScopedId: the ids of deployments and failures', () => {
  test("traces to the run, attempt and job, within Datadog's rule", () => {
    const id = runScopedId(context);
    expect(id).toMatch(/^8123456789\.2\.deploy\.[a-f0-9]{16}$/);
    expect(id).toMatch(/^[A-Za-z0-9_.:-]{16,128}$/);
  });

  test('matrix legs (same run, attempt and job) get different ids', () => {
    const ids = new Set(Array.from({ length: 50 }, () => runScopedId(context)));
    expect(ids.size).toBe(50);
  });

  test('a job name of any shape still makes a valid id', () => {
    const id = runScopedId({ ...context, job: `deploy (eu, ${'x'.repeat(200)}) / ✓` });
    expect(id).toMatch(/^[A-Za-z0-9_.:-]{16,128}$/);
  });

  test('outside a run', () => {
    expect(runScopedId({ ...context, runId: undefined })).toMatch(/^local\.[a-f0-9]{16}$/);
  });
});
