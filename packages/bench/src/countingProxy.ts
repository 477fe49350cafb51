import http from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A pass-through HTTP proxy in front of the catalog that counts requests by
 * path, so the benchmark can tell how many catalog round trips a view costs.
 */
export async function startCountingProxy(targetPort: () => number) {
  const counts = new Map<string, number>();
  let busyMillis = 0;
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const started = performance.now();
    res.on('close', () => {
      busyMillis += performance.now() - started;
    });
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: targetPort(),
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', error => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(upstream);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    /** Requests so far whose path ends with `suffix`. */
    count: (suffix: string) =>
      [...counts.entries()]
        .filter(([path]) => path.endsWith(suffix))
        .reduce((sum, [, n]) => sum + n, 0),
    /**
     * The summed time from each request's arrival to the end of its answer:
     * how long the catalog spent on the plugins' requests at most, queueing
     * behind its own work included.
     */
    busyMillis: () => busyMillis,
    /**
     * Requests so far per kind of request: the path's first four segments,
     * so that `/api/catalog/entities/by-name/…` counts as one kind.
     */
    byKind: (): Map<string, number> => {
      const kinds = new Map<string, number>();
      for (const [path, n] of counts) {
        const kind = path.split('/').slice(0, 5).join('/');
        kinds.set(kind, (kinds.get(kind) ?? 0) + n);
      }
      return kinds;
    },
    close: () => new Promise(resolve => server.close(resolve)),
  };
}
