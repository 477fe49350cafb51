import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import {
  PersonaView,
  PersonaViewResponse,
} from '@platform-personas/backstage-plugin-persona-common';
import { resolvePersonaView } from '../resolution';
import { LRUCache } from 'lru-cache';
import { gunzipSync, gzipSync } from 'node:zlib';
import { indexMeta } from './indexMeta';
import { PersonaIndexSnapshot } from './PersonaIndex';
import { refsOfView } from './visibleView';

/** A resolved view of one entity, before any caller's filtering. */
export type ResolvedView = {
  view(): PersonaView;
  /** Every ref the view names: what a caller must be allowed to read. */
  refs(): string[];
  /** The whole answer as JSON, for callers who may read everything. */
  json(): string;
  /** {@link ResolvedView.json}, compressed with gzip. */
  gzipped(): Buffer;
};

/** What the cache holds per view: the whole answer, compressed. */
type CachedView = { gzip: string };

/**
 * The shape of the views this code resolves. Raise it whenever a view gains,
 * loses or changes a field, so that no replica serves an answer cached in an
 * older shape — by this process before a restart, or by a replica still on
 * older code when the store is shared.
 */
export const VIEW_SHAPE_VERSION = 2;

/** Long enough to serve many requests, short enough to let old versions go. */
const VIEW_TTL = { minutes: 10 };

/**
 * What this process keeps of the store's views, charged by their gzip size
 * times {@link IN_PROCESS_CHARGE}: the JSON text and the parsed view a kept
 * entry comes to hold are about that much bigger.
 */
const IN_PROCESS_BYTES = 64 * 1024 * 1024;
const IN_PROCESS_CHARGE = 16;

/**
 * Resolved views, kept in Backstage's cache service — in memory for one
 * instance, or in a store such as Redis shared by every replica. An entry is
 * keyed by the view shape, the index version and the entity ref, so replicas that hold the
 * same catalog data share entries and an entry never outlives its data. They
 * hold catalog data only — never anything of a caller — and each answer is
 * still filtered per caller. A cache that fails costs time, not answers.
 *
 * In front of the store, this process keeps the views of its newest index
 * it used last, with their JSON text and parsed form once made: an entry
 * never changes, so the store — a network round trip of the whole view with
 * Redis — is only asked for views this process has not used lately.
 */
export class ResolvedViewCache {
  private readonly cache: CacheService;
  /**
   * The kept views of the newest index this process has answered from. A
   * kept view holds on to its index (for its refs), so views of an older
   * index are let go as soon as a newer one answers: else every index the
   * process held would live on in them.
   */
  private inProcess?: {
    version: string;
    builtAt: number;
    views: LRUCache<string, ResolvedView>;
  };

  constructor(
    cache: CacheService,
    private readonly logger: LoggerService,
    private readonly maxInProcessBytes = IN_PROCESS_BYTES,
  ) {
    this.cache = cache.withOptions({ defaultTtl: VIEW_TTL });
  }

  async get(
    snapshot: PersonaIndexSnapshot,
    entityRef: string,
  ): Promise<ResolvedView | undefined> {
    const key = `views:v${VIEW_SHAPE_VERSION}:${snapshot.version}:${entityRef}`;
    const kept = this.keptViewsOf(snapshot);
    const found = kept?.get(entityRef);
    if (found) return found;
    const view = await this.fromStore(snapshot, entityRef, key);
    if (view) kept?.set(entityRef, view);
    return view;
  }

  /**
   * The views kept for `snapshot`, the newest index seen; none for an older
   * one. An index rebuilt from the same data starts afresh too, so that only
   * one index lives on in the kept views.
   */
  private keptViewsOf(snapshot: PersonaIndexSnapshot) {
    const kept = this.inProcess;
    const builtAt = snapshot.builtAt.getTime();
    if (snapshot.version === kept?.version && builtAt === kept.builtAt) {
      return kept.views;
    }
    if (kept && builtAt < kept.builtAt) return undefined;
    this.inProcess = {
      version: snapshot.version,
      builtAt,
      views: new LRUCache({
        maxSize: this.maxInProcessBytes,
        sizeCalculation: heldBytesOf,
      }),
    };
    return this.inProcess.views;
  }

  private async fromStore(
    snapshot: PersonaIndexSnapshot,
    entityRef: string,
    key: string,
  ): Promise<ResolvedView | undefined> {
    const cached = await this.cache.get<CachedView>(key).catch(error => {
      this.logger.warn(
        `Reading the view cache failed: ${stringifyError(error)}`,
      );
      return undefined;
    });
    if (cached) {
      return resolvedView(snapshot, {
        gzipped: Buffer.from(cached.gzip, 'base64'),
      });
    }

    const view = resolvePersonaView(snapshot.graph, entityRef);
    if (!view) return undefined;
    const json = JSON.stringify({ ...view, meta: indexMeta(snapshot) });
    // Compressing a view costs more than answering it: keep the result.
    const gzipped = gzipSync(json);
    await this.cache
      .set(key, { gzip: gzipped.toString('base64') } satisfies CachedView)
      .catch(error =>
        this.logger.warn(
          `Writing the view cache failed: ${stringifyError(error)}`,
        ),
      );
    return resolvedView(snapshot, { view, json, gzipped });
  }
}

/**
 * What a resolved view comes to hold in memory once its JSON text and parsed
 * form are made, estimated from its gzip size; a view filtered from it holds
 * no more.
 */
export function heldBytesOf(view: ResolvedView): number {
  return view.gzipped().length * IN_PROCESS_CHARGE;
}

function resolvedView(
  snapshot: PersonaIndexSnapshot,
  known: { gzipped: Buffer; json?: string; view?: PersonaView },
): ResolvedView {
  let { json, view } = known;
  let refs: string[] | undefined;
  const entry: ResolvedView = {
    view: () => {
      if (!view) {
        const { meta: _meta, ...parsed }: PersonaViewResponse = JSON.parse(
          entry.json(),
        );
        view = parsed;
      }
      return view;
    },
    refs: () => (refs ??= refsOfView(entry.view(), snapshot.graph)),
    json: () => (json ??= gunzipSync(known.gzipped).toString('utf8')),
    gzipped: () => known.gzipped,
  };
  return entry;
}
