/**
 * Polls `probe` every 250 ms until it gives a value, for a catalog that
 * processes in the background; the error names what was awaited (a function
 * can describe the last thing seen).
 */
export async function waitFor<T>(
  what: string | (() => string),
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const described = typeof what === 'string' ? what : what();
      throw new Error(`Timed out waiting for ${described}`);
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}
