// The GitHub stand-in's backfill side over real HTTP: GraphQL's repository, deployments,
// environments and tags, and REST's workflows, runs and jobs, answered from histories as GitHub
// answers them (shapes, paging, the 1,000-result cap), with the token's permissions and rate limits.
import { afterEach, describe, expect, test } from '@jest/globals';
import {
  createBackfillHistory,
  SMALL_SHA,
  smallBackfillHistory,
  successfulDeployments,
  successfulRuns,
} from '../../scripts/local/backfill-history.ts';
import {
  createdRange,
  type FakeGitHub,
  type FakeGitHubOptions,
  GITHUB_TOKEN,
  startFakeGitHub,
} from '../../scripts/local/fake-github.ts';

// Every stand-in a test starts is closed after it, however many it starts.
const started: FakeGitHub[] = [];
afterEach(async () => {
  for (const github of started.splice(0)) await github.close();
});
const standIn = async (options: Partial<FakeGitHubOptions> = {}) => {
  const github = await startFakeGitHub({ repositories: { 'acme/shop': smallBackfillHistory() }, ...options });
  started.push(github);
  return github;
};

interface Answer {
  status: number;
  headers: Headers;
  json: any;
}
const answer = async (response: Response): Promise<Answer> => {
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
};
const gql = async (
  fake: FakeGitHub,
  query: string,
  variables: Record<string, unknown> = {},
  authorization = `bearer ${GITHUB_TOKEN}`,
) =>
  answer(
    await fetch(fake.graphqlUrl, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }),
  );
const get = async (fake: FakeGitHub, path: string, authorization = `token ${GITHUB_TOKEN}`) =>
  answer(
    await fetch(path.startsWith('http') ? path : `${fake.url}${path}`, {
      headers: { authorization, accept: 'application/vnd.github+json' },
    }),
  );
const links = (answer: Answer) =>
  Object.fromEntries(
    (answer.headers.get('link') ?? '')
      .split(', ')
      .filter(Boolean)
      .map((part) => {
        const [, url = '', rel = ''] = /^<([^>]+)>; rel="(\w+)"$/.exec(part) ?? [];
        return [rel, url];
      }),
  ) as Record<string, string>;
const rate = (answer: Answer) =>
  ['limit', 'remaining', 'used', 'resource'].map((k) => answer.headers.get(`x-ratelimit-${k}`));

const DEPLOYMENTS = `
  query Deployments($owner: String!, $name: String!, $env: String!, $cursor: String) {
    repository(owner: $owner, name: $name) {
      deployments(first: 100, after: $cursor, orderBy: {field: CREATED_AT, direction: ASC}, environments: [$env]) {
        nodes {
          databaseId createdAt environment commitOid
          statuses(first: 100) { nodes { state createdAt logUrl environmentUrl } }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`;
const TAGS = `
  query Tags($owner: String!, $name: String!, $cursor: String) {
    repository(owner: $owner, name: $name) {
      refs(refPrefix: "refs/tags/", first: 100, after: $cursor) {
        nodes { name target { oid ... on Tag { target { oid } } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`;
const SHOP = { owner: 'acme', name: 'shop' };

