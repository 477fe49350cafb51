import http, { IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';

/** What a request to the stand-in server was. */
export type SeenRequest = { url?: string; headers: IncomingHttpHeaders };

/**
 * A real HTTP server in place of the persona backend, answering each request
 * with the status and body `answer` gives, and recording the requests.
 */
export async function startFactsServer(
  answer: () => { status: number; body: unknown },
) {
  const requests: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url, headers: req.headers });
    const { status, body } = answer();
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/persona`,
    requests,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}
