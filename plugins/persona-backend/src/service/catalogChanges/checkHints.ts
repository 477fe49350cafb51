import { CatalogReader } from './CatalogReader';
import { IndexedEntities } from './IndexedEntities';
import { findingOf, SweepFinding } from './sweepCatalog';

/** What a look at hinted refs found, and which of them showed no change. */
export type HintFinding = { finding: SweepFinding; quiet: string[] };

/**
 * Looks at the entities the catalog named as changed (see
 * `PERSONA_CATALOG_CHANGES_TOPIC`) and at the targets of their relations,
 * before and after: a changed relation changes the etag of the entity on
 * its other side too. A hinted ref is quiet when neither its etag nor its
 * targets' differ from the index: the catalog named it when it processed
 * it and has not stitched it yet, or nothing a reader sees changed.
 */
export async function checkHints(
  reader: CatalogReader,
  entities: IndexedEntities,
  hinted: string[],
  heldFields: Iterable<string>,
): Promise<HintFinding> {
  const read = await reader.etagsOf(hinted);
  const targetsOf = (ref: string) => [
    ...(read.get(ref)?.targets ?? []),
    ...(entities.get(ref)?.relations ?? []).map(r => r.targetRef),
  ];
  const hintedRefs = new Set(hinted);
  const targets = [...new Set(hinted.flatMap(targetsOf))].filter(
    ref => !hintedRefs.has(ref),
  );
  const targetEtags = targets.length
    ? await reader.etagsOf(targets)
    : new Map();
  const diff = entities.diffOf(
    [...hintedRefs, ...targets],
    new Map([...read, ...targetEtags]),
  );
  const differs = new Set([...diff.changed.map(c => c.ref), ...diff.deleted]);
  const quiet = [...hintedRefs].filter(
    ref => !differs.has(ref) && !targetsOf(ref).some(t => differs.has(t)),
  );
  return {
    finding: await findingOf(reader, entities, diff, heldFields),
    quiet,
  };
}
