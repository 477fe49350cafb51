import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
} from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  getPersonaRefs,
  isPersonaEntity,
  PERSONA_MODE_RELATIONS,
  PERSONA_MODES,
  personaEntityV1alpha1Validator,
  RELATION_HAS_PERSONA,
  RELATION_PERSONA_OF,
} from '@platform-personas/backstage-plugin-persona-common';

/**
 * Validates entities of the Persona kind against its JSON Schema and emits
 * their relations: `ownedBy`/`ownerOf` to the owner, `personaOf`/`hasPersona`
 * to each holder, and `builds`/`enables`/`consumes` (with their reverses) to
 * each explicit ref. Selectors emit nothing; the persona backend resolves them
 * when asked, so they follow the catalog as it changes.
 *
 * @public
 */
export class PersonaEntitiesProcessor implements CatalogProcessor {
  private readonly validators = [personaEntityV1alpha1Validator];

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
    for (const mode of PERSONA_MODES) {
      const { outgoing, incoming } = PERSONA_MODE_RELATIONS[mode];
      for (const target of refs.modes[mode].refs) {
        emitPair(target, outgoing, incoming);
      }
    }
    return entity;
  }
}
