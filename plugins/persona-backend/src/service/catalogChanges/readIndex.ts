import { Entity } from '@backstage/catalog-model';
import { indexFieldsFor } from '../indexFields';
import { withTeamTypeAnnotations } from '../teamTypeAnnotations';
import { CatalogReader, ReadEntity, TEAM_TYPE_FIELDS } from './CatalogReader';
import { CatalogDiff, IndexedEntities } from './IndexedEntities';

/** The projection of the index for these personas and the held fields. */
export function indexFieldsOf(
  personas: Entity[],
  heldFields: Iterable<string>,
): string[] {
  return [...new Set([...indexFieldsFor(personas), ...heldFields])].sort();
}

/** `others` with the team type annotation of the groups merged in. */
function withTeamTypes(others: ReadEntity[], annotated: Entity[]) {
  const merged = withTeamTypeAnnotations(
    others.map(read => read.entity),
    annotated,
  );
  return others.map((read, i) => ({ entity: merged[i], etag: read.etag }));
}

/**
 * A full read of what the index needs: the Personas whole first — their
 * selectors decide the projection of the rest — then every other entity
 * projected, then the groups' team type annotation (the annotations of every
 * entity would be much of the index's memory).
 */
export async function readIndex(
  reader: CatalogReader,
  heldFields: Iterable<string>,
): Promise<IndexedEntities> {
  const personas = await reader.personas();
  const fields = indexFieldsOf(
    personas.map(read => read.entity),
    heldFields,
  );
  const others = await reader.others(fields);
  const annotated = await reader.groupAnnotations();
  const store = new IndexedEntities(fields);
  personas.forEach(read => store.put(read));
  withTeamTypes(others, annotated).forEach(read => store.put(read));
  return store;
}

/** What to change in the index: entities to put, refs to drop. */
export type ChangeBatch = { upserts: ReadEntity[]; deletes: string[] };

/**
 * The entities a sweep found changed, read the way a full read reads them —
 * Personas whole, the rest with the index's projection, groups with their
 * team type — so that applying them gives what a full read would. A changed
 * ref the catalog no longer holds (deleted since the sweep) is deleted.
 */
export async function readChanges(
  reader: CatalogReader,
  fields: string[],
  diff: CatalogDiff,
): Promise<ChangeBatch> {
  const refsOf = (kind: (k: string) => boolean) =>
    diff.changed.filter(c => kind(c.kind)).map(c => c.ref);
  const personas = (await reader.byRefs(refsOf(k => k === 'persona'))).filter(
    read => read.entity.kind.toLocaleLowerCase('en-US') === 'persona',
  );
  const others = await reader.byRefs(
    refsOf(k => k !== 'persona'),
    fields,
  );
  const groupRefs = refsOf(k => k === 'group');
  const annotated = groupRefs.length
    ? (await reader.byRefs(groupRefs, TEAM_TYPE_FIELDS)).map(r => r.entity)
    : [];
  const upserts = [...personas, ...withTeamTypes(others, annotated)];
  const found = new IndexedEntities(fields);
  upserts.forEach(read => found.put(read));
  const gone = diff.changed.filter(c => !found.get(c.ref)).map(c => c.ref);
  return { upserts, deletes: [...diff.deleted, ...gone] };
}

/** The projection the index needs once `batch` is applied to `store`. */
export function fieldsAfter(
  store: IndexedEntities,
  batch: ChangeBatch,
  heldFields: Iterable<string>,
): string[] {
  const personas = new IndexedEntities(store.fields);
  store.personas().forEach(entity => personas.put({ entity }));
  batch.deletes.forEach(ref => personas.delete(ref));
  batch.upserts
    .filter(read => read.entity.kind.toLocaleLowerCase('en-US') === 'persona')
    .forEach(read => personas.put(read));
  return indexFieldsOf(personas.list(), heldFields);
}

/** Applies `batch` to `store`, in place. */
export function applyBatch(store: IndexedEntities, batch: ChangeBatch): void {
  batch.deletes.forEach(ref => store.delete(ref));
  batch.upserts.forEach(read => store.put(read));
}
