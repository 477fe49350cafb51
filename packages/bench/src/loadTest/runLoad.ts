import autocannon from 'autocannon';
import {
  emptySamples,
  LoadFigures,
  LoadSamples,
  mergeSamples,
  summariseSamples,
} from './summariseSamples';

/** The label of the row that sums up a mixed run. */
export const MIXED_TOTAL = 'all, mixed';

/** The rows of a mixed run: each label's, then all together. */
export function mixedRows(run: LoadRun): LoadFigures[] {
  return [...run.byLabel, { ...run.total, label: MIXED_TOTAL }];
}

/** A request of a load run, and the row its figures go to. */
export type LabelledRequest = { label: string; path: string };

/** The figures of a load run: one row per label, and all of them together. */
export type LoadRun = { byLabel: LoadFigures[]; total: LoadFigures };

/**
 * Sends the requests from `connections` keep-alive clients for `seconds`,
 * each client looping over all of them from its own starting point, and
 * records every answer's latency under its request's label — autocannon's own
 * summary stops at p97.5 and cannot tell the requests of a mix apart.
 */
export async function runLoad(options: {
  baseUrl: string;
  token: string;
  requests: LabelledRequest[];
  connections: number;
  seconds: number;
}): Promise<LoadRun> {
  const samples = new Map<string, LoadSamples>();
  for (const { label } of options.requests) samples.set(label, emptySamples());
  // autocannon calls a request's onResponse right before it emits the
  // answer's 'response' event, in the same tick: this says whose answer it is.
  let answered: LoadSamples | undefined;
  const requests = options.requests.map(({ label, path }) => ({
    method: 'GET' as const,
    path,
    onResponse: () => {
      answered = samples.get(label);
    },
  }));
  let nextClient = 0;

  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.seconds,
        timeout: 10,
        headers: {
          authorization: `Bearer ${options.token}`,
          accept: 'application/json',
          // as browsers ask, and as the portal answers them
          'accept-encoding': 'gzip',
        },
        requests,
        setupClient: client => {
          // starting points spread over the list, so that a short run
          // still asks for all of it
          const start = Math.floor(
            ((nextClient++ % options.connections) * requests.length) /
              options.connections,
          );
          // copies: the client keeps its built request buffers on them
          client.setRequests(
            [...requests.slice(start), ...requests.slice(0, start)].map(
              request => ({ ...request }),
            ),
          );
        },
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, resBytes, responseTime) => {
      if (!answered) return;
      answered.latencies.push(responseTime);
      answered.bytes += resBytes;
      if (statusCode < 200 || statusCode >= 300) answered.errors += 1;
      answered = undefined;
    });
  });

  // connection errors (timeouts included) belong to no answer
  const unanswered = result.errors + result.mismatches;
  return {
    byLabel: [...samples].map(([label, s]) =>
      summariseSamples(label, s, result.duration),
    ),
    total: summariseSamples(
      'all',
      mergeSamples(samples.values()),
      result.duration,
      unanswered,
    ),
  };
}
