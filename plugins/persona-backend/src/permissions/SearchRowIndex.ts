import { Entity } from '@backstage/catalog-model';
import { EntityFilter } from '@backstage/plugin-catalog-node';
import { entitySearchRows } from './entitySearchRows';
import { searchFilterKeys } from './searchFilterFields';

/** Stands for a row whose value is null, which a key-only filter still finds. */
const NULL_VALUE = '\u0000null';

/**
 * The catalog's search table for the keys asked so far, as an inverted
 * index over the entities of one persona index, so that a permission
 * filter is set algebra over refs: a key with values is the union of their
 * refs, a key alone every ref that has a row for it, `not` the complement
 * within the index. Keys are added on demand, each batch in one pass.
 */
export class SearchRowIndex {
  private readonly byKey = new Map<string, Map<string, Set<string>>>();
  private readonly all: Set<string>;

  constructor(private readonly entities: ReadonlyMap<string, Entity>) {
    this.all = new Set(entities.keys());
  }

  /** The refs of the entities that match the filter. */
  match(filter: EntityFilter): Set<string> {
    this.addKeys(filter);
    return this.evaluate(filter);
  }

  private evaluate(filter: EntityFilter): Set<string> {
    if ('allOf' in filter) {
      let result = this.all;
      for (const part of filter.allOf) {
        const matched = this.evaluate(part);
        result = new Set([...result].filter(ref => matched.has(ref)));
      }
      return result;
    }
    if ('anyOf' in filter) {
      const result = new Set<string>();
      for (const part of filter.anyOf) {
        this.evaluate(part).forEach(ref => result.add(ref));
      }
      return result;
    }
    if ('not' in filter) {
      const excluded = this.evaluate(filter.not);
      return new Set([...this.all].filter(ref => !excluded.has(ref)));
    }
    const rows = this.byKey.get(filter.key.toLowerCase())!;
    const wanted = filter.values
      ? filter.values.map(value => String(value).toLowerCase())
      : [...rows.keys()];
    const result = new Set<string>();
    for (const value of wanted)
      rows.get(value)?.forEach(ref => result.add(ref));
    return result;
  }

  private addKeys(filter: EntityFilter) {
    const missing = new Set(
      [...searchFilterKeys(filter)].filter(key => !this.byKey.has(key)),
    );
    if (missing.size === 0) return;
    missing.forEach(key => this.byKey.set(key, new Map()));
    for (const [ref, entity] of this.entities) {
      for (const [key, value] of entitySearchRows(entity)) {
        if (!missing.has(key)) continue;
        const rows = this.byKey.get(key)!;
        const refs = rows.get(value ?? NULL_VALUE) ?? new Set<string>();
        refs.add(ref);
        rows.set(value ?? NULL_VALUE, refs);
      }
    }
  }
}
