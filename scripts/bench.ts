// npm run bench: what the action costs a job. Each round runs the committed pre, main and post as
// the runner does (one node process each, a fresh RUNNER_TEMP per job), once as a dry run and once
// against a loopback stand-in for Datadog, next to a bare `node -e 0` on the same Node so that drift
// on the machine touches both alike. Prints the medians and the size of dist/ as Markdown tables.
//
// Rounds: `npm run bench -- 20` or env BENCH_ROUNDS (default 10), after one warm-up round.
// Peak RSS comes from GNU time at /usr/bin/time; the tables go to stdout, progress to stderr.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { API_KEY, startFakeDatadog, type FakeDatadog } from './local/fake-datadog.ts';
import { parseFileCommands, REPOSITORY_ROOT, type StepName } from './local/runner.ts';

const GNU_TIME = '/usr/bin/time';
const STEPS: StepName[] = ['pre', 'main', 'post'];
const BARE_START = 'node -e 0';
const MiB = 1024 * 1024;

interface Scenario {
  name: string;
  /** The step's `with:` */
  inputs: Record<string, string>;
  env: Record<string, string>;
}

interface Sample {
  step: string;
  scenario: string;
  wallMs: number;
  peakRssKiB: number;
}

interface Entry {
  step: StepName;
  /** The committed file, relative to the repository. */
  entry: string;
}

interface TimedRun {
  exitCode: number;
  output: string;
  wallMs: number;
  peakRssKiB: number;
}

function roundsWanted(): number {
  const text = process.argv[2] ?? process.env.BENCH_ROUNDS ?? '10';
  const rounds = Number(text);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`The number of rounds must be a positive integer, not "${text}".`);
  return rounds;
}

/** Each step's committed entry point, as action.yml declares it. */
function readEntries(): Entry[] {
  const { runs } = parse(readFileSync(join(REPOSITORY_ROOT, 'action.yml'), 'utf8')) as { runs: Partial<Record<StepName, string>> };
  return STEPS.map((step) => {
    const entry = runs[step];
    if (!entry) throw new Error(`action.yml declares no ${step} entry point.`);
    return { step, entry };
  });
}

/** Runs this very Node under GNU time; the wall time is taken here, as %e only has 10 ms steps. */
function runTimedNode(args: string[], cwd: string, env: Record<string, string>, rssFile: string): Promise<TimedRun> {
  writeFileSync(rssFile, '');
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const child = spawn(GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => reject(new Error(`Cannot run GNU time (${GNU_TIME}), which measures peak RSS: ${error.message}`)));
    child.on('close', (code) => {
      if (child.pid === undefined) return; // it never started, and 'error' has said why
      const wallMs = performance.now() - startedAt;
      // GNU time puts a line before %M when the command failed; the figure is always last.
      const peakRssKiB = Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '', 10);
      resolve({ exitCode: code ?? 1, output, wallMs, peakRssKiB });
    });
  });
}

function assertSucceeded(run: TimedRun, what: string): void {
  if (run.exitCode !== 0) throw new Error(`${what} exited with code ${run.exitCode}; a bench of a broken action means nothing. Its output:\n${run.output}`);
  if (!Number.isFinite(run.peakRssKiB)) throw new Error(`GNU time reported no peak RSS for ${what}.`);
}

function runnerEnv(workspace: string, runnerTemp: string, eventPath: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? workspace,
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_WORKFLOW: 'Deploy',
    GITHUB_JOB: 'deploy',
    GITHUB_RUN_ID: '8123456789',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '66adc9350f2cc9b250b69abddab733dd55e1a588',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
  };
}

function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
}

/** One job of one scenario: pre, main and post in order, the state each saves handed on as STATE_*. */
async function runJob(scenario: Scenario, entries: Entry[], benchDir: string): Promise<Sample[]> {
  const jobDir = mkdtempSync(join(benchDir, 'job-'));
  const workspace = join(jobDir, 'workspace');
  const runnerTemp = join(jobDir, 'runner-temp');
  mkdirSync(workspace);
  mkdirSync(runnerTemp);
  const eventPath = join(jobDir, 'event.json');
  writeFileSync(eventPath, '{}');
  const env = { ...runnerEnv(workspace, runnerTemp, eventPath), ...inputEnv(scenario.inputs), ...scenario.env };

  const samples: Sample[] = [];
  let savedState: Record<string, string> = {};
  for (const { step, entry } of entries) {
    const fileCommands = {
      GITHUB_STATE: join(jobDir, `${step}-state`),
      GITHUB_OUTPUT: join(jobDir, `${step}-output`),
      GITHUB_STEP_SUMMARY: join(jobDir, `${step}-summary`),
    };
    for (const file of Object.values(fileCommands)) writeFileSync(file, '');
    const state = Object.fromEntries(Object.entries(savedState).map(([name, value]) => [`STATE_${name}`, value]));
    const run = await runTimedNode([join(REPOSITORY_ROOT, entry)], workspace, { ...env, ...state, ...fileCommands }, join(jobDir, `${step}-rss`));
    assertSucceeded(run, `The ${step} step (${scenario.name})`);
    savedState = { ...savedState, ...parseFileCommands(readFileSync(fileCommands.GITHUB_STATE, 'utf8')) };
    samples.push({ step, scenario: scenario.name, wallMs: run.wallMs, peakRssKiB: run.peakRssKiB });
  }
  return samples;
}

