const P95_TARGETS: Record<string, number> = {
  'leaf team': 50,
  'root group': 300,
  user: 50,
  'hot cluster': 50,
  persona: 50,
};

/**
 * The p95 latency target of a benchmark view at tier M and 20 concurrent
 * requests, in milliseconds, if it has one: leaf team, user, component (hot
 * cluster) and persona ≤ 50 ms, a group with about 50 descendants ≤ 100 ms,
 * the root group ≤ 300 ms.
 */
export function p95TargetFor(viewName: string): number | undefined {
  return (
    P95_TARGETS[viewName] ?? (viewName.startsWith('group,') ? 100 : undefined)
  );
}

/** The benchmark's other targets (tier M, 20 concurrent). */
export const TARGETS = {
  /** CONDITIONAL p95 at most this many times the ALLOW p95 of the view. */
  conditionalOverAllow: 1.5,
  /** CONDITIONAL p95 at most this many times the catalog's by-name read p95, same caller. */
  conditionalOverCatalog: 2,
  /** Speed-up over the org plugin's way, same concurrency, on p95. */
  speedUpMidGroup: 10,
  speedUpRoot: 40,
  /** The first answer of any view, gzipped, in bytes. */
  firstAnswerGzipBytes: 30 * 1024,
  /** A change visible in the views within this many milliseconds. */
  freshnessMs: 5_000,
  /** Keeping fresh when nothing changes, in percent of one core. */
  idleCpuPercent: 2,
  /** The index's heap at tier M, in bytes. */
  indexHeapBytes: 100 * 1024 * 1024,
  /** Linear growth: per-entity heap at tier L within this factor of tier M's. */
  linearGrowthFactor: 1.25,
};
