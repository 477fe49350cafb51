import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

/**
 * The full, lowercase form of an entity ref, the form the catalog compares
 * and searches refs in. A string that is no entity ref is only lowercased,
 * so that it still matches itself but never a real ref.
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
