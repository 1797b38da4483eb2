// npm run bench: what the action costs a job. Each round runs the committed pre, main and post as
// the runner does (one node process each, a fresh RUNNER_TEMP per job), once as a dry run, once
// against a loopback stand-in for Datadog, and once as the DORA report over twelve weeks of five
// services (about 4,000 deployments and 400 failure events in the window, read from a loopback
// stand-in, lead time from a local git history holding their commits), next to a bare `node -e 0`
// on the same Node so that drift on the machine touches both alike. Prints the medians and the
// size of dist/ as Markdown tables, and the report's figures against the issue's target. And once
// as the export of 100,000 events (80,000 deployments, 20,000 failures, from a stand-in of their
// own), its peak RSS against the requirement: at most 3× the bare start. And once as the backfill
// of a year of a repository's GitHub deployments (10,000 of them, read from a loopback stand-in for
// GitHub, made once before the rounds) to a loopback stand-in for Datadog emptied before each job, so
// that each sends them all: its peak RSS against the same requirement, and the deployments it sent a second.
//
// Rounds: `npm run bench -- 20` or env BENCH_ROUNDS (default 10), after one warm-up round.
// `npm run bench -- export [rounds]` measures the export alone, `npm run bench -- backfill [rounds]` the backfill.
// `npm run bench -- --baseline <git-ref>` also runs that commit's action.yml and dist/ (taken with
// git archive into a temporary folder, the tree untouched) in the same rounds, interleaved with the
// current ones, and compares each step's median ratio to the bare start; a scenario whose inputs
// that commit's action.yml does not declare (the report, the export or the backfill, before it
// existed) runs for the current only.
// Peak RSS comes from GNU time at /usr/bin/time; the tables go to stdout, progress to stderr.
// The jobs are run by the same runner as the end-to-end tests and the demo.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { reportWindow } from '../src/events/report/window.ts';
import { createBackfillHistory, successfulDeployments } from './local/backfill-history.ts';
import { API_KEY, APP_KEY, type FakeDatadog, startFakeDatadog } from './local/fake-datadog.ts';
import { type FakeGitHub, GITHUB_TOKEN, startFakeGitHub } from './local/fake-github.ts';
import { createReportHistory, seedReportHistory } from './local/report-history.ts';
import { type NodeRun, REPOSITORY_ROOT, runJob, runNode } from './local/runner.ts';

const BARE_START = 'node -e 0';
const MiB = 1024 * 1024;
/** The project's acceptance: no step's median ratio to the bare start grows by more than this. */
const MAX_RATIO_GROWTH = 0.1;
const REPORT = 'report, 5 services × 12 weeks';
/** Issue 12's target for the report's main step, as ratios to the bare start. */
const REPORT_TARGET = { wall: 15, memory: 3 };
const EXPORT = 'export, 100,000 events';
/** Issue 16's: the export's peak RSS, as a ratio to the bare start, however many events. */
const EXPORT_MAX_MEMORY = 3;
const EXPORT_HISTORY = { deployments: 80_000, failures: 20_000, days: 700 };
const BACKFILL = 'backfill, 10,000 deployments × a year';
/** The backfill's peak RSS, as a ratio to the bare start: the export's requirement. */
const BACKFILL_MAX_MEMORY = 3;
/** GitHub deployments (each one attempt of a Deploy run, most of them successful) over the last days. */
const BACKFILL_HISTORY = { deployments: 10_000, days: 365 };

interface Scenario {
  name: string;
  /** The step's `with:` */
  inputs: Record<string, string>;
  env: Record<string, string>;
  workspace?: string;
  /** Outputs main must give, or the bench stops: a fast but wrong step means nothing. */
  outputs?: Record<string, string>;
  /** Before each of its jobs: a stand-in made ready for it. */
  before?: () => void;
  /** After each of its jobs: throws if a stand-in did not get what it should. */
  after?: (action: Action) => void;
}

/** An action to run: the current one, or a baseline commit's. */
interface Action {
  label: string;
  root: string;
  /** The inputs its action.yml declares. */
  inputs: Set<string>;
}

interface Sample {
  step: string;
  scenario: string;
  /** The action's label; none for the bare start. */
  action?: string;
  wallMs: number;
  peakRssKiB: number;
}

function actionAt(label: string, root: string): Action {
  const yml = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs?: Record<string, unknown> };
  return { label, root, inputs: new Set(Object.keys(yml.inputs ?? {})) };
}

