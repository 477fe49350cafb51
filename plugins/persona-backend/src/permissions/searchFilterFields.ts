import { EntityFilter } from '@backstage/plugin-catalog-node';

/** The search keys an entity filter reads, lowercased. */
export function searchFilterKeys(
  filter: EntityFilter,
  keys = new Set<string>(),
): Set<string> {
  if ('allOf' in filter) filter.allOf.forEach(f => searchFilterKeys(f, keys));
  else if ('anyOf' in filter) {
    filter.anyOf.forEach(f => searchFilterKeys(f, keys));
  } else if ('not' in filter) searchFilterKeys(filter.not, keys);
  else keys.add(filter.key.toLowerCase());
  return keys;
}

/** Fields of the catalog model whose names are lowercase words, by parent. */
const LOWERCASE_FIELDS: Record<string, string[]> = {
  metadata: [
    'name',
    'namespace',
    'title',
    'description',
    'tags',
    'links',
    'uid',
    'etag',
  ],
  spec: [
    'type',
    'lifecycle',
    'owner',
    'system',
    'domain',
    'parent',
    'children',
    'members',
    'profile',
    'target',
    'targets',
    'definition',
    'presence',
  ],
};

/**
 * The catalog field to read for a lowercase search key, or undefined when
 * no field can be named for it. A read names fields in their own case,
 * while search keys match any case, so a key maps to a field only where the
 * field's case is known: the whole annotation or label map (their keys hold
 * dots themselves), every relation, `kind` and `apiVersion`, a lowercase
 * field of the model under `metadata` or `spec` (`metadata.tags.java`
 * stands for an item of `metadata.tags`), and otherwise all of `metadata` or
 * `spec`.
 */
export function catalogFieldOfSearchKey(key: string): string | undefined {
  if (key === 'relations' || key.startsWith('relations.')) return 'relations';
  for (const map of ['metadata.annotations', 'metadata.labels']) {
    if (key === map || key.startsWith(`${map}.`)) return map;
  }
  if (key === 'kind') return 'kind';
  if (key === 'apiversion') return 'apiVersion';
  const [parent, child] = key.split('.');
  if (!(parent in LOWERCASE_FIELDS)) return undefined;
  return child !== undefined && LOWERCASE_FIELDS[parent].includes(child)
    ? `${parent}.${child}`
    : parent;
}

/**
 * Whether a read with the field projection `held` returns everything the
 * catalog holds at `field`: the field itself or a field that contains it.
 * Without a projection, everything is held.
 */
export function isFieldHeld(field: string, held: ReadonlySet<string>): boolean {
  const parts = field.split('.');
  return parts.some((_, i) => held.has(parts.slice(0, i + 1).join('.')));
}
