import http from 'node:http';
import { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { wireSize } from './wireSize';

describe('wireSize', () => {
  let server: http.Server;
  let url: string;
  const text = JSON.stringify({ items: 'x'.repeat(10_000) });
  const gzipped = gzipSync(text);

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.headers.authorization !== 'Bearer tok') {
        res.writeHead(401).end();
      } else if (req.url === '/plain') {
        res.writeHead(200).end(text);
      } else {
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipped);
      }
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));

  it('counts a gzip answer on the wire and once decompressed', async () => {
    expect(await wireSize(`${url}/view`, 'tok')).toEqual({
      status: 200,
      wireBytes: gzipped.length,
      rawBytes: text.length,
      encoding: 'gzip',
    });
  });

  it('counts an uncompressed answer the same both ways, and keeps its status', async () => {
    expect(await wireSize(`${url}/plain`, 'tok')).toEqual({
      status: 200,
      wireBytes: text.length,
      rawBytes: text.length,
      encoding: 'identity',
    });
    expect((await wireSize(`${url}/plain`, 'other')).status).toBe(401);
  });
});