describe('GraphQL', () => {
  test("the repository's databaseId, with bearer or token, each query a point of the graphql budget", async () => {
    const fake = await standIn();
    const query = 'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { databaseId } }';
    const first = await gql(fake, query, SHOP);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(first.json).toEqual({ data: { repository: { databaseId: 4242 } } });
    expect(rate(first)).toEqual(['1000', '999', '1', 'graphql']);
    const second = await gql(fake, query, SHOP, `token ${GITHUB_TOKEN}`);
    expect(second.json).toEqual(first.json);
    expect(rate(second)).toEqual(['1000', '998', '2', 'graphql']);
    expect(fake.rateLimits().core.used).toBe(0);
    expect(fake.requests.map((r) => [r.method, r.path, r.graphql?.variables, r.headers.authorization])).toEqual([
      ['POST', '/graphql', SHOP, `bearer ${GITHUB_TOKEN}`],
      ['POST', '/graphql', SHOP, `token ${GITHUB_TOKEN}`],
    ]);
    expect(fake.requests[0]?.graphql).toMatchObject({ query, operation: 'query' });
    expect(fake.writes()).toEqual([]);
  });

  test("a repository it does not know: GitHub's NOT_FOUND, the data null", async () => {
    const fake = await standIn();
    const { json } = await gql(fake, '{ repository(owner: "acme", name: "nope") { databaseId } }');
    expect(json).toEqual({
      data: { repository: null },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['repository'],
          locations: [{ line: 1, column: 3 }],
          message: "Could not resolve to a Repository with the name 'acme/nope'.",
        },
      ],
    });
  });

  test("deployments of an environment, oldest first, with their statuses upper-cased as GraphQL's enum", async () => {
    const fake = await standIn();
    const { json } = await gql(fake, DEPLOYMENTS, { ...SHOP, env: 'production', cursor: null });
    const deployments = json.data.repository.deployments;
    expect(deployments.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    expect(deployments.nodes.map((d: any) => d.databaseId)).toEqual([3002, 3003, 3004, 3005, 3006, 3007]);
    expect(deployments.nodes[1]).toEqual({
      databaseId: 3003,
      createdAt: '2025-03-04T11:05:00Z',
      environment: 'production',
      commitOid: SMALL_SHA.a,
      statuses: {
        nodes: [
          { state: 'QUEUED', createdAt: '2025-03-04T11:05:00Z', logUrl: expect.any(String), environmentUrl: null },
          { state: 'IN_PROGRESS', createdAt: '2025-03-04T11:06:00Z', logUrl: expect.any(String), environmentUrl: null },
          {
            state: 'SUCCESS',
            createdAt: '2025-03-04T11:12:00Z',
            logUrl: expect.stringMatching(/^https:\/\/github\.com\/acme\/shop\/actions\/runs\/2002\/job\/\d+$/),
            environmentUrl: 'https://production.shop.example.com',
          },
          { state: 'INACTIVE', createdAt: '2025-03-10T10:12:00Z', logUrl: null, environmentUrl: null },
        ],
      },
    });
    // The one waiting for an approval, then failed; the one never finished.
    expect(deployments.nodes[2].statuses.nodes.map((s: any) => s.state)).toEqual([
      'WAITING',
      'QUEUED',
      'IN_PROGRESS',
      'FAILURE',
    ]);
    expect(deployments.nodes[5].statuses.nodes.map((s: any) => s.state)).toEqual(['QUEUED', 'IN_PROGRESS']);
    // The log URL names the job of the attempt that made it, as GitHub Actions' do.
    const run = (await get(fake, '/repos/acme/shop/actions/runs/2002/attempts/2/jobs')).json;
    const logUrl = deployments.nodes[1].statuses.nodes[2].logUrl as string;
    expect(run.jobs.map((j: any) => j.html_url)).toContain(logUrl);
  });

  test('pages of 100 through opaque cursors, in a generated year, the same as the history holds', async () => {
    const history = createBackfillHistory({ deployments: 450, from: '2025-01-01', to: '2026-01-01', seed: 3 });
    const fake = await standIn({ repositories: { 'acme/shop': history } });
    const seen: any[] = [];
    let cursor: string | null = null;
    const cursors: string[] = [];
    do {
      const { json } = await gql(fake, DEPLOYMENTS, { ...SHOP, env: 'production', cursor });
      const page: any = json.data.repository.deployments;
      seen.push(...page.nodes);
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      if (cursor) cursors.push(cursor);
    } while (cursor);
    const production = history.deployments.filter((d) => d.environment === 'production');
    expect(production.length).toBeGreaterThan(100);
    expect(cursors).toHaveLength(Math.ceil(production.length / 100) - 1);
    for (const c of cursors) expect(c).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(seen.map((d) => d.databaseId)).toEqual(production.map((d) => d.databaseId));
    expect(seen.map((d) => d.createdAt)).toEqual([...seen.map((d) => d.createdAt)].sort());
    const succeeded = seen.filter((d) => d.statuses.nodes.some((s: any) => s.state === 'SUCCESS'));
    expect(succeeded.map((d) => d.databaseId).sort()).toEqual(
      successfulDeployments(history, 'production')
        .map((d) => d.databaseId)
        .sort(),
    );
    expect(fake.requests.map((r) => r.graphql?.variables.cursor ?? null)).toEqual([null, ...cursors]);
  });

  test('DESC order, last, edges with cursors, totalCount, and a cursor GitHub would not know', async () => {
    const fake = await standIn();
    const query = `query($after: String) { repository(owner: "acme", name: "shop") {
      newest: deployments(last: 2, orderBy: {field: CREATED_AT, direction: ASC}) { totalCount edges { cursor node { databaseId } } }
      desc: deployments(first: 2, after: $after, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { databaseId } pageInfo { hasNextPage hasPreviousPage } }
    } }`;
    const { json } = await gql(fake, query, { after: null });
    expect(json.data.repository.newest.totalCount).toBe(9);
    expect(json.data.repository.newest.edges.map((e: any) => e.node.databaseId)).toEqual([3008, 3009]);
    expect(json.data.repository.desc).toEqual({
      nodes: [{ databaseId: 3009 }, { databaseId: 3008 }],
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
    });
    const after = json.data.repository.newest.edges[0].cursor;
    const next = await gql(fake, query, { after });
    expect(next.json.data.repository.desc.nodes).toEqual([{ databaseId: 3007 }, { databaseId: 3006 }]);
    const wrong = await gql(fake, query, { after: 'bm90IGEgY3Vyc29y' });
    expect(wrong.json.data.repository.desc).toBeNull();
    expect(wrong.json.errors).toEqual([
      {
        type: 'INVALID_CURSOR_ARGUMENTS',
        path: ['repository', 'desc'],
        locations: [{ line: 3, column: 7 }],
        message: '`bm90IGEgY3Vyc29y` does not appear to be a valid cursor.',
      },
    ]);
  });

  test("statuses newest first when told, as a client must not count on GitHub's order", async () => {
    const fake = await standIn({ deploymentStatusOrder: 'newest-first' });
    const { json } = await gql(fake, DEPLOYMENTS, { ...SHOP, env: 'staging' });
    expect(json.data.repository.deployments.nodes[0].statuses.nodes.map((s: any) => s.state)).toEqual([
      'INACTIVE',
      'SUCCESS',
      'IN_PROGRESS',
      'QUEUED',
    ]);
  });

  test('environments, and a deployment made by hand with no status', async () => {
    const fake = await standIn();
    const { json } = await gql(
      fake,
      `{ repository(owner: "acme", name: "shop") {
        environments(first: 100) { nodes { name } pageInfo { hasNextPage endCursor } }
        deployments(first: 100, environments: "preview") { nodes { databaseId state latestStatus { state } creator { login } statuses(first: 100) { nodes { state } } } }
      } }`,
    );
    expect(json.data.repository.environments.nodes).toEqual([
      { name: 'preview' },
      { name: 'production' },
      { name: 'staging' },
    ]);
    expect(json.data.repository.deployments.nodes).toEqual([
      {
        databaseId: 3008,
        state: 'PENDING',
        latestStatus: null,
        creator: { login: 'octocat' },
        statuses: { nodes: [] },
      },
    ]);
  });

  test('tags, lightweight and annotated, with the commit an annotated one points to', async () => {
    const fake = await standIn();
    const { json } = await gql(fake, TAGS, { ...SHOP, cursor: null });
    expect(json.data.repository.refs).toEqual({
      nodes: [
        { name: 'v0.9.0', target: { oid: '0909090909090909090909090909090909090909' } },
        { name: 'v1.0.0', target: { oid: SMALL_SHA.a } },
        { name: 'v1.1.0', target: { oid: SMALL_SHA.tagObject, target: { oid: SMALL_SHA.c } } },
      ],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
    const typed = await gql(
      fake,
      `query { repository(owner: "acme", name: "shop") { refs(refPrefix: "refs/tags/", last: 1) {
        nodes { ...Tagged } } } }
      fragment Tagged on Ref { name target { __typename ... on Commit { committedDate } ... on Tag { name target { __typename oid } } } }`,
    );
    expect(typed.json.data.repository.refs.nodes).toEqual([
      {
        name: 'v1.1.0',
        target: { __typename: 'Tag', name: 'v1.1.0', target: { __typename: 'Commit', oid: SMALL_SHA.c } },
      },
    ]);
  });

  test('one query for all of it: aliases, fragments, @skip, the rateLimit field', async () => {
    const fake = await standIn();
    const { json } = await gql(
      fake,
      `query All($owner: String!, $name: String!, $noTags: Boolean!) {
        rateLimit { cost remaining limit }
        repo: repository(owner: $owner, name: $name) {
          id: databaseId
          ...Envs
          refs(refPrefix: "refs/tags/", first: 1) @skip(if: $noTags) { nodes { name } }
        }
      }
      fragment Envs on Repository { environments(first: 1) { nodes { name } } }`,
      { ...SHOP, noTags: true },
    );
    expect(json).toEqual({
      data: {
        rateLimit: { cost: 1, remaining: 999, limit: 1000 },
        repo: { id: 4242, environments: { nodes: [{ name: 'preview' }] } },
      },
    });
  });

  test.each([
    [
      'an unknown field',
      '{ repository(owner: "acme", name: "shop") { deploymentz(first: 1) { nodes { id } } } }',
      {},
      {
        path: ['query', 'repository', 'deploymentz'],
        extensions: { code: 'undefinedField', typeName: 'Repository', fieldName: 'deploymentz' },
        locations: [{ line: 1, column: 45 }],
        message: "Field 'deploymentz' doesn't exist on type 'Repository'",
      },
    ],
    [
      'an unknown argument',
      '{ repository(owner: "acme", name: "shop") { deployments(first: 1, since: "x") { nodes { id } } } }',
      {},
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'argumentNotAccepted' }),
        message: "Field 'deployments' doesn't accept argument 'since'",
      }),
    ],
    [
      'a variable declared but not used',
      'query($cursor: String) { repository(owner: "acme", name: "shop") { databaseId } }',
      {},
      expect.objectContaining({ message: 'Variable $cursor is declared by anonymous query but not used' }),
    ],
    [
      'a variable used but not declared',
      '{ repository(owner: $owner, name: "shop") { databaseId } }',
      {},
      expect.objectContaining({ message: 'Variable $owner is used by anonymous query but not declared' }),
    ],
    [
      'a required variable not given',
      'query($owner: String!) { repository(owner: $owner, name: "shop") { databaseId } }',
      {},
      expect.objectContaining({ message: 'Variable $owner of type String! was provided invalid value' }),
    ],
    [
      'a document that does not parse',
      '{ repository(owner: "acme", name: "shop") { databaseId }',
      {},
      { message: 'Unexpected end of document' },
    ],
    [
      'a mutation',
      'mutation { createDeployment(input: {}) { deployment { id } } }',
      {},
      expect.objectContaining({ message: "Field 'createDeployment' doesn't exist on type 'Mutation'" }),
    ],
  ])("%s: GitHub's errors, no data", async (_, query, variables, error) => {
    const fake = await standIn();
    const { status, json } = await gql(fake, query, variables);
    expect(status).toBe(200);
    expect(json).toEqual({ errors: [error] });
  });

  test('a mutation is recorded as a write', async () => {
    const fake = await standIn();
    await gql(fake, 'mutation { createDeployment(input: {}) { deployment { id } } }');
    await get(fake, '/repos/acme/shop');
    expect(fake.writes().map((r) => r.graphql?.operation)).toEqual(['mutation']);
  });

  test.each([
    [
      {},
      'MISSING_PAGINATION_BOUNDARIES',
      'You must provide a `first` or `last` value to properly paginate the `deployments` connection.',
    ],
    [
      { first: 101 },
      'EXCESSIVE_PAGINATION',
      'Requesting 101 records on the `deployments` connection exceeds the `first` limit of 100 records.',
    ],
  ])('deployments %j: %s', async (args, type, message) => {
    const fake = await standIn();
    const { json } = await gql(
      fake,
      'query($first: Int) { repository(owner: "acme", name: "shop") { deployments(first: $first) { nodes { databaseId } } } }',
      args,
    );
    expect(json).toEqual({
      data: { repository: { deployments: null } },
      errors: [expect.objectContaining({ type, path: ['repository', 'deployments'], message })],
    });
  });

  test('a body that is not JSON: 400; one without a query: an error', async () => {
    const fake = await standIn();
    const post = (body: string) =>
      fetch(fake.graphqlUrl, { method: 'POST', headers: { authorization: `bearer ${GITHUB_TOKEN}` }, body }).then(
        answer,
      );
    expect((await post('{not json')).status).toBe(400);
    expect((await post('{"variables":{}}')).json).toEqual({
      errors: [{ message: 'A query attribute must be specified and must be a string.' }],
    });
  });
});

