import { IndexedEntities } from './IndexedEntities';
import { applyBatch, ChangeBatch } from './readIndex';

/**
 * The change batches applied to the index while a full read was under way,
 * each with when its own read of the catalog began. On a loaded catalog a
 * full read takes minutes, and what it read early may be older than what a
 * look or sweep read since: before it takes over, the full read applies
 * the batches read after it began, so the index never steps back to what
 * the full read saw. A batch read before the full read began holds nothing
 * newer than the full read and is left out.
 */
export class ChangesDuringReads {
  private batches: Array<{
    readFrom: number;
    fields: string[];
    batch: ChangeBatch;
  }> = [];

  /**
   * Keeps `batch`, read from `readFrom` on with the projection `fields`,
   * for the full reads under way.
   */
  record(readFrom: number, fields: string[], batch: ChangeBatch): void {
    this.batches.push({ readFrom, fields, batch });
  }

  /** Forgets every batch: no full read is under way to need them. */
  clear(): void {
    this.batches = [];
  }

  /**
   * Applies to `entities`, a full read that began at `readFrom`, the
   * batches read since, in the order they were applied. Batches read with
   * another projection are not applied (a Persona changed the fields the
   * index reads); says whether every batch could be.
   */
  replayOnto(entities: IndexedEntities, readFrom: number): boolean {
    this.batches = this.batches.filter(kept => kept.readFrom >= readFrom);
    let all = true;
    for (const kept of this.batches) {
      if (entities.readWith(kept.fields)) {
        applyBatch(entities, kept.batch);
      } else {
        all = false;
      }
    }
    return all;
  }
}
