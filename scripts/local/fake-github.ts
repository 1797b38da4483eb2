// A real HTTP server on 127.0.0.1 standing in for GitHub's APIs, as far as the action reads them:
// REST's compare of two commits (computed by git from real local repositories) and, for backfill,
// Actions' workflows, workflow runs (with their attempts) and jobs; GraphQL's repository,
// deployments with their statuses, environments and tags, from histories it is given. GitHub's
// answer shapes, Link pagination, the 1,000-result cap of a filtered runs search, its token check,
// the token's permissions, rate limits per resource (core, graphql) and their headers; told to
// misbehave, it answers as a broken GitHub or something in its place would.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';

export const GITHUB_TOKEN = 'ghs_FakeGitHubToken0123456789abcdefABCDEF';

/** A deployment status's state, as REST spells it (GraphQL answers it upper-cased: `IN_PROGRESS`). */
export type FakeDeploymentStatusState =
  | 'error'
  | 'failure'
  | 'inactive'
  | 'in_progress'
  | 'queued'
  | 'pending'
  | 'success'
  | 'waiting';

export interface FakeDeploymentStatus {
  state: FakeDeploymentStatusState;
  /** ISO 8601; answered to the second, as GitHub does (`2025-03-04T10:00:00Z`). */
  createdAt: string;
  /** The run's job for a deployment GitHub Actions made (`https://github.com/o/r/actions/runs/1/job/2`). */
  logUrl?: string | null;
  environmentUrl?: string | null;
  description?: string;
}

export interface FakeDeployment {
  /** GitHub's numeric id (REST's `id`, GraphQL's `databaseId`). */
  databaseId: number;
  createdAt: string;
  /** The environment's name, e.g. `production`. */
  environment: string;
  /** 40 hex characters. */
  commitOid: string;
  /** The branch or tag deployed; `main` by default. */
  ref?: string;
  /** `deploy` by default. */
  task?: string;
  description?: string;
  /** The creator's login; `github-actions[bot]` by default. */
  creator?: string;
  /** Oldest first, as they were created (none: a deployment nobody reported on). */
  statuses: FakeDeploymentStatus[];
}

export interface FakeWorkflow {
  id: number;
  name: string;
  /** `.github/workflows/deploy.yml`: the file name (`deploy.yml`) finds it too. */
  path: string;
  state?: 'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually';
  createdAt?: string;
}

export type FakeConclusion =
  | 'action_required'
  | 'cancelled'
  | 'failure'
  | 'neutral'
  | 'skipped'
  | 'stale'
  | 'success'
  | 'timed_out';
export type FakeRunStatus = 'completed' | 'in_progress' | 'pending' | 'queued' | 'requested' | 'waiting';

export interface FakeJob {
  /** Unique across runs and attempts (each attempt's jobs have ids of their own). */
  id: number;
  /** A matrix leg is named with its values: `deploy (eu)`. */
  name: string;
  /** `completed` when it has a conclusion, else `in_progress`. */
  status?: FakeRunStatus;
  conclusion: FakeConclusion | null;
  startedAt: string;
  completedAt: string | null;
  /** When it was queued; `startedAt` by default. */
  createdAt?: string;
  labels?: string[];
}

export interface FakeRunAttempt {
  /** `run_started_at`: when this attempt started. */
  startedAt: string;
  /** `updated_at`; by default the last job's completion, else `startedAt`. */
  updatedAt?: string;
  /** `completed` when it has a conclusion, else `in_progress`. */
  status?: FakeRunStatus;
  conclusion: FakeConclusion | null;
  jobs: FakeJob[];
}

export interface FakeWorkflowRun {
  id: number;
  /** The id of one of the repository's `workflows`. */
  workflowId: number;
  /** Per workflow; by default its place among the workflow's runs by creation (1 for the first). */
  runNumber?: number;
  headSha: string;
  /** `main` by default. */
  headBranch?: string;
  /** `push` by default. */
  event?: string;
  /** When the run was created (attempt 1); `created` filters on it. */
  createdAt: string;
  /** Attempt 1 first; the list shows the run with its last one. */
  attempts: FakeRunAttempt[];
  /** `octocat` by default. */
  actor?: string;
  displayTitle?: string;
}

export interface FakeTag {
  /** Without `refs/tags/`. */
  name: string;
  /** The commit it points to, at last. */
  commit: string;
  /** When that commit was made (Commit.committedDate; `refs` ordered by TAG_COMMIT_DATE). */
  committedAt?: string;
  /** An annotated tag: its own object between the ref and the commit. Lightweight without. */
  annotated?: { oid: string; message?: string; taggedAt?: string; tagger?: string };
}

/** A repository the stand-in knows; every part is optional. */
export interface FakeRepository {
  /** A local git repository that answers the compare API. */
  git?: string;
  /** GitHub's numeric id; by default one derived from the name (stable from run to run). */
  databaseId?: number;
  /** `main` by default. */
  defaultBranch?: string;
  deployments?: FakeDeployment[];
  /** The repository's environments; by default those its deployments name. */
  environments?: string[];
  workflows?: FakeWorkflow[];
  runs?: FakeWorkflowRun[];
  tags?: FakeTag[];
}

/** What the token may read, GitHub App permissions of GITHUB_TOKEN; everything by default. */
export interface FakePermissions {
  /** Workflows, runs, jobs (REST) and environments (GraphQL). */
  actions?: boolean;
  /** GraphQL's Repository.deployments. */
  deployments?: boolean;
  /** The compare API and GraphQL's refs (tags). */
  contents?: boolean;
}

export type RateLimitResource = 'core' | 'graphql';
/** A token's budget for one resource: requests (core) or points (graphql) an hour. */
export interface RateLimitBudget {
  limit: number;
  /** What is left at the start; `limit` by default. */
  remaining?: number;
  /** When the budget is whole again, in epoch seconds; by default an hour after start, then every hour. */
  reset?: number;
}

export interface FakeGitHubOptions {
  /** `owner/repo` → a local git repository's path (the compare API only), or what the repository holds. Others are not found. */
  repositories: Record<string, string | FakeRepository>;
  /** The token's core budget (1,000 requests an hour for github.token): `rateLimits.core` by its older name. */
  rateLimit?: { limit: number; remaining: number };
  /** Budgets per resource; 1,000 each by default (GITHUB_TOKEN's). Each GraphQL query costs 1 point. */
  rateLimits?: Partial<Record<RateLimitResource, RateLimitBudget>>;
  /** What the token may read; everything by default. */
  permissions?: FakePermissions;
  /** Where the API lives on the server: `/api/v3` on GitHub Enterprise Server (GraphQL then at `/api/graphql`), none on api.github.com. */
  pathPrefix?: string;
  /** The web host in html_url and log URLs; `https://github.com` by default. */
  serverUrl?: string;
  /** The stand-in's now, in ms (rate-limit resets follow it); Date.now by default. */
  clock?: () => number;
  /** The order of Deployment.statuses; oldest first by default. Clients should not depend on it. */
  deploymentStatusOrder?: 'oldest-first' | 'newest-first';
  /**
   * A spent GraphQL budget's answer (HTTP 200 both): `RATE_LIMITED` ("API rate limit exceeded for
   * installation ID …", the documented one, by default) or `RATE_LIMIT` (code graphql_rate_limit,
   * "API rate limit already exceeded for …", seen since 2025).
   */
  graphqlRateLimitType?: 'RATE_LIMITED' | 'RATE_LIMIT';
  /** A spent core budget's status: 403 (by default) or 429, both GitHub's. */
  rateLimitStatus?: 403 | 429;
}

export interface GitHubRequest {
  method: string;
  /** Without the prefix and the query; `/graphql` for GraphQL, wherever it is served. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The body as sent, if any. */
  body?: string;
  /** A GraphQL request's query, variables and operation name, as sent; `operation` as parsed (undefined if it does not parse). */
  graphql?: {
    query: string;
    variables: Record<string, unknown>;
    operationName?: string;
    operation?: 'query' | 'mutation' | 'subscription';
  };
}

/** What to do with a request instead of answering it as GitHub would. */
export type GitHubMisbehaviour =
  /** This answer instead, before the token is checked (as a gateway or proxy would): `text` as is (give headers a content-type), else `body` as JSON. */
  | { status: number; body?: unknown; text?: string; headers?: Record<string, string> }
  /** GitHub's own answer, each commit listed passed through `alter` first. */
  | { alterCommits: (commit: Record<string, unknown>, index: number) => unknown }
  /** GitHub's own answer (REST or GraphQL, whatever its status), its JSON body passed through `alter` first. */
  | { alterBody: (body: any) => unknown }
  /**
   * GitHub's secondary rate limit, after the token check, with the usual rate-limit headers
   * (remaining not 0, nothing charged): 403 by default or 429, `retry-after` if given (seconds).
   */
  | { secondaryRateLimit: { status?: 403 | 429; retryAfter?: number } }
  /** No answer at all: the connection stays open until the client gives up or the stand-in closes. */
  | { hang: true };

export interface RateLimitState {
  limit: number;
  remaining: number;
  used: number;
  /** Epoch seconds. */
  reset: number;
}

