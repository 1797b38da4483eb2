// npm run demo: the action's whole lifecycle (pre → the deploy → post), run from the committed
// dist/ as the runner runs it, against a local stand-in for Datadog's DORA API.
// npm run demo -- report: the DORA report over twelve weeks of a made-up but lifelike history of
// three services (rollbacks, tagged remediations, incidents, a git repository as the workspace),
// against local stand-ins for Datadog and GitHub; the job summary is written to a file it names.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_KEY, APP_KEY, startFakeDatadog } from './local/fake-datadog.ts';
import { GITHUB_TOKEN, startFakeGitHub } from './local/fake-github.ts';
import { createReportHistory, seedReportHistory } from './local/report-history.ts';
import { type JobRun, runJob } from './local/runner.ts';

const REPORT_SUMMARY = join(tmpdir(), 'datadog-dora-report-demo.md');

function printSteps(job: JobRun): void {
  for (const step of job.steps) {
    console.log(`── ${step.step} (exit code ${step.exitCode}, ${step.endedAt - step.spawnedAt} ms)`);
    if (step.log.trim()) console.log(step.log.trim().replace(/^/gm, '   '));
  }
}

async function deploymentDemo(): Promise<void> {
  const datadog = await startFakeDatadog();
  try {
    console.log(`A stand-in for Datadog listens on ${datadog.url}.\n`);
    const job = await runJob({
      inputs: {
        'api-url': datadog.url,
        service: 'shop-api',
        env: 'production',
        version: 'v1.4.2',
        team: 'payments',
        tags: 'tier:1',
      },
      env: { DD_API_KEY: API_KEY },
      deploy: { durationMs: 1500 },
    });
    printSteps(job);
    const received = datadog.requests.filter((r) => r.path === '/api/v2/dora/deployment');
    console.log(`\n── What Datadog received (${received.length} deployment${received.length === 1 ? '' : 's'}):`);
    for (const request of received) console.log(JSON.stringify(request.body, null, 2));
    const problems = datadog.schemaErrors();
    console.log(
      problems.length ? `\nSchema errors:\n${problems.join('\n')}` : "\nEvery body matches Datadog's schema.",
    );
    console.log('\n── Job summary:\n');
    console.log(job.step('post')?.summary ?? '(no post step ran)');
    if (job.steps.some((s) => s.exitCode !== 0) || received.length !== 1 || problems.length) process.exitCode = 1;
  } finally {
    await datadog.close();
  }
}

async function reportDemo(): Promise<void> {
  const temp = mkdtempSync(join(tmpdir(), 'dora-demo-report-'));
  const datadog = await startFakeDatadog();
  try {
    const history = await createReportHistory(join(temp, 'shop'), {
      now: new Date(),
      weeks: 12,
      services: 3,
      deploymentsPerWeek: 8,
      incidentsPerWeek: 1,
    });
    seedReportHistory(datadog, history);
    const github = await startFakeGitHub({ repositories: { 'acme/shop': history.directory } });
    let job: JobRun;
    try {
      console.log(
        `A stand-in for Datadog listens on ${datadog.url}, holding ${history.deployments.length} deployments and ${history.failures.length} failure events`,
      );
      console.log(`of 3 services over the 12 weeks before this one, the 60 days before them, and this week so far.`);
      console.log(
        `Their ${history.commits} commits are in a git repository at ${history.directory}, the job's workspace (removed afterwards);`,
      );
      console.log(`a stand-in for GitHub's API listens on ${github.url}, for what that checkout would lack.\n`);
      job = await runJob({
        inputs: { event: 'report', service: '*', 'api-url': datadog.url, 'github-token': GITHUB_TOKEN },
        env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, GITHUB_API_URL: github.url },
        eventName: 'schedule',
        workspace: history.directory,
      });
    } finally {
      await github.close();
    }
    printSteps(job);
    const main = job.step('main');
    console.log('\n── Outputs of main:');
    for (const [name, value] of Object.entries(main?.outputs ?? {})) console.log(`   ${name}=${value}`);
    console.log("   (report-json was in the job's RUNNER_TEMP, which the runner empties when the job ends.)");

    const writes = datadog.requests.filter(
      (r) =>
        !(r.method === 'POST' && /^\/api\/v2\/dora\/(deployments|failures)$/.test(r.path)) &&
        r.path !== '/api/v1/validate',
    );
    const lists = datadog.requests.length - writes.length;
    console.log(
      `\nDatadog was asked ${lists} list request${lists === 1 ? '' : 's'} and nothing else; GitHub's API, ${github.requests.length} (lead time came from the checkout).`,
    );
    const summary = main?.summary ?? '';
    writeFileSync(REPORT_SUMMARY, summary);
    console.log(
      `\n── The job summary (${(Buffer.byteLength(summary) / 1024).toFixed(1)} KiB of Markdown) is in ${REPORT_SUMMARY}`,
    );
    const problems = [
      ...job.steps.filter((s) => s.exitCode !== 0).map((s) => `the ${s.step} step exited with code ${s.exitCode}`),
      ...(summary.trim() ? [] : ['main wrote no job summary']),
      ...(main?.outputs.deployments ? [] : ['output deployments is empty']),
      ...writes.map((r) => `Datadog was sent ${r.method} ${r.path}, which a report never sends`),
      ...datadog.schemaErrors(),
    ];
    if (problems.length) {
      console.error(`\nThe demo did not go as it should: ${problems.join('; ')}.`);
      process.exitCode = 1;
    }
  } finally {
    await datadog.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

const [scenario, ...rest] = process.argv.slice(2);
if (rest.length || (scenario !== undefined && scenario !== 'report')) {
  console.error(`Usage: npm run demo [-- report], not ${process.argv.slice(2).join(' ')}.`);
  process.exitCode = 2;
} else if (scenario === 'report') {
  await reportDemo();
} else {
  await deploymentDemo();
}
