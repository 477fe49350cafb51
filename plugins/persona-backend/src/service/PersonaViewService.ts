import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  NotFoundError,
  ServiceUnavailableError,
  stringifyError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  PersonaView,
  resolvePersonaView,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaIndex } from './PersonaIndex';
import { readableRefs } from './readableRefs';
import { refsOfView, visibleView } from './visibleView';

/** A persona view with how old the index data behind it is. @public */
export type PersonaViewResponse = PersonaView & {
  meta: { indexBuiltAt: string; indexAgeSeconds: number };
};

/**
 * Answers persona views from the index, each filtered with the caller's own
 * credentials before it leaves the plugin.
 *
 * @public
 */
export class PersonaViewService {
  constructor(
    private readonly options: {
      index: PersonaIndex;
      catalog: CatalogService;
      catalogTimeoutMs?: number;
    },
  ) {}

  async getView(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<PersonaViewResponse> {
    const { graph, builtAt } = await this.options.index.snapshot();
    // The same answer for "does not exist" and "may not be read": no leak.
    const notFound = new NotFoundError(`No persona view for ${entityRef}`);
    const view = resolvePersonaView(graph, entityRef);
    if (!view) throw notFound;

    const readable = await this.withTimeout(
      readableRefs(this.options.catalog, refsOfView(view, graph), credentials),
      builtAt,
    );
    if (!readable.has(entityRef)) throw notFound;
    return {
      ...visibleView(view, graph, readable),
      meta: {
        indexBuiltAt: builtAt.toISOString(),
        indexAgeSeconds: Math.round((Date.now() - builtAt.getTime()) / 1000),
      },
    };
  }

  private async withTimeout<T>(work: Promise<T>, builtAt: Date): Promise<T> {
    const timeoutMs = this.options.catalogTimeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([work, timeout]);
    } catch (error) {
      throw new ServiceUnavailableError(
        `The catalog did not check what you may read (${stringifyError(
          error,
        )}); the persona index is from ${builtAt.toISOString()}`,
      );
    } finally {
      clearTimeout(timer);
    }
  }
}
