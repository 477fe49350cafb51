import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { ReadEntity } from './CatalogReader';

/** How a sweep found the catalog to differ from the index. */
export type CatalogDiff = {
  /** Refs new to the index or whose etag changed, with their kind. */
  changed: Array<{ ref: string; kind: string }>;
  /** Refs the index holds and the catalog no longer does. */
  deleted: string[];
};

const byRef = (a: [string, unknown], b: [string, unknown]) =>
  a[0] < b[0] ? -1 : Number(a[0] > b[0]);

/**
 * The entities the index was built from, by ref, with the etag each was read
 * at: what an index build reads, kept so that a change is applied by
 * replacing the entities that changed rather than by reading the catalog
 * again. {@link IndexedEntities.list} is sorted by ref, so an index built
 * from it is the same whatever order the entities arrived in — an index
 * that followed changes equals one built from a full read of the same data.
 */
export class IndexedEntities {
  private readonly entities = new Map<string, Entity>();
  private readonly etags = new Map<string, string | undefined>();

  /** @param fields - the projection every entity but Personas was read with */
  constructor(readonly fields: string[]) {}

  /** Whether every entity but Personas was read with the projection `fields`. */
  readWith(fields: readonly string[]): boolean {
    return (
      fields.length === this.fields.length &&
      fields.every((field, i) => field === this.fields[i])
    );
  }

  get size(): number {
    return this.entities.size;
  }

  put({ entity, etag }: ReadEntity): void {
    const ref = stringifyEntityRef(entity);
    this.entities.set(ref, entity);
    this.etags.set(ref, etag);
  }

  delete(ref: string): void {
    this.entities.delete(ref);
    this.etags.delete(ref);
  }

  get(ref: string): Entity | undefined {
    return this.entities.get(ref);
  }

  /** The etag `ref` was read at. */
  etag(ref: string): string | undefined {
    return this.etags.get(ref);
  }

  /** The refs of every entity, in no order. */
  refs(): IterableIterator<string> {
    return this.entities.keys();
  }

  /** Every entity, sorted by ref. */
  list(): Entity[] {
    return [...this.entities].sort(byRef).map(([, entity]) => entity);
  }

  personas(): Entity[] {
    return this.list().filter(
      entity => entity.kind.toLocaleLowerCase('en-US') === 'persona',
    );
  }

  /**
   * What differs between the index and `etags`, the catalog's etags of
   * `refs`: a ref the catalog does not hold was deleted.
   */
  diffOf(
    refs: Iterable<string>,
    etags: Map<string, { kind: string; etag?: string }>,
  ): CatalogDiff {
    const changed: CatalogDiff['changed'] = [];
    const deleted: string[] = [];
    for (const ref of new Set(refs)) {
      const current = etags.get(ref);
      if (!current) {
        if (this.entities.has(ref)) deleted.push(ref);
      } else if (this.differs(ref, current.etag)) {
        changed.push({ ref, kind: current.kind });
      }
    }
    return { changed, deleted };
  }

  /** Whether `ref` is new to the index or was read at another etag. */
  private differs(ref: string, etag: string | undefined): boolean {
    return !this.etags.has(ref) || this.etags.get(ref) !== etag;
  }

  /**
   * What changed from `previous` to these entities, as a full read finds
   * it: the entities new here or read at another etag, with how they were,
   * and the refs gone.
   */
  changesSince(previous: IndexedEntities): {
    changed: Array<{ before?: Entity; after: Entity }>;
    deleted: string[];
  } {
    const changed: Array<{ before?: Entity; after: Entity }> = [];
    for (const [ref, after] of this.entities) {
      if (previous.differs(ref, this.etags.get(ref))) {
        changed.push({ before: previous.get(ref), after });
      }
    }
    const deleted = [...previous.refs()].filter(ref => !this.entities.has(ref));
    return { changed, deleted };
  }

  /**
   * What differs between the index and `etags`, the catalog's etags by ref
   * (of every entity, or of one kind when `kind` is given).
   */
  diff(
    etags: Map<string, { kind: string; etag?: string }>,
    kind?: string,
  ): CatalogDiff {
    const changed: CatalogDiff['changed'] = [];
    for (const [ref, current] of etags) {
      if (this.differs(ref, current.etag)) {
        changed.push({ ref, kind: current.kind });
      }
    }
    const deleted = [...this.entities]
      .filter(
        ([ref, entity]) =>
          !etags.has(ref) &&
          (!kind || entity.kind.toLocaleLowerCase('en-US') === kind),
      )
      .map(([ref]) => ref);
    return { changed, deleted };
  }
}
