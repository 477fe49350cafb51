/**
 * The `meta` fields of a persona answer that belong to the process that built
 * its index: each replica builds its own index, at its own time and speed.
 * Everything else — the index version and entity count included — must be
 * equal on replicas that read the same catalog.
 *
 * @public
 */
export const PER_PROCESS_META_FIELDS = [
  'indexBuiltAt',
  'indexBuildMillis',
] as const;

/**
 * One HTTP answer of a replica: its status and parsed JSON body.
 *
 * @public
 */
export type ReplicaAnswer = { status: number; body: unknown };

function withoutPerProcessMeta(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const { meta, ...rest } = body as { meta?: unknown };
  if (!meta || typeof meta !== 'object') return body;
  const kept = { ...(meta as Record<string, unknown>) };
  for (const field of PER_PROCESS_META_FIELDS) delete kept[field];
  return { ...rest, meta: kept };
}

function describe(value: unknown): string {
  const text = value === undefined ? 'absent' : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function collect(
  path: string,
  a: unknown,
  b: unknown,
  differences: string[],
): void {
  if (Object.is(a, b)) return;
  const bothArrays = Array.isArray(a) && Array.isArray(b);
  const bothObjects =
    !!a &&
    !!b &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    !Array.isArray(a) &&
    !Array.isArray(b);
  if (bothArrays) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
      collect(`${path}[${i}]`, a[i], b[i], differences);
    }
    return;
  }
  if (bothObjects) {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of [...keys].sort()) {
      collect(`${path}.${key}`, left[key], right[key], differences);
    }
    return;
  }
  differences.push(`${path}: ${describe(a)} != ${describe(b)}`);
}

/**
 * Where two replicas' answers to the same request differ, as JSON paths with
 * both values; empty when they agree. The order of arrays counts: a client
 * that lists holders or components sees it.
 *
 * @public
 */
export function answerDifferences(
  a: ReplicaAnswer,
  b: ReplicaAnswer,
): string[] {
  const differences: string[] = [];
  if (a.status !== b.status) {
    differences.push(`status: ${a.status} != ${b.status}`);
  }
  collect(
    'body',
    withoutPerProcessMeta(a.body),
    withoutPerProcessMeta(b.body),
    differences,
  );
  return differences;
}
