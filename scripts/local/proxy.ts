// A real HTTP CONNECT proxy on 127.0.0.1: it records what it is asked to reach, and tunnels to
// it, to where `route` says (a local stand-in for a Datadog site), or refuses.
import { createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import type { Duplex } from 'node:stream';

export interface ProxyOptions {
  /** Answer every CONNECT with this status instead of tunnelling. */
  refuseWith?: number;
  /** Where to really connect for a requested `host:port`; by default, there. */
  route?: (target: string) => { host: string; port: number };
}

export interface Proxy {
  url: string;
  /** Each CONNECT target, `host:port`, in order. */
  connects: string[];
  /** The Proxy-Authorization headers received. */
  authorizations: string[];
  close(): Promise<void>;
}

export async function startProxy(options: ProxyOptions = {}): Promise<Proxy> {
  const connects: string[] = [];
  const authorizations: string[] = [];
  const server = createServer((_req, res) => res.writeHead(405).end());
  // Tunnels are no longer the HTTP server's connections: closing must end them itself.
  const tunnels = new Set<Duplex>();
  server.on('connect', (req, client) => {
    tunnels.add(client);
    client.on('close', () => tunnels.delete(client));
    const target = req.url ?? '';
    connects.push(target);
    if (req.headers['proxy-authorization']) authorizations.push(req.headers['proxy-authorization']);
    if (options.refuseWith) {
      client.end(`HTTP/1.1 ${options.refuseWith} Refused\r\n\r\n`);
      return;
    }
    const [host = '', port = '443'] = target.split(/:(?=\d+$)/);
    const destination = options.route?.(target) ?? { host, port: Number(port) };
    const upstream = connect(destination.port, destination.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        for (const tunnel of tunnels) tunnel.destroy();
        server.close(() => resolve());
      }),
  };
}
