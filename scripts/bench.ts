// npm run bench: what the action costs a job. Each round runs the committed pre, main and post as
// the runner does (one node process each, a fresh RUNNER_TEMP per job), once as a dry run and once
// against a loopback stand-in for Datadog, next to a bare `node -e 0` on the same Node so that drift
// on the machine touches both alike. Prints the medians and the size of dist/ as Markdown tables.
//
// Rounds: `npm run bench -- 20` or env BENCH_ROUNDS (default 10), after one warm-up round.
// `npm run bench -- --baseline <git-ref>` also runs that commit's action.yml and dist/ (taken with
// git archive into a temporary folder, the tree untouched) in the same rounds, interleaved with the
// current ones, and compares each step's median ratio to the bare start.
// Peak RSS comes from GNU time at /usr/bin/time; the tables go to stdout, progress to stderr.
// The jobs are run by the same runner as the end-to-end tests and the demo.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { API_KEY, startFakeDatadog, type FakeDatadog } from './local/fake-datadog.ts';
import { type NodeRun, REPOSITORY_ROOT, runJob, runNode } from './local/runner.ts';

const BARE_START = 'node -e 0';
const MiB = 1024 * 1024;
/** The project's acceptance: no step's median ratio to the bare start grows by more than this. */
const MAX_RATIO_GROWTH = 0.1;

interface Scenario {
  name: string;
  /** The step's `with:` */
  inputs: Record<string, string>;
  env: Record<string, string>;
}

/** An action to run: the current one, or a baseline commit's. */
interface Action {
  label: string;
  root: string;
}

interface Sample {
  step: string;
  scenario: string;
  /** The action's label; none for the bare start. */
  action?: string;
  wallMs: number;
  peakRssKiB: number;
}

const CURRENT: Action = { label: 'current', root: REPOSITORY_ROOT };

function roundsWanted(positionals: string[]): number {
  if (positionals.length > 1) throw new Error(`One number of rounds at most, not ${positionals.join(' ')}.`);
  const text = positionals[0] ?? process.env.BENCH_ROUNDS ?? '10';
  const rounds = Number(text);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`The number of rounds must be a positive integer, not "${text}".`);
  return rounds;
}

function measured(run: NodeRun, what: string): { wallMs: number; peakRssKiB: number } {
  if (run.exitCode !== 0) throw new Error(`${what} exited with code ${run.exitCode}; a bench of a broken action means nothing. Its output:\n${run.raw}`);
  if (!Number.isFinite(run.peakRssKiB)) throw new Error(`GNU time reported no peak RSS for ${what}.`);
  return { wallMs: run.wallMs, peakRssKiB: run.peakRssKiB ?? NaN };
}

/** One job of one scenario: pre, main and post in order, each its own process, a fresh RUNNER_TEMP. */
async function runScenario(scenario: Scenario, action: Action): Promise<Sample[]> {
  const job = await runJob({ inputs: scenario.inputs, env: scenario.env, measureMemory: true, actionRoot: action.root });
  if (job.steps.length !== 3) throw new Error(`${scenario.name} (${action.label}): ran ${job.steps.map((s) => s.step).join(', ')}, not pre, main and post.`);
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
    archive = execFileSync('git', ['archive', ref, 'action.yml', 'dist'], { cwd: REPOSITORY_ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * MiB });
  } catch (error) {
    throw new Error(`Cannot take action.yml and dist/ at ${ref}: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`);
  }
  execFileSync('tar', ['-x', '-C', into], { input: archive });
  return { label: ref, root: into };
}

async function runBareStart(): Promise<Sample> {
  const run = await runNode(['-e', '0'], { cwd: tmpdir(), env: { PATH: process.env.PATH ?? '' }, measureMemory: true });
  return { step: BARE_START, scenario: 'bare start', ...measured(run, BARE_START) };
}

/** Deployments the stand-in was sent, and those it accepted and stored. */
function deploymentsReceived(datadog: FakeDatadog): { sent: number; stored: number } {
  const sent = datadog.requests.filter((request) => request.method === 'POST' && request.path === '/api/v2/dora/deployment').length;
  return { sent, stored: datadog.deployments.size };
}

