// The export in process, against the stand-in for Datadog: what goes into the files, what the
// retirement of DORA incidents and Datadog's failures leave out, and the summary as users read it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { API_KEY, APP_KEY, type FakeDatadog } from '../../scripts/local/fake-datadog.ts';
import { createDoraClient } from '../../src/datadog/client.ts';
import type { DoraClient } from '../../src/datadog/operations.ts';
import { whatWasLeftOut } from '../../src/datadog/shortfalls.ts';
import { exportSummary, retiredMessage } from '../../src/events/export/summary.ts';
import { type Exported, type ExportRequest, exportEvents } from '../../src/events/export/write.ts';
import { standInForEachTest } from '../stand-in.ts';

const FROM = new Date('2026-09-15T00:00:00.000Z');
const TO = new Date('2026-11-28T12:00:00.000Z');
const HOUR = 3_600_000;

let datadog: FakeDatadog;
standInForEachTest((standIn) => (datadog = standIn));
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'export-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const clientAt = (now: string): DoraClient =>
  createDoraClient({ baseUrl: datadog.url, apiKey: API_KEY, appKey: APP_KEY, clock: () => new Date(now) });
const request = (selection: ExportRequest['selection'] = {}): ExportRequest => ({
  folder,
  from: FROM,
  to: TO,
  selection,
});
const lines = (exported: Exported): unknown[] => {
  if (exported.state !== 'written') throw new Error(`not written: ${exported.state}`);
  return readFileSync(exported.path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);
};

function seed(): void {
  datadog.seed({
    deployments: [
      {
        id: 'shop-d1-0123456789',
        service: 'shop',
        env: 'production',
        started_at: Date.parse('2026-09-20T10:00:00Z'),
        finished_at: Date.parse('2026-09-20T10:05:00Z'),
        version: 'v1',
      },
      {
        id: 'shop-d2-0123456789',
        service: 'shop',
        env: 'staging',
        started_at: Date.parse('2026-10-02T10:00:00Z'),
        finished_at: Date.parse('2026-10-02T10:05:00Z'),
      },
      {
        id: 'cart-d1-0123456789',
        service: 'cart',
        env: 'production',
        started_at: Date.parse('2026-11-03T10:00:00Z'),
        finished_at: Date.parse('2026-11-03T10:05:00Z'),
      },
      // Before the period: not exported.
      {
        id: 'shop-d0-0123456789',
        service: 'shop',
        env: 'production',
        started_at: Date.parse('2026-09-01T10:00:00Z'),
        finished_at: Date.parse('2026-09-01T10:05:00Z'),
      },
    ],
    failures: [
      {
        id: 'inc-1-0123456789ab',
        services: ['shop', 'cart'],
        env: 'production',
        name: 'checkout down',
        started_at: Date.parse('2026-10-05T08:00:00Z'),
        finished_at: Date.parse('2026-10-05T09:00:00Z'),
      },
      { id: 'inc-2-0123456789ab', services: ['shop'], name: 'no env', started_at: Date.parse('2026-11-10T08:00:00Z') },
      { id: 'inc-3-0123456789ab', services: ['cart'], env: 'staging', started_at: Date.parse('2026-11-11T08:00:00Z') },
    ],
  });
  // Fields the client knows nothing of are Datadog's all the same: kept as they came.
  datadog.deployments.set('odd-0123456789abcd', {
    id: 'odd-0123456789abcd',
    attributes: {
      service: 'odd',
      started_at: Date.parse('2026-11-20T00:00:00Z'),
      surprise: { nested: [1, null, '::warning::x'] },
      custom_tags: null,
    },
  });
}