const CURRENT = actionAt('current', REPOSITORY_ROOT);

function roundsWanted(positionals: string[]): number {
  if (positionals.length > 1) throw new Error(`One number of rounds at most, not ${positionals.join(' ')}.`);
  const text = positionals[0] ?? process.env.BENCH_ROUNDS ?? '10';
  const rounds = Number(text);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`The number of rounds must be a positive integer, not "${text}".`);
  return rounds;
}

function measured(run: NodeRun, what: string): { wallMs: number; peakRssKiB: number } {
  if (run.exitCode !== 0)
    throw new Error(
      `${what} exited with code ${run.exitCode}; a bench of a broken action means nothing. Its output:\n${run.raw}`,
    );
  if (!Number.isFinite(run.peakRssKiB)) throw new Error(`GNU time reported no peak RSS for ${what}.`);
  return { wallMs: run.wallMs, peakRssKiB: run.peakRssKiB ?? NaN };
}

/** One job of one scenario: pre, main and post in order, each its own process, a fresh RUNNER_TEMP. */
async function runScenario(scenario: Scenario, action: Action): Promise<Sample[]> {
  scenario.before?.();
  const job = await runJob({
    inputs: scenario.inputs,
    env: scenario.env,
    workspace: scenario.workspace,
    measureMemory: true,
    actionRoot: action.root,
  });
  if (job.steps.length !== 3)
    throw new Error(
      `${scenario.name} (${action.label}): ran ${job.steps.map((s) => s.step).join(', ')}, not pre, main and post.`,
    );
  for (const [name, expected] of Object.entries(scenario.outputs ?? {})) {
    const given = job.step('main')?.outputs[name];
    if (given !== expected)
      throw new Error(
        `${scenario.name} (${action.label}): output ${name} is ${given === undefined ? 'not set' : `"${given}"`}, not "${expected}". Its log:\n${job.step('main')?.log ?? ''}`,
      );
  }
  scenario.after?.(action);
  return job.steps.map((step) => ({
    step: step.step,
    scenario: scenario.name,
    action: action.label,
    ...measured(step, `The ${step.step} step (${scenario.name}, ${action.label})`),
  }));
}

/** The ref's action.yml and dist/ (self-contained) in a folder of their own, the tree untouched. */
function extractAction(ref: string, into: string): Action {
  let archive: Buffer;
  try {
    archive = execFileSync('git', ['archive', ref, 'action.yml', 'dist'], {
      cwd: REPOSITORY_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * MiB,
    });
  } catch (error) {
    throw new Error(
      `Cannot take action.yml and dist/ at ${ref}: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`,
    );
  }
  execFileSync('tar', ['-x', '-C', into], { input: archive });
  return actionAt(ref, into);
}

async function runBareStart(): Promise<Sample> {
  const run = await runNode(['-e', '0'], { cwd: tmpdir(), env: { PATH: process.env.PATH ?? '' }, measureMemory: true });
  return { step: BARE_START, scenario: 'bare start', ...measured(run, BARE_START) };
}

/** Deployments the stand-in was sent, and those it accepted and stored. */
function deploymentsReceived(datadog: FakeDatadog): { sent: number; stored: number } {
  const sent = datadog.requests.filter(
    (request) => request.method === 'POST' && request.path === '/api/v2/dora/deployment',
  ).length;
  return { sent, stored: datadog.deployments.size };
}

