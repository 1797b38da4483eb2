// The report's job summary: what users read on the run's page, checked as GitHub would show it.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { calculate } from '../../src/events/report/calculate.ts';
import { reportJson, reportOutputs } from '../../src/events/report/outputs.ts';
import { decimal, humanDuration, repositoryWebUrl, shortWeekLabels } from '../../src/events/report/summary/format.ts';
import { reportSummary, type SummaryLinks } from '../../src/events/report/summary/index.ts';
import type { FailureRecord, Report } from '../../src/events/report/types.ts';
import { reportWindow } from '../../src/events/report/window.ts';
import { expectOnlyAllowedHtml, outsideCode } from './summary-checks.ts';
import {
  buildReport,
  emptyReport,
  figures,
  gateBreach,
  gateOff,
  HOSTILE,
  hostileReport,
  hugeReport,
  realisticReport,
} from './summary-fixtures.ts';
import { mermaidBlocks, mermaidParser, type Parse } from './summary-mermaid.ts';

const links: SummaryLinks = {
  app: { url: 'https://app.datadoghq.com', assumedSite: 'datadoghq.com' },
  githubServerUrl: 'https://github.com',
  problems: [],
};
const GITHUB_MAX_BYTES = 1024 * 1024;

/** Readable in assertions: the summary joins numbers and units with no-break spaces. */
const plain = (markdown: string): string => markdown.replaceAll('\u00a0', ' ');
/** Every table row has its header's number of cells: no value opened a cell. */
function expectWholeTables(markdown: string): void {
  // As GitHub splits a row: a backslash and the punctuation after it are one character, never a border.
  const cells = (line: string): number => line.replace(/\\[!-/:-@[-`{-~]/g, '').split('|').length;
  let header: number | undefined;
  for (const line of outsideCode(markdown).split('\n')) {
    if (!line.startsWith('|')) {
      header = undefined;
      continue;
    }
    header ??= cells(line);
    expect({ line, cells: cells(line) }).toEqual({ line, cells: header });
  }
}

/** The week rows of the table that holds the charts' numbers, in order. */
function weekRows(markdown: string): string[][] {
  const table = markdown.slice(markdown.indexOf("The charts' numbers, week by week"));
  return table
    .split('\n')
    .filter((line) => /^\| (\d{4}-)?W\d\d \|/.test(line))
    .map((line) => line.split(' | ').slice(1));
}

/** Each number of each chart is in its week's row of the table; a week drawn at 0 for no data says —. */
function expectChartNumbersInText(markdown: string): void {
  const rows = weekRows(markdown);
  for (const block of mermaidBlocks(markdown)) {
    for (const [, values] of block.matchAll(/^ {4}(?:bar|line) \[(.*)\]$/gm)) {
      (values ?? '').split(', ').forEach((value, week) => {
        const row = rows[week] ?? [];
        const numbers = row.flatMap((cell) => cell.match(/-?\d+(?:\.\d+)?/g) ?? []);
        expect({ week, value, found: numbers.includes(value) || (value === '0' && row.includes('—')) }).toEqual({
          week,
          value,
          found: true,
        });
      });
    }
  }
}

let parse: Parse;
beforeAll(async () => {
  parse = await mermaidParser();
});

test("Mermaid's parser, as these tests run it, refuses a broken chart", async () => {
  await expect(parse('xychart-beta\n    title "a "quote" in a title"\n    bar [1, 2]')).rejects.toThrow();
  await expect(parse('xychart-beta\n    bar [NaN, 1e21]')).rejects.toThrow();
});

async function expectChartsParse(markdown: string): Promise<void> {
  const blocks = mermaidBlocks(markdown);
  expect(blocks.length).toBeLessThanOrEqual(4);
  for (const block of blocks) {
    expect(block).toMatch(/^%%\{init: \{.*"plotColorPalette": "#[0-9a-f]{6}(, #[0-9a-f]{6})*"/);
    await expect(parse(block)).resolves.toBeTruthy();
  }
}

function expectHarmless(markdown: string): void {
  expect(markdown).not.toMatch(/^\s*::/m);
  expectOnlyAllowedHtml(markdown);
  expectWholeTables(markdown);
  expect(Buffer.byteLength(markdown)).toBeLessThan(GITHUB_MAX_BYTES);
}

describe('a realistic report', () => {
  const markdown = reportSummary(realisticReport(), gateBreach, {
    ...links,
    problems: ['the failures page could not be completed: Datadog answered 429'],
  });
  const text = plain(markdown);

  test('its sections, in order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.map(plain)).toEqual([
      '## 📊 DORA report: services `shop-api`, `web` · envs `production`, `staging` · 2026-W37 – 2026-W48 (12 weeks)',
      '### Headline',
      '### By week',
      '### By service and env (3)',
      '### The events behind the numbers',
      '#### Change failures (6)',
      '#### Slowest lead times (5)',
      '#### Incidents (5)',
      '### What this report cannot see',
    ]);
    expect(text).toContain('- ⚠️ the failures page could not be completed\\: Datadog answered 429');
    expect(text).not.toContain('left out');
  });

  test("the gate's verdict, each check with its value, threshold and worst service and env", () => {
    expect(text).toContain('**Gate: ❌ breach');
    expect(text).toContain(
      '| ❌ Change failure rate (`max-change-failure-rate`) | 12.5 % | at most 10 % | `web` · `production`: 20 % |',
    );
    expect(text).toContain(
      '| ✅ Change lead time (`max-change-lead-time`) | 1 d 7 h | at most 2 d | `shop-api` · `staging`: 1 d 16 h |',
    );
    expect(text).toContain('| ⚠️ Failed deployment recovery time (`max-recovery-time`) | no data | at most 4 h | — |');
  });

  test('the headline: the window and its DORA level, the last week against the median of the weeks before, better or worse in words, the current week apart', () => {
    expect(text).toContain(
      '| | 12 weeks | DORA level | Last week, 2026-W48 | Last week vs the median of the 11 weeks before | 2026-W49 so far (not counted) |',
    );
    expect(text).toContain('| Deployments | 6.67 per week (80) | High | 8 | ▲ 1 vs 7, better | 11 |');
    expect(text).toContain(
      "| Change failure rate | 7.5 % (6 of 80) | as near Elite's cluster (5 %) as Medium's (10 %) | 0 % (0 of 8) | = 0 % | 0 % (0 of 11) |",
    );
    expect(text).toContain(
      '| Incidents, beside the change failure rate (not counted in it) | 18 (1 open) |  | 3 | ▲ 2 vs 1, worse | 1 |',
    );
    expect(text).toContain(
      '| Change lead time (median over commits) | 1 d 7 h (320 commits) | High | 1 d 17 h | ▼ 1 h 30 min vs 1 d 19 h, better | 1 d 19 h |',
    );
    expect(text).toContain(
      "| Change lead time, median of per-deployment averages (as Datadog's pages headline) | 1 d 15 h (69 deployments) |  | 1 d 21 h | ▲ 2 h vs 1 d 19 h, worse |",
    );
    expect(text).toContain(
      '| Failed deployment recovery time (median) | 1 h 35 min (1 open) | High or Medium: both published as under a day | — (1 open) | — | — |',
    );
    expect(text).toContain('| Rework rate | 5 % (4 of 80) | none published | 0 % (0 of 8) | = 0 % | 0 % (0 of 11) |');
  });

  test('the headline says a later report may count more change failures in the same weeks', () => {
    expect(text).toContain(
      'a remediation found later (a rollback this week) can still add one to a past week, as it does in Datadog, so a later report may show more for the same weeks.',
    );
  });

  test('the DORA levels cite their source, on dora.dev', () => {
    expect(text).toContain(
      "DORA level: the window's figure against the four levels of Google Cloud / DORA's [Accelerate State of DevOps Report 2024](https://dora.dev/research/2024/dora-report/) (the 2025 report has no four-level table)",
    );
    expect(text).toContain('it publishes no levels for rework rate.');
  });

  test("the week tables, behind the charts and per service and env, have the same columns, in the headline's order", () => {
    const header =
      "| Week | Deployments | Change failure rate | Incidents | Time to restore | Lead time | Datadog's lead time | Recovery time | Rework rate |";
    expect(text.split('\n').filter((line) => line.startsWith('| Week |'))).toEqual(Array(4).fill(header));
    expect(text).toContain(
      '| **12 weeks** | 76 | 7.89 % (6) | 17 (1 open) | 2 h 5 min | 1 d 7 h | 1 d 15 h | 1 h 35 min (1 open) | 5.26 % (4) |',
    );
  });

  test('at most four charts, each with a palette, each accepted by Mermaid', async () => {
    expect(mermaidBlocks(markdown)).toHaveLength(4);
    await expectChartsParse(markdown);
  });

  test("every chart's number is in the weekly table; the week without data is drawn at 0 and shown as —", () => {
    expectChartNumbersInText(markdown);
    expect(weekRows(markdown)[4]).toEqual(['0', '—', '0', '—', '—', '—', '—', '— |']);
    expect(weekRows(markdown)[3]!.map(plain)).toEqual([
      '6',
      '33.33 % (2)',
      '3',
      '57 min',
      '2.4 d',
      '2.4 d',
      '71 min',
      '16.67 % (1) |',
    ]);
    expect(mermaidBlocks(markdown)[1]).toContain('bar [0.8, 1.3, 1.8, 2.4, 0, 1.8,');
  });

  test('the events behind the numbers link to Datadog and to GitHub', () => {
    expect(text).toContain(
      '| [`deploy-000000001001`](https://app.datadoghq.com/ci/dora?detail=deployments)<br>version `v1.1001.0`<br>commit [`000003e`](https://github.com/acme/shop/commit/000003e9000003e9000003e9000003e9000003e9) | `shop-api` · `production` | 2026-10-13 06:00 UTC | `dora.remediates` tag | rollforward: ',
    );
    expect(text).toContain(
      'changes [`000003e`…`0000138`](https://github.com/acme/shop/compare/000003e9000003e9000003e9000003e9000003e9...0000138900001389000013890000138900001389) | 41 min |',
    );
    expect(text).toContain("| Datadog's rollback rule | — | open |");
    expect(text).toContain(
      '| [`incident-0000000004`](https://app.datadoghq.com/ci/dora) | `shop-api` · every env | Checkout errors above 5\\% \\(4\\) | SEV\\-2 | 2026-09-07 14:00 UTC | open |',
    );
  });

  test('links go only to the Datadog app, the GitHub server the job runs on and the guides: a repository elsewhere, a look-alike included, is text', () => {
    const report = realisticReport();
    const summary = (repositoryId: string | undefined, githubServerUrl: string) => {
      const moved = repositoryId
        ? {
            ...report,
            changeFailures: report.changeFailures.map((failure) => ({
              ...failure,
              failed: { ...failure.failed, repositoryId },
            })),
          }
        : report;
      return reportSummary(moved, gateOff, { ...links, githubServerUrl });
    };
    const origins = (markdown: string) =>
      new Set([...markdown.matchAll(/\]\((https?:\/\/[^/)]+)/g)].map((match) => match[1]));
    const lookAlike = summary('github.com.evil.example/acme/shop', 'https://github.com');
    expect(origins(lookAlike)).toEqual(
      new Set(['https://app.datadoghq.com', 'https://github.com', 'https://docs.datadoghq.com', 'https://dora.dev']),
    );
    expect(lookAlike).not.toContain('](https://github.com.evil.example');
    expect(plain(lookAlike)).toContain(
      '| [`deploy-000000001001`](https://app.datadoghq.com/ci/dora?detail=deployments)<br>version `v1.1001.0`<br>commit `000003e` |',
    );
    // On a GitHub Enterprise Server, github.com's repositories are named, not linked.
    expect(origins(summary(undefined, 'https://ghe.acme.example'))).toEqual(
      new Set(['https://app.datadoghq.com', 'https://docs.datadoghq.com', 'https://dora.dev']),
    );
  });

  test('what the report cannot see, once, with counts', () => {
    expect(text.match(/Datadog's roll-forward rules/g)).toHaveLength(1);
    expect(text).toContain('- **3 deployments without a commit** in the window');
    expect(text).toContain('  - the token cannot read github\\.com\\/acme\\/payments: 4 deployments');
    expect(text).toContain('- **1 commit range cut at 5000 commits**');
    expect(text).toContain(
      '- **2 change failures not counted, marked by a `dora.remediates` tag**: the tag, on a deployment made since the window began, names one this report did not read (of a service or env not selected',
    );
    expect(text).toContain('(on datadoghq\\.com, assumed: no site was given)');
  });

  test('a summary GitHub keeps whole', () => {
    expectHarmless(markdown);
  });
});

test('an empty report: no deployments at all', async () => {
  const markdown = reportSummary(emptyReport(), gateOff, links);
  const text = plain(markdown);
  expect(text).toContain(
    '## 📊 DORA report: service `shop-api` · every env: no deployments or incidents found · 2026-W37 – 2026-W48 (12 weeks)',
  );
  expect(text).toContain('| Deployments | 0 per week (0) | — | 0 | = 0 | 0 |');
  expect(text).toContain('| Change failure rate | — | — | — | — | — |');
  expect(text).toContain('No chart: no data in any week.');
  expect(text).not.toContain('Gate');
  expect(text).not.toContain('### By service and env');
  await expectChartsParse(markdown);
  expectChartNumbersInText(markdown);
  expectHarmless(markdown);
});

describe('hostile values from Datadog', () => {
  const markdown = reportSummary(hostileReport(), gateOff, { ...links, problems: [HOSTILE] });

  test('open no HTML, link, table cell, heading or runner command', () => {
    expectHarmless(markdown);
    const bare = outsideCode(markdown);
    expect(bare).not.toMatch(/<script|\]\(https:\/\/evil/);
    const destinations = [...bare.matchAll(/\]\(([^)]*)\)/g)].map((match) => match[1] ?? '');
    expect(destinations.length).toBeGreaterThan(0);
    for (const destination of destinations) {
      expect(destination).toMatch(
        /^https:\/\/(app\.datadoghq\.com\/(ci\/dora|event\/explorer\?query=dora\.failure%5Fid%3A)|github\.com\/acme\/|docs\.datadoghq\.com\/delivery%5Fperformance\/guide\/|dora\.dev\/research\/2024\/dora-report\/$)[^\s()<>"`|]*$/,
      );
    }
    for (const line of bare.split('\n').filter((line) => line.startsWith('#'))) {
      expect(line).toMatch(
        /^(## 📊 DORA report: service CODE · env CODE · |### (Headline|By week|By service and env|The events behind the numbers|What this report cannot see)|#### (Change failures|Slowest lead times|Incidents) \()/,
      );
    }
  });

  test('stay out of the charts, which still parse', async () => {
    for (const block of mermaidBlocks(markdown)) expect(block).not.toMatch(/script|evil|tick|quoted|x\|y/);
    await expectChartsParse(markdown);
  });

  test('inside <summary>, where Markdown is not read, as HTML entities', () => {
    const summary = markdown.split('\n').find((line) => line.startsWith('<details><summary><b>')) ?? '';
    expect(summary).toMatch(
      /^<details><summary><b>x&#124;y &#96;tick&#96; &#60;script&#62;alert&#40;1&#41;&#60;&#47;script&#62; &#34;quoted&#34; &#91;link&#93;&#40;https&#58;&#47;&#47;evil&#46;example&#41; &#35; h &#58;&#58;warning&#58;&#58;injected {2}&#37;&#37;&#123;init&#125;&#37;&#37; &#93;<\/b> · <b>/,
    );
  });
});