describe('the files', () => {
  test('every event of the period, each once, one a line, every field as Datadog returned it', async () => {
    seed();
    const { deployments, failures } = await exportEvents(clientAt('2026-11-28T12:00:00Z'), request());
    expect(lines(deployments)).toEqual([
      {
        id: 'shop-d1-0123456789',
        type: 'dora_deployment',
        attributes: {
          service: 'shop',
          env: 'production',
          version: 'v1',
          started_at: '2026-09-20T10:00:00.000Z',
          finished_at: '2026-09-20T10:05:00.000Z',
        },
      },
      {
        id: 'shop-d2-0123456789',
        type: 'dora_deployment',
        attributes: {
          service: 'shop',
          env: 'staging',
          started_at: '2026-10-02T10:00:00.000Z',
          finished_at: '2026-10-02T10:05:00.000Z',
        },
      },
      {
        id: 'cart-d1-0123456789',
        type: 'dora_deployment',
        attributes: {
          service: 'cart',
          env: 'production',
          started_at: '2026-11-03T10:00:00.000Z',
          finished_at: '2026-11-03T10:05:00.000Z',
        },
      },
      {
        id: 'odd-0123456789abcd',
        type: 'dora_deployment',
        attributes: {
          service: 'odd',
          surprise: { nested: [1, null, '::warning::x'] },
          custom_tags: null,
          started_at: '2026-11-20T00:00:00.000Z',
        },
      },
    ]);
    expect(deployments).toMatchObject({
      state: 'written',
      count: 4,
      undated: 0,
      truncated: false,
      perMonth: new Map([
        ['2026-09', 1],
        ['2026-10', 1],
        ['2026-11', 2],
      ]),
    });
    expect(lines(failures).map((event) => (event as { id: string }).id)).toEqual([
      'inc-1-0123456789ab',
      'inc-2-0123456789ab',
      'inc-3-0123456789ab',
    ]);
    expect(readdirSync(folder).sort()).toEqual(['deployments.jsonl', 'failures.jsonl']);
  });

  test('a selection: its services and envs; a failure without an env belongs to every env of its services', async () => {
    seed();
    const { deployments, failures } = await exportEvents(
      clientAt('2026-11-28T12:00:00Z'),
      request({ services: ['shop'], envs: ['production'] }),
    );
    expect(lines(deployments).map((event) => (event as { id: string }).id)).toEqual(['shop-d1-0123456789']);
    expect(lines(failures).map((event) => (event as { id: string }).id)).toEqual([
      'inc-1-0123456789ab',
      'inc-2-0123456789ab',
    ]);
  });
});

describe('what is left out, and said', () => {
  test('after 2027-03-31, Datadog serves no DORA incidents: no failures file, nothing asked; deployments all the same', async () => {
    seed();
    const { deployments, failures } = await exportEvents(clientAt('2027-04-01T00:00:00Z'), request());
    expect([deployments.state, failures.state]).toEqual(['written', 'retired']);
    expect(readdirSync(folder)).toEqual(['deployments.jsonl']);
    expect(datadog.requests.filter((r) => r.path === '/api/v2/dora/failures')).toEqual([]);
    if (failures.state !== 'retired') throw new Error('not retired');
    expect(retiredMessage(failures.error)).toBe(
      'Failures are not exported: Datadog no longer serves DORA incidents; incidents sent through its DORA API can no longer be viewed or exported since 2027-03-31. See https://docs.datadoghq.com/delivery_performance/guide/dora-incident-deprecation/.',
    );
  });

  test('Datadog answering that the incident API is gone, before the date, is the same', async () => {
    seed();
    datadog.misbehaveOn('/api/v2/dora/failures', {
      status: 410,
      body: { errors: [{ status: '410', title: 'Gone', detail: 'This endpoint has been retired.' }] },
    });
    const { failures } = await exportEvents(clientAt('2026-11-28T12:00:00Z'), request());
    if (failures.state !== 'retired') throw new Error(`not retired: ${failures.state}`);
    expect(retiredMessage(failures.error)).toMatch(
      /^Failures are not exported: Datadog no longer serves DORA incidents; Datadog answered that its DORA incident API is gone \(Datadog retires it on 2027-03-31\): Datadog list failures failed .*This endpoint has been retired/,
    );
    expect(readdirSync(folder)).toEqual(['deployments.jsonl']);
  });

  test('an answer that ignores the period: what was read is written, and the file said partial; events outside the period or without an id are left out, and counted', async () => {
    const shop = Array.from({ length: 998 }, (_, i) => ({
      id: `shop-${String(i).padStart(4, '0')}`,
      type: 'dora_deployment',
      attributes: { service: 'shop', started_at: new Date(FROM.getTime() + i * HOUR).toISOString() },
    }));
    const odd = [
      { id: 'x/y', attributes: {} },
      { id: 'old-0001', attributes: { service: 'shop', started_at: '2020-01-01T00:00:00Z' } },
    ];
    datadog.misbehaveOn(
      '/api/v2/dora/deployments',
      ...Array.from({ length: 5 }, () => ({ status: 200, body: { data: [...shop, ...odd] } })),
    );
    const { deployments, failures } = await exportEvents(clientAt('2026-11-28T12:00:00Z'), request());
    expect(deployments).toMatchObject({
      state: 'written',
      count: 998,
      foreign: 1,
      malformed: { leftOut: 1, droppedFields: 0 },
      stopped: { why: 'ignored-window', requests: 2 },
    });
    expect(lines(deployments)).toHaveLength(998);
    if (deployments.state !== 'written') throw new Error('not written');
    expect(whatWasLeftOut('deployments', deployments)).toBe(
      'Datadog\'s answers for deployments: 1 event was malformed and left out; 1 event was wholly outside the window asked and left out. For example, deployment "x/y": id is "x/y": Datadog ids are 1 to 128 letters, digits, hyphens, underscores, periods and colons.',
    );
    const markdown = exportSummary({ from: FROM, to: TO, selection: {}, files: { deployments, failures } }, []);
    expect(markdown).toContain('### ⚠️ DORA events partly exported from Datadog');
    expect(markdown).toContain(`| Deployments | 998 in \`${deployments.path}\` (partial: below) |`);
  });

  test('Datadog refusing one list: that file is not left half written, the other is whole', async () => {
    seed();
    datadog.misbehaveOn('/api/v2/dora/deployments', { status: 403, body: { errors: ['Forbidden'] } });
    const { deployments, failures } = await exportEvents(clientAt('2026-11-28T12:00:00Z'), request());
    expect(deployments.state).toBe('failed');
    expect(failures).toMatchObject({ state: 'written', count: 3 });
    expect(existsSync(join(folder, 'deployments.jsonl'))).toBe(false);
  });
});

