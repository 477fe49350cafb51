import { RELATION_OWNED_BY, RELATION_OWNER_OF } from '@backstage/catalog-model';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Direction,
  EntityCatalogGraphCard,
} from '@backstage/plugin-catalog-graph';
import { PERSONA_RELATION_PAIRS } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';

/** Holders, components (per mode) and owner of a Persona, both directions. */
export const personaDiagramRelations = [
  ...PERSONA_RELATION_PAIRS.flat(),
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
];

/**
 * The Diagram tab of a Persona page: the catalog graph of the persona, its
 * holders, its components and its owner, left to right.
 */
export function PersonaDiagram(props: { title?: string; height?: number }) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <EntityCatalogGraphCard
      direction={Direction.LEFT_RIGHT}
      title={props.title ?? t('diagram.title')}
      height={props.height ?? 700}
      relations={personaDiagramRelations}
      unidirectional={false}
    />
  );
}