test('a huge report stays under 1 MiB: event rows go first, then weeks of groups, each said', async () => {
  const markdown = reportSummary(hugeReport(), gateBreach, links);
  const text = plain(markdown);
  expect(Buffer.byteLength(markdown)).toBeLessThan(GITHUB_MAX_BYTES);
  expect(text).toContain('ℹ️ Some detail is left out below');
  expect(text).toMatch(
    /(… and \d+ more|The \d+) change failures(, | are )left out to keep this summary under GitHub's 1 MiB limit: `report-json` has them\./,
  );
  expect(text).toMatch(/(… and \d+ more|The \d+) incidents(, | are )left out/);
  expect(text).toMatch(/The weeks of \d+ services and envs are left out/);
  expect(text).toContain('Weeks 2024-W49 to 2026-W48, left to right.');
  expect(text).toContain('"xAxis": {"showLabel": false}');
  await expectChartsParse(markdown);
  expectChartNumbersInText(markdown);
  expectHarmless(markdown);
});

test('too many events for 1 MiB: event rows go, every week of every group stays', () => {
  const groups = Array.from({ length: 20 }, (_, i): [string, string] => [`service-${i}`, 'production']);
  const markdown = reportSummary(
    buildReport({ weeks: 52, groups, changeFailures: 8000, incidents: 0, slowest: 0 }),
    gateOff,
    links,
  );
  expect(Buffer.byteLength(markdown)).toBeLessThan(GITHUB_MAX_BYTES);
  expect(markdown).toMatch(/… and \d+ more change failures, left out/);
  expect(markdown).not.toContain('The weeks of');
  expect(markdown.match(/^\| W\d\d \|/gm)).toHaveLength(21 * 52);
});

