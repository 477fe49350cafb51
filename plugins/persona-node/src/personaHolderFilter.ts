import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  PERSONA_KIND,
  RELATION_PERSONA_OF,
} from '@platform-personas/backstage-plugin-persona-common';

/**
 * The full, lowercase form of an entity ref, the form the catalog compares
 * and searches refs in. A string that is no entity ref is only lowercased,
 * so that it still matches itself but never a real ref.
 *
 * @public
 */
export function normaliseEntityRef(
  ref: string,
  defaults?: { defaultKind?: string; defaultNamespace?: string },
): string {
  try {
    return stringifyEntityRef(parseEntityRef(ref, defaults)).toLocaleLowerCase(
      'en-US',
    );
  } catch {
    return ref.toLocaleLowerCase('en-US');
  }
}

/**
 * The catalog search filter of the `IS_PERSONA_HOLDER` permission rule:
 * Personas with a `personaOf` relation to one of the claims. One definition
 * for the rule the catalog applies and for the persona backend, which
 * evaluates the same conditions against its index.
 *
 * @public
 */
export function personaHolderFilter(claims: string[]): {
  allOf: [{ key: string; values: string[] }, { key: string; values: string[] }];
} {
  return {
    allOf: [
      { key: 'kind', values: [PERSONA_KIND.toLocaleLowerCase('en-US')] },
      {
        key: `relations.${RELATION_PERSONA_OF}`,
        values: [...new Set(claims.map(claim => normaliseEntityRef(claim)))],
      },
    ],
  };
}
