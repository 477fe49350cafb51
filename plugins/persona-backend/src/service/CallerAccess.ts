import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { withTimeout } from './withTimeout';

/** The catalog accepts at most this many refs in one getEntitiesByRefs call. */
const CHUNK_SIZE = 1000;

/**
 * Which entity refs a caller may read; `all` when the caller may read every
 * entity.
 *
 * @public
 */
export type ReadableRefs = { has(ref: string): boolean; all?: boolean };

const EVERYTHING: ReadableRefs = { has: () => true, all: true };
const NOTHING: ReadableRefs = { has: () => false };

/**
 * Decides which entities of an answer the caller may read, the way the
 * catalog itself decides: the catalog read permission first — an
 * unconditional ALLOW or DENY is the catalog's own answer for every entity,
 * so nothing else needs asking — and for a conditional decision the catalog
 * with the caller's credentials, in chunks of 1,000 refs and a projection too
 * small to cost anything. Bounded by a timeout: a catalog or permission
 * backend that does not answer is a 503, never a hung request.
 *
 * @public
 */
export class CallerAccess {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      permissions: PermissionsService;
      timeoutMs?: number;
    },
  ) {}

  /**
   * The refs among `refs` that the caller may read; `refs` is only listed
   * when the catalog has to be asked.
   */
  async readable(
    refs: () => Iterable<string>,
    credentials: BackstageCredentials,
    indexBuiltAt: Date,
  ): Promise<ReadableRefs> {
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    try {
      return await withTimeout(this.decide(refs, credentials), timeoutMs);
    } catch (error) {
      throw new ServiceUnavailableError(
        `The catalog did not check what you may read (${stringifyError(
          error,
        )}); the persona index is from ${indexBuiltAt.toISOString()}`,
      );
    }
  }

  private async decide(
    listRefs: () => Iterable<string>,
    credentials: BackstageCredentials,
  ): Promise<ReadableRefs> {
    const [decision] = await this.options.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return EVERYTHING;
    if (decision.result === AuthorizeResult.DENY) return NOTHING;

    const refs = [...listRefs()];
    const readable = new Set<string>();
    for (let start = 0; start < refs.length; start += CHUNK_SIZE) {
      const chunk = refs.slice(start, start + CHUNK_SIZE);
      const { items } = await this.options.catalog.getEntitiesByRefs(
        {
          entityRefs: chunk,
          fields: ['kind', 'metadata.namespace', 'metadata.name'],
        },
        { credentials },
      );
      items.forEach((item, i) => item && readable.add(chunk[i]));
    }
    return readable;
  }
}