export interface FakeGitHub {
  /** The REST API's base URL (GITHUB_API_URL). */
  url: string;
  /** The GraphQL endpoint (GITHUB_GRAPHQL_URL): `{url}/graphql`, or `/api/graphql` under `/api/v3`. */
  graphqlUrl: string;
  requests: GitHubRequest[];
  /** Requests that would change something on GitHub: anything but GET/HEAD on REST, and GraphQL mutations (whatever the stand-in answered). */
  writes(): GitHubRequest[];
  /** Each resource's budget now. */
  rateLimits(): Record<RateLimitResource, RateLimitState>;
  /** Sets a resource's budget from now on. */
  setRateLimit(resource: RateLimitResource, budget: RateLimitBudget): void;
  /** Spends a resource's budget (without one: every resource's) until its reset: every answer is then GitHub's rate-limit answer. */
  exhaustRateLimit(resource?: RateLimitResource): void;
  /** The token's permissions from now on (those left out: granted). */
  setPermissions(permissions: FakePermissions): void;
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

// ---------------------------------------------------------------------------------------------
// GraphQL. The stand-in cannot hold GitHub's schema, but it parses what a client sends (the
// language's whole grammar: operations, variables, aliases, fragments, @skip/@include), checks it
// against the part of GitHub's schema it knows as GitHub validates (unknown fields and arguments,
// missing or unused variables), and answers the fields asked, in GitHub's shapes, errors included.
// ---------------------------------------------------------------------------------------------

interface GqlLocation {
  line: number;
  column: number;
}
type GqlValue =
  | { kind: 'Variable'; name: string; loc: GqlLocation }
  | { kind: 'Literal'; value: unknown }
  | { kind: 'List'; values: GqlValue[] }
  | { kind: 'Object'; fields: [string, GqlValue][] };
interface GqlDirective {
  name: string;
  args: Map<string, GqlValue>;
}
interface GqlField {
  kind: 'Field';
  alias?: string;
  name: string;
  args: Map<string, GqlValue>;
  directives: GqlDirective[];
  selections?: GqlSelection[];
  loc: GqlLocation;
}
interface GqlInlineFragment {
  kind: 'InlineFragment';
  on?: string;
  directives: GqlDirective[];
  selections: GqlSelection[];
  loc: GqlLocation;
}
interface GqlSpread {
  kind: 'Spread';
  name: string;
  directives: GqlDirective[];
  loc: GqlLocation;
}
type GqlSelection = GqlField | GqlInlineFragment | GqlSpread;
interface GqlOperation {
  operation: 'query' | 'mutation' | 'subscription';
  name?: string;
  variables: { name: string; type: string; defaultValue?: GqlValue; loc: GqlLocation }[];
  selections: GqlSelection[];
  loc: GqlLocation;
}
interface GqlDocument {
  operations: GqlOperation[];
  fragments: Map<string, { on: string; selections: GqlSelection[]; loc: GqlLocation }>;
}
/** One entry of a GraphQL answer's `errors`, keys in GitHub's order. */
export interface GraphQLError {
  type?: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
  locations?: GqlLocation[];
  message: string;
  [key: string]: unknown;
}

class GqlSyntaxError extends Error {
  loc?: GqlLocation;
  constructor(message: string, loc?: GqlLocation) {
    super(message);
    this.loc = loc;
  }
}

interface Token {
  kind: string;
  value: string;
  line: number;
  column: number;
}
const PUNCTUATORS: Record<string, string> = {
  '{': 'LCURLY',
  '}': 'RCURLY',
  '(': 'LPAREN',
  ')': 'RPAREN',
  '[': 'LBRACKET',
  ']': 'RBRACKET',
  ':': 'COLON',
  '!': 'BANG',
  $: 'VAR_SIGN',
  '=': 'EQUALS',
  '@': 'DIR_SIGN',
  '|': 'PIPE',
  '&': 'AMP',
};
const NAME = /[_A-Za-z][_0-9A-Za-z]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const STRING = /"(?:[^"\\\n]|\\.)*"/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const take = (pattern: RegExp) => {
    pattern.lastIndex = i;
    return pattern.exec(source);
  };
  while (i < source.length) {
    const c = source[i] ?? '';
    if (c === '\n') {
      line++;
      lineStart = ++i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === ',' || c === '\ufeff') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    const at = { line, column: i - lineStart + 1 };
    let match: RegExpExecArray | null;
    if (source.startsWith('...', i)) {
      tokens.push({ kind: 'ELLIPSIS', value: '...', ...at });
      i += 3;
    } else if (PUNCTUATORS[c]) {
      tokens.push({ kind: PUNCTUATORS[c], value: c, ...at });
      i++;
    } else if ((match = take(NAME))) {
      tokens.push({ kind: 'IDENTIFIER', value: match[0], ...at });
      i += match[0].length;
    } else if ((match = take(NUMBER))) {
      tokens.push({ kind: match[1] || match[2] ? 'FLOAT' : 'INT', value: match[0], ...at });
      i += match[0].length;
    } else if (source.startsWith('"""', i)) {
      const end = source.indexOf('"""', i + 3);
      if (end < 0) throw new GqlSyntaxError('Unexpected end of document');
      const raw = source.slice(i + 3, end);
      const lines = raw.split('\n');
      const indent = Math.min(
        ...lines
          .slice(1)
          .filter((l) => l.trim())
          .map((l) => l.length - l.trimStart().length),
      );
      const value = lines
        .map((l, n) => (n && Number.isFinite(indent) ? l.slice(indent) : l))
        .join('\n')
        .replace(/^\s*\n|\n\s*$/g, '');
      tokens.push({ kind: 'STRING', value, ...at });
      line += lines.length - 1;
      i = end + 3;
      if (lines.length > 1) lineStart = i - (lines.at(-1)?.length ?? 0) - 3;
    } else if ((match = take(STRING))) {
      tokens.push({ kind: 'STRING', value: JSON.parse(match[0]) as string, ...at });
      i += match[0].length;
    } else {
      throw new GqlSyntaxError(`Parse error on "${c}" (error) at [${at.line}, ${at.column}]`, at);
    }
  }
  tokens.push({ kind: 'EOF', value: '', line, column: i - lineStart + 1 });
  return tokens;
}

