// Backfill's core, without GitHub: ids, tags and what Datadog already holds (pure), then the send
// loop against the Datadog stand-in on a time the test moves: the probe, the order, the skips.
import { describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { createDoraClient } from '../../src/datadog/client.ts';
import type { Deployment } from '../../src/datadog/results.ts';
import { eventIdProblem } from '../../src/datadog/rules.ts';
import { backfillId, eventOf, indexHeld, type Repository, skipReason } from '../../src/events/backfill/plan.ts';
import { PROBE_WAIT_MS, sendHistory } from '../../src/events/backfill/send.ts';
import type { PastDeployment } from '../../src/events/backfill/types.ts';
import { BEFORE_RETIREMENT, TestTime } from '../clock.ts';
import { standInForEachTest } from '../stand-in.ts';

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));

const DAY = 86_400_000;
const NOW = BEFORE_RETIREMENT.getTime();
const SHA = '66adc9350f2cc9b250b69abddab733dd55e1a588';
const repository: Repository = { id: 123456789, name: 'acme/shop', url: 'https://github.com/acme/shop' };
const inputs = { service: 'shop-api', tags: ['tier:1'] };

const past = (objectId: number, daysAgo: number, extra: Partial<PastDeployment> = {}): PastDeployment => ({
  source: 'deployments',
  objectId,
  startedAt: new Date(NOW - daysAgo * DAY - 600_000),
  finishedAt: new Date(NOW - daysAgo * DAY),
  commitSha: SHA,
  environment: 'production',
  ...extra,
});

async function* from(items: PastDeployment[]): AsyncIterable<PastDeployment> {
  yield* items;
}

describe('ids and events (pure)', () => {
  test('an id from GitHub numeric ids, within Datadog id rules, the same on every run', () => {
    const ids = [
      backfillId(1, past(1, 1)),
      backfillId(repository.id, past(987654321, 1)),
      backfillId(1, past(5, 1, { source: 'workflow-runs', run: { id: 5, attempt: 2 }, attempt: 2 })),
      backfillId(1, past(77, 1, { source: 'workflow-runs', run: { id: 5, attempt: 2 }, attempt: 2 })),
    ];
    expect(ids).toEqual([
      'gh-backfill.1.deployment.1',
      'gh-backfill.123456789.deployment.987654321',
      'gh-backfill.1.run.5.2',
      'gh-backfill.1.job.77',
    ]);
    for (const id of ids) expect(eventIdProblem(id)).toBeUndefined();
  });

  test('the event carries what the live action would have sent, the tag at its commit, and dora.backfill', () => {
    const event = eventOf(
      past(42, 3, { run: { id: 8123456789, attempt: 1 } }),
      { ...inputs, team: 'payments' },
      { ...repository, workflow: 'Deploy' },
      (sha) => (sha === SHA ? 'v1.4.2' : undefined),
    );
    expect(event).toEqual({
      id: 'gh-backfill.123456789.deployment.42',
      service: 'shop-api',
      env: 'production',
      version: 'v1.4.2',
      team: 'payments',
      startedAt: new Date(NOW - 3 * DAY - 600_000),
      finishedAt: new Date(NOW - 3 * DAY),
      git: { commitSha: SHA, repositoryUrl: 'https://github.com/acme/shop' },
      customTags: [
        'tier:1',
        'github.repository:acme/shop',
        'github.workflow:Deploy',
        'github.run_id:8123456789',
        'github.run_attempt:1',
        'dora.backfill:deployments',
      ],
    });
    // The env given wins over the GitHub environment's name; a version given over the tag.
    expect(eventOf(past(42, 3), { ...inputs, env: 'prod', version: '7' }, repository, () => 'v1')).toMatchObject({
      env: 'prod',
      version: '7',
    });
  });

  test('what Datadog holds: the same id, a live send of the same run and attempt, or of the same commit and env within 10 minutes', () => {
    const live = (id: string, tags: string[], finishedAt: number, env = 'production'): Deployment => ({
      id,
      service: 'shop-api',
      env,
      startedAt: new Date(finishedAt - 60_000),
      finishedAt: new Date(finishedAt),
      customTags: tags,
      git: { commitSha: SHA },
    });
    const held = indexHeld([
      live('gh-backfill.123456789.deployment.1', ['dora.backfill:deployments'], NOW - DAY),
      live('8123456789.1.deploy.0123456789abcdef', ['github.run_id:8123456789', 'github.run_attempt:2'], NOW - 2 * DAY),
      live('no-run-0123456789abcdef', [], NOW - 5 * DAY),
    ]);
    const reason = (item: PastDeployment) =>
      skipReason(
        eventOf(item, inputs, repository, () => undefined),
        item,
        held,
      );
    expect(reason(past(1, 1))).toBe('already backfilled');
    expect(reason(past(2, 2, { run: { id: 8123456789, attempt: 2 } }))).toBe('sent live by the action');
    // Another attempt of the same run is another deployment.
    expect(reason(past(3, 2, { run: { id: 8123456789, attempt: 1 } }))).toBeUndefined();
    expect(reason(past(4, 5, { finishedAt: new Date(NOW - 5 * DAY + 9 * 60_000) }))).toBe('sent live by the action');
    expect(reason(past(5, 5, { finishedAt: new Date(NOW - 5 * DAY + 11 * 60_000) }))).toBeUndefined();
    expect(reason(past(6, 5, { environment: 'staging' }))).toBeUndefined();
    // A backfilled deployment is never taken for a live one, whatever its run.
    expect(reason(past(7, 1, { run: { id: 1, attempt: 1 } }))).toBeUndefined();
  });
});

