import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorCache,
  CatalogProcessorEmit,
  CatalogService,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  getPersonaRefs,
  isPersonaEntity,
  PERSONA_MODE_RELATIONS,
  PERSONA_MODES,
  personaEntityV1alpha1Validator,
  RELATION_HAS_PERSONA,
  PersonaRefs,
  RELATION_PERSONA_OF,
} from '@platform-personas/backstage-plugin-persona-common';
import {
  hasSelectors,
  resolveSelectorMatches,
  SelectorMatches,
} from './resolveSelectorMatches';

/**
 * What the {@link PersonaEntitiesProcessor} needs to materialise the matches
 * of selectors as relations: the catalog to query, with the module's own
 * service credentials, and a logger for the queries that fail.
 *
 * @public
 */
export type PersonaEntitiesProcessorOptions = {
  /** The catalog that selectors are resolved in. */
  catalog: CatalogService;
  /** Gives the service credentials the catalog is queried with. */
  auth: AuthService;
  /** Receives a warning for each query that fails. */
  logger: LoggerService;
  /**
   * Told the ref of a Persona whose selector matches differ from those of
   * its last processing: the relations this processor emits for them are
   * not part of the entity that the change hints compare.
   */
  onMatchesChanged?: (personaRef: string) => void;
};

// The processor cache keeps the last matches that the catalog answered, with
// the selectors and holders they were resolved for.
const MATCHES_CACHE_KEY = 'selectorMatches';
type CachedMatches = { key: string; matches: SelectorMatches };

const sameMatches = (a: SelectorMatches, b: SelectorMatches) =>
  PERSONA_MODES.every(
    mode =>
      JSON.stringify([...(a[mode] ?? [])].sort()) ===
      JSON.stringify([...(b[mode] ?? [])].sort()),
  );

/**
 * Validates entities of the Persona kind against its JSON Schema and emits
 * their relations: `ownedBy`/`ownerOf` to the owner, `personaOf`/`hasPersona`
 * to each holder, and `builds`/`enables`/`consumes` (with their reverses) to
 * each explicit ref and — given a catalog — to each entity that a selector
 * matches, resolved as the persona backend resolves it.
 *
 * @remarks
 *
 * Selector matches are read from the catalog each time the Persona is
 * processed, so they are as fresh as the catalog's processing interval: an
 * entity that starts matching gets its relation at the Persona's next
 * processing. A failing catalog query is logged as a warning, never a
 * processing error: the Persona keeps the matches of its last successful
 * processing (when its selectors and holders are unchanged) or else only the
 * relations of its explicit refs. Without options, selectors emit nothing.
 *
 * @public
 */
export class PersonaEntitiesProcessor implements CatalogProcessor {
  private readonly validators = [personaEntityV1alpha1Validator];

  constructor(private readonly options?: PersonaEntitiesProcessorOptions) {}

  /** The name the catalog shows with the errors of this processor. */
  getProcessorName(): string {
    return 'PersonaEntitiesProcessor';
  }

  /**
   * False for other kinds; true for a valid Persona; throws an error naming
   * the field for an invalid one.
   */
  async validateEntityKind(entity: Entity): Promise<boolean> {
    for (const validator of this.validators) {
      if (await validator.check(entity)) {
        return true;
      }
    }
    return false;
  }

  /** Emits the relations of a Persona (see `PERSONA_RELATION_PAIRS`). */
  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
    cache?: CatalogProcessorCache,
  ): Promise<Entity> {
    if (!isPersonaEntity(entity)) {
      return entity;
    }
    const self = getCompoundEntityRef(entity);
    const emitPair = (target: string, outgoing: string, incoming: string) => {
      const other = parseEntityRef(target);
      emit(
        processingResult.relation({
          source: self,
          type: outgoing,
          target: other,
        }),
      );
      emit(
        processingResult.relation({
          source: other,
          type: incoming,
          target: self,
        }),
      );
    };

    const refs = getPersonaRefs(entity);
    emitPair(refs.owner, RELATION_OWNED_BY, RELATION_OWNER_OF);
    for (const holder of refs.holders) {
      emitPair(holder, RELATION_PERSONA_OF, RELATION_HAS_PERSONA);
    }
    const matches = await this.selectorMatches(
      stringifyEntityRef(self),
      refs,
      cache,
    );
    for (const mode of PERSONA_MODES) {
      const { outgoing, incoming } = PERSONA_MODE_RELATIONS[mode];
      const targets = new Set([
        ...refs.modes[mode].refs,
        ...(matches?.[mode] ?? []),
      ]);
      for (const target of [...targets].sort()) {
        emitPair(target, outgoing, incoming);
      }
    }
    return entity;
  }

  /**
   * The matches of the persona's selectors, or undefined when there are none
   * to emit (no catalog, no selectors, or a failing catalog without an
   * earlier answer for the same selectors and holders).
   */
  private async selectorMatches(
    personaRef: string,
    refs: PersonaRefs,
    cache: CatalogProcessorCache | undefined,
  ): Promise<SelectorMatches | undefined> {
    if (!this.options || !hasSelectors(refs)) {
      return undefined;
    }
    const { catalog, auth, logger } = this.options;
    const key = JSON.stringify({ holders: refs.holders, modes: refs.modes });
    try {
      const matches = await resolveSelectorMatches({
        catalog,
        credentials: await auth.getOwnServiceCredentials(),
        refs,
      });
      const last = await cache?.get<CachedMatches>(MATCHES_CACHE_KEY);
      if (last && !sameMatches(last.matches, matches)) {
        this.options.onMatchesChanged?.(personaRef);
      }
      await cache?.set<CachedMatches>(MATCHES_CACHE_KEY, { key, matches });
      return matches;
    } catch (error) {
      const cached = await cache?.get<CachedMatches>(MATCHES_CACHE_KEY);
      const kept = cached?.key === key ? cached.matches : undefined;
      logger.warn(
        `Could not resolve the selectors of ${personaRef} against the catalog; ${
          kept
            ? 'keeping the matches of its last processing'
            : 'emitting the relations of its explicit refs only'
        }, and trying again at its next processing`,
        error instanceof Error ? error : { error: String(error) },
      );
      return kept;
    }
  }
}
