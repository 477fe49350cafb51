import pTimeout from 'p-timeout';

/**
 * `work`, or a rejection once `timeoutMs` have passed without its answer: a
 * catalog or permission backend that hangs must not hang a request with it.
 */
export function withTimeout<T>(
  work: Promise<T>,
  timeoutMs: number,
): Promise<T> {
  return pTimeout(work, timeoutMs, `no answer within ${timeoutMs} ms`);
}