async function runRound(scenarios: Scenario[], actions: Action[], round: number, datadog: FakeDatadog): Promise<Sample[]> {
  const before = deploymentsReceived(datadog);
  const samples = [await runBareStart()];
  // Each round swaps which action goes first, so that neither always runs on a warmer machine.
  const ordered = round % 2 ? actions.toReversed() : actions;
  for (const scenario of scenarios) for (const action of ordered) samples.push(...(await runScenario(scenario, action)));
  const after = deploymentsReceived(datadog);
  const sent = after.sent - before.sent;
  const stored = after.stored - before.stored;
  if (sent !== actions.length || stored !== actions.length) {
    throw new Error(
      `In one round the stand-in for Datadog was sent ${sent} deployment request(s) and stored ${stored} deployment(s); it must be exactly one of each per action (${actions.length}).`,
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
  const rows = [...Map.groupBy(samples, (sample) => `${sample.step} ${sample.scenario} ${sample.action}`).values()].map((group) => ({
    step: group[0]?.step ?? '',
    scenario: group[0]?.scenario ?? '',
    action: group[0]?.action,
    wallMs: median(group.map((sample) => sample.wallMs)),
    peakRssMiB: median(group.map((sample) => sample.peakRssKiB)) / 1024,
  }));
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
  const compared = rows
    .filter((row) => row.action === CURRENT.label)
    .map((current) => {
      const before = rows.find((row) => row.action === baseline.label && row.step === current.step && row.scenario === current.scenario);
      return { current, before, growth: ratio(current) - ratio(before) };
    });
  const table = markdownTable(
    ['Step', 'Scenario', `${baseline.label} (ms)`, `× ${BARE_START}`, 'current (ms)', `× ${BARE_START}`, 'Δ ratio', 'Peak RSS (MiB)'],
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
    compared.map(({ current, before, growth }) => [
      current.step,
      current.scenario,
      (before?.wallMs ?? NaN).toFixed(0),
      `${ratio(before).toFixed(2)}×`,
      current.wallMs.toFixed(0),
      `${ratio(current).toFixed(2)}×`,
      `${growth >= 0 ? '+' : ''}${growth.toFixed(2)}${growth > MAX_RATIO_GROWTH ? ' ⚠' : ''}`,
      `${(before?.peakRssMiB ?? NaN).toFixed(1)} → ${current.peakRssMiB.toFixed(1)}`,
    ]),
  );
  const grown = compared.filter(({ growth }) => !(growth <= MAX_RATIO_GROWTH));
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
    [...files.toSorted((a, b) => a.path.localeCompare(b.path)).map((file) => sizeRow(file.path, [file])), sizeRow('total', files)],
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

async function bench(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { baseline: { type: 'string' } }, allowPositionals: true });
  const rounds = roundsWanted(positionals);
  const temp = mkdtempSync(join(tmpdir(), 'dora-bench-'));
  const datadog = await startFakeDatadog();
  try {
    const baseline = values.baseline === undefined ? undefined : extractAction(values.baseline, temp);
    const actions = baseline ? [baseline, CURRENT] : [CURRENT];
    const scenarios: Scenario[] = [
      { name: 'dry run', inputs: { service: 'shop-api', env: 'production', 'dry-run': 'true' }, env: {} },
      { name: 'loopback Datadog', inputs: { service: 'shop-api', env: 'production', 'api-url': datadog.url }, env: { DD_API_KEY: API_KEY } },
    ];
    const samples: Sample[] = [];
    for (let round = 0; round <= rounds; round++) {
      process.stderr.write(round === 0 ? 'warm-up round\n' : `round ${round}/${rounds}\n`);
      const roundSamples = await runRound(scenarios, actions, round, datadog);
      if (round > 0) samples.push(...roundSamples);
    }
    console.log(`Machine: ${machine()}.`);
    const perAction = baseline ? `, for ${baseline.label}'s action and the current one, which goes first alternating by round` : '';
    console.log(`Medians of ${rounds} rounds after a warm-up; each round runs \`${BARE_START}\`, then one job per scenario (pre, main, post, one process each)${perAction}. Peak RSS by GNU time.\n`);
    if (baseline) {
      const { table, verdict } = comparisonTable(samples, baseline);
      console.log(table);
      console.log(`\n${verdict}\n\nThe current action alone:\n`);
    }
    console.log(timingTable(baseline ? samples.filter((sample) => sample.action !== baseline.label) : samples));
    console.log('');
    console.log(distSizeTable());
  } finally {
    await datadog.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

await bench().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
});
