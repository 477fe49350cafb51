import http from 'node:http';
import { getGzipped } from './getGzipped';

/**
 * How much load to send: a number of requests, or as many as the clients
 * send in a number of seconds.
 */
export type LoadAmount = { requests: number } | { seconds: number };

/** How an amount reads in a report: "200 requests" or "10 s". */
export function describeAmount(amount: LoadAmount): string {
  return 'requests' in amount
    ? `${amount.requests} requests`
    : `${amount.seconds} s`;
}

/** Latency figures of a batch of requests, in milliseconds. */
export type LoadResult = {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  /** The body of the last answer, in bytes on the wire. */
  bytes: number;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(
    sorted.length - 1,
    Math.ceil((p / 100) * sorted.length) - 1,
  );
  return sorted[Math.max(0, index)];
}

/**
 * Sends GET requests to `url` from `concurrency` clients at once — `amount`
 * of them, or for `amount` seconds — and measures each request from send to the last byte of its body. Bodies are
 * asked for with gzip, as browsers do, and read as they come, not
 * decompressed: decompressing every answer in this one process, as Node's
 * `fetch` does, was measured as the server's time (at tier S it put a leaf
 * team's p50 above 100 ms where autocannon, which does not decompress,
 * read about 20 ms).
 */
export async function load(
  url: string,
  token: string,
  amount: LoadAmount,
  concurrency: number,
): Promise<LoadResult> {
  const until =
    'seconds' in amount ? performance.now() + amount.seconds * 1000 : Infinity;
  const total = 'requests' in amount ? amount.requests : Infinity;
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const client = async () => {
    while (next < total && performance.now() < until) {
      next += 1;
      const started = performance.now();
      try {
        const { status, bytes: body } = await getGzipped(url, token, { agent });
        latencies.push(performance.now() - started);
        if (status !== 200) errors += 1;
        bytes = body;
      } catch {
        latencies.push(performance.now() - started);
        errors += 1;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, client));
  } finally {
    agent.destroy();
  }
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    bytes,
  };
}