describe('names as Datadog holds them', () => {
  const report = buildReport({
    weeks: 4,
    groups: [
      ['a|b', 'prod'],
      ['c`d', 'prod'],
    ],
    changeFailures: 1,
    incidents: 0,
    slowest: 0,
  });
  const failure = report.changeFailures[0]!;
  const markdown = reportSummary(
    { ...report, changeFailures: [{ ...failure, failed: { ...failure.failed, version: 'v`2', env: 'x\\|y' } }] },
    gateOff,
    links,
  );
  const text = plain(markdown);

  test('in the heading, a pipe and a backtick as they are, in code', () => {
    expect(text).toContain('## 📊 DORA report: services `a|b`, ``c`d`` · env `prod` ·');
  });

  test('in a table, a pipe escaped as GitHub reads it in a cell (shown without the backslash), a backtick inside a longer fence', () => {
    expect(text).toContain('<br>version ``v`2``<br>');
    expect(text).toContain('| `a\\|b` · x\\\\\\|y |');
    expectWholeTables(markdown);
  });

  test('in a fold, as HTML entities', () => {
    expect(markdown).toContain('<details><summary><b>a&#124;b</b> · <b>prod</b>');
    expect(markdown).toContain('<details><summary><b>c&#96;d</b> · <b>prod</b>');
  });

  test('still make no link, heading or HTML', () => {
    expectHarmless(markdown);
  });
});

