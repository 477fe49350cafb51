import {
  BackstageCredentials,
  CacheService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  NotFoundError,
  ServiceUnavailableError,
  stringifyError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CallerAccess } from './CallerAccess';
import { FilteredViewCache } from './FilteredViewCache';
import { indexMeta } from './indexMeta';
import type { PersonaIndexSnapshot } from './PersonaIndex';
import type { PersonaIndexService } from './personaIndexServiceRef';
import type {
  PersonaViewBody,
  PersonaViewService,
} from './personaViewServiceRef';
import { ResolvedViewCache } from './ResolvedViewCache';
import { visibleView } from './visibleView';
import { withTimeout } from './withTimeout';

/**
 * Answers persona views from the index, each filtered with the caller's own
 * credentials before it leaves the plugin.
 */
export class DefaultPersonaViewService implements PersonaViewService {
  private readonly resolvedViews: ResolvedViewCache;
  private readonly filteredViews = new FilteredViewCache();
  /** Refs a catch-up build did not bring into the index it built. */
  private withoutViewAfterCatchUp = { version: '', refs: new Set<string>() };

  constructor(
    private readonly options: {
      index: PersonaIndexService;
      access: CallerAccess;
      /** Asked, with the caller's credentials, about entities the index has not seen. */
      catalog: CatalogService;
      /** How long the catalog may take to answer; 10 s by default. */
      catalogTimeoutMs?: number;
      /** Where resolved views are kept; shared by replicas when the store is. */
      cache: CacheService;
      logger: LoggerService;
    },
  ) {
    this.resolvedViews = new ResolvedViewCache(options.cache, options.logger);
  }

  /**
   * The view as the JSON text of a `PersonaViewResponse` and, when the same
   * text serves every caller who may read everything, its gzip form.
   */
  async getViewBody(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<PersonaViewBody> {
    let snapshot = await this.options.index.snapshot();
    // The same answer for "does not exist" and "may not be read": no leak.
    const notFound = new NotFoundError(`No persona view for ${entityRef}`);
    let resolved = await this.resolvedViews.get(snapshot, entityRef);
    if (
      !resolved &&
      (await this.isNewInCatalog(snapshot, entityRef, credentials))
    ) {
      snapshot = await this.options.index.catchUpWithCatalog();
      resolved = await this.resolvedViews.get(snapshot, entityRef);
      if (!resolved) this.rememberWithoutView(snapshot, entityRef);
    }
    if (!resolved) throw notFound;

    const readable = await this.options.access.readable(
      resolved.refs,
      credentials,
      snapshot,
      `view of ${entityRef}`,
    );
    if (!readable.has(entityRef)) throw notFound;
    if (readable.all) {
      return { json: resolved.json(), gzipped: resolved.gzipped };
    }
    return this.filteredViews.get(
      readable,
      `${snapshot.version}\n${entityRef}`,
      !!readable.shared,
      () =>
        JSON.stringify({
          ...visibleView(resolved.view(), snapshot.graph, readable),
          meta: indexMeta(snapshot),
        }),
    );
  }

  /**
   * Whether the caller may read `entityRef` in the catalog although the index
   * has no view of it: an entity created since the last build, which a
   * catch-up build brings in instead of a 404 until the next scheduled one.
   * An entity of a kind that has no view (a Location, say) costs one catch-up
   * per index version, not one per request.
   */
  private async isNewInCatalog(
    snapshot: PersonaIndexSnapshot,
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const known = this.withoutViewAfterCatchUp;
    if (known.version === snapshot.version && known.refs.has(entityRef)) {
      return false;
    }
    try {
      const entity = await withTimeout(
        this.options.catalog.getEntityByRef(entityRef, { credentials }),
        this.options.catalogTimeoutMs ?? 10_000,
      );
      return entity !== undefined;
    } catch (error) {
      throw new ServiceUnavailableError(
        `Could not ask the catalog about ${entityRef}: ${stringifyError(
          error,
        )}`,
      );
    }
  }

  private rememberWithoutView(
    snapshot: PersonaIndexSnapshot,
    entityRef: string,
  ) {
    if (this.withoutViewAfterCatchUp.version !== snapshot.version) {
      this.withoutViewAfterCatchUp = {
        version: snapshot.version,
        refs: new Set(),
      };
    }
    this.withoutViewAfterCatchUp.refs.add(entityRef);
  }
}
