// Runs the action's committed entrypoints as separate node processes, the way the GitHub runner
// does: inputs as INPUT_* (action.yml defaults included), fresh state, output and summary files
// per step, saved state handed to later steps as STATE_*, post only when post-if allows.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

export const REPOSITORY_ROOT = new URL('../../', import.meta.url).pathname;
const CLOCK_PRELOAD = new URL('./clock.js', import.meta.url).pathname;

interface ActionYml {
  inputs?: Record<string, { default?: string }>;
  runs: { using: string; pre?: string; main: string; post?: string; 'pre-if'?: string; 'post-if'?: string };
}

export type StepName = 'pre' | 'main' | 'post';

/** What `${{ github.token }}` is in these jobs: a token of the job, as the runner makes one, and masks. */
export const RUNNER_GITHUB_TOKEN = 'ghs_RunnerJobToken0123456789abcdefABCDEF';
type RunnerFile = 'GITHUB_STATE' | 'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY';

export interface StepRun extends NodeRun {
  step: StepName;
  /** What the runner would show: masks applied, mask commands hidden. */
  log: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** Date.now() just before the process started and just after it ended. */
  spawnedAt: number;
  endedAt: number;
}

export interface JobOptions {
  /** The step's `with:` */
  inputs?: Record<string, string>;
  /** Job or step `env:`, and GITHUB_* overrides. */
  env?: Record<string, string>;
  eventName?: string;
  /** The event file (GITHUB_EVENT_PATH): an object as JSON, a string as it is (a file that is not JSON). */
  payload?: object | string;
  /** The runner skips pre for local actions (`uses: ./`). */
  skipPre?: boolean;
  /** What the job's own steps between main and post do. */
  deploy?: { durationMs?: number; succeeds?: boolean };
  workspace?: string;
  actionRoot?: string;
  /** Run each step under GNU time for its peak memory (the bench). */
  measureMemory?: boolean;
  /**
   * Runner files a step cannot write, for real (tests run as root, which ignores file modes): a
   * directory where the file should be, or /dev/full, where every write fails with ENOSPC.
   */
  unwritable?: { step: StepName; file: RunnerFile; as: 'directory' | '/dev/full' }[];
  /** The node binary the runner starts the steps with; by default this very Node. */
  node?: string;
  /** The instant the steps' clocks start from (a test-only preload shifts them): a job on another day. */
  clock?: Date;
}

export interface JobRun {
  steps: StepRun[];
  step(name: StepName): StepRun | undefined;
  /** Every byte every step wrote anywhere a user could see: logs, outputs, state, summaries. */
  everything(): string;
}

export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
      values[name] = value.join('\n');
    } else if (lines[i]?.includes('=')) {
      const [name = '', ...rest] = (lines[i] ?? '').split('=');
      values[name] = rest.join('=');
    }
  }
  return values;
}

/** A job summary as it reads once rendered: Markdown's backslash escapes taken out. */
export function readable(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** As the runner shows a step's log: commands hidden or turned into annotations, debug lines off. */
function asShown(raw: string): string {
  return raw
    .replace(/^::(add-mask|debug)::.*\r?\n?/gm, '')
    .replace(
      /^::(warning|error|notice)[^:]*::(.*)$/gm,
      (_line, kind: string, message: string) =>
        `${kind[0]?.toUpperCase()}${kind.slice(1)}: ${message.replace(/%0A/g, '\n').replace(/%25/g, '%')}`,
    );
}

export interface NodeRun {
  exitCode: number;
  /** stdout and stderr as written. */
  raw: string;
  /** Measured here: GNU time's own figure has 10 ms steps. */
  wallMs: number;
  /** Peak resident memory, when asked for: from GNU time. */
  peakRssKiB?: number;
}

const GNU_TIME = '/usr/bin/time';

/** Runs this very Node (never `node` from PATH) or the one given, optionally under GNU time for its peak memory. */
export function runNode(
  args: string[],
  options: { cwd: string; env: Record<string, string>; measureMemory?: boolean; node?: string },
): Promise<NodeRun> {
  const node = options.node ?? process.execPath;
  const rssFile = options.measureMemory ? join(mkdtempSync(join(tmpdir(), 'rss-')), 'rss') : undefined;
  const [command, commandArgs] = rssFile ? [GNU_TIME, ['-f', '%M', '-o', rssFile, node, ...args]] : [node, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let raw = '';
    child.stdout.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    child.on('error', (error) => reject(new Error(`Cannot run ${command}: ${error.message}`)));
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      // GNU time writes a line before the figure when the command failed; the figure is last.
      const peakRssKiB = rssFile
        ? Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '', 10)
        : undefined;
      if (rssFile) rmSync(dirname(rssFile), { recursive: true, force: true });
      resolve({ exitCode: code ?? 1, raw, wallMs, peakRssKiB });
    });
  });
}

/** The job as the runner sets it up: its action.yml, folders, inputs (defaults included) and environment. */
export interface PreparedJob {
  action: ActionYml;
  root: string;
  temp: string;
  /** INPUT_* and the environment every step gets. */
  env: Record<string, string>;
}

