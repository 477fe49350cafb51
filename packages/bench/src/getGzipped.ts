import http from 'node:http';

/** What {@link getGzipped} received. */
export type GzippedAnswer = {
  status: number;
  /** The `Content-Encoding` the server chose, `identity` when none. */
  encoding: string;
  /** Body bytes as received. */
  bytes: number;
  /** The body as received, when asked to keep it. */
  body?: Buffer;
};

/**
 * One GET with `Accept-Encoding: gzip`, as browsers ask, resolved at the
 * last byte of the body. The body is left as it came: decompressing is the
 * client's work, not the server's.
 */
export function getGzipped(
  url: string,
  token: string,
  options: { agent?: http.Agent; keepBody?: boolean } = {},
): Promise<GzippedAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      url,
      {
        agent: options.agent,
        headers: {
          authorization: `Bearer ${token}`,
          'accept-encoding': 'gzip',
        },
      },
      res => {
        const chunks: Buffer[] = [];
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (options.keepBody) chunks.push(chunk);
        });
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            encoding: String(res.headers['content-encoding'] ?? 'identity'),
            bytes,
            ...(options.keepBody && { body: Buffer.concat(chunks) }),
          }),
        );
      },
    );
    req.on('error', reject);
  });
}
