// Job summaries: what users see, with hostile values that must open nothing.
import { describe, expect, test } from '@jest/globals';
import { RETIREMENT_GUIDE } from '../../src/datadog/retirement.ts';
import { deploymentSummary } from '../../src/events/deployment/delivery.ts';
import { type FailureRoute, failureSummary } from '../../src/events/failure/delivery.ts';
import { markSummary } from '../../src/events/mark/event.ts';
import { safeUrl } from '../../src/runner/escape.ts';
import type { Outcome } from '../../src/runner/outcome.ts';

const HOSTILE =
  '# x <img src=x onerror=alert(1)> [a](https://evil.example) ![i](https://evil.example/i.png) | cell | https://evil.example www.evil.example `tick` *b*';
const startedAt = new Date('2026-11-27T10:00:00Z');
const finishedAt = new Date('2026-11-27T10:05:30Z');
const failed = (message: string, mayHaveArrived = false): Outcome => ({
  kind: 'failed',
  message,
  failsStep: false,
  mayHaveArrived,
});

/** The structure a summary has once code spans and escapes are taken out: what Markdown would act on. */
function structure(markdown: string): {
  headings: string[];
  rows: number;
  cellsPerRow: number[];
  links: string[];
  bare: string;
} {
  const lines = markdown.split('\n');
  const plain = markdown.replace(/`[^`\n]*`/g, 'CODE').replace(/\\[!-/:-@[-`{-~]/g, 'E');
  return {
    headings: lines.filter((line) => line.startsWith('#')),
    rows: lines.filter((line) => line.startsWith('|')).length,
    cellsPerRow: plain
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.split('|').length - 2),
    links: [...plain.matchAll(/\]\(([^)]*)\)/g)].map((match) => match[1] ?? ''),
    // Everything but our own heading and links.
    bare: plain.replace(/^#+ .*$/m, 'HEADING').replace(/\[[^\]]*\]\([^)]*\)/g, 'LINK'),
  };
}

