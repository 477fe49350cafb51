import http from 'node:http';
import zlib from 'node:zlib';

/** The size of one answer: on the wire (gzip asked, as browsers do) and uncompressed. */
export type WireSize = {
  status: number;
  /** Body bytes as received, with `Accept-Encoding: gzip`. */
  wireBytes: number;
  /** Body bytes once decompressed. */
  rawBytes: number;
  /** The `Content-Encoding` the server chose, `identity` when none. */
  encoding: string;
};

/** Fetches `url` once with `Accept-Encoding: gzip` and counts its body's bytes. */
export function wireSize(url: string, token: string): Promise<WireSize> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      url,
      {
        headers: {
          authorization: `Bearer ${token}`,
          'accept-encoding': 'gzip',
        },
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', chunk => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const encoding = String(
            res.headers['content-encoding'] ?? 'identity',
          );
          let raw = body.length;
          try {
            if (encoding === 'gzip') raw = zlib.gunzipSync(body).length;
            else if (encoding === 'br')
              raw = zlib.brotliDecompressSync(body).length;
            else if (encoding === 'deflate')
              raw = zlib.inflateSync(body).length;
          } catch (error) {
            reject(error);
            return;
          }
          resolve({
            status: res.statusCode ?? 0,
            wireBytes: body.length,
            rawBytes: raw,
            encoding,
          });
        });
      },
    );
    req.on('error', reject);
  });
}