describe('the heading and the headline in their own words', () => {
  test('one service more, and one week with none before it', () => {
    const groups = Array.from({ length: 6 }, (_, i): [string, string] => [`service-${i}`, 'production']);
    const text = plain(
      reportSummary(buildReport({ weeks: 1, groups, changeFailures: 0, incidents: 0, slowest: 0 }), gateOff, links),
    );
    expect(text).toContain(
      'services `service-0`, `service-1`, `service-2`, `service-3`, `service-4` and 1 more service · env `production` · 2026-W48 – 2026-W48 (1 week)',
    );
    expect(text).toContain('| Last week vs the weeks before (none in the window) |');
  });

  test('one reason more than listed is one more reason', () => {
    const report = realisticReport();
    const leadTimeUnavailable = Array.from({ length: 21 }, (_, i) => ({ reason: `reason ${i}`, deployments: 1 }));
    const text = plain(reportSummary({ ...report, blind: { ...report.blind, leadTimeUnavailable } }, gateOff, links));
    expect(text).toContain('  - and 1 more reason\n');
  });

  test('a change said better or worse for its metric: fewer failures is better, fewer deployments worse', () => {
    const report = realisticReport();
    const week = (deployments: number, changeFailures: number) =>
      figures({
        deployments,
        deploymentsPerWeek: deployments,
        changeFailures,
        changeFailureRate: (changeFailures / deployments) * 100,
      });
    const text = plain(
      reportSummary(
        { ...report, selection: { ...report.selection, weeks: [week(10, 2), week(10, 2), week(5, 0)] } },
        gateOff,
        links,
      ),
    );
    expect(text).toMatch(/\| Deployments \| [^|]* \| [^|]* \| 5 \| ▼ 5 vs 10, worse \|/);
    expect(text).toMatch(/\| Change failure rate \| [^|]* \| [^|]* \| 0 % \(0 of 5\) \| ▼ 20 pts vs 20 %, better \|/);
  });
});