async function runRound(
  scenarios: Scenario[],
  actions: Action[],
  round: number,
  datadog: FakeDatadog,
): Promise<Sample[]> {
  const before = deploymentsReceived(datadog);
  const samples = [await runBareStart()];
  // Each round swaps which action goes first, so that neither always runs on a warmer machine.
  const ordered = round % 2 ? actions.toReversed() : actions;
  for (const scenario of scenarios) {
    for (const action of ordered.filter((a) => Object.keys(scenario.inputs).every((name) => a.inputs.has(name))))
      samples.push(...(await runScenario(scenario, action)));
  }
  const after = deploymentsReceived(datadog);
  const sent = after.sent - before.sent;
  const stored = after.stored - before.stored;
  // One deployment per action from each scenario that sends to this stand-in.
  const expected = actions.length * scenarios.filter((scenario) => scenario.inputs['api-url'] === datadog.url).length;
  if (sent !== expected || stored !== expected) {
    throw new Error(
      `In one round the stand-in for Datadog was sent ${sent} deployment request(s) and stored ${stored} deployment(s); it must be exactly ${expected} of each.`,
    );
  }
  return samples;
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

function markdownTable(header: string[], alignments: ('left' | 'right')[], rows: string[][]): string {
  const rule = alignments.map((alignment) => (alignment === 'right' ? '---:' : '---'));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

interface Medians {
  step: string;
  scenario: string;
  action?: string;
  wallMs: number;
  peakRssMiB: number;
}

/** Per step, scenario and action, in the order first measured; and the bare start's. */
function mediansOf(samples: Sample[]): { rows: Medians[]; bare: Medians } {
  const rows = [...Map.groupBy(samples, (sample) => `${sample.step} ${sample.scenario} ${sample.action}`).values()].map(
    (group) => ({
      step: group[0]?.step ?? '',
      scenario: group[0]?.scenario ?? '',
      action: group[0]?.action,
      wallMs: median(group.map((sample) => sample.wallMs)),
      peakRssMiB: median(group.map((sample) => sample.peakRssKiB)) / 1024,
    }),
  );
  const bare = rows.find((row) => row.step === BARE_START);
  if (!bare) throw new Error(`No ${BARE_START} was measured.`);
  return { rows, bare };
}

function timingTable(samples: Sample[]): string {
  const { rows: medians, bare } = mediansOf(samples);
  return markdownTable(
    ['Step', 'Scenario', 'Wall time (ms)', `× ${BARE_START}`, 'Peak RSS (MiB)', `× ${BARE_START}`],
    ['left', 'left', 'right', 'right', 'right', 'right'],
    medians.map((row) => [
      row.step,
      row.scenario,
      row.wallMs.toFixed(0),
      `${(row.wallMs / bare.wallMs).toFixed(2)}×`,
      row.peakRssMiB.toFixed(1),
      `${(row.peakRssMiB / bare.peakRssMiB).toFixed(2)}×`,
    ]),
  );
}

/** Baseline and current side by side: each row's wall-time ratio to the bare start, and the growth. */
function comparisonTable(samples: Sample[], baseline: Action): { table: string; verdict: string } {
  const { rows, bare } = mediansOf(samples);
  const ratio = (row: Medians | undefined) => (row?.wallMs ?? NaN) / bare.wallMs;
  // A scenario the baseline could not run is new: it has no growth to judge.
  const compared = rows
    .filter((row) => row.action === CURRENT.label)
    .map((current) => {
      const before = rows.find(
        (row) => row.action === baseline.label && row.step === current.step && row.scenario === current.scenario,
      );
      return { current, before, growth: before ? ratio(current) - ratio(before) : undefined };
    });
  const table = markdownTable(
    [
      'Step',
      'Scenario',
      `${baseline.label} (ms)`,
      `× ${BARE_START}`,
      'current (ms)',
      `× ${BARE_START}`,
      'Δ ratio',
      'Peak RSS (MiB)',
    ],
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
    compared.map(({ current, before, growth }) => [
      current.step,
      current.scenario,
      before ? before.wallMs.toFixed(0) : '—',
      before ? `${ratio(before).toFixed(2)}×` : '—',
      current.wallMs.toFixed(0),
      `${ratio(current).toFixed(2)}×`,
      growth === undefined
        ? 'new'
        : `${growth >= 0 ? '+' : ''}${growth.toFixed(2)}${growth > MAX_RATIO_GROWTH ? ' ⚠' : ''}`,
      `${before ? before.peakRssMiB.toFixed(1) : '—'} → ${current.peakRssMiB.toFixed(1)}`,
    ]),
  );
  const grown = compared.flatMap(({ current, growth }) =>
    growth !== undefined && !(growth <= MAX_RATIO_GROWTH) ? [{ current, growth }] : [],
  );
  const verdict = grown.length
    ? `Median ratio to ${BARE_START} grown by more than ${MAX_RATIO_GROWTH} since ${baseline.label}: ${grown.map(({ current, growth }) => `${current.step} (${current.scenario}) ${growth.toFixed(2)}`).join(', ')}.`
    : `No step's median ratio to ${BARE_START} grew by more than ${MAX_RATIO_GROWTH} since ${baseline.label}.`;
  return { table, verdict };
}

function distSizeTable(): string {
  const distDir = join(REPOSITORY_ROOT, 'dist');
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(distDir, name));
      return { path: join('dist', name), raw: bytes.length, gzipped: gzipSync(bytes).length };
    });
  const sizeRow = (label: string, chosen: typeof files) => [
    label,
    String(chosen.length),
    (chosen.reduce((sum, file) => sum + file.raw, 0) / 1024).toFixed(1),
    (chosen.reduce((sum, file) => sum + file.gzipped, 0) / 1024).toFixed(1),
  ];
  return markdownTable(
    ['dist/ JavaScript', 'files', 'Raw (KiB)', 'Gzipped file by file (KiB)'],
    ['left', 'right', 'right', 'right'],
    [
      ...files.toSorted((a, b) => a.path.localeCompare(b.path)).map((file) => sizeRow(file.path, [file])),
      sizeRow('total', files),
    ],
  );
}