describe('REST: workflows, runs, jobs', () => {
  test('a workflow by file name or id; 404 for one that is not there', async () => {
    const fake = await standIn();
    const byName = await get(fake, '/repos/acme/shop/actions/workflows/deploy.yml');
    expect(byName.status).toBe(200);
    expect(byName.json).toMatchObject({
      id: 102,
      name: 'Deploy',
      path: '.github/workflows/deploy.yml',
      state: 'active',
    });
    expect((await get(fake, '/repos/acme/shop/actions/workflows/102')).json).toEqual(byName.json);
    expect(rate(byName)).toEqual(['1000', '999', '1', 'core']);
    const missing = await get(fake, '/repos/acme/shop/actions/workflows/release.yml');
    expect(missing).toMatchObject({
      status: 404,
      json: {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/actions/workflows#get-a-workflow',
        status: '404',
      },
    });
    expect(rate(missing)).toEqual(['1000', '997', '3', 'core']);
    expect((await get(fake, '/repos/acme/nope/actions/workflows/deploy.yml')).status).toBe(404);
  });

  test("a workflow's runs, newest first, each once with its latest attempt", async () => {
    const fake = await standIn();
    const all = await get(fake, '/repos/acme/shop/actions/workflows/deploy.yml/runs');
    expect(all.json.total_count).toBe(6);
    expect(all.json.workflow_runs.map((r: any) => [r.id, r.run_attempt, r.status, r.conclusion])).toEqual([
      [2006, 1, 'completed', 'success'],
      [2005, 1, 'in_progress', null],
      [2004, 2, 'completed', 'failure'],
      [2003, 1, 'completed', 'failure'],
      [2002, 2, 'completed', 'success'],
      [2001, 1, 'completed', 'success'],
    ]);
    expect(all.json.workflow_runs[4]).toMatchObject({
      id: 2002,
      name: 'Deploy',
      path: '.github/workflows/deploy.yml',
      workflow_id: 102,
      run_number: 2,
      head_sha: SMALL_SHA.a,
      head_branch: 'main',
      event: 'workflow_dispatch',
      created_at: '2025-03-04T10:00:00Z',
      run_started_at: '2025-03-04T11:00:00Z',
      updated_at: '2025-03-04T11:12:00Z',
      html_url: 'https://github.com/acme/shop/actions/runs/2002',
      previous_attempt_url: `${fake.url}/repos/acme/shop/actions/runs/2002/attempts/1`,
    });
    const success = await get(fake, '/repos/acme/shop/actions/workflows/deploy.yml/runs?status=success&per_page=100');
    expect(success.json.workflow_runs.map((r: any) => [r.id, r.run_attempt])).toEqual([
      [2006, 1],
      [2002, 2],
      [2001, 1],
    ]);
    expect(success.json.workflow_runs.map((r: any) => r.head_sha)).toEqual(
      successfulRuns(smallBackfillHistory(), 102)
        .map((r) => r.headSha)
        .reverse(),
    );
    const ci = await get(fake, '/repos/acme/shop/actions/workflows/ci.yml/runs');
    expect(ci.json.workflow_runs.map((r: any) => [r.id, r.name, r.conclusion])).toEqual([
      [1002, 'CI', 'failure'],
      [1001, 'CI', 'success'],
    ]);
    const one = await get(fake, '/repos/acme/shop/actions/runs/2004/attempts/1');
    expect([one.json.run_attempt, one.json.conclusion, one.json.previous_attempt_url]).toEqual([1, 'success', null]);
  });

  test.each([
    ['2025-03-04..2025-03-10', [2004, 2003, 2002]],
    ['2025-03-04T10:00:00Z..2025-03-10T09:59:59Z', [2003, 2002]],
    ['2025-03-04T12:00:00+02:00..2025-03-05T10:00:00+00:00', [2003, 2002]],
    ['>=2025-03-10', [2006, 2005, 2004]],
    ['>2025-03-10', [2006, 2005]],
    ['<2025-03-04', [2001]],
    ['2025-03-12', [2005]],
    ['*..2025-03-03', [2001]],
    ['yesterday', []],
  ])('created=%s', async (created, ids) => {
    const fake = await standIn();
    const { json } = await get(
      fake,
      `/repos/acme/shop/actions/workflows/deploy.yml/runs?created=${encodeURIComponent(created)}&per_page=100`,
    );
    expect(json.workflow_runs.map((r: any) => r.id)).toEqual(ids);
    expect(json.total_count).toBe(ids.length);
  });

  test('created ranges read as GitHub reads them: dates are whole UTC days, bounds included', () => {
    expect(createdRange('2025-03-04..2025-03-05')).toEqual([
      Date.parse('2025-03-04T00:00:00Z'),
      Date.parse('2025-03-06T00:00:00Z') - 1,
    ]);
    expect(createdRange('>=2025-03-04T10:00:00Z')).toEqual([Date.parse('2025-03-04T10:00:00Z'), Infinity]);
    expect(createdRange('2025-03-04 10:00')).toBeUndefined();
  });

  test("Link paging by per_page and page, through GitHub's /repositories/{id} URLs", async () => {
    const fake = await standIn();
    const first = await get(fake, '/repos/acme/shop/actions/workflows/deploy.yml/runs?status=completed&per_page=2');
    expect(first.json.workflow_runs.map((r: any) => r.id)).toEqual([2006, 2004]);
    expect(links(first)).toEqual({
      next: `${fake.url}/repositories/4242/actions/workflows/102/runs?status=completed&per_page=2&page=2`,
      last: `${fake.url}/repositories/4242/actions/workflows/102/runs?status=completed&per_page=2&page=3`,
    });
    const ids: number[] = [];
    let page: Answer | undefined = first;
    while (page) {
      ids.push(...page.json.workflow_runs.map((r: any) => r.id));
      page = links(page).next ? await get(fake, links(page).next as string) : undefined;
    }
    expect(ids).toEqual([2006, 2004, 2003, 2002, 2001]);
    const third = await get(fake, links(first).last as string);
    expect(Object.keys(links(third))).toEqual(['prev', 'first']);
    // 30 a page without per_page.
    const runs = createBackfillHistory({ deployments: 40, from: '2025-01-01', to: '2025-03-01' });
    const many = await standIn({ repositories: { 'acme/shop': runs } });
    expect((await get(many, '/repos/acme/shop/actions/runs')).json.workflow_runs).toHaveLength(30);
  });

  test('a filtered search answers its first 1,000 runs and no more: later pages are empty', async () => {
    const history = createBackfillHistory({ deployments: 3000, from: '2025-01-01', to: '2026-01-01', seed: 11 });
    const fake = await standIn({ repositories: { 'acme/shop': history } });
    const successes = successfulRuns(history, history.workflow.deploy.id);
    expect(successes.length).toBeGreaterThan(2000);
    const path = '/repos/acme/shop/actions/workflows/deploy.yml/runs?status=success&per_page=100';
    const tenth = await get(fake, `${path}&page=10`);
    expect(tenth.json.total_count).toBe(successes.length);
    expect(tenth.json.workflow_runs).toHaveLength(100);
    expect(links(tenth).last).toMatch(new RegExp(`&page=${Math.ceil(successes.length / 100)}$`));
    const eleventh = await get(fake, links(tenth).next as string);
    expect(eleventh.json).toEqual({ total_count: successes.length, workflow_runs: [] });
    // Narrowed by `created`, month by month, every one of them is found.
    const found = new Set<number>();
    for (let month = 1; month <= 12; month++) {
      const from = `2025-${String(month).padStart(2, '0')}-01`;
      const to = month === 12 ? '2025-12-31' : `2025-${String(month + 1).padStart(2, '0')}-01`;
      let page: Answer | undefined = await get(fake, `${path}&created=${from}..${to}`);
      while (page) {
        for (const run of page.json.workflow_runs) found.add(run.id);
        page = links(page).next ? await get(fake, links(page).next as string) : undefined;
      }
    }
    expect([...found].sort()).toEqual(successes.map((r) => r.id).sort());
    // Unfiltered, the list is not capped.
    const all = await get(
      fake,
      `/repos/acme/shop/actions/runs?per_page=100&page=${Math.ceil(history.runs.length / 100)}`,
    );
    expect(all.json.workflow_runs.length).toBeGreaterThan(0);
  });

  test("an attempt's jobs: matrix legs, ids of their own for each attempt, paged", async () => {
    const fake = await standIn();
    const first = await get(fake, '/repos/acme/shop/actions/runs/2002/attempts/1/jobs?per_page=100');
    const second = await get(fake, '/repos/acme/shop/actions/runs/2002/attempts/2/jobs?per_page=100');
    expect(first.json.total_count).toBe(3);
    expect(first.json.jobs.map((j: any) => [j.name, j.conclusion, j.run_attempt])).toEqual([
      ['build', 'success', 1],
      ['deploy (eu)', 'success', 1],
      ['deploy (us)', 'failure', 1],
    ]);
    expect(second.json.jobs[2]).toMatchObject({
      run_id: 2002,
      run_attempt: 2,
      name: 'deploy (us)',
      status: 'completed',
      conclusion: 'success',
      started_at: '2025-03-04T11:06:00Z',
      completed_at: '2025-03-04T11:12:00Z',
      head_sha: SMALL_SHA.a,
      html_url: `https://github.com/acme/shop/actions/runs/2002/job/${second.json.jobs[2].id}`,
    });
    const ids = [...first.json.jobs, ...second.json.jobs].map((j: any) => j.id);
    expect(new Set(ids).size).toBe(6);
    const paged = await get(fake, '/repos/acme/shop/actions/runs/2002/attempts/2/jobs?per_page=2');
    expect(paged.json.jobs).toHaveLength(2);
    expect(links(paged).next).toBe(`${fake.url}/repositories/4242/actions/runs/2002/attempts/2/jobs?per_page=2&page=2`);
    const inProgress = await get(fake, '/repos/acme/shop/actions/runs/2005/attempts/1/jobs');
    expect(inProgress.json.jobs.map((j: any) => [j.status, j.conclusion, j.completed_at])).toEqual([
      ['completed', 'success', '2025-03-12T10:05:00Z'],
      ['in_progress', null, null],
      ['in_progress', null, null],
    ]);
    expect((await get(fake, '/repos/acme/shop/actions/runs/2002/attempts/3/jobs')).status).toBe(404);
    expect((await get(fake, '/repos/acme/shop/actions/runs/999/attempts/1/jobs')).status).toBe(404);
    const all = await get(fake, '/repos/acme/shop/actions/runs/2002/jobs?filter=all');
    expect(all.json.total_count).toBe(6);
  });

  test('GitHub Enterprise Server: REST under /api/v3, GraphQL at /api/graphql', async () => {
    const fake = await standIn({ pathPrefix: '/api/v3' });
    expect(fake.graphqlUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/graphql$/);
    const runs = await get(fake, '/repos/acme/shop/actions/workflows/deploy.yml/runs?per_page=1');
    expect(links(runs).next).toBe(`${fake.url}/repositories/4242/actions/workflows/102/runs?per_page=1&page=2`);
    expect((await gql(fake, '{ repository(owner: "acme", name: "shop") { databaseId } }')).json.data).toEqual({
      repository: { databaseId: 4242 },
    });
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/repos/acme/shop/actions/workflows/deploy.yml/runs',
      '/graphql',
    ]);
  });
});

