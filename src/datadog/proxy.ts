// Proxies as runners behind corporate firewalls configure them: HTTPS_PROXY / HTTP_PROXY and
// NO_PROXY (either case). Every request goes through an HTTP CONNECT tunnel, so the proxy sees
// the host and port, never the keys in the headers.
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';

type Env = Record<string, string | undefined>;

/** The variable that is set, as it is spelled: NAME, else its lower-case twin. */
const setVariable = (env: Env, name: string) =>
  env[name] !== undefined ? name : env[name.toLowerCase()] !== undefined ? name.toLowerCase() : undefined;

/**
 * The proxy for a target URL, if any applies to it. A setting that cannot be used is named in a
 * warning, never its value (it may hold credentials), and the target is reached directly.
 */
export function proxyFor(target: URL, env: Env, warn: (message: string) => void): URL | undefined {
  const noProxy = setVariable(env, 'NO_PROXY');
  if (bypassesProxy(target, noProxy ? (env[noProxy] ?? '') : '')) return undefined;
  const variable = setVariable(env, target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY');
  const setting = variable ? env[variable]?.trim() : undefined;
  if (!variable || !setting) return undefined;
  let proxy: URL;
  try {
    proxy = new URL(setting.includes('://') ? setting : `http://${setting}`);
  } catch {
    warn(`${variable} is set but is not a URL, so no proxy is used: ${target.host} is reached directly.`);
    return undefined;
  }
  if (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') {
    warn(
      `${variable} names the proxy ${describeProxy(proxy)}, whose protocol this client cannot use (only http and https): ${target.host} is reached directly.`,
    );
    return undefined;
  }
  return proxy;
}

/**
 * NO_PROXY: `*`, host names (`api.datadoghq.com`), domain suffixes (`.datadoghq.com` or
 * `datadoghq.com`, which also match sub-domains), IP addresses, each optionally with `:port`.
 */
export function bypassesProxy(target: URL, noProxy: string): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return noProxy
    .split(/[,\s]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const match = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase());
      const [, name = '', entryPort] = match ?? [];
      if (entryPort && entryPort !== port) return false;
      const domain = name.replace(/^\*?\./, '');
      return host === domain || host.endsWith(`.${domain}`);
    });
}

/** The proxy as it may be shown: without credentials. */
export function describeProxy(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`;
}

export class ProxyError extends Error {
  override name = 'ProxyError';
  readonly code = 'ERR_PROXY_REFUSED';
}

function tunnel(
  proxy: URL,
  host: string,
  port: number,
  callback: (error: Error | null, socket?: Socket) => void,
): void {
  const headers: Record<string, string> = { host: `${host}:${port}` };
  if (proxy.username || proxy.password) {
    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    headers['proxy-authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
  }
  const request = (proxy.protocol === 'https:' ? https : http).request({
    host: proxy.hostname,
    port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
    method: 'CONNECT',
    path: `${host}:${port}`,
    headers,
    agent: false,
  });
  request.once('connect', (response, socket) => {
    if (response.statusCode === 200) return callback(null, socket);
    socket.destroy();
    callback(
      new ProxyError(
        `the proxy ${describeProxy(proxy)} refused to connect to ${host}:${port} (HTTP ${response.statusCode} ${response.statusMessage ?? ''})`.trim(),
      ),
    );
  });
  request.once('error', (error: NodeJS.ErrnoException) => {
    // The proxy's own address, never its credentials.
    callback(
      Object.assign(
        new Error(`the proxy ${describeProxy(proxy)} could not be reached (${error.code ?? error.message})`),
        { code: error.code },
      ),
    );
  });
  request.end();
}

type AgentCallback = (error: Error | null, stream: Duplex) => void;

class HttpsTunnelAgent extends https.Agent {
  readonly #proxy: URL;
  constructor(proxy: URL) {
    super({ keepAlive: false });
    this.#proxy = proxy;
  }
  // Node's agents wait for the callback when createConnection returns nothing.
  override createConnection(options: https.RequestOptions, callback?: AgentCallback): undefined {
    const host = String(options.hostname ?? options.host ?? 'localhost');
    tunnel(this.#proxy, host, Number(options.port ?? 443), (error, socket) => {
      if (error || !socket) return callback?.(error, undefined as unknown as Duplex);
      // Only what TLS needs: the request's own options (path, method…) would confuse tls.connect.
      const {
        ca,
        cert,
        key,
        pfx,
        passphrase,
        rejectUnauthorized,
        ciphers,
        minVersion,
        maxVersion,
        checkServerIdentity,
        servername,
      } = options as tls.ConnectionOptions;
      const secure = {
        ca,
        cert,
        key,
        pfx,
        passphrase,
        rejectUnauthorized,
        ciphers,
        minVersion,
        maxVersion,
        checkServerIdentity,
      };
      const defined = Object.fromEntries(Object.entries(secure).filter(([, value]) => value !== undefined));
      callback?.(null, tls.connect({ ...defined, socket, servername: servername || host }));
    });
    return undefined;
  }
}

class HttpTunnelAgent extends http.Agent {
  readonly #proxy: URL;
  constructor(proxy: URL) {
    super({ keepAlive: false });
    this.#proxy = proxy;
  }
  override createConnection(options: http.ClientRequestArgs, callback?: AgentCallback): undefined {
    tunnel(
      this.#proxy,
      String(options.hostname ?? options.host ?? 'localhost'),
      Number(options.port ?? 80),
      (error, socket) => callback?.(error, socket as Duplex),
    );
    return undefined;
  }
}

/** An agent that tunnels to the target through its proxy, or undefined to connect directly. */
export function proxyAgentFor(target: URL, env: Env, warn: (message: string) => void): ProxyRoute | undefined {
  const proxy = proxyFor(target, env, warn);
  if (!proxy) return undefined;
  return {
    proxy,
    agents:
      target.protocol === 'https:' ? { https: new HttpsTunnelAgent(proxy) } : { http: new HttpTunnelAgent(proxy) },
  };
}

export interface ProxyRoute {
  proxy: URL;
  agents: { http?: http.Agent; https?: https.Agent };
}
