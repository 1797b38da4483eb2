// npm run demo: the action's whole lifecycle (pre → the deploy → post), run from the committed
// dist/ as the runner runs it, against a local stand-in for Datadog's DORA API.
// npm run demo -- report: the DORA report over twelve weeks of a made-up but lifelike history of
// three services (rollbacks, tagged remediations, incidents, a git repository as the workspace),
// against local stand-ins for Datadog and GitHub; the job summary is written to a file it names.
// npm run demo -- backfill: a repository's GitHub deployments of the last 90 days (a few hundred,
// lifelike: failures, re-runs, promotions, tags) sent to a Datadog stand-in that already holds those
// the action sent live: a dry run, the backfill, and the same again, which skips them all; the job
// summaries are written to files it names.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BackfillHistory, createBackfillHistory, successfulDeployments } from './local/backfill-history.ts';
import { API_KEY, APP_KEY, type DeploymentAttributes, startFakeDatadog } from './local/fake-datadog.ts';
import { GITHUB_TOKEN, startFakeGitHub } from './local/fake-github.ts';
import { createReportHistory, seedReportHistory } from './local/report-history.ts';
import { type JobRun, runJob } from './local/runner.ts';

const REPORT_SUMMARY = join(tmpdir(), 'datadog-dora-report-demo.md');
const BACKFILL_SUMMARIES = join(tmpdir(), 'datadog-dora-backfill-demo');

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

/** The backfill demo's history: a few hundred GitHub deployments over backfill's default period, the action live for the last two weeks. */
const BACKFILL_HISTORY = { deployments: 300, days: 90, liveDays: 14 };
const DAY_MS = 86_400_000;

/**
 * What the action sent live once it was added to the production deploy job: each successful
 * production deployment since `since`, with its run's tags, as its post step sent it.
 */
function liveDeployments(history: BackfillHistory, since: number): DeploymentAttributes[] {
  const attemptOfJob = new Map<number, { run: number; attempt: number }>();
  for (const run of history.runs)
    for (const [i, attempt] of run.attempts.entries())
      for (const job of attempt.jobs) attemptOfJob.set(job.id, { run: run.id, attempt: i + 1 });
  return successfulDeployments(history, 'production').flatMap((deployment) => {
    const job = Number(/\/job\/(\d+)$/.exec(deployment.logUrl ?? '')?.[1]);
    const made = attemptOfJob.get(job);
    if (!made || Date.parse(deployment.succeededAt) < since) return [];
    return [
      {
        id: `${made.run}.${made.attempt}.deploy.${job.toString(16).padStart(16, '0')}`,
        service: 'shop-api',
        env: 'production',
        started_at: Date.parse(deployment.createdAt),
        finished_at: Date.parse(deployment.succeededAt),
        git: { commit_sha: deployment.commitOid, repository_url: 'https://github.com/acme/shop' },
        custom_tags: [
          'github.repository:acme/shop',
          'github.workflow:Deploy',
          `github.run_id:${made.run}`,
          `github.run_attempt:${made.attempt}`,
          'github.job:deploy',
        ],
      },
    ];
  });
}