describe("the token's permissions", () => {
  test('without deployments: the deployments field null, FORBIDDEN; the rest of the query answered', async () => {
    const fake = await standIn({ permissions: { deployments: false } });
    const { status, json } = await gql(
      fake,
      `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) {
        databaseId
        deployments(first: 100) { nodes { databaseId } } } }`,
      SHOP,
    );
    expect(status).toBe(200);
    expect(json).toEqual({
      data: { repository: { databaseId: 4242, deployments: null } },
      errors: [
        {
          type: 'FORBIDDEN',
          path: ['repository', 'deployments'],
          extensions: { saml_failure: false },
          locations: [{ line: 3, column: 9 }],
          message: 'Resource not accessible by integration',
        },
      ],
    });
    expect((await get(fake, '/repos/acme/shop/actions/workflows/deploy.yml')).status).toBe(200);
  });

  test('without actions: 403 from every Actions endpoint, environments FORBIDDEN', async () => {
    const fake = await standIn({ permissions: { actions: false } });
    for (const path of [
      '/repos/acme/shop/actions/workflows/deploy.yml',
      '/repos/acme/shop/actions/workflows/deploy.yml/runs?status=success',
      '/repos/acme/shop/actions/runs/2002/attempts/2/jobs',
    ]) {
      const answer = await get(fake, path);
      expect(answer.status).toBe(403);
      expect(answer.json).toEqual({
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/actions',
        status: '403',
      });
      expect(answer.headers.get('x-accepted-github-permissions')).toBe('actions=read');
    }
    const { json } = await gql(
      fake,
      '{ repository(owner: "acme", name: "shop") { environments(first: 10) { nodes { name } } } }',
    );
    expect(json.errors[0]).toMatchObject({ type: 'FORBIDDEN', path: ['repository', 'environments'] });
    fake.setPermissions({});
    expect((await get(fake, '/repos/acme/shop/actions/workflows/deploy.yml')).status).toBe(200);
  });

  test('without contents: tags FORBIDDEN', async () => {
    const fake = await standIn({ permissions: { contents: false } });
    const { json } = await gql(fake, TAGS, SHOP);
    expect(json.data.repository.refs).toBeNull();
    expect(json.errors[0]).toMatchObject({ type: 'FORBIDDEN', message: 'Resource not accessible by integration' });
  });

  test('a wrong token: 401 Bad credentials from both APIs, nothing charged', async () => {
    const fake = await standIn();
    const rest = await get(fake, '/repos/acme/shop/actions/workflows/deploy.yml', 'token ghs_wrong');
    expect(rest).toMatchObject({ status: 401, json: { message: 'Bad credentials' } });
    const graphql = await gql(fake, '{ repository(owner: "acme", name: "shop") { databaseId } }', {}, 'bearer nope');
    expect(graphql).toMatchObject({
      status: 401,
      json: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql' },
    });
    expect((await get(fake, '/repos/acme/shop', '')).status).toBe(401);
    expect(fake.rateLimits().core.used + fake.rateLimits().graphql.used).toBe(0);
  });
});

