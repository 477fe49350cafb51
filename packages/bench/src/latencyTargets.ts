const P95_TARGETS: Record<string, number> = {
  'leaf team': 50,
  'root group': 1000,
};

/**
 * The p95 latency target of a benchmark view, in milliseconds, if it has one:
 * leaf team ≤ 50 ms, a group with about 50 descendants ≤ 100 ms, the root
 * group ≤ 1000 ms.
 */
export function p95TargetFor(viewName: string): number | undefined {
  return (
    P95_TARGETS[viewName] ?? (viewName.startsWith('group,') ? 100 : undefined)
  );
}
