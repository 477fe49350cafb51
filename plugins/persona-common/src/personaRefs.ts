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

/**
 * A field of a persona that names another entity: its keys from the root of
 * the entity (`['spec', 'holders', 0]`) and the ref it names in full
 * `kind:namespace/name` form.
 *
 * @public
 */
export type PersonaRefField = {
  keys: Array<string | number>;
  ref: string;
};

/**
 * The one table of the kinds a persona's ref fields default to: Group for the
 * owner and the holders, Component for the targets of each mode.
 */
const DEFAULT_KIND = {
  owner: 'group',
  holders: 'group',
  builds: 'component',
  enables: 'component',
  consumes: 'component',
} as const;

/**
 * Lists the fields of a valid persona that name another entity (owner,
 * holders, and the explicit refs of `builds`, `enables` and `consumes`;
 * selectors name no entity), with the default kind of each field and the
 * persona's own namespace applied.
 *
 * @public
 */
export function getPersonaRefFields(
  persona: PersonaEntityV1alpha1,
): PersonaRefField[] {
  const defaultNamespace = persona.metadata.namespace ?? DEFAULT_NAMESPACE;
  const { spec } = persona;
  const field = (
    keys: Array<string | number>,
    raw: string,
    defaultKind: string,
  ): PersonaRefField => ({
    keys,
    ref: stringifyEntityRef(
      parseEntityRef(raw, { defaultKind, defaultNamespace }),
    ),
  });
  const fields = [field(['spec', 'owner'], spec.owner, DEFAULT_KIND.owner)];
  (spec.holders ?? []).forEach((holder, index) =>
    fields.push(
      field(['spec', 'holders', index], holder, DEFAULT_KIND.holders),
    ),
  );
  for (const mode of PERSONA_MODES) {
    (spec[mode] ?? []).forEach((target, index) => {
      if (!isPersonaSelector(target)) {
        fields.push(field(['spec', mode, index], target, DEFAULT_KIND[mode]));
      }
    });
  }
  return fields;
}

function sortedUnique(refs: string[]): string[] {
  return [...new Set(refs)].sort();
}

/**
 * Reads the refs of a valid persona, with the defaults of
 * {@link getPersonaRefFields} applied. Sorting keeps the emitted relations,
 * and so the entity's hash, stable.
 *
 * @public
 */
export function getPersonaRefs(persona: PersonaEntityV1alpha1): PersonaRefs {
  const fields = getPersonaRefFields(persona);
  const refsOf = (key: string) =>
    sortedUnique(fields.filter(f => f.keys[1] === key).map(f => f.ref));
  const modes = {} as PersonaRefs['modes'];
  for (const mode of PERSONA_MODES) {
    modes[mode] = {
      refs: refsOf(mode),
      selectors: (persona.spec[mode] ?? []).filter(isPersonaSelector),
    };
  }
  return { owner: refsOf('owner')[0], holders: refsOf('holders'), modes };
}
