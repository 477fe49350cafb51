import zlib from 'node:zlib';
import { getGzipped } from './getGzipped';

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

const DECOMPRESS: Record<string, (body: Buffer) => Buffer> = {
  gzip: zlib.gunzipSync,
  br: zlib.brotliDecompressSync,
  deflate: zlib.inflateSync,
};

/** Fetches `url` once with `Accept-Encoding: gzip` and counts its body's bytes. */
export async function wireSize(url: string, token: string): Promise<WireSize> {
  const answer = await getGzipped(url, token, { keepBody: true });
  const body = answer.body!;
  const decompress = DECOMPRESS[answer.encoding];
  return {
    status: answer.status,
    wireBytes: body.length,
    rawBytes: decompress ? decompress(body).length : body.length,
    encoding: answer.encoding,
  };
}
