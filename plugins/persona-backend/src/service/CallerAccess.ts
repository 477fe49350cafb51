import {
  BackstageCredentials,
  CacheService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createHash } from 'node:crypto';
import { InProcessReadDecisions } from '../permissions/InProcessReadDecisions';
import { KeptReadDecisions, ReadDecision } from './KeptReadDecisions';
import { PersonaIndexSnapshot } from './PersonaIndex';
import type { ReadableRefs } from './ReadableRefs';
import { withTimeout } from './withTimeout';

/** The catalog accepts at most this many refs in one getEntitiesByRefs call. */
const CHUNK_SIZE = 1000;

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
 * A conditional decision is first evaluated against the index with the
 * catalog's own permission rules ({@link InProcessReadDecisions}); only
 * conditions it cannot evaluate (an unknown rule, a field the index does
 * not hold yet) go to the catalog.
 *
 * A caller's decision may be kept for a few seconds
 * ({@link KeptReadDecisions}): a change of policy or of the caller's claims
 * then reaches the views within that time, as a catalog change reaches
 * them within the index refresh interval.
 *
 * The catalog's answer to a conditional decision depends only on the
 * conditions and the catalog data, so it is kept in the cache service under
 * the index version, a digest of the conditions and what the refs are of:
 * every caller whose policy gives the same conditions shares it, and nobody
 * reuses it once the catalog data changed.
 */
export class CallerAccess {
  private readonly decisions: KeptReadDecisions;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      permissions: PermissionsService;
      timeoutMs?: number;
      /** Where the catalog's answers to conditional decisions are kept. */
      cache?: CacheService;
      /**
       * How long an answer is kept; the index refresh interval in the plugin,
       * so that a change the index does not read (a field a policy filters
       * on) is as late in the views as any other catalog change.
       */
      keepForSeconds?: number;
      logger?: LoggerService;
      /** Evaluates conditional decisions against the index; off without it. */
      inProcess?: InProcessReadDecisions;
      /** How long a caller's read decision is kept; 0, the default, asks every time. */
      keepDecisionsForMs?: number;
    },
  ) {
    this.decisions = new KeptReadDecisions(options.keepDecisionsForMs ?? 0);
  }

  /**
   * The refs among `refs` that the caller may read; `refs` is only listed
   * when the catalog has to be asked. `refsOf` names what `refs` belong to
   * in `index` (an entity's view, say), so that the catalog's answer can be
   * kept for them; without it nothing is kept.
   */
  async readable(
    refs: () => Iterable<string>,
    credentials: BackstageCredentials,
    index: Pick<PersonaIndexSnapshot, 'version' | 'builtAt'> &
      Partial<Pick<PersonaIndexSnapshot, 'graph' | 'fields'>>,
    refsOf?: string,
  ): Promise<ReadableRefs> {
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    try {
      return await withTimeout(
        this.decide(
          refs,
          credentials,
          index,
          refsOf && `${index.version}\n${refsOf}`,
        ),
        timeoutMs,
      );
    } catch (error) {
      throw new ServiceUnavailableError(
        `The catalog did not check what you may read (${stringifyError(
          error,
        )}); the persona index is from ${index.builtAt.toISOString()}`,
      );
    }
  }

  private async decide(
    listRefs: () => Iterable<string>,
    credentials: BackstageCredentials,
    index: Partial<Pick<PersonaIndexSnapshot, 'graph' | 'fields'>>,
    keptAs?: string,
  ): Promise<ReadableRefs> {
    const decision = await this.decisions.decision(credentials, () =>
      this.askDecision(credentials),
    );
    if (decision.result !== AuthorizeResult.CONDITIONAL) {
      return decision.result === AuthorizeResult.ALLOW ? EVERYTHING : NOTHING;
    }

    const conditions = decision.conditionsJson;
    const local =
      index.graph &&
      this.options.inProcess?.readable(decision.conditions, conditions, {
        graph: index.graph,
        fields: index.fields,
      });
    if (local) return local;

    const key =
      keptAs &&
      `readable:${createHash('sha256')
        .update(`${keptAs}\n${conditions}`)
        .digest('hex')}`;
    const kept = key && (await this.kept(key));
    if (kept) return new Set(kept);

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
    if (key) await this.keep(key, [...readable]);
    return readable;
  }

  private async askDecision(
    credentials: BackstageCredentials,
  ): Promise<ReadDecision> {
    const [decision] = await this.options.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    return decision.result === AuthorizeResult.CONDITIONAL
      ? { ...decision, conditionsJson: JSON.stringify(decision.conditions) }
      : decision;
  }

  private async kept(key: string): Promise<string[] | undefined> {
    return this.options.cache?.get<string[]>(key).catch(error => {
      this.options.logger?.warn(
        `Reading the cache of readable refs failed: ${stringifyError(error)}`,
      );
      return undefined;
    });
  }

  private async keep(key: string, refs: string[]) {
    await this.options.cache
      ?.set(key, refs, {
        ttl: { seconds: this.options.keepForSeconds ?? 30 },
      })
      .catch(error =>
        this.options.logger?.warn(
          `Writing the cache of readable refs failed: ${stringifyError(error)}`,
        ),
      );
  }
}