async function runBareStart(benchDir: string): Promise<Sample> {
  const run = await runTimedNode(['-e', '0'], benchDir, { PATH: process.env.PATH ?? '' }, join(benchDir, 'bare-rss'));
  assertSucceeded(run, BARE_START);
  return { step: BARE_START, scenario: 'bare start', wallMs: run.wallMs, peakRssKiB: run.peakRssKiB };
}

/** Deployments the stand-in was sent, and those it accepted and stored. */
function deploymentsReceived(datadog: FakeDatadog): { sent: number; stored: number } {
  const sent = datadog.requests.filter((request) => request.method === 'POST' && request.path === '/api/v2/dora/deployment').length;
  return { sent, stored: datadog.deployments.size };
}

async function runRound(scenarios: Scenario[], entries: Entry[], datadog: FakeDatadog, benchDir: string): Promise<Sample[]> {
  const before = deploymentsReceived(datadog);
  const samples = [await runBareStart(benchDir)];
  for (const scenario of scenarios) samples.push(...(await runJob(scenario, entries, benchDir)));
  const after = deploymentsReceived(datadog);
  const sent = after.sent - before.sent;
  const stored = after.stored - before.stored;
  if (sent !== 1 || stored !== 1) {
    throw new Error(`In one round the stand-in for Datadog was sent ${sent} deployment request(s) and stored ${stored} deployment(s); it must be exactly one of each.`);
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

function timingTable(samples: Sample[]): string {
  const medians = [...Map.groupBy(samples, (sample) => `${sample.step} ${sample.scenario}`).values()].map((group) => ({
    step: group[0]?.step ?? '',
    scenario: group[0]?.scenario ?? '',
    wallMs: median(group.map((sample) => sample.wallMs)),
    peakRssMiB: median(group.map((sample) => sample.peakRssKiB)) / 1024,
  }));
  const bare = medians.find((row) => row.step === BARE_START);
  if (!bare) throw new Error(`No ${BARE_START} was measured.`);
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

function distSizeTable(entries: Entry[]): string {
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
  const entryDirs = [...new Set(entries.map(({ entry }) => dirname(entry)))];
  return markdownTable(
    ['dist/ JavaScript', '.js files', 'Raw (KiB)', 'Gzipped file by file (KiB)'],
    ['left', 'right', 'right', 'right'],
    [...entryDirs.map((dir) => sizeRow(`${dir}/`, files.filter((file) => file.path.startsWith(`${dir}/`)))), sizeRow('total', files)],
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
  const rounds = roundsWanted();
  const entries = readEntries();
  const datadog = await startFakeDatadog();
  const benchDir = mkdtempSync(join(tmpdir(), 'dora-bench-'));
  try {
    const scenarios: Scenario[] = [
      { name: 'dry run', inputs: { service: 'shop-api', env: 'production', 'dry-run': 'true' }, env: {} },
      { name: 'loopback Datadog', inputs: { service: 'shop-api', env: 'production', 'api-url': datadog.url }, env: { DD_API_KEY: API_KEY } },
    ];
    const samples: Sample[] = [];
    for (let round = 0; round <= rounds; round++) {
      process.stderr.write(round === 0 ? 'warm-up round\n' : `round ${round}/${rounds}\n`);
      const roundSamples = await runRound(scenarios, entries, datadog, benchDir);
      if (round > 0) samples.push(...roundSamples);
    }
    console.log(`Machine: ${machine()}.`);
    console.log(`Medians of ${rounds} rounds after a warm-up; each round runs \`${BARE_START}\`, then one job per scenario (pre, main, post, one process each). Peak RSS by GNU time.\n`);
    console.log(timingTable(samples));
    console.log('');
    console.log(distSizeTable(entries));
  } finally {
    await datadog.close();
    rmSync(benchDir, { recursive: true, force: true });
  }
}

await bench().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
});
