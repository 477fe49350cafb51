/**
 * The fast-check seed of the hostile suites: fixed, so that every run feeds
 * the same documents; `PERSONA_HOSTILE_SEED` replays another one (fast-check
 * prints the seed and the counterexample of a failure).
 */
export const HOSTILE_SEED = Number(
  process.env.PERSONA_HOSTILE_SEED ?? 15_502_024,
);

/**
 * The seed of one suite: {@link HOSTILE_SEED} moved by the suite's name, so
 * that each suite generates documents of its own.
 */
export function hostileSeed(suite: string): number {
  let hash = 0;
  for (const char of suite) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return HOSTILE_SEED + hash;
}

/** The generated documents each suite feeds (on top of the fixed corpus). */
export const HOSTILE_NUM_RUNS = 120;

/**
 * The longest one document may take at any entry point. A hang detector,
 * not a performance target: the slowest corpus document takes well under a
 * tenth of it on a laptop, and CI machines are slower.
 */
export const HANG_BOUND_MS = 2_000;

/** Runs `fn` and returns its result with the milliseconds it took. */
export async function timed<T>(
  fn: () => T | Promise<T>,
): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

/**
 * The own property names of the prototypes a hostile key could pollute, to
 * compare before and after a batch.
 */
export function prototypeKeys(): Record<string, string[]> {
  const names = (o: object) => Object.getOwnPropertyNames(o).sort();
  return {
    Object: names(Object.prototype),
    Array: names(Array.prototype),
    Function: names(Function.prototype),
    String: names(String.prototype),
  };
}

/** Whether a reported path is a JSON pointer, or `<root>` for the whole document. */
export function isProblemPath(path: unknown): path is string {
  return typeof path === 'string' && /^(?:<root>|(?:\/[^/]*)+)$/.test(path);
}

/**
 * Whether an error message (as the catalog's kind validators throw them:
 * the path, the problem, its parameters) names one of the paths: the path
 * itself, or its parent with the field named in the message, as in
 * `/spec must NOT have additional properties - additionalProperty: x`.
 */
export function errorNamesOneOf(message: string, paths: string[]): boolean {
  // a path of a field whose name has spaces, such as `/spec/[ a, b ]`
  if (paths.some(path => message.startsWith(`${path} `))) return true;
  const thrown = /^(<root>|\/\S*) /.exec(message)?.[1];
  if (!thrown) return false;
  const parent = thrown === '<root>' ? '' : thrown;
  return paths.some(path => {
    if (path === thrown || (path === '<root>' && thrown === '')) return true;
    if (!path.startsWith(`${parent}/`)) return false;
    const field = path
      .slice(parent.length + 1)
      .split('/')[0]
      .replace(/~1/g, '/')
      .replace(/~0/g, '~');
    return message.slice(thrown.length).includes(field);
  });
}

/**
 * Throws when a prototype gained or lost a property since `before` (from
 * {@link prototypeKeys}), or when a plain object or array inherits a
 * `polluted` property: for the `afterEach` of a hostile suite.
 */
export function assertNoPrototypePollution(
  before: Record<string, string[]>,
): void {
  const after = prototypeKeys();
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    throw new Error(
      `A prototype changed: ${JSON.stringify(before)} became ${JSON.stringify(
        after,
      )}`,
    );
  }
  if (
    ({} as { polluted?: unknown }).polluted !== undefined ||
    ([] as { polluted?: unknown }).polluted !== undefined
  ) {
    throw new Error('Object.prototype or Array.prototype has "polluted"');
  }
}