describe('numbers as people read them', () => {
  test.each([
    [45, '45 s'],
    [45 * 60, '45 min'],
    [3599, '1 h'],
    [3 * 3600 + 12 * 60, '3 h 12 min'],
    [2 * 86_400 + 4 * 3600, '2 d 4 h'],
    [86_400 * 2 - 60, '2 d'],
    [-300, '−5 min'],
  ])('%d seconds: %s', (seconds, shown) => {
    expect(plain(humanDuration(seconds))).toBe(shown);
  });

  test('decimals: at most two, never an exponent', () => {
    expect([7.5, 100, 33.333_333, 1e-7, -0.001, 123_456_789.987].map((value) => decimal(value))).toEqual([
      '7.5',
      '100',
      '33.33',
      '0',
      '0',
      '123456789.99',
    ]);
  });

  test('week labels are unique: short up to 52 weeks, whole past them', () => {
    const now = new Date('2026-01-14T00:00:00Z');
    expect(shortWeekLabels(reportWindow(2, now))).toEqual({ weeks: ['W01', 'W02'], current: 'W03' });
    for (const weeks of [52, 53, 104])
      expect(new Set(shortWeekLabels(reportWindow(weeks, now)).weeks).size).toBe(weeks);
    expect(shortWeekLabels(reportWindow(53, now)).weeks[0]).toBe('2025-W02');
  });

  test("a repository's web address: the workflow's server when the host is its, else https", () => {
    expect(repositoryWebUrl('github.com/acme/shop', 'https://github.com')).toBe('https://github.com/acme/shop');
    expect(repositoryWebUrl('ghe.example.com/acme/shop', 'http://ghe.example.com')).toBe(
      'http://ghe.example.com/acme/shop',
    );
    expect(repositoryWebUrl('gitlab.com/acme/shop', 'https://github.com')).toBe('https://gitlab.com/acme/shop');
  });
});

