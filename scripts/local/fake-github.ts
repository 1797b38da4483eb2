// A real HTTP server on 127.0.0.1 standing in for GitHub's REST API, as far as the report reads
// it: compare two commits, computed by git from real local repositories, with GitHub's answer
// shape, Link pagination, its token check and its rate-limit headers; told to misbehave, it answers
// as a broken GitHub or something in its place would.
import { execFile } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';

export const GITHUB_TOKEN = 'ghs_FakeGitHubToken0123456789abcdefABCDEF';

export interface FakeGitHubOptions {
  /** `owner/repo` → the path of a local git repository; any other repository is not found. */
  repositories: Record<string, string>;
  /** The token's hourly requests (1,000 for github.token), and how many are left at the start. */
  rateLimit?: { limit: number; remaining: number };
  /** Where the API lives on the server: `/api/v3` on GitHub Enterprise Server, none on api.github.com. */
  pathPrefix?: string;
}

export interface GitHubRequest {
  method: string;
  /** Without the prefix and the query. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
}

/** What to do with a request instead of answering it as GitHub would. */
export type GitHubMisbehaviour =
  /** This answer instead, before the token is checked (as a gateway or proxy would): `text` as is (give headers a content-type), else `body` as JSON. */
  | { status: number; body?: unknown; text?: string; headers?: Record<string, string> }
  /** GitHub's own answer, each commit listed passed through `alter` first. */
  | { alterCommits: (commit: Record<string, unknown>, index: number) => unknown };

export interface FakeGitHub {
  /** The API's base URL (GITHUB_API_URL). */
  url: string;
  requests: GitHubRequest[];
  /** From now on every answer is GitHub's rate-limit answer: 403 with no request left. */
  exhaustRateLimit(): void;
  /** From now on, each request the rule gives a misbehaviour gets it; undefined (the rule, or its answer) answers as GitHub. */
  misbehave(rule: ((request: GitHubRequest) => GitHubMisbehaviour | undefined) | undefined): void;
  close(): Promise<void>;
}

const SHA = /^[0-9a-f]{40}$/;
const git = promisify(execFile);

interface FakeCommit {
  sha: string;
  parents: string[];
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
  message: string;
}

/** `base..head` as GitHub's compare lists it: oldest first. Undefined if a commit is unknown. */
async function compareCommits(repository: string, base: string, head: string): Promise<FakeCommit[] | undefined> {
  for (const sha of [base, head]) {
    const known = await git('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: repository }).then(
      () => true,
      () => false,
    );
    if (!known) return undefined;
  }
  const format = `${['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%s'].join('%x1f')}%x1e`;
  const { stdout } = await git(
    'git',
    ['log', '--reverse', '--no-show-signature', `--format=${format}`, `${base}..${head}`],
    { cwd: repository, maxBuffer: 1 << 28 },
  );
  return stdout
    .split('\x1e')
    .map((record) => record.trim())
    .filter(Boolean)
    .map((record) => {
      const [sha = '', parents = '', an = '', ae = '', ad = '', cn = '', ce = '', cd = '', message = ''] =
        record.split('\x1f');
      return {
        sha,
        parents: parents.split(' ').filter(Boolean),
        author: { name: an, email: ae, date: ad },
        committer: { name: cn, email: ce, date: cd },
        message,
      };
    });
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const requests: GitHubRequest[] = [];
  const limit = options.rateLimit?.limit ?? 1000;
  let remaining = options.rateLimit?.remaining ?? limit;
  const reset = Math.floor(Date.now() / 1000) + 3600;
  const prefix = options.pathPrefix ?? '';
  const repositories = new Map(Object.entries(options.repositories).map(([name, dir]) => [name.toLowerCase(), dir]));
  // Pages of one comparison are computed once.
  const comparisons = new Map<string, Promise<FakeCommit[] | undefined>>();
  const comparison = (repository: string, from: string, to: string) => {
    const key = `${repository} ${from}..${to}`;
    if (!comparisons.has(key)) comparisons.set(key, compareCommits(repository, from, to));
    return comparisons.get(key);
  };
  let base = '';
  let misbehaviour: ((request: GitHubRequest) => GitHubMisbehaviour | undefined) | undefined;

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const rate = {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': String(limit - remaining),
      'x-ratelimit-resource': 'core',
    };
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...rate, ...headers });
    res.end(JSON.stringify(body));
  };
  const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };

  const answer = async (
    res: ServerResponse,
    method: string,
    path: string,
    query: URLSearchParams,
    headers: IncomingHttpHeaders,
    instead?: GitHubMisbehaviour,
  ) => {
    if (instead && 'status' in instead) {
      res.writeHead(instead.status, { 'content-type': 'application/json; charset=utf-8', ...instead.headers });
      return res.end(instead.text ?? JSON.stringify(instead.body ?? {}));
    }
    const token = /^(?:token|bearer) (.+)$/i.exec(headers.authorization ?? '')?.[1];
    if (token !== GITHUB_TOKEN)
      return send(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    if (remaining === 0) {
      return send(res, 403, {
        message: 'API rate limit exceeded for installation.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: '403',
      });
    }
    remaining--;
    if (method !== 'GET') return send(res, 404, notFound);
    const repo = /^\/repos\/([^/]+)\/([^/]+)(?:\/compare\/([^/]+))?$/.exec(path);
    const repository = repo
      ? repositories.get(`${decodeURIComponent(repo[1] ?? '')}/${decodeURIComponent(repo[2] ?? '')}`.toLowerCase())
      : undefined;
    if (!repo || !repository) return send(res, 404, notFound);
    if (repo[3] === undefined) return send(res, 200, { full_name: `${repo[1]}/${repo[2]}`, private: true });

    const [from = '', to = '', ...rest] = decodeURIComponent(repo[3]).split('...');
    if (rest.length || !SHA.test(from) || !SHA.test(to)) return send(res, 404, notFound);
    const commits = await comparison(repository, from, to);
    if (!commits) return send(res, 404, notFound);
    const behind = (await comparison(repository, to, from))?.length ?? 0;

    // Without paging parameters GitHub lists the newest 250; with them, pages of per_page (at most 100), oldest first.
    const paged = query.has('per_page') || query.has('page');
    const perPage = paged ? Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30)) : 250;
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const pages = Math.max(1, Math.ceil(commits.length / perPage));
    const shown = paged ? commits.slice((page - 1) * perPage, page * perPage) : commits.slice(-250);
    const link = (n: number) => `<${base}${path}?per_page=${perPage}&page=${n}>`;
    const links = paged
      ? [
          page < pages && `${link(page + 1)}; rel="next"`,
          page < pages && `${link(pages)}; rel="last"`,
          page > 1 && `${link(1)}; rel="first"`,
          page > 1 && `${link(page - 1)}; rel="prev"`,
        ].filter(Boolean)
      : [];
    const status = commits.length && behind ? 'diverged' : commits.length ? 'ahead' : behind ? 'behind' : 'identical';
    send(
      res,
      200,
      {
        status,
        ahead_by: commits.length,
        behind_by: behind,
        total_commits: commits.length,
        commits: shown
          .map((c) => ({
            sha: c.sha,
            commit: { author: c.author, committer: c.committer, message: c.message },
            parents: c.parents.map((sha) => ({ sha })),
          }))
          .map((commit, index) =>
            instead && 'alterCommits' in instead ? instead.alterCommits(commit, index) : commit,
          ),
        files: [],
      },
      links.length ? { link: links.join(', ') } : {},
    );
  };

  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
      const request = { method, path, query: Object.fromEntries(url.searchParams), headers: req.headers };
      requests.push(request);
      answer(res, method, path, url.searchParams, req.headers, misbehaviour?.(request)).catch((error: Error) =>
        send(res, 500, { message: error.message }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}${prefix}`;

  return {
    url: base,
    requests,
    exhaustRateLimit: () => {
      remaining = 0;
    },
    misbehave: (rule) => {
      misbehaviour = rule;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