function machine(): string {
  const processors = cpus();
  return [
    processors[0]?.model.trim() ?? 'unknown CPU',
    `${processors.length} logical cores`,
    `${(totalmem() / 1024 / MiB).toFixed(1)} GiB RAM`,
    `Node ${process.version}`,
    `${process.platform}/${process.arch}`,
  ].join(', ');
}

/** The report's history: issue 12's 5 services over 12 weeks, about 4,000 deployments and 400 failure events in the window. */
const REPORT_HISTORY = { weeks: 12, services: 5, deploymentsPerWeek: 70, incidentsPerWeek: 5.8 };

interface ReportBench {
  scenario: Scenario;
  /** What the report reads and counts, for the note under the tables. */
  about: string;
  github: FakeGitHub;
}

/** The report's scenario: its history in a git repository under `temp`, its events in `datadog`, GitHub's API on loopback. */
async function reportBench(temp: string, datadog: FakeDatadog): Promise<ReportBench> {
  const now = new Date();
  const history = await createReportHistory(join(temp, 'report-history'), { now, ...REPORT_HISTORY });
  seedReportHistory(datadog, history);
  const github = await startFakeGitHub({ repositories: { 'acme/shop': history.directory } });
  const window = reportWindow(REPORT_HISTORY.weeks, now);
  const inWindow = (at: number) => at >= window.start.getTime() && at < window.end.getTime();
  const deployments = history.deployments.filter((d) => inWindow(d.finished_at)).length;
  const failures = history.failures.filter((f) => inWindow(f.started_at)).length;
  // Failures are read from the window's start, deployments from the look-back's.
  const failuresRead = history.failures.filter((f) => f.started_at >= window.start.getTime()).length;
  return {
    scenario: {
      name: REPORT,
      inputs: { event: 'report', service: '*', 'api-url': datadog.url, 'github-token': GITHUB_TOKEN },
      env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, GITHUB_API_URL: github.url },
      workspace: history.directory,
      outputs: { deployments: String(deployments) },
    },
    about:
      `The report counts ${deployments} deployments and ${failures} failure events in its ${REPORT_HISTORY.weeks} weeks; with the 60-day look-back and this week so far, ` +
      `it reads ${history.deployments.length} deployments and ${failuresRead} failure events from the loopback stand-in, and lead time from a git history of ${history.commits} commits.`,
    github,
  };
}

/** The report's main step against issue 12's target. */
function reportVerdict(samples: Sample[]): string {
  const { rows, bare } = mediansOf(
    samples.filter((sample) => sample.action === undefined || sample.action === CURRENT.label),
  );
  const main = rows.find((row) => row.step === 'main' && row.scenario === REPORT);
  if (!main) throw new Error('The report was not measured.');
  const wall = main.wallMs / bare.wallMs;
  const memory = main.peakRssMiB / bare.peakRssMiB;
  const verdict = (ratio: number, target: number) =>
    `${ratio.toFixed(2)}× (target under ${target}×: ${ratio < target ? 'met' : 'missed'})`;
  return `The report's main step: wall time ${verdict(wall, REPORT_TARGET.wall)}, peak RSS ${verdict(memory, REPORT_TARGET.memory)}.`;
}

