import { ReplicaCheckFailed } from './ReplicaCheckFailed';

/**
 * One look at a condition: done with a value, or not yet and why.
 *
 * @public
 */
export type Poll<T> = { done: true; value: T } | { done: false; why: string };

/**
 * Polls `check` every `intervalMs` until it is done, and fails after
 * `timeoutMs` with the last reason it gave. A check that throws counts as not
 * done — a replica that is still starting refuses connections — except a
 * {@link ReplicaCheckFailed}, which says waiting longer cannot help.
 *
 * @public
 */
export async function waitUntil<T>(
  what: string,
  check: () => Promise<Poll<T>>,
  options: { timeoutMs: number; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let why = 'never checked';
  for (;;) {
    try {
      const poll = await check();
      if (poll.done) return poll.value;
      why = poll.why;
    } catch (error) {
      if (error instanceof ReplicaCheckFailed) throw error;
      why = String(error);
    }
    if (Date.now() >= deadline) {
      throw new ReplicaCheckFailed(
        `Timed out after ${Math.round(
          options.timeoutMs / 1000,
        )} s waiting for ${what}; last: ${why}`,
      );
    }
    await new Promise(resolve =>
      setTimeout(resolve, options.intervalMs ?? 500),
    );
  }
}