describe('rate limits', () => {
  test('a spent core budget: 403, no request left, the message; graphql has its own', async () => {
    const fake = await standIn({ rateLimits: { core: { limit: 5, remaining: 2 } } });
    const path = '/repos/acme/shop/actions/workflows/deploy.yml/runs?status=success';
    expect(rate(await get(fake, path))).toEqual(['5', '1', '4', 'core']);
    expect(rate(await get(fake, path))).toEqual(['5', '0', '5', 'core']);
    const spent = await get(fake, path);
    expect(spent.status).toBe(403);
    expect(rate(spent)).toEqual(['5', '0', '5', 'core']);
    expect(spent.json).toEqual({
      message: 'API rate limit exceeded for installation ID 1234567.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: '403',
    });
    expect(Number(spent.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    const graphql = await gql(fake, '{ repository(owner: "acme", name: "shop") { databaseId } }');
    expect(graphql.json.data).toEqual({ repository: { databaseId: 4242 } });
    // GET /rate_limit costs nothing.
    const limits = await get(fake, '/rate_limit');
    expect(limits.json.resources).toMatchObject({
      core: { limit: 5, remaining: 0 },
      graphql: { limit: 1000, used: 1 },
    });
  });

  test("a spent graphql budget: HTTP 200 with GitHub's RATE_LIMITED error, remaining 0", async () => {
    const fake = await standIn({ rateLimits: { graphql: { limit: 1000, remaining: 1 } } });
    const query = '{ repository(owner: "acme", name: "shop") { databaseId } }';
    expect(rate(await gql(fake, query))).toEqual(['1000', '0', '1000', 'graphql']);
    const spent = await gql(fake, query);
    expect(spent.status).toBe(200);
    expect(rate(spent)).toEqual(['1000', '0', '1000', 'graphql']);
    expect(spent.json).toEqual({
      errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 1234567.' }],
    });
    expect((await get(fake, '/repos/acme/shop')).status).toBe(200);
  });

  test('the newer RATE_LIMIT answer, 429 for REST, and exhaustRateLimit for one resource', async () => {
    const fake = await standIn({ graphqlRateLimitType: 'RATE_LIMIT', rateLimitStatus: 429 });
    fake.exhaustRateLimit('graphql');
    expect((await gql(fake, '{ rateLimit { remaining } }')).json).toEqual({
      errors: [
        {
          type: 'RATE_LIMIT',
          code: 'graphql_rate_limit',
          message: 'API rate limit already exceeded for installation ID 1234567.',
        },
      ],
    });
    expect((await get(fake, '/repos/acme/shop')).status).toBe(200);
    fake.exhaustRateLimit();
    expect((await get(fake, '/repos/acme/shop')).status).toBe(429);
  });

  test("the budget is whole again at its reset, by the stand-in's clock", async () => {
    let now = Date.parse('2025-06-01T12:00:00Z');
    const fake = await standIn({ clock: () => now, rateLimits: { core: { limit: 3, remaining: 0 } } });
    const spent = await get(fake, '/repos/acme/shop');
    expect(spent.status).toBe(403);
    expect(spent.headers.get('x-ratelimit-reset')).toBe(String(now / 1000 + 3600));
    now += 3600_000;
    const again = await get(fake, '/repos/acme/shop');
    expect(again.status).toBe(200);
    expect(rate(again)).toEqual(['3', '2', '1', 'core']);
    expect(again.headers.get('x-ratelimit-reset')).toBe(String(now / 1000 + 3600));
  });

  test('a secondary rate limit: 429 or 403 with retry-after, nothing charged, from either API', async () => {
    const fake = await standIn();
    fake.misbehave((request) =>
      request.path === '/graphql'
        ? { secondaryRateLimit: { retryAfter: 60 } }
        : { secondaryRateLimit: { status: 429, retryAfter: 30 } },
    );
    const rest = await get(fake, '/repos/acme/shop/actions/runs');
    expect([rest.status, rest.headers.get('retry-after'), rest.headers.get('x-ratelimit-remaining')]).toEqual([
      429,
      '30',
      '1000',
    ]);
    expect(rest.json.message).toMatch(/^You have exceeded a secondary rate limit\./);
    const graphql = await gql(fake, '{ rateLimit { remaining } }');
    expect([graphql.status, graphql.headers.get('retry-after'), graphql.headers.get('x-ratelimit-resource')]).toEqual([
      403,
      '60',
      'graphql',
    ]);
    fake.misbehave(undefined);
    expect((await get(fake, '/repos/acme/shop/actions/runs')).status).toBe(200);
  });
});

describe('misbehaviours', () => {
  test("alterBody changes GitHub's answer; a status answers before the token is looked at; hang never answers", async () => {
    const fake = await standIn();
    fake.misbehave(() => ({ alterBody: (body) => ({ ...body, total_count: 'many' }) }));
    expect((await get(fake, '/repos/acme/shop/actions/runs')).json.total_count).toBe('many');
    fake.misbehave(() => ({ status: 502, text: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } }));
    const gateway = await fetch(fake.graphqlUrl, { method: 'POST', body: '{}' });
    expect([gateway.status, await gateway.text()]).toEqual([502, '<html>Bad gateway</html>']);
    fake.misbehave(() => ({ hang: true }));
    // Still unanswered once the stand-in has it: then the client gives up (no real timer waits).
    const asked = fake.requests.length;
    const giveUp = new AbortController();
    const hanging = fetch(`${fake.url}/repos/acme/shop`, { signal: giveUp.signal }).then((r) => r.status);
    let settled = false;
    void hanging.then(
      () => (settled = true),
      () => (settled = true),
    );
    while (fake.requests.length === asked) await new Promise((resolve) => setImmediate(resolve));
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    giveUp.abort();
    await expect(hanging).rejects.toThrow();
  });
});

describe('the history generator', () => {
  test('a year of 10,000 deployments, the same for the same seed, inside the period', () => {
    const options = { deployments: 10_000, from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z', seed: 42 };
    // Its speed is the bench's to measure, not a test's.
    const history = createBackfillHistory(options);
    expect(history.deployments).toHaveLength(10_000);
    // Compared whole, as text: a failure does not print ten thousand deployments.
    const text = JSON.stringify(history);
    expect(JSON.stringify(createBackfillHistory(options)) === text).toBe(true);
    expect(JSON.stringify(createBackfillHistory({ ...options, seed: 43 })) === text).toBe(false);
    const times = [
      ...history.deployments.flatMap((d) => [d.createdAt, ...d.statuses.map((s) => s.createdAt)]),
      ...history.runs.flatMap((r) => [
        r.createdAt,
        ...r.attempts.flatMap((a) => a.jobs.map((j) => j.completedAt ?? '')),
      ]),
    ].sort();
    expect(times[0]! >= options.from).toBe(true);
    expect(times.at(-1)! < options.to).toBe(true);
    // Ids grow with time, as GitHub's do.
    const ids = history.deployments.map((d) => d.databaseId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    // Every case backfill meets: successes made inactive by the next, approvals, failures, errors, one never approved.
    const shapes = new Set(history.deployments.map((d) => d.statuses.map((s) => s.state).join('>')));
    for (const shape of [
      'queued>in_progress>success>inactive',
      'queued>in_progress>success',
      'waiting>queued>in_progress>success>inactive',
      'queued>in_progress>failure',
      'waiting>queued>in_progress>failure',
      'queued>in_progress>error',
      'waiting',
    ])
      expect(shapes).toContain(shape);
    const deploy = history.runs.filter((r) => r.workflowId === history.workflow.deploy.id);
    expect(deploy.some((r) => r.attempts[0]?.conclusion === 'failure' && r.attempts[1]?.conclusion === 'success')).toBe(
      true,
    );
    expect(deploy.some((r) => r.attempts[0]?.conclusion === 'success' && r.attempts[1]?.conclusion === 'failure')).toBe(
      true,
    );
    expect(deploy.reduce((n, r) => n + r.attempts.length, 0)).toBe(10_000);
    expect(history.runs.some((r) => r.workflowId === history.workflow.ci.id)).toBe(true);
    expect(new Set(deploy.flatMap((r) => r.attempts.flatMap((a) => a.jobs.map((j) => j.name))))).toEqual(
      new Set(['build', 'deploy (eu)', 'deploy (us)']),
    );
    expect(history.tags.some((t) => t.annotated)).toBe(true);
    expect(history.tags.some((t) => !t.annotated)).toBe(true);
  });

  test('a short period holds them all too', () => {
    const history = createBackfillHistory({
      deployments: 30,
      from: '2025-05-03T00:00:00Z',
      to: '2025-05-03T03:00:00Z',
    });
    const times = history.deployments.flatMap((d) => d.statuses.map((s) => s.createdAt)).sort();
    expect(history.deployments).toHaveLength(30);
    expect(times[0]! >= '2025-05-03T00:00:00Z' && times.at(-1)! < '2025-05-03T03:00:00Z').toBe(true);
  });
});