/** The export's history: its events spread over the last days Datadog keeps, in a stand-in of their own. */
function exportBench(datadog: FakeDatadog): Scenario {
  const { deployments, failures, days } = EXPORT_HISTORY;
  const span = days * 86_400_000;
  const start = Date.now() - span;
  const at = (i: number, of: number) => start + Math.floor((i * span) / of);
  const sha = (i: number) => i.toString(16).padStart(40, '0');
  datadog.seed({
    deployments: Array.from({ length: deployments }, (_, i) => ({
      id: `export-deployment-${String(i).padStart(6, '0')}`,
      service: `service-${i % 5}`,
      env: 'production',
      version: `v${i}`,
      started_at: at(i, deployments),
      finished_at: at(i, deployments) + 600_000,
      git: { commit_sha: sha(i), repository_url: 'https://github.com/acme/shop' },
      custom_tags: [
        'github.repository:acme/shop',
        'github.workflow:Deploy',
        `github.run_id:${8_000_000_000 + i}`,
        'github.run_attempt:1',
        'github.job:deploy',
      ],
    })),
    failures: Array.from({ length: failures }, (_, i) => ({
      id: `export-failure-${String(i).padStart(6, '0')}`,
      services: [`service-${i % 5}`],
      env: 'production',
      name: `Incident ${i}: checkout errors above 5%`,
      severity: 'SEV-2',
      started_at: at(i, failures),
      finished_at: at(i, failures) + 3_600_000,
    })),
  });
  return {
    name: EXPORT,
    // since: an action.yml without it (a baseline before the export) runs no export.
    inputs: { event: 'export', 'api-url': datadog.url, since: `${days + 1}d` },
    env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY },
    outputs: { deployments: String(deployments), failures: String(failures) },
  };
}

/** The export's main step against issue 16's requirement. */
function exportVerdict(samples: Sample[]): string {
  const { rows, bare } = mediansOf(
    samples.filter((sample) => sample.action === undefined || sample.action === CURRENT.label),
  );
  const main = rows.find((row) => row.step === 'main' && row.scenario === EXPORT);
  if (!main) throw new Error('The export was not measured.');
  const memory = main.peakRssMiB / bare.peakRssMiB;
  return (
    `The export's main step wrote ${EXPORT_HISTORY.deployments} deployments and ${EXPORT_HISTORY.failures} failures in ${(main.wallMs / 1000).toFixed(1)} s, ` +
    `peak RSS ${main.peakRssMiB.toFixed(1)} MiB: ${memory.toFixed(2)}× (requirement at most ${EXPORT_MAX_MEMORY}×: ${memory <= EXPORT_MAX_MEMORY ? 'met' : 'missed'}).`
  );
}

interface BackfillBench {
  scenario: Scenario;
  /** GitHub deployments in the period, and those of them that succeeded: what each job sends. */
  read: number;
  sent: number;
  github: FakeGitHub;
}

/**
 * The backfill's scenario: a year of GitHub deployments from a day's start, made once, on a
 * loopback stand-in for GitHub; `datadog` is emptied before each job, so that each sends them all.
 */
async function backfillBench(datadog: FakeDatadog): Promise<BackfillBench> {
  const now = Date.now();
  const day = 86_400_000;
  // Given as since: every job reads the same period, however long the rounds take.
  const since = new Date(Math.floor((now - BACKFILL_HISTORY.days * day) / day) * day);
  const history = createBackfillHistory({
    deployments: BACKFILL_HISTORY.deployments,
    from: since,
    to: new Date(now - 3_600_000),
  });
  const sent = successfulDeployments(history).length;
  const github = await startFakeGitHub({ repositories: { 'acme/shop': history } });
  return {
    scenario: {
      name: BACKFILL,
      // source: an action.yml without it (a baseline before backfill) runs no backfill.
      inputs: {
        event: 'backfill',
        source: 'deployments',
        service: 'shop-api',
        since: since.toISOString(),
        'api-url': datadog.url,
        'github-token': GITHUB_TOKEN,
      },
      env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, GITHUB_API_URL: github.url },
      outputs: { sent: String(sent), skipped: '0', refused: '0' },
      before: () => {
        // An empty Datadog, and a token whose hour has just begun: GITHUB_TOKEN's 1,000 a resource.
        datadog.deployments.clear();
        datadog.requests.length = 0;
        for (const resource of ['core', 'graphql'] as const) github.setRateLimit(resource, { limit: 1_000 });
      },
      after: (action) => {
        const stored = datadog.deployments.size;
        const [problem] = datadog.schemaErrors();
        if (stored !== sent || problem)
          throw new Error(
            `${BACKFILL} (${action.label}): the stand-in for Datadog stored ${stored} deployments, not ${sent}${problem ? `; ${problem}` : ''}.`,
          );
      },
    },
    read: history.deployments.length,
    sent,
    github,
  };
}