describe('hostile values open no heading, link, image, HTML element or table row', () => {
  test('deployment', () => {
    const markdown = deploymentSummary({
      deployment: {
        id: 'deploy-0123456789abcdef',
        service: HOSTILE,
        env: HOSTILE,
        version: HOSTILE,
        team: HOSTILE,
        startedAt,
        customTags: [],
        git: { commitSha: 'a'.repeat(40), repositoryUrl: 'https://github.com/acme/shop) [x](https://evil.example' },
      },
      finishedAt,
      appLink: { url: 'https://app.datadoghq.eu' },
      githubServerUrl: 'https://github.com',
      outcome: failed(`Datadog send deployment failed: ${HOSTILE}\n# second heading\n| injected | row |`),
      remediation: HOSTILE,
    });
    const found = structure(markdown);
    expect(found.headings).toEqual(['### ⚠️ Deployment not sent to Datadog']);
    expect(found.cellsPerRow.every((cells) => cells === 2)).toBe(true);
    expect(found.links).toEqual([
      `https://github.com/acme/shop%29%20%5Bx%5D%28https://evil.example/commit/${'a'.repeat(40)}`,
    ]);
    expect(found.bare).not.toMatch(/[<>[\]!#*]|https?:\/\/|www\./);
  });

  test('mark and failure', () => {
    const mark = markSummary({
      changeFailure: true,
      id: 'abc',
      lookup: HOSTILE,
      appLink: { url: 'https://app.datadoghq.com' },
      outcome: failed(HOSTILE),
    });
    const failure = (route: FailureRoute) =>
      failureSummary({
        failure: {
          id: 'failure-0123456789abcdef',
          startedAt,
          services: [HOSTILE, 'api'],
          name: HOSTILE,
          severity: HOSTILE,
          team: HOSTILE,
          env: HOSTILE,
        },
        appLink: { url: 'https://app.datadoghq.com' },
        outcome: failed(HOSTILE),
        route,
      });
    // The only link a failed step shows: Datadog's guide to the retirement of DORA incidents.
    for (const [markdown, links] of [
      [mark, []],
      [failure('dora'), [safeUrl(RETIREMENT_GUIDE)]],
      [failure('alert event'), []],
    ] as const) {
      const found = structure(markdown);
      expect(found.headings).toHaveLength(1);
      expect(found.cellsPerRow.every((cells) => cells === 2)).toBe(true);
      expect(found.links).toEqual(links);
      expect(found.bare).not.toMatch(/[<>[\]!#*]|https?:\/\/|www\./);
    }
  });
});

describe('what the summary says', () => {
  const deployment = {
    id: 'deploy-0123456789abcdef',
    service: 'shop-api',
    env: 'production',
    version: 'v1.4.2',
    startedAt,
    customTags: [],
    git: { commitSha: '66adc9350f2cc9b250b69abddab733dd55e1a588', repositoryUrl: 'https://github.com/acme/shop' },
  };

  test('sent: the table, the commit linked, and where to see it', () => {
    expect(
      deploymentSummary({
        deployment,
        finishedAt,
        appLink: { url: 'https://app.datadoghq.eu' },
        githubServerUrl: 'https://github.com',
        outcome: { kind: 'done', status: 202, attempts: 2, durationMs: 1500 },
      }),
    ).toBe(
      [
        '### ✅ Deployment sent to Datadog',
        '',
        '| | |',
        '|---|---|',
        '| Service | `shop-api` |',
        '| Env | `production` |',
        '| Version | `v1.4.2` |',
        '| Commit | [`66adc9350f2c`](https://github.com/acme/shop/commit/66adc9350f2cc9b250b69abddab733dd55e1a588) |',
        '| Started | 2026-11-27T10:00:00.000Z |',
        '| Finished | 2026-11-27T10:05:30.000Z |',
        '| Duration | 5 min 30 s |',
        '| Deployment id | `deploy-0123456789abcdef` |',
        '| Sending | 1.5 s, 2 attempts (HTTP 202) |',
        '',
        'Accepted by Datadog. See it in [Delivery Performance](https://app.datadoghq.eu/ci/dora).',
        '',
      ].join('\n'),
    );
  });

  test('no site given: the link says which app it assumes', () => {
    const markdown = deploymentSummary({
      deployment,
      finishedAt,
      appLink: { url: 'https://app.datadoghq.com', assumedSite: 'datadoghq.com' },
      githubServerUrl: 'https://github.com',
      outcome: { kind: 'done', status: 200, attempts: 1, durationMs: 80 },
    });
    expect(markdown).toContain(
      'See it in [Delivery Performance](https://app.datadoghq.com/ci/dora) (on datadoghq\\.com, assumed: no site was given).',
    );
  });

  test('an answer lost on the way: the heading says it may or may not have arrived, never "not sent"', () => {
    const markdown = deploymentSummary({
      deployment,
      finishedAt,
      appLink: { url: 'https://app.datadoghq.com' },
      githubServerUrl: 'https://github.com',
      outcome: failed('lost', true),
    });
    expect(markdown).toContain('### ⚠️ Deployment may or may not have reached Datadog');
    expect(markdown).not.toContain('not sent');
  });

  test('a commit whose repository is not on the GitHub server the job runs on is text, not a link', () => {
    const commit = (repositoryUrl: string, githubServerUrl = 'https://github.com') =>
      deploymentSummary({
        deployment: { ...deployment, git: { ...deployment.git, repositoryUrl } },
        finishedAt,
        appLink: { url: 'https://app.datadoghq.com' },
        githubServerUrl,
        outcome: failed('x'),
      })
        .split('\n')
        .find((line) => line.startsWith('| Commit |'));
    for (const elsewhere of [
      'https://github.com.evil.example/acme/shop',
      'https://gitlab.com/acme/shop',
      'http://github.com/acme/shop',
      'https://github.com:8443/acme/shop',
    ]) {
      expect(commit(elsewhere)).toBe('| Commit | `66adc9350f2c` |');
    }
    expect(commit('https://GitHub.com/acme/shop')).toBe(
      '| Commit | [`66adc9350f2c`](https://github.com/acme/shop/commit/66adc9350f2cc9b250b69abddab733dd55e1a588) |',
    );
    // GitHub Enterprise Server: its own host, and only it.
    expect(commit('https://ghe.acme.example/acme/shop', 'https://ghe.acme.example')).toContain(
      '](https://ghe.acme.example/acme/shop/commit/',
    );
    expect(commit('https://github.com/acme/shop', 'https://ghe.acme.example')).toBe('| Commit | `66adc9350f2c` |');
  });
});
