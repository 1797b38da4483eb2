// A job run in this process, as the runner runs the steps of the action: the same inputs, runner
// files, saved state and log as runJob (scripts/local/runner.ts), but each step is the source's
// own function given its runner and a time the test moves, so nothing waits on real time. What
// needs a real process (the bundle, exit codes, Node 20, the proxy) runs through dist/ instead.
import { type JobOptions, type JobRun, runJobSteps } from '../scripts/local/runner.ts';
import { type Runner, toolkitFor } from '../src/runner/toolkit.ts';
import { runMain } from '../src/steps/main.ts';
import { runPost } from '../src/steps/post.ts';
import { runPre } from '../src/steps/pre.ts';
import { TestTime } from './clock.ts';

export interface InProcessJobOptions extends Omit<JobOptions, 'node' | 'measureMemory' | 'actionRoot'> {
  /** The job's time; by default one that starts at `clock` (or before the retirement). */
  time?: TestTime;
}

export function runJobInProcess(options: InProcessJobOptions = {}): Promise<JobRun> {
  const time = options.time ?? new TestTime(options.clock);
  return runJobSteps(
    options,
    async (step, _entry, env) => {
      let raw = '';
      let exitCode = 0;
      const runner: Runner = {
        env,
        write: (text) => {
          raw += text;
        },
        fail: () => {
          exitCode = 1;
        },
      };
      const runtime = { core: toolkitFor(runner), clock: time.clock, timer: time.timer };
      const spawnedAt = time.now();
      try {
        if (step === 'pre') runPre(time.clock(), env);
        else if (step === 'main')
          await runMain({
            ...runtime,
            loadReport: () => import('../src/events/report/run.ts'),
            loadExport: () => import('../src/events/export/run.ts'),
            loadBackfill: () => import('../src/events/backfill/run.ts'),
          });
        else await runPost(runtime);
      } catch (error) {
        // What node does with an error nothing caught: its stack on stderr, exit code 1.
        raw += `${(error as Error).stack ?? String(error)}\n`;
        exitCode = 1;
      }
      return { exitCode, raw, wallMs: 0, spawnedAt, endedAt: time.now() };
    },
    async (ms) => time.advance(ms),
  );
}

/** The test time at which each request reached the stand-in, in the order of its `requests`. */
export function arrivalsOn(datadog: { requests: unknown[] }, time: TestTime): number[] {
  const at: number[] = [];
  const { requests } = datadog;
  const push = requests.push.bind(requests);
  requests.push = (...arrived) => {
    for (const _ of arrived) at.push(time.now());
    return push(...arrived);
  };
  return at;
}

/** One turn of the event loop: sockets and promises move on; time does not. */
export const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Turns the event loop until `condition` holds; fails at once if the job ended first. */
export async function until(condition: () => boolean, job: Promise<unknown>, what: string): Promise<void> {
  let ended = false;
  void job.then(
    () => (ended = true),
    () => (ended = true),
  );
  while (!condition()) {
    if (ended) throw new Error(`The job ended before ${what}.`);
    await turn();
  }
}