/** The backfill's main step against the export's requirement, and the deployments it sent a second. */
function backfillVerdict(samples: Sample[], backfill: BackfillBench): string {
  const { rows, bare } = mediansOf(
    samples.filter((sample) => sample.action === undefined || sample.action === CURRENT.label),
  );
  const main = rows.find((row) => row.step === 'main' && row.scenario === BACKFILL);
  if (!main) throw new Error('The backfill was not measured.');
  const memory = main.peakRssMiB / bare.peakRssMiB;
  return (
    `The backfill's main step read ${backfill.read} GitHub deployments of a year and sent the ${backfill.sent} successful ones in ${(main.wallMs / 1000).toFixed(1)} s ` +
    `(${(main.wallMs / bare.wallMs).toFixed(1)}× ${BARE_START}), ${(backfill.sent / (main.wallMs / 1000)).toFixed(0)} deployments a second against the loopback stand-in, ` +
    `peak RSS ${main.peakRssMiB.toFixed(1)} MiB: ${memory.toFixed(2)}× (requirement at most ${BACKFILL_MAX_MEMORY}×: ${memory <= BACKFILL_MAX_MEMORY ? 'met' : 'missed'}).`
  );
}

async function bench(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { baseline: { type: 'string' } }, allowPositionals: true });
  // One scenario alone: `export` or `backfill`.
  const only = positionals[0] === 'export' || positionals[0] === 'backfill' ? positionals[0] : undefined;
  const rounds = roundsWanted(only ? positionals.slice(1) : positionals);
  const temp = mkdtempSync(join(tmpdir(), 'dora-bench-'));
  const datadog = await startFakeDatadog();
  // Apart from the deployments the other scenarios send, which would join the report's services.
  const reportDatadog = await startFakeDatadog();
  const exportDatadog = await startFakeDatadog();
  const backfillDatadog = await startFakeDatadog();
  let report: ReportBench | undefined;
  let backfill: BackfillBench | undefined;
  try {
    const baseline = values.baseline === undefined ? undefined : extractAction(values.baseline, temp);
    const actions = baseline ? [baseline, CURRENT] : [CURRENT];
    let exportScenario: Scenario | undefined;
    if (only !== 'backfill') {
      process.stderr.write("making the export's history\n");
      exportScenario = exportBench(exportDatadog);
    }
    if (only !== 'export') {
      process.stderr.write("making the backfill's history\n");
      backfill = await backfillBench(backfillDatadog);
    }
    if (!only) {
      process.stderr.write("making the report's history\n");
      report = await reportBench(temp, reportDatadog);
    }
    const scenarios: Scenario[] = [
      ...(report
        ? [
            { name: 'dry run', inputs: { service: 'shop-api', env: 'production', 'dry-run': 'true' }, env: {} },
            {
              name: 'loopback Datadog',
              inputs: { service: 'shop-api', env: 'production', 'api-url': datadog.url },
              env: { DD_API_KEY: API_KEY },
            },
            report.scenario,
          ]
        : []),
      ...(exportScenario ? [exportScenario] : []),
      ...(backfill ? [backfill.scenario] : []),
    ];
    const samples: Sample[] = [];
    for (let round = 0; round <= rounds; round++) {
      process.stderr.write(round === 0 ? 'warm-up round\n' : `round ${round}/${rounds}\n`);
      const roundSamples = await runRound(scenarios, actions, round, datadog);
      if (round > 0) samples.push(...roundSamples);
    }
    if (report?.github.requests.length)
      throw new Error(
        `The report asked GitHub's API ${report.github.requests.length} time(s): its lead time must come from the local git history.`,
      );
    console.log(`Machine: ${machine()}.`);
    const perAction = baseline
      ? `, for ${baseline.label}'s action and the current one, which goes first alternating by round`
      : '';
    console.log(
      `Medians of ${rounds} rounds after a warm-up; each round runs \`${BARE_START}\`, then one job per scenario (pre, main, post, one process each)${perAction}. Peak RSS by GNU time.\n`,
    );
    if (baseline) {
      const { table, verdict } = comparisonTable(samples, baseline);
      console.log(table);
      console.log(`\n${verdict}\n\nThe current action alone:\n`);
    }
    console.log(timingTable(baseline ? samples.filter((sample) => sample.action !== baseline.label) : samples));
    if (report) console.log(`\n${report.about}\n${reportVerdict(samples)}`);
    if (exportScenario) console.log(`\n${exportVerdict(samples)}`);
    if (backfill) console.log(`\n${backfillVerdict(samples, backfill)}`);
    console.log(`\n${distSizeTable()}`);
  } finally {
    await report?.github.close();
    await backfill?.github.close();
    await backfillDatadog.close();
    await exportDatadog.close();
    await reportDatadog.close();
    await datadog.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

await bench().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
});
