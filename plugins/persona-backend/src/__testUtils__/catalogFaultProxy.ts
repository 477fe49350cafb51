import http from 'node:http';
import { AddressInfo, Socket } from 'node:net';

/** What the proxy does with a request to the catalog. */
export type CatalogFault = 'none' | 'fail' | 'hang';

/**
 * An HTTP proxy in front of a real catalog that can fail (500) or hang on
 * demand: the persona plugin reaches the catalog through it, as it would
 * reach a catalog that is down or overloaded.
 */
export async function startCatalogFaultProxy() {
  let target: string | undefined;
  let fault: CatalogFault = 'none';
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    if (fault === 'hang') return;
    if (fault === 'fail' || !target) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ error: { name: 'Error', message: 'catalog down' } }),
      );
      return;
    }
    const upstream = http.request(
      `${target}${req.url}`,
      { method: req.method, headers: req.headers },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** The origin of the backend whose catalog answers, once it has started. */
    forwardTo(url: string) {
      target = url;
    },
    setFault(next: CatalogFault) {
      fault = next;
    },
    async stop() {
      sockets.forEach(socket => socket.destroy());
      await new Promise(resolve => server.close(resolve));
    },
  };
}
