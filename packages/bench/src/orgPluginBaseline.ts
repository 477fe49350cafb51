import { percentile } from './load';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';

/** Browsers open about six connections per host; the org plugin runs in one. */
const BROWSER_CONNECTIONS = 6;
/** Owners per ownedBy query: more makes the request too large to send. */
const OWNERS_PER_QUERY = 50;

/**
 * `work` on every item, six at a time as a browser does. When one fails, no
 * further item is started and the failure is thrown once the requests
 * already sent have answered: a run given up must not leave its requests
 * loading the catalog under the next measurement.
 */
async function inParallel<T, R>(items: T[], work: (item: T) => Promise<R>) {
  const results: R[] = [];
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      const i = next++;
      try {
        results[i] = await work(items[i]);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: BROWSER_CONNECTIONS }, worker));
  if (failure) throw failure.error;
  return results;
}

/**
 * What a group owns, computed the way the org plugin's OwnershipCard does
 * it: fetch every group of the subtree one request each, level by level,
 * then ask for the entities owned by the groups of the subtree with
 * `relations.ownedBy` filter queries. Returns the owned refs and the number
 * of requests it took.
 */
export async function ownershipTheOrgPluginWay(
  catalogUrl: string,
  token: string,
  groupRef: string,
): Promise<{ owned: number; requests: number }> {
  const get = async (path: string) => {
    const res = await fetch(`${catalogUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return res.json();
  };
  const counter = { requests: 0 };
  const subtree: string[] = [];
  let level = [groupRef];
  while (level.length) {
    subtree.push(...level);
    const groups: Entity[] = await inParallel(level, ref => {
      counter.requests += 1;
      const [kind, rest] = ref.split(':');
      return get(`/entities/by-name/${kind}/${rest}`);
    });
    level = groups.flatMap(g =>
      (g.relations ?? [])
        .filter(r => r.type === 'parentOf')
        .map(r => r.targetRef),
    );
  }
  const chunks: string[][] = [];
  for (let i = 0; i < subtree.length; i += OWNERS_PER_QUERY) {
    chunks.push(subtree.slice(i, i + OWNERS_PER_QUERY));
  }
  const owned = await inParallel(chunks, owners => {
    counter.requests += 1;
    // One filter, the key repeated: any of these owners.
    const filter = owners.map(o => `relations.ownedBy=${o}`).join(',');
    return get(
      `/entities?filter=${encodeURIComponent(
        filter,
      )}&fields=kind,metadata.namespace,metadata.name,spec.type`,
    );
  });
  const refs = new Set(owned.flat().map((e: Entity) => stringifyEntityRef(e)));
  return { owned: refs.size, requests: counter.requests };
}

/** An error with its cause: `fetch failed` alone does not say why. */
function describeError(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  return cause ? `${error} (${cause})` : String(error);
}

/** The org plugin's way, repeated by `concurrency` clients at once. */
export type OrgWayResult = {
  runs: number;
  errors: number;
  p50: number;
  p95: number;
  /** Catalog requests of one run (of the last that succeeded). */
  requests: number;
  owned: number;
  /** Why the first failed run failed. */
  firstError?: string;
};

/**
 * Baseline 1 at the persona views' concurrency: `concurrency` clients each
 * run the whole OwnershipCard sequence for `groupRef`, `runs` times in all;
 * each run is timed from its first request to its last answer.
 */
export async function orgWayUnderLoad(
  catalogUrl: string,
  token: string,
  groupRef: string,
  runs: number,
  concurrency: number,
): Promise<OrgWayResult> {
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let last = { owned: 0, requests: 0 };
  let next = 0;
  const client = async () => {
    while (next < runs) {
      next += 1;
      const started = performance.now();
      try {
        last = await ownershipTheOrgPluginWay(catalogUrl, token, groupRef);
      } catch (error) {
        errors += 1;
        firstError ??= describeError(error);
      }
      times.push(performance.now() - started);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(concurrency, runs) }, client),
  );
  times.sort((a, b) => a - b);
  return {
    runs,
    errors,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    ...last,
    firstError,
  };
}
