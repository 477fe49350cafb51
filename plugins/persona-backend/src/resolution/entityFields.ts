import { Entity } from '@backstage/catalog-model';

const MAX_DEPTH = 8;

/**
 * Flattens an entity into the `[key, value]` pairs that catalog filters
 * match against, the way the catalog's search table does: dot-joined
 * lowercase keys, one pair per array element, lowercase string values, and
 * `relations.<type>` pairs with each relation's target ref.
 *
 * @public
 */
export function flattenEntityFields(entity: Entity): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const visit = (value: unknown, key: string, depth: number) => {
    if (value === null || value === undefined || depth > MAX_DEPTH) {
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key, depth + 1);
    } else if (typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) {
        visit(child, key ? `${key}.${childKey}` : childKey, depth + 1);
      }
    } else if (['string', 'number', 'boolean'].includes(typeof value)) {
      pairs.push([
        key.toLocaleLowerCase('en-US'),
        String(value).toLocaleLowerCase('en-US'),
      ]);
    }
  };
  const { relations, ...rest } = entity;
  visit(rest, '', 0);
  for (const relation of relations ?? []) {
    pairs.push([
      `relations.${relation.type.toLocaleLowerCase('en-US')}`,
      relation.targetRef.toLocaleLowerCase('en-US'),
    ]);
  }
  return pairs;
}
