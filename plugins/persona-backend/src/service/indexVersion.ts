import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';

/**
 * A digest of the catalog data an index is built from. Two backend replicas
 * that read the same catalog compute the same version whatever order the
 * catalog streamed the entities in, so answers resolved by one replica can be
 * shared with the other through the cache, and a change to any entity the
 * index reads gives a new version — no answer of an older index is reused.
 */
export function indexVersionOf(entities: Entity[]): string {
  const hash = createHash('sha256');
  const byRef = entities
    .map(entity => ({ ref: stringifyEntityRef(entity), entity }))
    .sort((a, b) => (a.ref < b.ref ? -1 : Number(a.ref > b.ref)));
  for (const { entity } of byRef) {
    hash.update(JSON.stringify(entity));
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 32);
}
