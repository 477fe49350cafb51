import { Entity } from '@backstage/catalog-model';
import { BenchBackend } from './startBench';
import { StallWatch } from './StallWatch';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** How long a count may stand still before the wait gives up. */
const STALL_MS = 10 * 60_000;

/** Relation types counted to tell that stitching is done, with their reverse. */
const RELATION_PAIRS = [
  ['ownedBy', 'ownerOf'],
  ['memberOf', 'hasMember'],
  ['personaOf', 'hasPersona'],
] as const;

/**
 * How many relations of each type of {@link RELATION_PAIRS} the catalog
 * holds once every generated entity is processed and stitched: one per
 * owner, per group a user is a member of, and per holder of a Persona.
 */
export function expectedRelationCounts(
  entities: Entity[],
): Record<string, number> {
  let owned = 0;
  let member = 0;
  let held = 0;
  for (const { kind, spec } of entities) {
    if (spec?.owner) owned++;
    if (kind === 'User') member += (spec?.memberOf as string[]).length;
    if (kind === 'Persona') {
      held += new Set((spec?.holders as string[]) ?? []).size;
    }
  }
  return { ownedBy: owned, memberOf: member, personaOf: held };
}

/**
 * Waits until the catalog holds every generated entity, has stitched them —
 * each relation pair of {@link RELATION_PAIRS} counted as many times both
 * ways as `relations` expects, since entities are listed before their
 * relations are stitched — and the persona index has settled on that
 * catalog: it holds every entity and its version (a digest of the catalog
 * data it read) stayed the same for longer than `stableForMs` (see
 * {@link indexSettling}). Returns
 * the ingestion time in seconds. Throws when the backend exits, or when a
 * count stands still for `stallMs`, naming what fell short.
 */
export async function waitForIngestion(
  bench: BenchBackend,
  expected: number,
  relations: Record<string, number>,
  rootRef: string,
  log: (message: string) => void,
  stableForMs = 40_000,
  stallMs = STALL_MS,
) {
  const headers = { authorization: `Bearer ${bench.serviceToken}` };
  const kinds = [
    'group',
    'user',
    'component',
    'api',
    'system',
    'resource',
    'persona',
  ];
  const countUrl = `${
    bench.baseUrl
  }/api/catalog/entities/by-query?limit=1&${kinds
    .map(k => `filter=kind=${k}`)
    .join('&')}`;
  let lastLog = 0;
  let ingested = 0;
  const ingesting = new StallWatch(stallMs);
  for (;;) {
    assertRunning(bench);
    try {
      const res = await fetch(countUrl, { headers });
      if (res.ok) ingested = (await res.json()).totalItems;
    } catch {
      // not listening yet
    }
    if (ingested >= expected) break;
    ingesting.check(
      String(ingested),
      `${ingested} of ${expected} entities in the catalog`,
    );
    if (Date.now() - lastLog > 30_000) {
      lastLog = Date.now();
      log(`ingesting: ${ingested} of ${expected} entities`);
    }
    await sleep(2_000);
  }
  const ingestionSeconds = (Date.now() - bench.startedAt) / 1000;
  log(
    `all ${expected} entities in the catalog after ${ingestionSeconds.toFixed(
      0,
    )} s`,
  );

  const stitching = new StallWatch(stallMs);
  for (;;) {
    assertRunning(bench);
    const counts = await relationCounts(bench, headers);
    const short = shortRelations(counts, relations);
    if (short.length === 0) break;
    stitching.check(JSON.stringify(counts), `stitched ${short.join('; ')}`);
    if (Date.now() - lastLog > 30_000) {
      lastLog = Date.now();
      log(`stitching: ${short.join('; ')}`);
    }
    await sleep(5_000);
  }
  const stitchedSeconds = (Date.now() - bench.startedAt) / 1000;
  log(`relations stitched after ${stitchedSeconds.toFixed(0)} s`);

  const [kind, rest] = rootRef.split(':');
  const rootUrl = `${bench.baseUrl}/api/persona/v1/views/by-name/${kind}/${rest}`;
  let seen: SeenIndex | undefined;
  const settling = new StallWatch(stallMs);
  for (;;) {
    assertRunning(bench);
    // The index version changing is progress; one status standing still is not.
    settling.check(
      seen?.version ?? 'none',
      `the persona index never answered for ${rootRef}`,
    );
    const res = await fetch(rootUrl, { headers });
    if (res.ok) {
      const { meta } = await res.json();
      const next = indexSettling(seen, meta, expected, stableForMs);
      if (next === 'settled') break;
      if (seen && next.version !== seen.version) {
        log(
          `the index holds ${meta.indexEntityCount} of ${expected} entities; waiting for it to settle`,
        );
      }
      seen = next;
    }
    await sleep(5_000);
  }
  return {
    ingestionSeconds,
    stitchedSeconds,
    settledSeconds: (Date.now() - bench.startedAt) / 1000,
  };
}

/** What the index was seen holding, and since when. */
export type SeenIndex = { version: string; since: number };

/**
 * Whether the persona index has settled on the catalog: it holds at least
 * every generated entity (a build that started before the last were
 * ingested holds fewer, and one at tier M may take minutes) and its version
 * stayed the same for longer than `stableForMs`. Otherwise what to remember
 * of this answer: the version is counted as stable from when it was first
 * seen complete.
 */
export function indexSettling(
  seen: SeenIndex | undefined,
  meta: { indexVersion: string; indexEntityCount: number },
  expected: number,
  stableForMs: number,
  now = Date.now(),
): SeenIndex | 'settled' {
  // an incomplete index is not a version to wait on
  const version =
    meta.indexEntityCount >= expected
      ? meta.indexVersion
      : `incomplete ${meta.indexVersion}`;
  if (!seen || seen.version !== version) return { version, since: now };
  if (version.startsWith('incomplete') || now - seen.since <= stableForMs) {
    return seen;
  }
  return 'settled';
}

/**
 * The relation pairs whose counts fall short of `relations`, both ways, as
 * "ownedBy 10, ownerOf 9 of 12"; empty when every pair is stitched.
 */
export function shortRelations(
  counts: Record<string, number | undefined>,
  relations: Record<string, number>,
): string[] {
  return RELATION_PAIRS.filter(
    ([type, reverse]) =>
      counts[type] !== relations[type] || counts[reverse] !== relations[type],
  ).map(
    ([type, reverse]) =>
      `${type} ${counts[type] ?? 0}, ${reverse} ${counts[reverse] ?? 0} of ${
        relations[type]
      }`,
  );
}

function assertRunning(bench: BenchBackend) {
  if (bench.process.exitCode !== null) {
    throw new Error(`the bench backend exited with ${bench.process.exitCode}`);
  }
}

/** How many relations of each type of {@link RELATION_PAIRS} are stitched. */
async function relationCounts(
  bench: BenchBackend,
  headers: Record<string, string>,
): Promise<Record<string, number>> {
  const facets = RELATION_PAIRS.flat().map(type => `relations.${type}`);
  const res = await fetch(
    `${bench.baseUrl}/api/catalog/entity-facets?${facets
      .map(facet => `facet=${facet}`)
      .join('&')}`,
    { headers },
  );
  if (!res.ok) return {};
  const body: {
    facets: Record<string, Array<{ value: string; count: number }>>;
  } = await res.json();
  return Object.fromEntries(
    facets.map(facet => [
      facet.slice('relations.'.length),
      (body.facets[facet] ?? []).reduce((sum, { count }) => sum + count, 0),
    ]),
  );
}
