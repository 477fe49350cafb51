import { Entity } from '@backstage/catalog-model';

const MAX_DEPTH = 8;

const lower = (text: string) => text.toLocaleLowerCase('en-US');

/** Key paths repeat across entities; lowercasing them is most of a walk. */
const lowerPaths = new Map<string, string>();
const MAX_LOWER_PATHS = 10_000;

function lowerPath(path: string): string {
  let lowered = lowerPaths.get(path);
  if (lowered === undefined) {
    lowered = lower(path);
    if (lowerPaths.size >= MAX_LOWER_PATHS) lowerPaths.clear();
    lowerPaths.set(path, lowered);
  }
  return lowered;
}

/**
 * The filter keys an index keeps, lowercased, with the dotted paths that
 * lead to them, so that flattening an entity walks only those paths.
 */
export type FieldKeys = {
  keys: ReadonlySet<string>;
  paths: ReadonlySet<string>;
};

/** {@link FieldKeys} of `keys`, in any case. */
export function fieldKeys(keys: Iterable<string>): FieldKeys {
  const wanted = new Set([...keys].map(lower));
  const paths = new Set<string>();
  for (const key of wanted) {
    for (let dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) {
      paths.add(key.slice(0, dot));
    }
    paths.add(key);
  }
  return { keys: wanted, paths };
}

/**
 * Flattens an entity into the `[key, value]` pairs that catalog filters
 * match against, the way the catalog's search table does: dot-joined
 * lowercase keys, one pair per array element, lowercase string values, and
 * `relations.<type>` pairs with each relation's target ref. Given `only`,
 * gives the pairs of those keys alone and walks no other part of the
 * entity: an index of a few keys need not flatten all of 50,000 entities.
 *
 * @public
 */
export function flattenEntityFields(
  entity: Entity,
  only?: FieldKeys,
): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const visit = (value: unknown, key: string, depth: number) => {
    if (value === null || value === undefined || depth > MAX_DEPTH) {
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key, depth + 1);
    } else if (typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) {
        const path = lowerPath(key ? `${key}.${childKey}` : childKey);
        if (!only || only.paths.has(path)) visit(child, path, depth + 1);
      }
    } else if (['string', 'number', 'boolean'].includes(typeof value)) {
      if (!only || only.keys.has(key)) pairs.push([key, lower(String(value))]);
    }
  };
  const { relations, ...rest } = entity;
  visit(rest, '', 0);
  for (const relation of relations ?? []) {
    const key = `relations.${lower(relation.type)}`;
    if (!only || only.keys.has(key)) {
      pairs.push([key, lower(relation.targetRef)]);
    }
  }
  return pairs;
}
