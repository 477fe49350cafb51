import {
  BackstageCredentials,
  CacheService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { PersonaViewResponse } from '@platform-personas/backstage-plugin-persona-common';
import { CallerAccess } from './CallerAccess';
import { indexMeta } from './indexMeta';
import { PersonaIndex } from './PersonaIndex';
import { ResolvedViewCache } from './ResolvedViewCache';
import { visibleView } from './visibleView';

/**
 * A view answer as text, and compressed when it can be kept for reuse.
 *
 * @public
 */
export type PersonaViewBody = { json: string; gzipped?: () => Buffer };

/**
 * Answers persona views from the index, each filtered with the caller's own
 * credentials before it leaves the plugin.
 *
 * @public
 */
export class PersonaViewService {
  private readonly resolvedViews: ResolvedViewCache;

  constructor(
    private readonly options: {
      index: PersonaIndex;
      access: CallerAccess;
      /** Where resolved views are kept; shared by replicas when the store is. */
      cache: CacheService;
      logger: LoggerService;
    },
  ) {
    this.resolvedViews = new ResolvedViewCache(options.cache, options.logger);
  }

  async getView(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<PersonaViewResponse> {
    return JSON.parse((await this.getViewBody(entityRef, credentials)).json);
  }

  /**
   * The view as the JSON text of a {@link PersonaViewResponse} and, when the
   * same text serves every caller who may read everything, its gzip form.
   */
  async getViewBody(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<PersonaViewBody> {
    const snapshot = await this.options.index.snapshot();
    // The same answer for "does not exist" and "may not be read": no leak.
    const notFound = new NotFoundError(`No persona view for ${entityRef}`);
    const resolved = await this.resolvedViews.get(snapshot, entityRef);
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
    const visible = visibleView(resolved.view(), snapshot.graph, readable);
    return { json: JSON.stringify({ ...visible, meta: indexMeta(snapshot) }) };
  }
}
