import { CatalogReader } from './CatalogReader';
import { IndexedEntities } from './IndexedEntities';
import { findingOf, sweepCatalog, SweepFinding } from './sweepCatalog';

/**
 * Which hinted refs showed a change — they or the targets of their
 * relations — and which showed none; refs in neither were settled by a
 * sweep.
 */
export type HintOutcome = { changed: string[]; quiet: string[] };

/**
 * Refs, hinted and their targets together, that one look reads by ref at
 * most; past that, one narrow read of every etag costs less.
 */
const MAX_LOOKED_AT = 1_000;

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
): Promise<HintOutcome & { finding: SweepFinding }> {
  const sweep = async () => ({
    finding: await sweepCatalog(reader, entities, heldFields),
    changed: [],
    quiet: [],
  });
  const hintedRefs = new Set(hinted);
  if (hintedRefs.size > MAX_LOOKED_AT) return sweep();
  const read = await reader.etagsWithTargetsOf([...hintedRefs]);
  const targetsOf = (ref: string) => [
    ...(read.get(ref)?.targets ?? []),
    ...(entities.get(ref)?.relations ?? []).map(r => r.targetRef),
  ];
  const targets = [...new Set([...hintedRefs].flatMap(targetsOf))].filter(
    ref => !hintedRefs.has(ref),
  );
  if (hintedRefs.size + targets.length > MAX_LOOKED_AT) return sweep();
  const targetEtags = targets.length
    ? await reader.etagsOf(targets)
    : new Map();
  const diff = entities.diffOf(
    [...hintedRefs, ...targets],
    new Map([...read, ...targetEtags]),
  );
  const differs = new Set([...diff.changed.map(c => c.ref), ...diff.deleted]);
  const changed = [...hintedRefs].filter(
    ref => differs.has(ref) || targetsOf(ref).some(t => differs.has(t)),
  );
  const changedRefs = new Set(changed);
  return {
    finding: await findingOf(reader, entities, diff, heldFields),
    changed,
    quiet: [...hintedRefs].filter(ref => !changedRefs.has(ref)),
  };
}
