import { percentile } from '../load';

/** What a load run recorded of one kind of request. */
export type LoadSamples = {
  /** Milliseconds from sending a request to the last byte of its answer. */
  latencies: number[];
  /** Answers that were not 2xx. */
  errors: number;
  /** Bytes received, headers included. */
  bytes: number;
};

/** The figures of one kind of request over one load run. */
export type LoadFigures = {
  label: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  bytesPerSecond: number;
};

/** An empty set of samples, to record into. */
export function emptySamples(): LoadSamples {
  return { latencies: [], errors: 0, bytes: 0 };
}

/**
 * Turns the samples of a run of `seconds` into rates and nearest-rank
 * percentiles; `extraErrors` adds failures no answer belongs to (connection
 * errors and timeouts).
 */
export function summariseSamples(
  label: string,
  samples: LoadSamples,
  seconds: number,
  extraErrors = 0,
): LoadFigures {
  const sorted = [...samples.latencies].sort((a, b) => a - b);
  return {
    label,
    requests: sorted.length,
    requestsPerSecond: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors: samples.errors + extraErrors,
    bytesPerSecond: samples.bytes / seconds,
  };
}

/** All samples of several kinds of request as one. */
export function mergeSamples(all: Iterable<LoadSamples>): LoadSamples {
  const merged = emptySamples();
  for (const samples of all) {
    for (const latency of samples.latencies) merged.latencies.push(latency);
    merged.errors += samples.errors;
    merged.bytes += samples.bytes;
  }
  return merged;
}
