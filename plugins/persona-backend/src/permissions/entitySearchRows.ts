import { DEFAULT_NAMESPACE, Entity } from '@backstage/catalog-model';

/** Keys the catalog's search table leaves out or fills in itself. */
const SPECIAL_KEYS = new Set([
  'attachments',
  'relations',
  'status',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'metadata.etag',
]);
/** Longer keys are dropped and longer values stored as null, as the catalog does. */
const MAX_KEY_LENGTH = 200;
const MAX_VALUE_LENGTH = 200;

/** A row of the catalog's search table: a lowercase key and value; null for none. */
export type EntitySearchRow = [key: string, value: string | null];

/**
 * The rows the catalog's search table holds for an entity, which is what
 * the catalog matches permission conditions against: every scalar under its
 * dot-joined path, arrays item by item plus a `path.item` key for each string
 * item, `relations.<type>` with each target ref, names and namespace (the
 * default one when absent), all lowercased. The catalog keeps this function
 * internal, so it is mirrored here and held to the catalog's own answers by
 * the equivalence test next to {@link InProcessReadDecisions}.
 */
export function entitySearchRows(entity: Entity): EntitySearchRow[] {
  const raw: Array<[string, unknown]> = [];
  const seenItemKeys = new Set<string>();
  const visit = (path: string, value: unknown) => {
    if (SPECIAL_KEYS.has(path)) return;
    if (
      value === undefined ||
      value === null ||
      ['string', 'number', 'boolean'].includes(typeof value)
    ) {
      raw.push([path, value]);
    } else if (Array.isArray(value)) {
      for (const item of value) {
        visit(path, item);
        const itemKey = `${path}.${item}`.toLowerCase();
        if (typeof item === 'string' && !seenItemKeys.has(itemKey)) {
          seenItemKeys.add(itemKey);
          raw.push([itemKey, true]);
        }
      }
    } else if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        visit(path ? `${path}.${key}` : key, child);
      }
    }
  };
  visit('', entity);
  raw.push(['metadata.name', entity.metadata.name]);
  raw.push(['metadata.namespace', entity.metadata.namespace]);
  raw.push(['metadata.uid', entity.metadata.uid]);
  if (!entity.metadata.namespace) {
    raw.push(['metadata.namespace', DEFAULT_NAMESPACE]);
  }
  for (const relation of entity.relations ?? []) {
    raw.push([`relations.${relation.type}`, relation.targetRef]);
  }

  const rows: EntitySearchRow[] = [];
  for (const [rawKey, rawValue] of raw) {
    const key = rawKey.toLowerCase();
    if (key.length > MAX_KEY_LENGTH) continue;
    const value =
      rawValue === undefined || rawValue === null
        ? null
        : String(rawValue).toLowerCase();
    rows.push([
      key,
      value !== null && value.length <= MAX_VALUE_LENGTH ? value : null,
    ]);
  }
  return rows;
}
