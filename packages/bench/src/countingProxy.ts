import http from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A pass-through HTTP proxy in front of the catalog that counts requests by
 * path, so the benchmark can tell how many catalog round trips a view costs.
 */
export async function startCountingProxy(targetPort: () => number) {
  const counts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    counts.set(path, (counts.get(path) ?? 0) + 1);
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
    close: () => new Promise(resolve => server.close(resolve)),
  };
}
