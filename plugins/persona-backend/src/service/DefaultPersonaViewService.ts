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
import { PersonaViewListResponse } from '@platform-personas/backstage-plugin-persona-common';
import { CallerAccess } from './CallerAccess';
import { cutView } from './cutView';
import { FilteredViewCache } from './FilteredViewCache';
import { indexMeta } from './indexMeta';
import type { PersonaIndexSnapshot } from './PersonaIndex';
import type { PersonaIndexService } from './personaIndexServiceRef';
import type {
  PersonaViewBody,
  PersonaViewService,
} from './personaViewServiceRef';
import { heldBytesOf, ResolvedViewCache } from './ResolvedViewCache';
import { titlesNamedIn } from './titlesNamedIn';
import { viewListPage } from './viewListPage';
import { visibleView } from './visibleView';
import { withTimeout } from './withTimeout';

/** Stands for every caller who may read everything, in the filtered view cache. */
const EVERY_CALLER = {};

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
   * text serves many callers, its gzip form. With `limit`, each long list
   * of the view is cut to its first `limit` items, a sub-team's components
   * to `subTeamLimit` (see {@link cutView}).
   */
  async getViewBody(
    entityRef: string,
    credentials: BackstageCredentials,
    options?: { limit?: number; subTeamLimit?: number },
  ): Promise<PersonaViewBody> {
    const { snapshot, resolved, readable } = await this.readableView(
      entityRef,
      credentials,
    );
    const limit = options?.limit;
    // one key per answer: no subTeamLimit cuts sub-teams as `limit` does
    const subTeamLimit =
      limit === undefined ? undefined : options?.subTeamLimit ?? limit;
    if (readable.all && limit === undefined) {
      return { json: resolved.json(), gzipped: resolved.gzipped };
    }
    return this.filteredViews.get(
      readable.all ? EVERY_CALLER : readable,
      `${snapshot.version}\n${entityRef}\n${limit ?? ''}\n${
        subTeamLimit ?? ''
      }`,
      !!(readable.all || readable.shared),
      () => {
        const visible = this.visibleView(
          { snapshot, resolved, readable },
          entityRef,
        );
        const view =
          limit === undefined
            ? visible
            : cutView(visible, { limit, subTeamLimit });
        return JSON.stringify({
          ...view,
          ...('titles' in visible && {
            titles: titlesNamedIn(view, visible.titles),
          }),
          meta: indexMeta(snapshot),
        });
      },
    );
  }

  /**
   * A page of a list of the view as the caller may see it, the list named
   * by its JSON pointer, as a view asked with a limit points to it.
   */
  async getViewListPage(
    entityRef: string,
    request: {
      list: string;
      offset: number;
      limit: number;
      subTeamLimit?: number;
    },
    credentials: BackstageCredentials,
  ): Promise<PersonaViewListResponse> {
    const { snapshot, resolved, readable } = await this.readableView(
      entityRef,
      credentials,
    );
    const view = this.visibleView({ snapshot, resolved, readable }, entityRef);
    const page = viewListPage(
      view,
      request.list,
      request.offset,
      request.limit,
      request.subTeamLimit,
    );
    return {
      ...page,
      list: request.list,
      titles: titlesNamedIn(page.items, 'titles' in view ? view.titles : {}),
      meta: indexMeta(snapshot),
    };
  }

  /** The view as the caller may see it, shared by the requests that may. */
  private visibleView(
    {
      snapshot,
      resolved,
      readable,
    }: Awaited<ReturnType<typeof this.readableView>>,
    entityRef: string,
  ) {
    if (readable.all) return resolved.view();
    return this.filteredViews.view(
      readable,
      `${snapshot.version}\n${entityRef}`,
      !!readable.shared,
      () => visibleView(resolved.view(), snapshot.graph, readable),
      () => heldBytesOf(resolved),
    );
  }

  /** The resolved view and what of it the caller may read; 404 when nothing. */
  private async readableView(
    entityRef: string,
    credentials: BackstageCredentials,
  ) {
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
    return { snapshot, resolved, readable };
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
