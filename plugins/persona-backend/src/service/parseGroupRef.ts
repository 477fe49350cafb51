import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/**
 * The full ref of a Group from what a caller sent (`payments-team`,
 * `group:payments-team`, `group:default/payments-team`), or an `InputError`
 * naming `field` for anything else — a ref that does not parse or names
 * another kind.
 */
export function parseGroupRef(ref: string, field: string): string {
  let parsed;
  try {
    parsed = parseEntityRef(ref, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
  } catch (error) {
    throw new InputError(`${field} is not an entity ref: ${ref}`);
  }
  if (parsed.kind.toLocaleLowerCase('en-US') !== 'group') {
    throw new InputError(
      `${field} must be a Group, not a ${parsed.kind}: interactions are between teams`,
    );
  }
  return stringifyEntityRef(parsed);
}