async function backfillDemo(): Promise<void> {
  const now = Date.now();
  // Within backfill's default period (the last 90 days), however long the demo takes.
  const history = createBackfillHistory({
    deployments: BACKFILL_HISTORY.deployments,
    from: new Date(now - BACKFILL_HISTORY.days * DAY_MS + 3_600_000),
    to: new Date(now - 3_600_000),
  });
  const successful = successfulDeployments(history);
  const live = liveDeployments(history, now - BACKFILL_HISTORY.liveDays * DAY_MS);
  const expected = successful.length - live.length;
  const datadog = await startFakeDatadog();
  const github = await startFakeGitHub({ repositories: { 'acme/shop': history } });
  const problems: string[] = [];
  try {
    datadog.seed({ deployments: live });
    console.log(
      `A stand-in for GitHub's API listens on ${github.url}: acme/shop's last ${BACKFILL_HISTORY.days} days, ${history.deployments.length} GitHub deployments`,
    );
    console.log(
      `(${history.environments.join(' then ')}; ${successful.length} succeeded, the others failed, were cancelled or never approved),`,
    );
    console.log(
      `the ${history.runs.length} workflow runs that made them and tested their commits, and ${history.tags.length} release tags.`,
    );
    console.log(
      `A stand-in for Datadog listens on ${datadog.url}, holding the ${live.length} production deployments the action sent live since it was added, ${BACKFILL_HISTORY.liveDays} days ago.`,
    );
    console.log(
      'Each job runs event backfill with source: deployments for service shop-api over its default period, as a workflow_dispatch would.',
    );
    const runs = [
      { title: 'A dry run', file: '1-dry-run.md', dryRun: true, sent: expected, skipped: live.length },
      { title: 'The backfill', file: '2-backfill.md', dryRun: false, sent: expected, skipped: live.length },
      { title: 'The backfill again', file: '3-backfill-again.md', dryRun: false, sent: 0, skipped: successful.length },
    ];
    mkdirSync(BACKFILL_SUMMARIES, { recursive: true });
    for (const [i, run] of runs.entries()) {
      const from = datadog.requests.length;
      const job = await runJob({
        inputs: {
          event: 'backfill',
          source: 'deployments',
          service: 'shop-api',
          'api-url': datadog.url,
          'github-token': GITHUB_TOKEN,
          ...(run.dryRun ? { 'dry-run': 'true' } : {}),
        },
        env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, GITHUB_API_URL: github.url },
        eventName: 'workflow_dispatch',
      });
      console.log(`\n══ ${i + 1}. ${run.title}${run.dryRun ? " (dry-run: 'true')" : ''}\n`);
      printSteps(job);
      const main = job.step('main');
      const outputs = main?.outputs ?? {};
      console.log(`\n── Outputs of main: sent=${outputs.sent}, skipped=${outputs.skipped}, refused=${outputs.refused}`);
      const requests = datadog.requests.slice(from);
      const sent = requests.filter((r) => r.method === 'POST' && r.path === '/api/v2/dora/deployment');
      const asked = Map.groupBy(requests, (r) =>
        r.method === 'POST' && r.path === '/api/v2/dora/deployments'
          ? 'list request'
          : r.method === 'GET' && /^\/api\/v2\/dora\/deployments?\//.test(r.path)
            ? 'read-back of a deployment sent'
            : r.method === 'POST' && r.path === '/api/v2/dora/deployment'
              ? 'deployment'
              : `${r.method} ${r.path}`,
      );
      console.log(
        `── What Datadog received: ${[...asked].map(([what, all]) => `${all.length} ${what}${all.length === 1 ? '' : 's'}`).join(', ') || 'nothing'}.`,
      );
      if (sent.length) {
        const bodies = sent.map((r) => (r.body as { data: { attributes: DeploymentAttributes } }).data.attributes);
        const byEnv = Map.groupBy(bodies, (body) => body.env ?? '(none)');
        console.log(
          `   By env: ${[...byEnv].map(([env, all]) => `${env} ${all.length}`).join(', ')}; ${bodies.filter((body) => body.version).length} with a version (the release tag at their commit).`,
        );
        console.log('   The first, the oldest (read back before the others were sent):');
        console.log(JSON.stringify(bodies[0], null, 2).replace(/^/gm, '   '));
        if (bodies.some((body, j) => j > 0 && body.finished_at < (bodies[j - 1]?.finished_at ?? 0)))
          problems.push(`${run.title} did not send the deployments oldest first`);
        if (new Set(bodies.map((body) => body.id)).size !== bodies.length)
          problems.push(`${run.title} sent a deployment twice`);
      }
      const summary = main?.summary ?? '';
      const file = join(BACKFILL_SUMMARIES, run.file);
      writeFileSync(file, summary);
      const heading = /^### (.*)$/m.exec(summary)?.[1] ?? '';
      console.log(
        `── The job summary (${(Buffer.byteLength(summary) / 1024).toFixed(1)} KiB of Markdown, "${heading}") is in ${file}`,
      );

      problems.push(
        ...job.steps
          .filter((s) => s.exitCode !== 0)
          .map((s) => `${run.title}: the ${s.step} step exited with code ${s.exitCode}`),
        ...(summary.trim() ? [] : [`${run.title}: main wrote no job summary`]),
        ...Object.entries({ sent: run.sent, skipped: run.skipped, refused: 0 }).flatMap(([name, value]) =>
          outputs[name] === String(value) ? [] : [`${run.title}: output ${name} is ${outputs[name]}, not ${value}`],
        ),
        ...(sent.length === (run.dryRun ? 0 : run.sent)
          ? []
          : [`${run.title}: Datadog was sent ${sent.length} deployments, not ${run.dryRun ? 0 : run.sent}`]),
      );
    }
    if (datadog.deployments.size !== successful.length)
      problems.push(`Datadog holds ${datadog.deployments.size} deployments at the end, not ${successful.length}`);
    problems.push(
      ...github.writes().map((r) => `GitHub was sent ${r.method} ${r.path}, which backfill never sends`),
      ...datadog.schemaErrors(),
    );
    console.log(
      `\nDatadog holds ${datadog.deployments.size} deployments of shop-api in the end: the ${live.length} sent live and the ${expected} backfilled; GitHub's API was asked ${github.requests.length} requests, none a write.`,
    );
  } finally {
    await github.close();
    await datadog.close();
  }
  if (problems.length) {
    console.error(`\nThe demo did not go as it should: ${problems.join('; ')}.`);
    process.exitCode = 1;
  }
}

const [scenario, ...rest] = process.argv.slice(2);
if (rest.length || (scenario !== undefined && scenario !== 'report' && scenario !== 'backfill')) {
  console.error(`Usage: npm run demo [-- report | backfill], not ${process.argv.slice(2).join(' ')}.`);
  process.exitCode = 2;
} else if (scenario === 'report') {
  await reportDemo();
} else if (scenario === 'backfill') {
  await backfillDemo();
} else {
  await deploymentDemo();
}
