// What main hands to post: read back with its grammar checked, and small enough for every runner.
import { describe, expect, test } from '@jest/globals';
import { type DeploymentInputs, planDeployment } from '../../src/events/deployment/event.ts';
import { loadDeployment, type SavedDeployment, saveDeployment } from '../../src/events/deployment/state.ts';
import type { RunContext } from '../../src/runner/context.ts';
import { loadStartTime } from '../../src/runner/start-time.ts';
import { parseInputs } from '../../src/steps/inputs.ts';
import { stepInProcessForEachTest } from './step.ts';

const step = stepInProcessForEachTest();
const core = () => step.runtime().core;

/** Saved by main, and handed to post as the runner hands it on. */
function handedOn(state: SavedDeployment): void {
  saveDeployment(core(), state);
  step.env.STATE_deployment = step.state().deployment;
}

describe('saved state, read in post', () => {
  test('what main wrote comes back, with its start as a Date: each remediation as main saves it', () => {
    const deployment: SavedDeployment = {
      deployment: {
        id: 'deploy-0123456789abcdef',
        service: 'shop',
        startedAt: new Date('2026-11-27T10:00:00Z'),
        env: 'production',
        version: 'v1.2.3',
        team: 'payments',
        git: { commitSha: '66adc9350f2cc9b250b69abddab733dd55e1a588', repositoryUrl: 'https://github.com/acme/shop' },
        customTags: [],
      },
      endpoint: { site: 'datadoghq.eu', baseUrl: 'http://127.0.0.1:8126' },
      dryRun: false,
      failOnError: true,
    };
    for (const remediates of [
      undefined,
      { id: 'failed-deployment-1', type: 'rollback' },
      { id: 'failed-deployment-1', type: 'rollforward', given: true },
      { latest: { service: 'shop', env: 'production' }, type: 'rollback' },
    ] as const) {
      const state = { ...deployment, ...(remediates ? { remediates } : {}) };
      handedOn(state);
      expect(loadDeployment(core())).toEqual(state);
    }
  });

  test('nothing saved: nothing to send', () => {
    delete step.env.STATE_deployment;
    expect(loadDeployment(core())).toBeUndefined();
  });

  test("pre's start time is used only when it is a time this job can have started at", () => {
    const now = new Date('2026-11-28T12:00:00Z');
    for (const bad of ['garbage', '2030-01-01T00:00:00Z', '1999-01-01T00:00:00Z']) {
      step.env.STATE_started_at = bad;
      expect(loadStartTime(now, step.env)).toEqual({ refused: bad });
    }
    step.env.STATE_started_at = '2026-11-28T11:58:00.000Z';
    expect(loadStartTime(now, step.env)).toEqual({ at: new Date('2026-11-28T11:58:00Z') });
    delete step.env.STATE_started_at;
    expect(loadStartTime(now, step.env)).toBeUndefined();
  });
});

test('the largest state main can save stays far below what Windows passes in one variable (32,767), and post reads it back', () => {
  // Every input at its bound, made of the character JSON escapes to two.
  const q = (length: number) => '"'.repeat(length);
  const tags: string[] = [];
  for (let length = 0; length + 2 + 200 <= 4000 && tags.length < 95; length += 201) tags.push(`k:${q(198)}`);
  const inputs = parseInputs(
    (name) =>
      ({
        service: q(100),
        env: q(100),
        version: q(100),
        team: q(100),
        tags: tags.join(','),
        'repository-url': `https://x/${q(490)}`,
        'api-url': `https://x/${q(490)}`,
        site: 'datadoghq.com',
        remediates: 'latest',
        'deployment-id': 'd'.repeat(128),
      })[name] ?? '',
    {},
    new Date(),
  ) as DeploymentInputs;
  const long = q(1000);
  const context: RunContext = {
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    repository: long,
    eventName: 'push',
    workflow: long,
    job: long,
    runId: '1'.repeat(20),
    runAttempt: '1',
  };
  const deployment = planDeployment(inputs, context, {
    id: inputs.deploymentId!,
    startedAt: new Date(),
    commitSha: 'a'.repeat(64),
  });
  const state: SavedDeployment = {
    deployment,
    endpoint: inputs.endpoint,
    dryRun: false,
    failOnError: false,
    remediates: { ...inputs.remediates!, type: 'rollback' },
  };
  const size = JSON.stringify(state).length;
  expect(size).toBeGreaterThan(12_000);
  expect(size).toBeLessThan(16_384);
  handedOn(state);
  expect(loadDeployment(core())).toEqual(state);
});