export function prepareJob(options: JobOptions): PreparedJob {
  const root = options.actionRoot ?? REPOSITORY_ROOT;
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionYml;
  const temp = mkdtempSync(join(tmpdir(), 'dora-job-'));
  const workspace = options.workspace ?? mkdtempSync(join(temp, 'workspace-'));
  const eventPath = join(temp, 'event.json');
  writeFileSync(
    eventPath,
    typeof options.payload === 'string' ? options.payload : JSON.stringify(options.payload ?? {}),
  );

  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const value =
      options.inputs?.[name] ?? spec.default?.replace(/\$\{\{\s*github\.token\s*\}\}/g, RUNNER_GITHUB_TOKEN);
    if (value !== undefined) inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!action.inputs?.[name]) throw new Error(`input ${name} is not declared in action.yml`);
  }

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_WORKFLOW: 'Deploy',
    GITHUB_JOB: 'deploy',
    GITHUB_RUN_ID: '8123456789',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '66adc9350f2cc9b250b69abddab733dd55e1a588',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    ...options.env,
    ...inputs,
  };
  return { action, root, temp, env };
}

/** How a step runs: in a process of its own (runJob) or in this one (a test's). */
export type StepRunner = (
  step: StepName,
  entry: string,
  env: Record<string, string>,
) => Promise<NodeRun & { spawnedAt: number; endedAt: number }>;

/**
 * Runs pre, main and post as the runner does, each by `run`: fresh state, output and summary files
 * per step, saved state handed to later steps as STATE_*, post only when post-if allows.
 */
export async function runJobSteps(
  options: JobOptions,
  run: StepRunner,
  wait: (ms: number) => Promise<void>,
): Promise<JobRun> {
  const { action, temp, env } = prepareJob(options);
  const steps: StepRun[] = [];
  // The runner masks the job's token from the start.
  const masks = new Set<string>([RUNNER_GITHUB_TOKEN]);
  let savedState: Record<string, string> = {};
  let jobSucceeded = true;

  const runStep = async (step: StepName, entry: string) => {
    const files: Record<RunnerFile, string> = { GITHUB_STATE: '', GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' };
    for (const name of Object.keys(files) as RunnerFile[]) {
      const broken = options.unwritable?.find((entry) => entry.step === step && entry.file === name);
      files[name] = broken?.as === '/dev/full' ? '/dev/full' : join(temp, `${step}-${name.toLowerCase()}`);
      if (broken?.as === 'directory') mkdirSync(files[name]);
      else if (!broken) writeFileSync(files[name], '');
    }
    // What a step wrote; nothing, where it could not write.
    const read = (name: RunnerFile) =>
      options.unwritable?.some((entry) => entry.step === step && entry.file === name)
        ? ''
        : readFileSync(files[name], 'utf8');
    const state = Object.fromEntries(Object.entries(savedState).map(([k, v]) => [`STATE_${k}`, v]));
    const node = await run(step, entry, { ...env, ...state, ...files });
    const { exitCode, raw } = node;
    for (const match of raw.matchAll(/^::add-mask::(.*)$/gm)) if (match[1]) masks.add(match[1].trim());
    const log = [...masks].reduce((text, secret) => text.split(secret).join('***'), asShown(raw));
    const written = parseFileCommands(read('GITHUB_STATE'));
    savedState = { ...savedState, ...written };
    const stepRun: StepRun = {
      ...node,
      step,
      log,
      outputs: parseFileCommands(read('GITHUB_OUTPUT')),
      state: written,
      summary: read('GITHUB_STEP_SUMMARY'),
    };
    steps.push(stepRun);
    if (exitCode !== 0) jobSucceeded = false;
    return stepRun;
  };

  try {
    if (action.runs.pre && !options.skipPre) await runStep('pre', action.runs.pre);
    const main = await runStep('main', action.runs.main);
    if (options.deploy?.durationMs) await wait(options.deploy.durationMs);
    if (options.deploy?.succeeds === false) jobSucceeded = false;
    const postIf = action.runs['post-if'] ?? 'always()';
    if (postIf !== 'always()' && postIf !== 'success()') throw new Error(`post-if: ${postIf} is not understood here`);
    if (action.runs.post && main && (postIf === 'always()' || (postIf === 'success()' && jobSucceeded))) {
      await runStep('post', action.runs.post);
    }
  } finally {
    // Every file the steps wrote has been read: the job's RUNNER_TEMP (and workspace, unless given) goes.
    rmSync(temp, { recursive: true, force: true });
  }

  return {
    steps,
    step: (name) => steps.find((s) => s.step === name),
    everything: () =>
      steps
        .map((s) =>
          [s.raw.replace(/^::add-mask::.*$/gm, ''), JSON.stringify(s.outputs), JSON.stringify(s.state), s.summary].join(
            '\n',
          ),
        )
        .join('\n'),
  };
}

/** The committed dist/, each step a node process of its own, as the runner runs it. */
export function runJob(options: JobOptions = {}): Promise<JobRun> {
  const root = options.actionRoot ?? REPOSITORY_ROOT;
  return runJobSteps(
    options,
    async (_step, entry, env) => {
      const spawnedAt = Date.now();
      const clock: Record<string, string> = options.clock ? { DORA_TEST_NOW: options.clock.toISOString() } : {};
      const args = options.clock ? ['--import', CLOCK_PRELOAD, join(root, entry)] : [join(root, entry)];
      const node = await runNode(args, {
        cwd: env.GITHUB_WORKSPACE ?? root,
        env: { ...env, ...clock },
        measureMemory: options.measureMemory,
        node: options.node,
      });
      return { ...node, spawnedAt, endedAt: Date.now() };
    },
    (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  );
}
