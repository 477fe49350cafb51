import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PersonaIndex } from '@platform-personas/backstage-plugin-persona-backend/alpha';
import { generateOrganisation, Tier, TIERS } from './generateOrganisation';
import { withRelations } from './withRelations';

const gc = () => (global as { gc?: () => void }).gc?.();

/** Tier L: ten times tier M, for the index alone (no catalog holds it). */
export const TIER_L: Tier = {
  ...TIERS.M,
  name: 'L',
  users: TIERS.M.users * 10,
  groupsPerLevel: TIERS.M.groupsPerLevel.map((n, i) => (i ? n * 10 : n)),
  components: TIERS.M.components * 10,
  apis: TIERS.M.apis * 10,
  systems: TIERS.M.systems * 10,
  clusters: TIERS.M.clusters * 10,
  personas: TIERS.M.personas * 10,
  bigGroups: TIERS.M.bigGroups * 10,
};

/** The fields of an entity that `fields` names, as the catalog's `fields` parameter keeps them. */
function project(entity: Entity, fields?: string[]): Entity {
  if (!fields?.length) return entity;
  const out: Record<string, any> = {};
  for (const field of fields) {
    const keys = field.split('.');
    let from: any = entity;
    for (const key of keys) from = from?.[key];
    if (from === undefined) continue;
    let to = out;
    for (const key of keys.slice(0, -1)) {
      to[key] ??= {};
      to = to[key];
    }
    to[keys[keys.length - 1]] = from;
  }
  return out as Entity;
}

/** A catalog that streams `entities` in pages of `pageSize`, honouring kind filters and fields. */
function fakeCatalog(entities: Entity[]): CatalogService {
  return {
    async *streamEntities(request: {
      filter?: { kind?: string };
      fields?: string[];
      pageSize?: number;
    }) {
      const kind = request.filter?.kind?.toLocaleLowerCase('en-US');
      const all = kind
        ? entities.filter(e => e.kind.toLocaleLowerCase('en-US') === kind)
        : entities;
      const size = request.pageSize ?? 1000;
      for (let i = 0; i < all.length; i += size) {
        // Parsed afresh, as the catalog's answers are: nothing shared.
        yield JSON.parse(
          JSON.stringify(
            all.slice(i, i + size).map(e => project(e, request.fields)),
          ),
        ) as Entity[];
      }
    },
  } as unknown as CatalogService;
}

/** The cost of the index of one tier, built without a catalog. */
export type IndexScale = {
  tier: string;
  entities: number;
  buildMillis: number;
  rebuildMillis: number;
  /**
   * After the rebuild, the time spent comparing it with the build before, for
   * the trust in the catalog module's hints (as the index counts it).
   */
  compareMillis?: number;
  heapBytes: number;
};

const quiet = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child: () => quiet,
};

/** What the index tells a hint trust, dropped: only the comparison's cost matters here. */
const ignoringTrust = { trusted: () => false, found: () => {} };

/**
 * Builds the persona index of each tier in this process from generated
 * entities (relations added as the catalog's processors would), and measures
 * its build time, a rebuild's time and the heap it keeps.
 */
export async function indexScaling(
  tiers: Tier[],
  log: (message: string) => void,
): Promise<IndexScale[]> {
  const results: IndexScale[] = [];
  for (const tier of tiers) {
    let entities: Entity[] | undefined = withRelations(
      generateOrganisation(tier).entities,
    );
    let index: PersonaIndex | undefined = new PersonaIndex({
      catalog: fakeCatalog(entities),
      auth: {
        getOwnServiceCredentials: async () => ({}),
      } as unknown as AuthService,
      logger: quiet as unknown as LoggerService,
      hintTrust: ignoringTrust,
      buildTimeoutMs: 30 * 60_000,
    });
    gc();
    const before = process.memoryUsage().heapUsed;
    const first = await index.refresh();
    gc();
    const heapBytes = process.memoryUsage().heapUsed - before;
    const second = await index.refresh();
    results.push({
      tier: tier.name,
      entities: entities.length,
      buildMillis: first.buildMillis,
      rebuildMillis: second.buildMillis,
      compareMillis: index.stats().lastComparisonMillis,
      heapBytes,
    });
    log(
      `index of tier ${tier.name} without a catalog: ${entities.length} entities, ` +
        `built in ${first.buildMillis} ms, heap ${(heapBytes / 2 ** 20).toFixed(
          0,
        )} MB, a rebuild compared with the build before in ${
          index.stats().lastComparisonMillis?.toFixed(0) ?? '?'
        } ms`,
    );
    entities = undefined;
    index = undefined;
    gc();
  }
  return results;
}