describe('where incidents came from', () => {
  const HOUR = 3_600_000;
  const inWindow = (report: Report, hours: number) =>
    new Date(report.window.weeks.at(-1)!.start.getTime() + hours * HOUR);
  const incident = (report: Report, id: string, sources: FailureRecord['sources']): FailureRecord => ({
    id,
    services: ['shop-api'],
    env: 'production',
    startedAt: inWindow(report, 10),
    sources,
  });

  test('before 2026-12-31: the list counts them, and a short notice says what retires when and what to do', () => {
    const text = plain(reportSummary(realisticReport(), gateOff, links));
    expect(text).toContain("**Incidents in the window**: 5 from Datadog's DORA failure list.\n");
    expect(text).toContain(
      "ℹ️ **Datadog retires DORA incidents**: their ingestion ends on 2026-12-31, and from 2027-03-31 they can no longer be read or exported. They do not count in the change failure rate, which Datadog computes from change failures since January 2026. Send failures as before (from 2026-12-31 this action sends them as alert events by itself), and export their history with `event: export`. [Datadog's guide](https://docs.datadoghq.com/delivery%5Fperformance/guide/dora-incident-deprecation/).",
    );
  });

  test('from 2026-12-31: both sources, a failure sent both ways counted once, and no notice', () => {
    const base = { ...realisticReport(), window: reportWindow(12, new Date('2027-01-13T09:00:00Z')) };
    const report: Report = {
      ...base,
      incidents: [
        incident(base, 'both-1', ['failure-list', 'alert-events']),
        incident(base, 'both-2', ['failure-list', 'alert-events']),
        incident(base, 'list-1', ['failure-list']),
        incident(base, 'event-1', ['alert-events']),
      ],
      incidentSources: { 'failure-list': { state: 'read' }, 'alert-events': { state: 'read' } },
    };
    const text = plain(reportSummary(report, gateOff, links));
    expect(text).toContain(
      "**Incidents in the window**: 3 from Datadog's DORA failure list, 3 from alert events (2 in both, counted once).\n",
    );
    expect(text).not.toContain('Datadog retires DORA incidents');
    // One known only from alert events links to them in Datadog's event explorer.
    expect(text).toContain('[`event-1`](https://app.datadoghq.com/event/explorer?query=dora.failure%5Fid%3Aevent-1)');
    expect(text).toContain('[`list-1`](https://app.datadoghq.com/ci/dora)');
  });

  test('no source read: incidents not available, never 0, in the summary, the outputs and the JSON file', () => {
    const window = reportWindow(4, new Date('2027-04-07T09:00:00Z'));
    const deployed = new Date(window.weeks[2]!.start.getTime() + 30 * HOUR);
    const report = calculate(
      window,
      {
        deployments: [
          {
            id: 'deploy-1',
            service: 'shop-api',
            env: 'production',
            startedAt: deployed,
            finishedAt: deployed,
            customTags: [],
          },
        ],
        failures: [],
        incidentSources: {
          'failure-list': { state: 'retired' },
          'alert-events': { state: 'failed', message: `Datadog refused: ${HOSTILE}` },
        },
        incompletePages: [],
        malformedAnswers: [],
        partialReadings: [],
      },
      new Map(),
    );
    const markdown = reportSummary(report, gateOff, links);
    const text = plain(markdown);
    expect(text).toContain(
      '| Incidents, beside the change failure rate (not counted in it) | not available |  | — | — | — |',
    );
    expect(text).toContain('**Incidents: not available**: no source of them could be read.');
    expect(text).toContain(
      "- Datadog's DORA failure list is not available any more: Datadog retired it on 2027-03-31.",
    );
    expect(text).toContain(
      '- Incidents from alert events are missing: Datadog refused\\: x\\|y \\`tick\\` \\<script\\>',
    );
    expect(text).not.toMatch(/\| Incidents[^\n]*\| 0 /);
    expectHarmless(markdown);
    expect(reportOutputs(report, gateOff)).toMatchObject({
      deployments: '1',
      incidents: '',
      'time-to-restore-seconds': '',
    });
    const json = reportJson(report, gateOff) as {
      selection: { window: Record<string, unknown> };
      incidentSources: unknown;
    };
    expect(json.selection.window).toMatchObject({
      deployments: 1,
      incidents: null,
      openIncidents: null,
      timeToRestoreSeconds: null,
    });
    expect(json.incidentSources).toEqual({
      'failure-list': { state: 'retired' },
      'alert-events': { state: 'failed', message: `Datadog refused: ${HOSTILE}` },
    });
  });

  test('the list gone by Datadog’s word before its date: said so, with the date', () => {
    const report: Report = {
      ...realisticReport(),
      incidents: [],
      incidentSources: { 'failure-list': { state: 'retired' }, 'alert-events': { state: 'none-yet' } },
    };
    const text = plain(reportSummary(report, gateOff, links));
    expect(text).toContain(
      "- Datadog's DORA failure list is not available any more: Datadog answered that it is gone (it retires on 2027-03-31).",
    );
    expect(text).toContain('**Incidents: not available**');
  });
});