class GqlParser {
  #tokens: Token[];
  #at = 0;
  constructor(source: string) {
    this.#tokens = tokenize(source);
  }
  #peek(): Token {
    return this.#tokens[this.#at] as Token;
  }
  #next(): Token {
    return this.#tokens[this.#at++] as Token;
  }
  #fail(token: Token): never {
    if (token.kind === 'EOF') throw new GqlSyntaxError('Unexpected end of document');
    const shown = token.kind === 'STRING' ? JSON.stringify(token.value) : `"${token.value}"`;
    const loc = { line: token.line, column: token.column };
    throw new GqlSyntaxError(`Parse error on ${shown} (${token.kind}) at [${loc.line}, ${loc.column}]`, loc);
  }
  #expect(kind: string, value?: string): Token {
    const token = this.#next();
    if (token.kind !== kind || (value !== undefined && token.value !== value)) this.#fail(token);
    return token;
  }
  #is(kind: string, value?: string): boolean {
    const token = this.#peek();
    return token.kind === kind && (value === undefined || token.value === value);
  }
  #loc(token: Token): GqlLocation {
    return { line: token.line, column: token.column };
  }

  document(): GqlDocument {
    const document: GqlDocument = { operations: [], fragments: new Map() };
    if (this.#is('EOF')) this.#fail(this.#peek());
    while (!this.#is('EOF')) {
      const token = this.#peek();
      if (token.kind === 'LCURLY') {
        document.operations.push({
          operation: 'query',
          variables: [],
          selections: this.#selectionSet(),
          loc: this.#loc(token),
        });
      } else if (token.kind === 'IDENTIFIER' && ['query', 'mutation', 'subscription'].includes(token.value)) {
        this.#next();
        const name = this.#is('IDENTIFIER') ? this.#next().value : undefined;
        const variables: GqlOperation['variables'] = [];
        if (this.#is('LPAREN')) {
          this.#next();
          while (!this.#is('RPAREN')) {
            const at = this.#expect('VAR_SIGN');
            const variable = this.#expect('IDENTIFIER').value;
            this.#expect('COLON');
            const type = this.#type();
            const defaultValue = this.#is('EQUALS') ? (this.#next(), this.#value()) : undefined;
            this.#directives();
            variables.push({ name: variable, type, defaultValue, loc: this.#loc(at) });
          }
          this.#next();
        }
        this.#directives();
        document.operations.push({
          operation: token.value as GqlOperation['operation'],
          name,
          variables,
          selections: this.#selectionSet(),
          loc: this.#loc(token),
        });
      } else if (token.kind === 'IDENTIFIER' && token.value === 'fragment') {
        this.#next();
        const name = this.#expect('IDENTIFIER').value;
        this.#expect('IDENTIFIER', 'on');
        const on = this.#expect('IDENTIFIER').value;
        this.#directives();
        document.fragments.set(name, { on, selections: this.#selectionSet(), loc: this.#loc(token) });
      } else {
        this.#fail(token);
      }
    }
    return document;
  }
  #type(): string {
    let type: string;
    if (this.#is('LBRACKET')) {
      this.#next();
      type = `[${this.#type()}]`;
      this.#expect('RBRACKET');
    } else {
      type = this.#expect('IDENTIFIER').value;
    }
    if (this.#is('BANG')) {
      this.#next();
      type += '!';
    }
    return type;
  }
  #selectionSet(): GqlSelection[] {
    this.#expect('LCURLY');
    const selections: GqlSelection[] = [];
    do selections.push(this.#selection());
    while (!this.#is('RCURLY'));
    this.#next();
    return selections;
  }
  #selection(): GqlSelection {
    const token = this.#peek();
    if (token.kind === 'ELLIPSIS') {
      this.#next();
      if (this.#is('IDENTIFIER', 'on')) {
        this.#next();
        const on = this.#expect('IDENTIFIER').value;
        const directives = this.#directives();
        return { kind: 'InlineFragment', on, directives, selections: this.#selectionSet(), loc: this.#loc(token) };
      }
      if (this.#is('LCURLY') || this.#is('DIR_SIGN')) {
        const directives = this.#directives();
        return { kind: 'InlineFragment', directives, selections: this.#selectionSet(), loc: this.#loc(token) };
      }
      const name = this.#expect('IDENTIFIER').value;
      return { kind: 'Spread', name, directives: this.#directives(), loc: this.#loc(token) };
    }
    const first = this.#expect('IDENTIFIER');
    let alias: string | undefined;
    let name = first.value;
    if (this.#is('COLON')) {
      this.#next();
      alias = first.value;
      name = this.#expect('IDENTIFIER').value;
    }
    const args = this.#arguments();
    const directives = this.#directives();
    const selections = this.#is('LCURLY') ? this.#selectionSet() : undefined;
    return { kind: 'Field', alias, name, args, directives, selections, loc: this.#loc(first) };
  }
  #arguments(): Map<string, GqlValue> {
    const args = new Map<string, GqlValue>();
    if (!this.#is('LPAREN')) return args;
    this.#next();
    do {
      const name = this.#expect('IDENTIFIER').value;
      this.#expect('COLON');
      args.set(name, this.#value());
    } while (!this.#is('RPAREN'));
    this.#next();
    return args;
  }
  #directives(): GqlDirective[] {
    const directives: GqlDirective[] = [];
    while (this.#is('DIR_SIGN')) {
      this.#next();
      directives.push({ name: this.#expect('IDENTIFIER').value, args: this.#arguments() });
    }
    return directives;
  }
  #value(): GqlValue {
    const token = this.#next();
    switch (token.kind) {
      case 'VAR_SIGN':
        return { kind: 'Variable', name: this.#expect('IDENTIFIER').value, loc: this.#loc(token) };
      case 'INT':
      case 'FLOAT':
        return { kind: 'Literal', value: Number(token.value) };
      case 'STRING':
        return { kind: 'Literal', value: token.value };
      case 'IDENTIFIER':
        return {
          kind: 'Literal',
          value:
            token.value === 'true'
              ? true
              : token.value === 'false'
                ? false
                : token.value === 'null'
                  ? null
                  : token.value,
        };
      case 'LBRACKET': {
        const values: GqlValue[] = [];
        while (!this.#is('RBRACKET')) values.push(this.#value());
        this.#next();
        return { kind: 'List', values };
      }
      case 'LCURLY': {
        const fields: [string, GqlValue][] = [];
        while (!this.#is('RCURLY')) {
          const name = this.#expect('IDENTIFIER').value;
          this.#expect('COLON');
          fields.push([name, this.#value()]);
        }
        this.#next();
        return { kind: 'Object', fields };
      }
      default:
        return this.#fail(token);
    }
  }
}

/** A field's failure while answering: its value is null and the answer's `errors` says why. */
class GqlFieldError extends Error {
  type: string;
  extensions?: Record<string, unknown>;
  constructor(type: string, message: string, extensions?: Record<string, unknown>) {
    super(message);
    this.type = type;
    this.extensions = extensions;
  }
}

interface GqlFieldDef<C> {
  /** As GraphQL prints it: `Int`, `String!`, `[Deployment]`, `DeploymentConnection!`. */
  type: string;
  /** Argument name → type; a `!` type is required. */
  args?: Record<string, string>;
  resolve: (parent: any, args: Record<string, any>, context: C) => unknown;
}
interface GqlTypeDef<C> {
  fields: Record<string, GqlFieldDef<C>>;
  /** Interfaces it implements (fragments on them apply to it). */
  implements?: string[];
  /** For an interface: the concrete type of a value. */
  resolveType?: (value: any) => string;
}
type GqlSchema<C> = Record<string, GqlTypeDef<C>>;

const namedType = (type: string) => type.replace(/[[\]!]/g, '');

function literalOf(value: GqlValue, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case 'Variable':
      return variables[value.name] ?? null;
    case 'Literal':
      return value.value;
    case 'List':
      return value.values.map((v) => literalOf(v, variables));
    case 'Object':
      return Object.fromEntries(value.fields.map(([k, v]) => [k, literalOf(v, variables)]));
  }
}

function variablesIn(value: GqlValue, into: GqlValue[]): GqlValue[] {
  if (value.kind === 'Variable') into.push(value);
  else if (value.kind === 'List') for (const v of value.values) variablesIn(v, into);
  else if (value.kind === 'Object') for (const [, v] of value.fields) variablesIn(v, into);
  return into;
}

/** Coerces a variable's value to its declared type; a string saying why not, if it cannot. */
function coercionProblem(type: string, value: unknown): string | undefined {
  if (value === null || value === undefined) return type.endsWith('!') ? 'Expected value to not be null' : undefined;
  const inner = type.replace(/!$/, '');
  if (inner.startsWith('[')) {
    const item = inner.slice(1, -1);
    for (const v of Array.isArray(value) ? value : [value]) {
      const problem = coercionProblem(item, v);
      if (problem) return problem;
    }
    return undefined;
  }
  const ok =
    inner === 'Int'
      ? Number.isInteger(value)
      : inner === 'Float'
        ? typeof value === 'number'
        : inner === 'Boolean'
          ? typeof value === 'boolean'
          : ['String', 'ID', 'DateTime', 'URI', 'GitObjectID'].includes(inner)
            ? typeof value === 'string' || (inner === 'ID' && Number.isInteger(value))
            : true;
  return ok ? undefined : `Could not coerce value ${JSON.stringify(value)} to ${inner}`;
}

/**
 * Answers a GraphQL request as GitHub does: `{ errors }` alone when the document does not parse
 * or validate; else `{ data }`, with `errors` for the fields that failed (their value null).
 */
function executeGraphQL<C>(
  schema: GqlSchema<C>,
  context: C,
  query: string,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): { data?: unknown; errors?: GraphQLError[] } {
  let document: GqlDocument;
  try {
    document = new GqlParser(query).document();
  } catch (error) {
    if (!(error instanceof GqlSyntaxError)) throw error;
    return { errors: [{ message: error.message, ...(error.loc ? { locations: [error.loc] } : {}) }] };
  }
  const operation = operationName
    ? document.operations.find((o) => o.name === operationName)
    : document.operations.length === 1
      ? document.operations[0]
      : undefined;
  if (!operation) {
    const message = operationName
      ? `No operation named "${operationName}"`
      : document.operations.length
        ? 'An operation name is required'
        : 'Document must contain at least one operation';
    return { errors: [{ message }] };
  }

  // Validation, before anything is answered.
  const errors: GraphQLError[] = [];
  const opLabel = `${operation.operation}${operation.name ? ` ${operation.name}` : ''}`;
  const opName = operation.name ?? `anonymous ${operation.operation}`;
  const declared = new Map(operation.variables.map((v) => [v.name, v]));
  const used = new Set<string>();
  const root =
    operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
  const visiting = new Set<string>();
  const validate = (typeName: string, selections: GqlSelection[], path: (string | number)[]) => {
    for (const selection of selections) {
      for (const directive of selection.directives)
        for (const value of directive.args.values())
          for (const v of variablesIn(value, [])) if (v.kind === 'Variable') used.add(v.name);
      if (selection.kind === 'Spread') {
        const fragment = document.fragments.get(selection.name);
        if (!fragment) {
          errors.push({
            path: [...path, `... ${selection.name}`],
            extensions: { code: 'undefinedFragment', fragmentName: selection.name },
            locations: [selection.loc],
            message: `Fragment ${selection.name} was used, but not defined`,
          });
        } else if (!visiting.has(selection.name)) {
          visiting.add(selection.name);
          validate(fragment.on, fragment.selections, [...path, `... ${selection.name}`]);
          visiting.delete(selection.name);
        }
        continue;
      }
      if (selection.kind === 'InlineFragment') {
        const on = selection.on ?? typeName;
        if (!schema[on]) {
          errors.push({
            path: [...path, `... on ${on}`],
            extensions: { code: 'undefinedType', typeName: on },
            locations: [selection.loc],
            message: `No such type ${on}, so it can't be a fragment condition`,
          });
        } else {
          validate(on, selection.selections, [...path, `... on ${on}`]);
        }
        continue;
      }
      const fieldPath = [...path, selection.alias ?? selection.name];
      for (const value of selection.args.values())
        for (const v of variablesIn(value, [])) {
          if (v.kind !== 'Variable') continue;
          used.add(v.name);
          if (!declared.has(v.name))
            errors.push({
              path: fieldPath,
              extensions: { code: 'variableNotDefined', variableName: v.name },
              locations: [v.loc],
              message: `Variable $${v.name} is used by ${opName} but not declared`,
            });
        }
      if (selection.name === '__typename') continue;
      const def = schema[typeName]?.fields[selection.name];
      if (!def) {
        errors.push({
          path: fieldPath,
          extensions: { code: 'undefinedField', typeName, fieldName: selection.name },
          locations: [selection.loc],
          message: `Field '${selection.name}' doesn't exist on type '${typeName}'`,
        });
        continue;
      }
      for (const arg of selection.args.keys())
        if (!def.args?.[arg])
          errors.push({
            path: [...fieldPath, arg],
            extensions: { code: 'argumentNotAccepted', name: selection.name, typeName: 'Field', argumentName: arg },
            locations: [selection.loc],
            message: `Field '${selection.name}' doesn't accept argument '${arg}'`,
          });
      const missing = Object.entries(def.args ?? {})
        .filter(([name, type]) => type.endsWith('!') && !selection.args.has(name))
        .map(([name]) => name);
      if (missing.length)
        errors.push({
          path: fieldPath,
          extensions: {
            code: 'missingRequiredArguments',
            className: 'Field',
            name: selection.name,
            arguments: missing.join(', '),
          },
          locations: [selection.loc],
          message: `Field '${selection.name}' is missing required arguments: ${missing.join(', ')}`,
        });
      const type = namedType(def.type);
      if (schema[type] && !selection.selections) {
        errors.push({
          path: fieldPath,
          extensions: { code: 'selectionMismatch', nodeName: `field '${selection.name}'`, typeName: def.type },
          locations: [selection.loc],
          message: `Field must have selections (field '${selection.name}' returns ${def.type} but has no selections. Did you mean '${selection.name} { ... }'?)`,
        });
      } else if (!schema[type] && selection.selections) {
        errors.push({
          path: fieldPath,
          extensions: { code: 'selectionMismatch', nodeName: `field '${selection.name}'`, typeName: def.type },
          locations: [selection.loc],
          message: `Selections can't be made on scalars (field '${selection.name}' returns ${def.type} but has selections [${selection.selections
            .filter((s): s is GqlField => s.kind === 'Field')
            .map((s) => s.name)
            .join(', ')}])`,
        });
      } else if (selection.selections) {
        validate(type, selection.selections, fieldPath);
      }
    }
  };
  validate(root, operation.selections, [opLabel]);
  for (const variable of operation.variables)
    if (!used.has(variable.name))
      errors.push({
        path: [opLabel],
        extensions: { code: 'variableNotUsed', variableName: variable.name },
        locations: [variable.loc],
        message: `Variable $${variable.name} is declared by ${opName} but not used`,
      });
  if (errors.length) return { errors };

  const values: Record<string, unknown> = {};
  for (const variable of operation.variables) {
    const given = variables[variable.name];
    const value = given === undefined && variable.defaultValue ? literalOf(variable.defaultValue, {}) : (given ?? null);
    const problem = coercionProblem(variable.type, value);
    if (problem)
      errors.push({
        extensions: { value, problems: [{ path: [], explanation: problem }] },
        locations: [variable.loc],
        message: `Variable $${variable.name} of type ${variable.type} was provided invalid value`,
      });
    values[variable.name] = value;
  }
  if (errors.length) return { errors };

  // Execution.
  const included = (directives: GqlDirective[]) =>
    directives.every((d) => {
      const condition = literalOf(d.args.get('if') ?? { kind: 'Literal', value: true }, values);
      return d.name === 'skip' ? !condition : d.name === 'include' ? Boolean(condition) : true;
    });
  const applies = (on: string | undefined, typeName: string) =>
    !on || on === typeName || Boolean(schema[typeName]?.implements?.includes(on));
  const collect = (typeName: string, selections: GqlSelection[], into: Map<string, GqlField[]>) => {
    for (const selection of selections) {
      if (!included(selection.directives)) continue;
      if (selection.kind === 'Field') {
        const key = selection.alias ?? selection.name;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else if (selection.kind === 'InlineFragment') {
        if (applies(selection.on, typeName)) collect(typeName, selection.selections, into);
      } else {
        const fragment = document.fragments.get(selection.name);
        if (fragment && applies(fragment.on, typeName)) collect(typeName, fragment.selections, into);
      }
    }
    return into;
  };
  const complete = (type: string, value: unknown, fields: GqlField[], path: (string | number)[]): unknown => {
    if (value === null || value === undefined) return null;
    const inner = type.replace(/!$/, '');
    if (inner.startsWith('['))
      return (value as unknown[]).map((item, index) => complete(inner.slice(1, -1), item, fields, [...path, index]));
    const typeDef = schema[inner];
    if (!typeDef) return value;
    const concrete = typeDef.resolveType ? typeDef.resolveType(value) : inner;
    return select(
      concrete,
      value,
      fields.flatMap((f) => f.selections ?? []),
      path,
    );
  };
  const select = (typeName: string, parent: unknown, selections: GqlSelection[], path: (string | number)[]) => {
    const result: Record<string, unknown> = {};
    for (const [key, fields] of collect(typeName, selections, new Map())) {
      const field = fields[0] as GqlField;
      if (field.name === '__typename') {
        result[key] = typeName;
        continue;
      }
      const def = schema[typeName]?.fields[field.name];
      if (!def) continue; // a field of another type in an interface's fragment
      const args: Record<string, unknown> = {};
      for (const [name, value] of field.args) {
        const argType = def.args?.[name] ?? '';
        const v = literalOf(value, values);
        args[name] = argType.startsWith('[') && v !== null && !Array.isArray(v) ? [v] : v;
      }
      try {
        result[key] = complete(def.type, def.resolve(parent, args, context), fields, [...path, key]);
      } catch (error) {
        if (!(error instanceof GqlFieldError)) throw error;
        result[key] = null;
        errors.push({
          type: error.type,
          path: [...path, key],
          ...(error.extensions ? { extensions: error.extensions } : {}),
          locations: [field.loc],
          message: error.message,
        });
      }
    }
    return result;
  };
  const data = select(root, undefined, operation.selections, []);
  return errors.length ? { data, errors } : { data };
}

/** GitHub's cursors are opaque base64; these say `cursor:v2:` and the item's key, as GitHub's often do. */
const encodeCursor = (key: string) => Buffer.from(`cursor:v2:${key}`).toString('base64');
const decodeCursor = (cursor: string) => {
  const text = Buffer.from(cursor, 'base64').toString();
  return text.startsWith('cursor:v2:') ? text.slice('cursor:v2:'.length) : undefined;
};

interface GqlConnection<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}
const CONNECTION_ARGS = { first: 'Int', last: 'Int', after: 'String', before: 'String' };

/** A page of a connection, as GitHub pages one: `first` or `last` (at most 100), after or before a cursor. */
function paginate<T>(
  items: T[],
  keyOf: (item: T) => string,
  args: { first?: number | null; last?: number | null; after?: string | null; before?: string | null },
  connection: string,
): GqlConnection<T> {
  const { first, last, after, before } = args;
  if ((first === undefined || first === null) && (last === undefined || last === null))
    throw new GqlFieldError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${connection}\` connection.`,
    );
  for (const [name, n] of [
    ['first', first],
    ['last', last],
  ] as const)
    if (typeof n === 'number' && (n > 100 || n < 0))
      throw new GqlFieldError(
        'EXCESSIVE_PAGINATION',
        n < 0
          ? `\`${name}\` must be a non-negative integer`
          : `Requesting ${n} records on the \`${connection}\` connection exceeds the \`${name}\` limit of 100 records.`,
      );
  const indexOf = (cursor: string) => {
    const key = decodeCursor(cursor);
    const index = key === undefined ? -1 : items.findIndex((item) => keyOf(item) === key);
    if (index < 0)
      throw new GqlFieldError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`);
    return index;
  };
  let start = after ? indexOf(after) + 1 : 0;
  let end = before ? indexOf(before) : items.length;
  if (end < start) end = start;
  if (typeof first === 'number') end = Math.min(end, start + first);
  if (typeof last === 'number') start = Math.max(start, end - last);
  const nodes = items.slice(start, end);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    nodes,
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}

function connectionTypes<C>(node: string): GqlSchema<C> {
  return {
    [`${node}Connection`]: {
      fields: {
        nodes: { type: `[${node}]`, resolve: (c: GqlConnection<unknown>) => c.nodes },
        edges: { type: `[${node}Edge]`, resolve: (c: GqlConnection<unknown>) => c.edges },
        pageInfo: { type: 'PageInfo!', resolve: (c: GqlConnection<unknown>) => c.pageInfo },
        totalCount: { type: 'Int!', resolve: (c: GqlConnection<unknown>) => c.totalCount },
      },
    },
    [`${node}Edge`]: {
      fields: {
        cursor: { type: 'String!', resolve: (e: { cursor: string }) => e.cursor },
        node: { type: node, resolve: (e: { node: unknown }) => e.node },
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// What the stand-in holds, and GitHub's schema over it.
// ---------------------------------------------------------------------------------------------

interface RepoState {
  owner: string;
  name: string;
  fullName: string;
  id: number;
  git?: string;
  defaultBranch: string;
  /** Oldest first. */
  deployments: FakeDeployment[];
  environments: string[];
  workflows: FakeWorkflow[];
  /** Newest first, as the runs list answers. */
  runs: FakeWorkflowRun[];
  runNumbers: Map<number, number>;
  /** By name. */
  tags: FakeTag[];
}

/** The repository each deployment is in, and each status's key (for ids and cursors). */
const OWNER = new WeakMap<FakeDeployment, RepoState>();
const STATUS_KEY = new WeakMap<FakeDeploymentStatus, string>();

/** A repository's id when none is given: the same for the same name from run to run. */
export function repositoryIdOf(fullName: string): number {
  return 100_000_000 + (createHash('sha256').update(fullName.toLowerCase()).digest().readUInt32BE(0) % 900_000_000);
}

const nodeId = (prefix: string, id: number | string) =>
  `${prefix}_${Buffer.from(`0:${id}`).toString('base64url').replace(/=+$/, '')}`;
/** GitHub's timestamps: to the second, in UTC. */
const iso = (time: string) => new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
const byTime = (a: string, b: string) => Date.parse(a) - Date.parse(b);

function repoState(fullName: string, given: string | FakeRepository): RepoState {
  const data: FakeRepository = typeof given === 'string' ? { git: given } : given;
  const [owner = '', name = ''] = fullName.split('/');
  const deployments = [...(data.deployments ?? [])].sort(
    (a, b) => byTime(a.createdAt, b.createdAt) || a.databaseId - b.databaseId,
  );
  const runs = [...(data.runs ?? [])].sort((a, b) => byTime(b.createdAt, a.createdAt) || b.id - a.id);
  const runNumbers = new Map<number, number>();
  const counts = new Map<number, number>();
  for (const run of [...runs].reverse()) {
    const n = (counts.get(run.workflowId) ?? 0) + 1;
    counts.set(run.workflowId, n);
    runNumbers.set(run.id, run.runNumber ?? n);
  }
  const jobIds = new Set<number>();
  for (const run of runs) {
    if (!run.attempts.length) throw new Error(`run ${run.id} has no attempt`);
    if (!data.workflows?.some((w) => w.id === run.workflowId))
      throw new Error(`run ${run.id}'s workflow ${run.workflowId} is not among ${fullName}'s workflows`);
    for (const job of run.attempts.flatMap((a) => a.jobs)) {
      if (jobIds.has(job.id)) throw new Error(`job id ${job.id} is used twice in ${fullName}`);
      jobIds.add(job.id);
    }
  }
  if (new Set(runs.map((r) => r.id)).size !== runs.length) throw new Error(`a run id is used twice in ${fullName}`);
  if (new Set(deployments.map((d) => d.databaseId)).size !== deployments.length)
    throw new Error(`a deployment id is used twice in ${fullName}`);
  const state: RepoState = {
    owner,
    name,
    fullName,
    id: data.databaseId ?? repositoryIdOf(fullName),
    git: data.git,
    defaultBranch: data.defaultBranch ?? 'main',
    deployments,
    environments: data.environments ?? [...new Set(deployments.map((d) => d.environment))].sort(),
    workflows: [...(data.workflows ?? [])].sort((a, b) => a.id - b.id),
    runs,
    runNumbers,
    tags: [...(data.tags ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
  for (const deployment of deployments) {
    OWNER.set(deployment, state);
    deployment.statuses.forEach((status, i) => {
      STATUS_KEY.set(status, `${deployment.databaseId}:${i}`);
    });
  }
  return state;
}

interface SchemaContext {
  repository(owner: string, name: string): RepoState | undefined;
  permissions: Required<FakePermissions>;
  serverUrl: string;
  statusOrder: 'oldest-first' | 'newest-first';
  /** The GraphQL budget once this query is charged. */
  rate: RateLimitState & { cost: number };
}

const forbidden = () =>
  new GqlFieldError('FORBIDDEN', 'Resource not accessible by integration', { saml_failure: false });
const need = (context: SchemaContext, permission: keyof FakePermissions) => {
  if (!context.permissions[permission]) throw forbidden();
};
const order = (value: unknown) => value as { field?: string; direction?: 'ASC' | 'DESC' } | null | undefined;
const statusState = (status: FakeDeploymentStatus) => status.state.toUpperCase();
const latestStatus = (d: FakeDeployment) => [...d.statuses].sort((a, b) => byTime(a.createdAt, b.createdAt)).at(-1);
const DEPLOYMENT_STATES: Record<FakeDeploymentStatusState, string> = {
  success: 'ACTIVE',
  inactive: 'INACTIVE',
  failure: 'FAILURE',
  error: 'ERROR',
  pending: 'PENDING',
  in_progress: 'IN_PROGRESS',
  queued: 'QUEUED',
  waiting: 'WAITING',
};
interface GitObjectValue {
  __typename: 'Commit' | 'Tag';
  oid: string;
  repo: RepoState;
  committedDate?: string;
  tag?: FakeTag;
}
const commitObject = (repo: RepoState, oid: string, committedDate?: string): GitObjectValue => ({
  __typename: 'Commit',
  oid,
  repo,
  committedDate,
});
const refTarget = (repo: RepoState, tag: FakeTag): GitObjectValue =>
  tag.annotated
    ? { __typename: 'Tag', oid: tag.annotated.oid, repo, tag }
    : commitObject(repo, tag.commit, tag.committedAt);
const actor = (login: string) => ({ login });
const gitObjectFields = {
  oid: { type: 'GitObjectID!', resolve: (o: GitObjectValue) => o.oid },
  abbreviatedOid: { type: 'String!', resolve: (o: GitObjectValue) => o.oid.slice(0, 7) },
  id: { type: 'ID!', resolve: (o: GitObjectValue) => nodeId(o.__typename === 'Tag' ? 'TAG' : 'C', o.oid) },
  commitResourcePath: {
    type: 'URI!',
    resolve: (o: GitObjectValue) =>
      `/${o.repo.fullName}/${o.__typename === 'Tag' ? 'releases/tag' : 'commit'}/${o.oid}`,
  },
  commitUrl: {
    type: 'URI!',
    resolve: (o: GitObjectValue, _: unknown, c: SchemaContext) => `${c.serverUrl}/${o.repo.fullName}/commit/${o.oid}`,
  },
};

const GITHUB_SCHEMA: GqlSchema<SchemaContext> = {
  Query: {
    fields: {
      repository: {
        type: 'Repository',
        args: { owner: 'String!', name: 'String!', followRenames: 'Boolean' },
        resolve: (_, { owner, name }, c) => {
          const repo = c.repository(String(owner), String(name));
          if (!repo)
            throw new GqlFieldError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
          return repo;
        },
      },
      rateLimit: { type: 'RateLimit', args: { dryRun: 'Boolean' }, resolve: (_, __, c) => c.rate },
    },
  },
  Mutation: { fields: {} },
  Subscription: { fields: {} },
  RateLimit: {
    fields: {
      cost: { type: 'Int!', resolve: (r) => r.cost },
      limit: { type: 'Int!', resolve: (r) => r.limit },
      nodeCount: { type: 'Int!', resolve: () => 0 },
      remaining: { type: 'Int!', resolve: (r) => r.remaining },
      used: { type: 'Int!', resolve: (r) => r.used },
      resetAt: { type: 'DateTime!', resolve: (r) => iso(new Date(r.reset * 1000).toISOString()) },
    },
  },
  Repository: {
    implements: ['Node'],
    fields: {
      id: { type: 'ID!', resolve: (r: RepoState) => nodeId('R', r.id) },
      databaseId: { type: 'Int', resolve: (r: RepoState) => r.id },
      name: { type: 'String!', resolve: (r: RepoState) => r.name },
      nameWithOwner: { type: 'String!', resolve: (r: RepoState) => r.fullName },
      url: { type: 'URI!', resolve: (r: RepoState, _, c) => `${c.serverUrl}/${r.fullName}` },
      isPrivate: { type: 'Boolean!', resolve: () => true },
      owner: { type: 'RepositoryOwner!', resolve: (r: RepoState) => actor(r.owner) },
      defaultBranchRef: {
        type: 'Ref',
        resolve: (r: RepoState) => ({ name: r.defaultBranch, prefix: 'refs/heads/', target: null }),
      },
      deployments: {
        type: 'DeploymentConnection!',
        args: { ...CONNECTION_ARGS, environments: '[String!]', orderBy: 'DeploymentOrder' },
        resolve: (r: RepoState, args, c) => {
          need(c, 'deployments');
          const environments = args.environments as string[] | null | undefined;
          const listed = environments?.length
            ? r.deployments.filter((d) => environments.includes(d.environment))
            : r.deployments;
          const sorted = order(args.orderBy)?.direction === 'DESC' ? [...listed].reverse() : listed;
          return paginate(sorted, (d) => String(d.databaseId), args, 'deployments');
        },
      },
      environments: {
        type: 'EnvironmentConnection!',
        args: { ...CONNECTION_ARGS, orderBy: 'Environments', names: '[String!]', pinnedEnvironmentFilter: 'String' },
        resolve: (r: RepoState, args, c) => {
          need(c, 'actions');
          const names = args.names as string[] | null | undefined;
          const listed = names?.length ? r.environments.filter((e) => names.includes(e)) : r.environments;
          const sorted = order(args.orderBy)?.direction === 'DESC' ? [...listed].reverse() : listed;
          return paginate(sorted, (e) => e, args, 'environments');
        },
      },
      environment: {
        type: 'Environment',
        args: { name: 'String!' },
        resolve: (r: RepoState, args, c) => {
          need(c, 'actions');
          return r.environments.find((e) => e === args.name) ?? null;
        },
      },
      refs: {
        type: 'RefConnection',
        args: {
          ...CONNECTION_ARGS,
          refPrefix: 'String!',
          orderBy: 'RefOrder',
          direction: 'OrderDirection',
          query: 'String',
        },
        resolve: (r: RepoState, args, c) => {
          need(c, 'contents');
          let tags = args.refPrefix === 'refs/tags/' ? r.tags : [];
          if (typeof args.query === 'string') tags = tags.filter((t) => t.name.includes(args.query as string));
          const by = order(args.orderBy);
          if (by?.field === 'TAG_COMMIT_DATE')
            tags = [...tags].sort((a, b) => byTime(a.committedAt ?? '1970-01-01', b.committedAt ?? '1970-01-01'));
          if ((by?.direction ?? args.direction) === 'DESC') tags = [...tags].reverse();
          return paginate(
            tags.map((tag) => ({ name: tag.name, prefix: 'refs/tags/', target: refTarget(r, tag) })),
            (ref) => ref.name,
            args,
            'refs',
          );
        },
      },
      ref: {
        type: 'Ref',
        args: { qualifiedName: 'String!' },
        resolve: (r: RepoState, args, c) => {
          need(c, 'contents');
          const name = String(args.qualifiedName).replace(/^refs\/tags\//, '');
          const tag = r.tags.find((t) => t.name === name);
          return tag ? { name: tag.name, prefix: 'refs/tags/', target: refTarget(r, tag) } : null;
        },
      },
    },
  },
  RepositoryOwner: {
    resolveType: () => 'Organization',
    fields: {
      login: { type: 'String!', resolve: (o) => o.login },
      id: { type: 'ID!', resolve: (o) => nodeId('O', o.login) },
    },
  },
  Organization: {
    implements: ['RepositoryOwner', 'Actor', 'Node'],
    fields: {
      login: { type: 'String!', resolve: (o) => o.login },
      id: { type: 'ID!', resolve: (o) => nodeId('O', o.login) },
    },
  },
  Actor: {
    resolveType: (a: { login: string }) => (a.login.endsWith('[bot]') ? 'Bot' : 'User'),
    fields: { login: { type: 'String!', resolve: (a) => a.login } },
  },
  Bot: {
    implements: ['Actor', 'Node'],
    fields: { login: { type: 'String!', resolve: (a) => a.login.replace(/\[bot\]$/, '') } },
  },
  User: { implements: ['Actor', 'Node'], fields: { login: { type: 'String!', resolve: (a) => a.login } } },
  Deployment: {
    implements: ['Node'],
    fields: {
      id: { type: 'ID!', resolve: (d: FakeDeployment) => nodeId('DE', d.databaseId) },
      databaseId: { type: 'Int', resolve: (d: FakeDeployment) => d.databaseId },
      createdAt: { type: 'DateTime!', resolve: (d: FakeDeployment) => iso(d.createdAt) },
      updatedAt: {
        type: 'DateTime!',
        resolve: (d: FakeDeployment) => iso(latestStatus(d)?.createdAt ?? d.createdAt),
      },
      environment: { type: 'String', resolve: (d: FakeDeployment) => d.environment },
      latestEnvironment: { type: 'String', resolve: (d: FakeDeployment) => d.environment },
      originalEnvironment: { type: 'String', resolve: (d: FakeDeployment) => d.environment },
      commitOid: { type: 'String!', resolve: (d: FakeDeployment) => d.commitOid },
      commit: { type: 'Commit', resolve: (d: FakeDeployment) => commitObject(OWNER.get(d) as RepoState, d.commitOid) },
      state: {
        type: 'DeploymentState',
        resolve: (d: FakeDeployment) => {
          const latest = latestStatus(d);
          return latest ? DEPLOYMENT_STATES[latest.state] : 'PENDING';
        },
      },
      description: { type: 'String', resolve: (d: FakeDeployment) => d.description ?? null },
      task: { type: 'String', resolve: (d: FakeDeployment) => d.task ?? 'deploy' },
      payload: { type: 'String', resolve: () => '{}' },
      ref: {
        type: 'Ref',
        resolve: (d: FakeDeployment) => ({ name: d.ref ?? 'main', prefix: 'refs/heads/', target: null }),
      },
      creator: { type: 'Actor!', resolve: (d: FakeDeployment) => actor(d.creator ?? 'github-actions[bot]') },
      latestStatus: { type: 'DeploymentStatus', resolve: (d: FakeDeployment) => latestStatus(d) ?? null },
      statuses: {
        type: 'DeploymentStatusConnection',
        args: CONNECTION_ARGS,
        resolve: (d: FakeDeployment, args, c) => {
          const statuses = [...d.statuses].sort((a, b) => byTime(a.createdAt, b.createdAt));
          if (c.statusOrder === 'newest-first') statuses.reverse();
          return paginate(statuses, (s) => STATUS_KEY.get(s) ?? '', args, 'statuses');
        },
      },
    },
  },
  DeploymentStatus: {
    implements: ['Node'],
    fields: {
      id: { type: 'ID!', resolve: (s: FakeDeploymentStatus) => nodeId('DES', STATUS_KEY.get(s) ?? s.createdAt) },
      state: { type: 'DeploymentStatusState!', resolve: statusState },
      createdAt: { type: 'DateTime!', resolve: (s: FakeDeploymentStatus) => iso(s.createdAt) },
      updatedAt: { type: 'DateTime!', resolve: (s: FakeDeploymentStatus) => iso(s.createdAt) },
      logUrl: { type: 'URI', resolve: (s: FakeDeploymentStatus) => s.logUrl ?? null },
      environmentUrl: { type: 'URI', resolve: (s: FakeDeploymentStatus) => s.environmentUrl ?? null },
      description: { type: 'String', resolve: (s: FakeDeploymentStatus) => s.description ?? null },
      creator: { type: 'Actor!', resolve: () => actor('github-actions[bot]') },
    },
  },
  Environment: {
    implements: ['Node'],
    fields: {
      id: { type: 'ID!', resolve: (e: string) => nodeId('EN', e) },
      databaseId: {
        type: 'Int',
        resolve: (e: string) => createHash('sha256').update(e).digest().readUInt32BE(0) % 1_000_000_000,
      },
      name: { type: 'String!', resolve: (e: string) => e },
    },
  },
  Ref: {
    implements: ['Node'],
    fields: {
      id: { type: 'ID!', resolve: (r: { name: string; prefix: string }) => nodeId('REF', `${r.prefix}${r.name}`) },
      name: { type: 'String!', resolve: (r: { name: string }) => r.name },
      prefix: { type: 'String!', resolve: (r: { prefix: string }) => r.prefix },
      target: { type: 'GitObject', resolve: (r: { target: GitObjectValue | null }) => r.target },
    },
  },
  GitObject: { resolveType: (o: GitObjectValue) => o.__typename, fields: gitObjectFields },
  Commit: {
    implements: ['GitObject', 'Node'],
    fields: {
      ...gitObjectFields,
      committedDate: {
        type: 'DateTime!',
        resolve: (o: GitObjectValue) => (o.committedDate ? iso(o.committedDate) : null),
      },
    },
  },
  Tag: {
    implements: ['GitObject', 'Node'],
    fields: {
      ...gitObjectFields,
      name: { type: 'String!', resolve: (o: GitObjectValue) => o.tag?.name },
      message: { type: 'String', resolve: (o: GitObjectValue) => o.tag?.annotated?.message ?? '' },
      tagger: {
        type: 'GitActor',
        resolve: (o: GitObjectValue) => ({
          name: o.tag?.annotated?.tagger ?? 'Release Bot',
          email: 'release-bot@example.com',
          date: o.tag?.annotated?.taggedAt ?? o.tag?.committedAt ?? null,
        }),
      },
      target: {
        type: 'GitObject!',
        resolve: (o: GitObjectValue) => commitObject(o.repo, o.tag?.commit ?? '', o.tag?.committedAt),
      },
    },
  },
  GitActor: {
    fields: {
      name: { type: 'String', resolve: (a) => a.name },
      email: { type: 'String', resolve: (a) => a.email },
      date: { type: 'GitTimestamp', resolve: (a) => (a.date ? iso(a.date) : null) },
    },
  },
  PageInfo: {
    fields: {
      hasNextPage: { type: 'Boolean!', resolve: (p) => p.hasNextPage },
      hasPreviousPage: { type: 'Boolean!', resolve: (p) => p.hasPreviousPage },
      startCursor: { type: 'String', resolve: (p) => p.startCursor },
      endCursor: { type: 'String', resolve: (p) => p.endCursor },
    },
  },
  ...connectionTypes('Deployment'),
  ...connectionTypes('DeploymentStatus'),
  ...connectionTypes('Environment'),
  ...connectionTypes('Ref'),
};

// ---------------------------------------------------------------------------------------------
// REST: Actions' workflows, runs and jobs.
// ---------------------------------------------------------------------------------------------

const DOCS = 'https://docs.github.com/rest';
const RUN_FILTERS = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status'];
/** A filtered runs search answers its first 1,000 results, no more. */
const SEARCH_CAP = 1000;

/** `created`'s range, bounds included, in ms; undefined if GitHub would not understand it. */
export function createdRange(spec: string): [number, number] | undefined {
  const bound = (text: string, end: boolean): number | undefined => {
    if (text === '*') return end ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      const day = Date.parse(`${text}T00:00:00Z`);
      return Number.isNaN(day) ? undefined : end ? day + 86_400_000 - 1 : day;
    }
    const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
    if (!time) return undefined;
    const at = Date.parse(time[1] ? text : `${text}Z`);
    return Number.isNaN(at) ? undefined : at;
  };
  const range = (from: number | undefined, to: number | undefined): [number, number] | undefined =>
    from === undefined || to === undefined ? undefined : [from, to];
  const [, op, rest = ''] = /^(>=|<=|>|<)?(.*)$/.exec(spec) ?? [];
  if (!op && rest.includes('..')) {
    const [a = '', b = '', ...more] = rest.split('..');
    return more.length ? undefined : range(bound(a, false), bound(b, true));
  }
  const start = bound(rest, false);
  const end = bound(rest, true);
  if (start === undefined || end === undefined) return undefined;
  if (op === '>=') return [start, Number.POSITIVE_INFINITY];
  if (op === '>') return [end + 1, Number.POSITIVE_INFINITY];
  if (op === '<=') return [Number.NEGATIVE_INFINITY, end];
  if (op === '<') return [Number.NEGATIVE_INFINITY, start - 1];
  return [start, end];
}

const attemptStatus = (attempt: { status?: FakeRunStatus; conclusion: FakeConclusion | null }) =>
  attempt.status ?? (attempt.conclusion ? 'completed' : 'in_progress');
const attemptUpdatedAt = (attempt: FakeRunAttempt) =>
  attempt.updatedAt ??
  attempt.jobs
    .map((j) => j.completedAt ?? j.startedAt)
    .sort(byTime)
    .at(-1) ??
  attempt.startedAt;

// ---------------------------------------------------------------------------------------------
// The server.
// ---------------------------------------------------------------------------------------------

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const requests: GitHubRequest[] = [];
  const clock = options.clock ?? Date.now;
  const nowSeconds = () => Math.floor(clock() / 1000);
  const budget = (given: RateLimitBudget | undefined): RateLimitState => {
    const limit = given?.limit ?? 1000;
    const remaining = given?.remaining ?? limit;
    return { limit, remaining, used: limit - remaining, reset: given?.reset ?? nowSeconds() + 3600 };
  };
  const budgets: Record<RateLimitResource, RateLimitState> = {
    core: budget(options.rateLimits?.core ?? options.rateLimit),
    graphql: budget(options.rateLimits?.graphql),
  };
  /** The budget now: whole again once its reset has passed. */
  const rate = (resource: RateLimitResource) => {
    const b = budgets[resource];
    if (clock() >= b.reset * 1000) {
      b.remaining = b.limit;
      b.used = 0;
      b.reset = nowSeconds() + 3600;
    }
    return b;
  };
  const spend = (resource: RateLimitResource, cost: number) => {
    const b = rate(resource);
    b.remaining = Math.max(0, b.remaining - cost);
    b.used += cost;
  };
  let permissions: Required<FakePermissions> = { actions: true, deployments: true, contents: true };
  const setPermissions = (given: FakePermissions = {}) => {
    permissions = { actions: true, deployments: true, contents: true, ...given };
  };
  setPermissions(options.permissions);
  const prefix = options.pathPrefix ?? '';
  const graphqlPath = prefix ? `${prefix.replace(/\/v3$/, '')}/graphql` : '/graphql';
  const serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const statusOrder = options.deploymentStatusOrder ?? 'oldest-first';
  const repos = new Map(
    Object.entries(options.repositories).map(([name, given]) => [name.toLowerCase(), repoState(name, given)]),
  );
  const repoById = new Map([...repos.values()].map((r) => [r.id, r]));
  // Pages of one comparison are computed once.
  const comparisons = new Map<string, Promise<FakeCommit[] | undefined>>();
  const comparison = (repository: string, from: string, to: string) => {
    const key = `${repository} ${from}..${to}`;
    if (!comparisons.has(key)) comparisons.set(key, compareCommits(repository, from, to));
    return comparisons.get(key);
  };
  let base = '';
  let origin = '';
  let misbehaviour: ((request: GitHubRequest) => GitHubMisbehaviour | undefined) | undefined;

  const rateHeaders = (resource: RateLimitResource) => {
    const b = rate(resource);
    return {
      'x-ratelimit-limit': String(b.limit),
      'x-ratelimit-remaining': String(b.remaining),
      'x-ratelimit-reset': String(b.reset),
      'x-ratelimit-used': String(b.used),
      'x-ratelimit-resource': resource,
    };
  };
  const sendAs =
    (resource: RateLimitResource, alter?: (body: any) => unknown) =>
    (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-api-version-selected': '2022-11-28',
        'x-github-media-type': 'github.v3; format=json',
        ...rateHeaders(resource),
        ...headers,
      });
      res.end(JSON.stringify(alter ? alter(body) : body));
    };
  const notFound = { message: 'Not Found', documentation_url: DOCS, status: '404' };
  const badCredentials = (docs: string) => ({ message: 'Bad credentials', documentation_url: docs, status: '401' });
  const tokenOf = (headers: IncomingHttpHeaders) => /^(?:token|bearer) (.+)$/i.exec(headers.authorization ?? '')?.[1];
  const secondary = (
    res: ServerResponse,
    resource: RateLimitResource,
    { status = 403, retryAfter }: { status?: 403 | 429; retryAfter?: number },
  ) =>
    sendAs(resource)(
      res,
      status,
      {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0400:1A2B:3C4D5E:6F7081:67890ABC.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(status),
      },
      retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) },
    );

  /** Link: prev, next, last, first, as GitHub orders them; each the same query with another page. */
  const linkHeader = (path: string, query: URLSearchParams, page: number, pages: number) => {
    const link = (n: number) => {
      const q = new URLSearchParams(query);
      q.set('page', String(n));
      return `<${origin}${prefix}${path}?${q}>`;
    };
    const links = [
      page > 1 && `${link(page - 1)}; rel="prev"`,
      page < pages && `${link(page + 1)}; rel="next"`,
      page < pages && `${link(pages)}; rel="last"`,
      page > 1 && `${link(1)}; rel="first"`,
    ].filter(Boolean);
    const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
    return headers;
  };
  /** A page of `served` (by per_page, at most 100, and page), its Link counting `total` results. */
  const pageOf = <T>(served: T[], total: number, query: URLSearchParams, linkPath: string) => {
    const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const pages = Math.max(1, Math.ceil(total / perPage));
    return {
      items: served.slice((page - 1) * perPage, page * perPage),
      headers: linkHeader(linkPath, query, page, pages),
    };
  };

  const repositoryJson = (repo: RepoState) => ({
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: true,
    owner: { login: repo.owner, type: 'Organization' },
    html_url: `${serverUrl}/${repo.fullName}`,
    url: `${base}/repos/${repo.fullName}`,
  });
  const workflowJson = (repo: RepoState, w: FakeWorkflow) => ({
    id: w.id,
    node_id: nodeId('W', w.id),
    name: w.name,
    path: w.path,
    state: w.state ?? 'active',
    created_at: iso(w.createdAt ?? '2024-01-01T00:00:00Z'),
    updated_at: iso(w.createdAt ?? '2024-01-01T00:00:00Z'),
    url: `${base}/repos/${repo.fullName}/actions/workflows/${w.id}`,
    html_url: `${serverUrl}/${repo.fullName}/blob/${repo.defaultBranch}/${w.path}`,
    badge_url: `${serverUrl}/${repo.fullName}/workflows/${encodeURIComponent(w.name)}/badge.svg`,
  });
  const runJson = (repo: RepoState, run: FakeWorkflowRun, n = run.attempts.length) => {
    const attempt = run.attempts[n - 1] as FakeRunAttempt;
    const workflow = repo.workflows.find((w) => w.id === run.workflowId) as FakeWorkflow;
    const api = `${base}/repos/${repo.fullName}/actions/runs/${run.id}`;
    const login = run.actor ?? 'octocat';
    return {
      id: run.id,
      name: workflow.name,
      node_id: nodeId('WFR', run.id),
      head_branch: run.headBranch ?? 'main',
      head_sha: run.headSha,
      path: workflow.path,
      display_title: run.displayTitle ?? `${workflow.name} ${run.headSha.slice(0, 7)}`,
      run_number: repo.runNumbers.get(run.id),
      event: run.event ?? 'push',
      status: attemptStatus(attempt),
      conclusion: attempt.conclusion,
      workflow_id: workflow.id,
      check_suite_id: run.id * 10 + n,
      check_suite_node_id: nodeId('CS', run.id * 10 + n),
      url: api,
      html_url: `${serverUrl}/${repo.fullName}/actions/runs/${run.id}`,
      pull_requests: [],
      created_at: iso(run.createdAt),
      updated_at: iso(attemptUpdatedAt(attempt)),
      actor: { login, id: 583231, type: 'User' },
      run_attempt: n,
      referenced_workflows: [],
      run_started_at: iso(attempt.startedAt),
      triggering_actor: { login, id: 583231, type: 'User' },
      jobs_url: `${api}/jobs`,
      logs_url: `${api}/logs`,
      check_suite_url: `${base}/repos/${repo.fullName}/check-suites/${run.id * 10 + n}`,
      artifacts_url: `${api}/artifacts`,
      cancel_url: `${api}/cancel`,
      rerun_url: `${api}/rerun`,
      previous_attempt_url: n > 1 ? `${api}/attempts/${n - 1}` : null,
      workflow_url: `${base}/repos/${repo.fullName}/actions/workflows/${workflow.id}`,
      head_commit: {
        id: run.headSha,
        tree_id: createHash('sha1').update(run.headSha).digest('hex'),
        message: run.displayTitle ?? 'Deploy',
        timestamp: iso(run.createdAt),
        author: { name: 'DORA Test', email: 'dora-test@example.com' },
        committer: { name: 'DORA Test', email: 'dora-test@example.com' },
      },
      repository: repositoryJson(repo),
      head_repository: repositoryJson(repo),
    };
  };
  const jobJson = (repo: RepoState, run: FakeWorkflowRun, n: number, job: FakeJob) => {
    const workflow = repo.workflows.find((w) => w.id === run.workflowId) as FakeWorkflow;
    return {
      id: job.id,
      run_id: run.id,
      workflow_name: workflow.name,
      head_branch: run.headBranch ?? 'main',
      run_url: `${base}/repos/${repo.fullName}/actions/runs/${run.id}`,
      run_attempt: n,
      node_id: nodeId('CR', job.id),
      head_sha: run.headSha,
      url: `${base}/repos/${repo.fullName}/actions/jobs/${job.id}`,
      html_url: `${serverUrl}/${repo.fullName}/actions/runs/${run.id}/job/${job.id}`,
      status: attemptStatus(job),
      conclusion: job.conclusion,
      created_at: iso(job.createdAt ?? job.startedAt),
      started_at: iso(job.startedAt),
      completed_at: job.completedAt ? iso(job.completedAt) : null,
      name: job.name,
      steps: [],
      check_run_url: `${base}/repos/${repo.fullName}/check-runs/${job.id}`,
      labels: job.labels ?? ['ubuntu-latest'],
      runner_id: 1,
      runner_name: 'GitHub Actions 1',
      runner_group_id: 2,
      runner_group_name: 'GitHub Actions',
    };
  };

  type Send = ReturnType<typeof sendAs>;
  const actions = async (
    send: Send,
    res: ServerResponse,
    repo: RepoState,
    rest: string,
    query: URLSearchParams,
  ): Promise<void> => {
    const docs = (anchor: string) => ({ ...notFound, documentation_url: `${DOCS}/actions/${anchor}` });
    const accepted = { 'x-accepted-github-permissions': 'actions=read' };
    if (!permissions.actions)
      return send(
        res,
        403,
        {
          message: 'Resource not accessible by integration',
          documentation_url: `${DOCS}/actions`,
          status: '403',
        },
        accepted,
      );
    const root = `/repositories/${repo.id}/actions`;
    const workflowOf = (given: string) => {
      const name = decodeURIComponent(given);
      return repo.workflows.find((w) =>
        /^\d+$/.test(name) ? w.id === Number(name) : w.path === name || w.path.split('/').at(-1) === name,
      );
    };
    const listRuns = (runs: FakeWorkflowRun[], linkPath: string) => {
      let matching = runs;
      const status = query.get('status');
      if (status !== null)
        matching = matching.filter((run) => {
          const latest = run.attempts.at(-1) as FakeRunAttempt;
          return attemptStatus(latest) === status || latest.conclusion === status;
        });
      const created = query.get('created');
      if (created !== null) {
        const range = createdRange(created);
        matching = range
          ? matching.filter((run) => {
              const at = Date.parse(run.createdAt);
              return at >= range[0] && at <= range[1];
            })
          : [];
      }
      for (const [param, of] of [
        ['branch', (run: FakeWorkflowRun) => run.headBranch ?? 'main'],
        ['event', (run: FakeWorkflowRun) => run.event ?? 'push'],
        ['head_sha', (run: FakeWorkflowRun) => run.headSha],
        ['actor', (run: FakeWorkflowRun) => run.actor ?? 'octocat'],
      ] as const) {
        const wanted = query.get(param);
        if (wanted !== null) matching = matching.filter((run) => of(run) === wanted);
      }
      const filtered = RUN_FILTERS.some((p) => query.has(p));
      const served = filtered ? matching.slice(0, SEARCH_CAP) : matching;
      const page = pageOf(served, matching.length, query, linkPath);
      send(
        res,
        200,
        { total_count: matching.length, workflow_runs: page.items.map((run) => runJson(repo, run)) },
        { ...accepted, ...page.headers },
      );
    };
    const listJobs = (run: FakeWorkflowRun, jobs: [FakeJob, number][], linkPath: string) => {
      const sorted = [...jobs].sort(([a], [b]) => a.id - b.id);
      const page = pageOf(sorted, sorted.length, query, linkPath);
      send(
        res,
        200,
        { total_count: sorted.length, jobs: page.items.map(([job, n]) => jobJson(repo, run, n, job)) },
        { ...accepted, ...page.headers },
      );
    };

    let match: RegExpExecArray | null;
    if (rest === '/workflows') {
      const page = pageOf(repo.workflows, repo.workflows.length, query, `${root}/workflows`);
      return send(
        res,
        200,
        { total_count: repo.workflows.length, workflows: page.items.map((w) => workflowJson(repo, w)) },
        { ...accepted, ...page.headers },
      );
    }
    if ((match = /^\/workflows\/([^/]+)(\/runs)?$/.exec(rest))) {
      const workflow = workflowOf(match[1] ?? '');
      if (!workflow)
        return send(
          res,
          404,
          docs(match[2] ? 'workflow-runs#list-workflow-runs-for-a-workflow' : 'workflows#get-a-workflow'),
        );
      if (!match[2]) return send(res, 200, workflowJson(repo, workflow), accepted);
      return listRuns(
        repo.runs.filter((run) => run.workflowId === workflow.id),
        `${root}/workflows/${workflow.id}/runs`,
      );
    }
    if (rest === '/runs') return listRuns(repo.runs, `${root}/runs`);
    if ((match = /^\/runs\/(\d+)(?:\/attempts\/(\d+))?(\/jobs)?$/.exec(rest))) {
      const run = repo.runs.find((r) => r.id === Number(match?.[1]));
      const n = match[2] === undefined ? undefined : Number(match[2]);
      const anchor = match[3]
        ? n === undefined
          ? 'workflow-jobs#list-jobs-for-a-workflow-run'
          : 'workflow-jobs#list-jobs-for-a-workflow-run-attempt'
        : n === undefined
          ? 'workflow-runs#get-a-workflow-run'
          : 'workflow-runs#get-a-workflow-run-attempt';
      if (!run || (n !== undefined && (n < 1 || n > run.attempts.length))) return send(res, 404, docs(anchor));
      if (!match[3]) return send(res, 200, runJson(repo, run, n), accepted);
      if (n !== undefined)
        return listJobs(
          run,
          (run.attempts[n - 1] as FakeRunAttempt).jobs.map((job) => [job, n]),
          `${root}/runs/${run.id}/attempts/${n}/jobs`,
        );
      const all = query.get('filter') === 'all';
      return listJobs(
        run,
        run.attempts.flatMap((attempt, i) =>
          all || i === run.attempts.length - 1 ? attempt.jobs.map((job): [FakeJob, number] => [job, i + 1]) : [],
        ),
        `${root}/runs/${run.id}/jobs`,
      );
    }
    return send(res, 404, notFound);
  };

  const rest = async (
    res: ServerResponse,
    method: string,
    path: string,
    query: URLSearchParams,
    headers: IncomingHttpHeaders,
    instead?: GitHubMisbehaviour,
  ): Promise<void> => {
    const send = sendAs('core', instead && 'alterBody' in instead ? instead.alterBody : undefined);
    if (tokenOf(headers) !== GITHUB_TOKEN) return send(res, 401, badCredentials(DOCS));
    if (instead && 'secondaryRateLimit' in instead) return secondary(res, 'core', instead.secondaryRateLimit);
    if (path === '/rate_limit') {
      const resources = { core: { ...rate('core') }, graphql: { ...rate('graphql') } };
      return send(res, 200, { resources, rate: resources.core });
    }
    if (rate('core').remaining === 0) {
      return send(res, options.rateLimitStatus ?? 403, {
        message: 'API rate limit exceeded for installation ID 1234567.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: String(options.rateLimitStatus ?? 403),
      });
    }
    spend('core', 1);
    if (method !== 'GET' && method !== 'HEAD') return send(res, 404, notFound);
    const route = /^\/(?:repos\/([^/]+)\/([^/]+)|repositories\/(\d+))(\/.*)?$/.exec(path);
    const repo = !route
      ? undefined
      : route[3] !== undefined
        ? repoById.get(Number(route[3]))
        : repos.get(`${decodeURIComponent(route[1] ?? '')}/${decodeURIComponent(route[2] ?? '')}`.toLowerCase());
    if (!route || !repo) return send(res, 404, notFound);
    const tail = route[4] ?? '';
    if (tail === '') return send(res, 200, repositoryJson(repo));
    if (tail.startsWith('/actions/')) return actions(send, res, repo, tail.slice('/actions'.length), query);
    const compare = /^\/compare\/([^/]+)$/.exec(tail);
    if (!compare || !repo.git) return send(res, 404, notFound);
    if (!permissions.contents)
      return send(
        res,
        403,
        {
          message: 'Resource not accessible by integration',
          documentation_url: `${DOCS}/commits/commits`,
          status: '403',
        },
        { 'x-accepted-github-permissions': 'contents=read' },
      );

    const [from = '', to = '', ...more] = decodeURIComponent(compare[1] ?? '').split('...');
    if (more.length || !SHA.test(from) || !SHA.test(to)) return send(res, 404, notFound);
    const commits = await comparison(repo.git, from, to);
    if (!commits) return send(res, 404, notFound);
    const behind = (await comparison(repo.git, to, from))?.length ?? 0;

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

  const graphql = (res: ServerResponse, method: string, request: GitHubRequest, instead?: GitHubMisbehaviour) => {
    const send = sendAs('graphql', instead && 'alterBody' in instead ? instead.alterBody : undefined);
    const docs = 'https://docs.github.com/graphql';
    if (method !== 'POST') return send(res, 404, { message: 'Not Found', documentation_url: docs, status: '404' });
    if (tokenOf(request.headers) !== GITHUB_TOKEN) return send(res, 401, badCredentials(docs));
    if (instead && 'secondaryRateLimit' in instead) return secondary(res, 'graphql', instead.secondaryRateLimit);
    if (!request.graphql) {
      try {
        JSON.parse(request.body ?? '');
      } catch {
        return send(res, 400, { message: 'Problems parsing JSON', documentation_url: docs, status: '400' });
      }
      return send(res, 200, {
        errors: [{ message: 'A query attribute must be specified and must be a string.' }],
      });
    }
    const b = rate('graphql');
    if (b.remaining < 1) {
      const type = options.graphqlRateLimitType ?? 'RATE_LIMITED';
      return send(res, 200, {
        errors: [
          type === 'RATE_LIMITED'
            ? { type, message: 'API rate limit exceeded for installation ID 1234567.' }
            : {
                type,
                code: 'graphql_rate_limit',
                message: 'API rate limit already exceeded for installation ID 1234567.',
              },
        ],
      });
    }
    spend('graphql', 1);
    const { query, variables, operationName } = request.graphql;
    const answer = executeGraphQL(
      GITHUB_SCHEMA,
      {
        repository: (owner, name) => repos.get(`${owner}/${name}`.toLowerCase()),
        permissions,
        serverUrl,
        statusOrder,
        rate: { ...rate('graphql'), cost: 1 },
      },
      query,
      variables,
      operationName,
    );
    send(res, 200, answer);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      const body = chunks.length ? Buffer.concat(chunks).toString() : undefined;
      const isGraphql = url.pathname === graphqlPath;
      const path = isGraphql
        ? '/graphql'
        : prefix && url.pathname.startsWith(prefix)
          ? url.pathname.slice(prefix.length)
          : url.pathname;
      const request: GitHubRequest = {
        method,
        path,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
      };
      if (body !== undefined) request.body = body;
      if (isGraphql && body !== undefined) {
        try {
          const parsed = JSON.parse(body) as { query?: unknown; variables?: unknown; operationName?: unknown };
          if (typeof parsed.query === 'string') {
            let operation: NonNullable<GitHubRequest['graphql']>['operation'];
            try {
              const document = new GqlParser(parsed.query).document();
              const chosen =
                typeof parsed.operationName === 'string'
                  ? document.operations.find((o) => o.name === parsed.operationName)
                  : document.operations[0];
              operation = chosen?.operation;
            } catch {}
            request.graphql = {
              query: parsed.query,
              variables: (parsed.variables ?? {}) as Record<string, unknown>,
              ...(typeof parsed.operationName === 'string' ? { operationName: parsed.operationName } : {}),
              operation,
            };
          }
        } catch {}
      }
      requests.push(request);
      const instead = misbehaviour?.(request);
      if (instead && 'hang' in instead) return;
      if (instead && 'status' in instead) {
        res.writeHead(instead.status, { 'content-type': 'application/json; charset=utf-8', ...instead.headers });
        res.end(instead.text ?? JSON.stringify(instead.body ?? {}));
        return;
      }
      if (isGraphql) {
        try {
          graphql(res, method, request, instead);
        } catch (error) {
          sendAs('graphql')(res, 500, { message: (error as Error).message });
        }
        return;
      }
      rest(res, method, path, url.searchParams, req.headers, instead).catch((error: Error) =>
        sendAs('core')(res, 500, { message: error.message }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  base = `${origin}${prefix}`;

  return {
    url: base,
    graphqlUrl: `${origin}${graphqlPath}`,
    requests,
    writes: () =>
      requests.filter((r) =>
        r.path === '/graphql' ? r.graphql?.operation === 'mutation' : r.method !== 'GET' && r.method !== 'HEAD',
      ),
    rateLimits: () => ({ core: { ...rate('core') }, graphql: { ...rate('graphql') } }),
    setRateLimit: (resource, given) => {
      budgets[resource] = budget(given);
    },
    exhaustRateLimit: (resource) => {
      for (const r of resource ? [resource] : (['core', 'graphql'] as const)) {
        const b = rate(r);
        b.used += b.remaining;
        b.remaining = 0;
      }
    },
    setPermissions,
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
