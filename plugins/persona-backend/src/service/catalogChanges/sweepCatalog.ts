import { CatalogReader } from './CatalogReader';
import { CatalogDiff, IndexedEntities } from './IndexedEntities';
import { ChangeBatch, fieldsAfter, readChanges } from './readIndex';

/** What a sweep found: nothing, changes to apply, or a need to rebuild. */
export type SweepFinding =
  | { kind: 'unchanged' }
  | { kind: 'rebuild'; reason: string }
  | { kind: 'changes'; batch: ChangeBatch };

/**
 * Compares the etag of every catalog entity with those `entities` were read
 * at and reads what changed. Rebuilding is cheaper than reading a quarter
 * of the catalog by ref, and a Persona whose selectors ask for other fields
 * needs every entity read again with the new projection.
 */
export async function sweepCatalog(
  reader: CatalogReader,
  entities: IndexedEntities,
  heldFields: Iterable<string>,
): Promise<SweepFinding> {
  const diff = entities.diff(await reader.etags());
  if (diff.changed.length > Math.max(1_000, entities.size / 4)) {
    return {
      kind: 'rebuild',
      reason: `${diff.changed.length} entities changed`,
    };
  }
  return findingOf(reader, entities, diff, heldFields);
}

/**
 * Reads the entities of `diff` and gives the batch to apply, or a need to
 * rebuild when a Persona changed the fields the index reads.
 */
export async function findingOf(
  reader: CatalogReader,
  entities: IndexedEntities,
  diff: CatalogDiff,
  heldFields: Iterable<string>,
): Promise<SweepFinding> {
  if (diff.changed.length + diff.deleted.length === 0) {
    return { kind: 'unchanged' };
  }
  const batch = await readChanges(reader, entities.fields, diff);
  const fields = fieldsAfter(entities, batch, heldFields);
  if (!entities.readWith(fields)) {
    return {
      kind: 'rebuild',
      reason: 'a Persona changed the fields the index reads',
    };
  }
  return { kind: 'changes', batch };
}
