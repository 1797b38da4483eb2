// npm run demo: the action's whole lifecycle (pre → the deploy → post), run from the committed
// dist/ as the runner runs it, against a local stand-in for Datadog's DORA API.
import { API_KEY, startFakeDatadog } from './local/fake-datadog.ts';
import { runJob } from './local/runner.ts';

const datadog = await startFakeDatadog();
try {
  console.log(`A stand-in for Datadog listens on ${datadog.url}.\n`);
  const job = await runJob({
    inputs: { 'api-url': datadog.url, service: 'shop-api', env: 'production', version: 'v1.4.2', team: 'payments', tags: 'tier:1' },
    env: { DD_API_KEY: API_KEY },
    deploy: { durationMs: 1500 },
  });
  for (const step of job.steps) {
    console.log(`── ${step.step} (exit code ${step.exitCode}, ${step.endedAt - step.spawnedAt} ms)`);
    if (step.log.trim()) console.log(step.log.trim().replace(/^/gm, '   '));
  }
  const received = datadog.requests.filter((r) => r.path === '/api/v2/dora/deployment');
  console.log(`\n── What Datadog received (${received.length} deployment${received.length === 1 ? '' : 's'}):`);
  for (const request of received) console.log(JSON.stringify(request.body, null, 2));
  const problems = datadog.schemaErrors();
  console.log(problems.length ? `\nSchema errors:\n${problems.join('\n')}` : '\nEvery body matches Datadog\'s schema.');
  console.log('\n── Job summary:\n');
  console.log(job.step('post')?.summary ?? '(no post step ran)');
  if (job.steps.some((s) => s.exitCode !== 0) || received.length !== 1 || problems.length) process.exitCode = 1;
} finally {
  await datadog.close();
}
