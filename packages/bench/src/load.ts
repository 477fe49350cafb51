/** Latency figures of a batch of requests, in milliseconds. */
export type LoadResult = {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
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
 * Sends `total` GET requests to `url` from `concurrency` clients at once and
 * measures each request from send to the last byte of its body.
 */
export async function load(
  url: string,
  token: string,
  total: number,
  concurrency: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const client = async () => {
    while (next < total) {
      next += 1;
      const started = performance.now();
      // fetch asks for gzip, as browsers do
      const res = await fetch(url, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = await res.arrayBuffer();
      latencies.push(performance.now() - started);
      if (res.status !== 200) errors += 1;
      bytes = body.byteLength;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  latencies.sort((a, b) => a - b);
  return {
    requests: total,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    bytes,
  };
}
