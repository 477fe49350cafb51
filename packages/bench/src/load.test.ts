import http from 'node:http';
import { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { load } from './load';

describe('load', () => {
  let server: http.Server;
  let url: string;
  const seen: Array<{ authorization?: string; encoding?: string }> = [];
  const body = gzipSync(JSON.stringify({ items: 'x'.repeat(10_000) }));

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({
        authorization: req.headers.authorization,
        encoding: req.headers['accept-encoding'],
      });
      if (req.url === '/missing') {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(body);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));

  it('sends every request with the token, asks for gzip and counts wire bytes', async () => {
    seen.length = 0;
    const result = await load(`${url}/view`, 'tok', { requests: 30 }, 4);
    expect(result).toMatchObject({
      requests: 30,
      errors: 0,
      bytes: body.length,
    });
    expect(seen).toHaveLength(30);
    expect(seen[0]).toEqual({ authorization: 'Bearer tok', encoding: 'gzip' });
    expect(result.p95).toBeGreaterThanOrEqual(result.p50);
  });

  it('counts answers other than 200 and refused connections as errors', async () => {
    expect(
      (await load(`${url}/missing`, 'tok', { requests: 5 }, 2)).errors,
    ).toBe(5);
    expect(
      (await load('http://127.0.0.1:1/view', 'tok', { requests: 3 }, 1)).errors,
    ).toBe(3);
  });

  it('sends for a number of seconds when asked so, counting what it sent', async () => {
    seen.length = 0;
    const result = await load(`${url}/view`, 'tok', { seconds: 0.3 }, 3);
    expect(result.requests).toBe(seen.length);
    expect(result.requests).toBeGreaterThan(3);
    expect(result.errors).toBe(0);
  });
});