describe('the summary', () => {
  const written = (path: string, count: number, perMonth: [string, number][], undated = 0): Exported => ({
    state: 'written',
    path,
    count,
    perMonth: new Map(perMonth),
    undated,
    truncated: false,
    malformed: { leftOut: 0, droppedFields: 0 },
    foreign: 0,
  });

  test('the period, the files, counts per month (every month of the period, and any other an event started in), and how long artifacts last', () => {
    const markdown = exportSummary(
      {
        from: FROM,
        to: TO,
        selection: { services: ['shop', 'a|b`c'] },
        files: {
          deployments: written(
            '/runner/temp/datadog-dora-export-x/deployments.jsonl',
            5,
            [
              ['2026-08', 1],
              ['2026-09', 1],
              ['2026-11', 2],
            ],
            1,
          ),
          failures: written('/runner/temp/datadog-dora-export-x/failures.jsonl', 2, [['2026-10', 2]]),
        },
      },
      ['A note with *stars* and a [link](https://example.com).'],
    );
    expect(markdown).toBe(`### 📦 DORA events exported from Datadog

| | |
|---|---|
| Period | 2026-09-15T00:00:00.000Z to 2026-11-28T12:00:00.000Z |
| Services | \`shop\`, \`a\\|b'c\` |
| Envs | every one |
| Deployments | 5 in \`/runner/temp/datadog-dora-export-x/deployments.jsonl\` |
| Failures | 2 in \`/runner/temp/datadog-dora-export-x/failures.jsonl\` |

| Month (UTC, by start) | Deployments | Failures |
|---|---:|---:|
| 2026-08 | 1 | 0 |
| 2026-09 | 1 | 0 |
| 2026-10 | 0 | 2 |
| 2026-11 | 2 | 0 |
| no start time | 1 | 0 |
| **Total** | **5** | **2** |

- A note with \\*stars\\* and a \\[link\\]\\(https\\:\\/\\/example\\.com\\)\\.

One event a line (JSON Lines), every field as Datadog returned it. The files are in RUNNER\\_TEMP, which the runner empties when the job ends: upload them as an [artifact](https://docs.github.com/actions/using-workflows/storing-workflow-data-as-artifacts) to keep them. Artifacts expire too, after 90 days by default and 400 at most (\`retention-days\`): download them and keep them elsewhere.
`);
  });

  test('failures no longer served: a dash where their counts were, and the heading says nothing went wrong', async () => {
    const retired = (await exportEvents(clientAt('2027-04-01T00:00:00Z'), request())).failures;
    const markdown = exportSummary(
      {
        from: FROM,
        to: TO,
        selection: {},
        files: { deployments: written('/t/deployments.jsonl', 1, [['2026-10', 1]]), failures: retired },
      },
      [],
    );
    expect(markdown).toContain('### 📦 DORA events exported from Datadog');
    expect(markdown).toContain('| Failures | not exported: Datadog no longer serves DORA incidents (2027-03-31) |');
    expect(markdown).toContain('| 2026-10 | 1 | — |');
    expect(markdown).toContain('| **Total** | **1** | **—** |');
  });
});
