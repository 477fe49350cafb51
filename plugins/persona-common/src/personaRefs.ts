import {
  DEFAULT_NAMESPACE,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { PersonaEntityV1alpha1 } from './PersonaEntityV1alpha1';
import { isPersonaSelector, PersonaSelector } from './PersonaSelector';
import { PERSONA_MODES, PersonaMode } from './modes';

/**
 * The refs of a persona in their full `kind:namespace/name` form, with the
 * defaults of each field applied, sorted and without duplicates.
 *
 * @public
 */
export interface PersonaRefs {
  /** The owner; kind defaults to Group. */
  owner: string;
  /** The holders; kind defaults to Group. */
  holders: string[];
  /** Per mode, the explicit refs (kind defaults to Component) and the selectors. */
  modes: Record<PersonaMode, { refs: string[]; selectors: PersonaSelector[] }>;
}

function normalize(ref: string, defaultKind: string, defaultNamespace: string) {
  return stringifyEntityRef(
    parseEntityRef(ref, { defaultKind, defaultNamespace }),
  );
}

function sortedUnique(refs: string[]): string[] {
  return [...new Set(refs)].sort();
}

/**
 * Reads the refs of a valid persona, applying the defaults that each field
 * implies: Group for the owner and the holders, Component for the targets of
 * `builds`, `enables` and `consumes`, and the persona's own namespace.
 * Sorting keeps the emitted relations, and so the entity's hash, stable.
 *
 * @public
 */
export function getPersonaRefs(persona: PersonaEntityV1alpha1): PersonaRefs {
  const namespace = persona.metadata.namespace ?? DEFAULT_NAMESPACE;
  const { spec } = persona;
  const modes = {} as PersonaRefs['modes'];
  for (const mode of PERSONA_MODES) {
    const targets = spec[mode] ?? [];
    modes[mode] = {
      refs: sortedUnique(
        targets.flatMap(target =>
          isPersonaSelector(target)
            ? []
            : [normalize(target, 'component', namespace)],
        ),
      ),
      selectors: targets.filter(isPersonaSelector),
    };
  }
  return {
    owner: normalize(spec.owner, 'group', namespace),
    holders: sortedUnique(
      (spec.holders ?? []).map(ref => normalize(ref, 'group', namespace)),
    ),
    modes,
  };
}