describe('sending, oldest first', () => {
  const clients = (time: TestTime) => {
    const client = createDoraClient({
      baseUrl: datadog.url,
      apiKey: API_KEY,
      appKey: APP_KEY,
      clock: time.clock,
      timer: time.timer,
    });
    return { writer: client, reader: client, timer: time.timer };
  };
  const plan = (item: PastDeployment) => eventOf(item, inputs, repository, () => undefined);
  const sent = () =>
    datadog.requests
      .filter((r) => r.method === 'POST' && r.path === '/api/v2/dora/deployment')
      .map((r) => (r.body as { data: { attributes: { id: string } } }).data.attributes.id);

  test('the oldest is sent and read back first, then the rest in order; what Datadog holds is skipped', async () => {
    const time = new TestTime();
    const held = indexHeld([
      {
        id: 'gh-backfill.123456789.deployment.2',
        service: 'shop-api',
        startedAt: new Date(NOW - 20 * DAY),
        customTags: ['dora.backfill:deployments'],
      },
    ]);
    const done = await sendHistory(from([past(1, 30), past(2, 20), past(3, 10), past(4, 1)]), {
      ...clients(time),
      held,
      plan,
    });
    expect(sent()).toEqual([
      'gh-backfill.123456789.deployment.1',
      'gh-backfill.123456789.deployment.3',
      'gh-backfill.123456789.deployment.4',
    ]);
    const probeRead = datadog.requests.findIndex(
      (r) => r.path === '/api/v2/dora/deployments/gh-backfill.123456789.deployment.1',
    );
    expect(probeRead).toBe(1);
    expect(done).toMatchObject({ sent: 3, refused: 0, probe: { kept: true } });
    expect(done.skipped).toEqual({ 'already backfilled': 1, 'sent live by the action': 0 });
    expect(done.weeks.map((week) => [week.week, week.sent])).toEqual([
      ['2026-W44', 1],
      ['2026-W46', 0],
      ['2026-W47', 1],
      ['2026-W49', 1],
    ]);
  });

  test('Datadog not showing the oldest within a minute: nothing more is sent, and the probe says so', async () => {
    const time = new TestTime();
    // Accepted, yet never held: every read of it is a 404.
    datadog.misbehaveOn('/api/v2/dora/deployment', {
      status: 202,
      body: { data: { id: 'x', type: 'dora_deployment' } },
    });
    const done = await sendHistory(from([past(1, 700), past(2, 10)]), { ...clients(time), held: indexHeld([]), plan });
    // The probe alone: the oldest, sent once.
    expect(sent()).toEqual(['gh-backfill.123456789.deployment.1']);
    expect(done.probe).toMatchObject({ kept: false, id: 'gh-backfill.123456789.deployment.1' });
    expect(done.sent).toBe(0);
    // It looked for a minute, on the test's time.
    expect(time.now() - NOW).toBeGreaterThanOrEqual(PROBE_WAIT_MS);
    expect(datadog.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/deployment'))).toHaveLength(1);
  });

  test('Datadog refusing the oldest: nothing more is sent, its answer is kept for the summary', async () => {
    const time = new TestTime();
    datadog.misbehaveOn('/api/v2/dora/deployment', {
      status: 400,
      body: { errors: [{ status: '400', title: 'Bad Request', detail: 'finished_at is too old' }] },
    });
    const done = await sendHistory(from([past(1, 700), past(2, 10)]), { ...clients(time), held: indexHeld([]), plan });
    expect(done.probe).toMatchObject({ kept: false, refusal: expect.stringContaining('finished_at is too old') });
    expect(done.refused).toBe(1);
    expect(datadog.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test('never faster than Datadog allows: an answer that spent the window holds the next request until it resets', async () => {
    const time = new TestTime();
    const spent = {
      status: 200,
      body: { data: { id: 'gh-backfill.123456789.deployment.1', type: 'dora_deployment' } },
      headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '7' },
    };
    datadog.misbehaveOn('/api/v2/dora/deployment', spent);
    const at: number[] = [];
    const { writer } = clients(time);
    for (const item of [past(1, 3), past(2, 2)]) {
      at.push(time.now());
      await writer.sendDeployment(plan(item));
    }
    at.push(time.now());
    // The first request went at once; the second waited out the 7 s the first answer named.
    expect(at[1]! - at[0]!).toBe(0);
    expect(at[2]! - at[1]!).toBe(7_000);
  });

  test('a dry run sends nothing and counts what would be sent, week by week', async () => {
    const time = new TestTime();
    const done = await sendHistory(from([past(1, 30), past(2, 20)]), {
      timer: time.timer,
      held: indexHeld([]),
      plan,
    });
    expect(datadog.requests).toEqual([]);
    expect(done).toMatchObject({ dryRun: true, sent: 2, first: { id: 'gh-backfill.123456789.deployment.1' } });
  });
});
