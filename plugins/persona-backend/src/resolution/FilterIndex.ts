import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { PersonaSelectorFilter } from '@platform-personas/backstage-plugin-persona-common';
import { fieldKeys, flattenEntityFields } from './entityFields';

/**
 * An inverted index from filter keys and values to entity refs, so that a
 * selector costs one set intersection instead of a scan of the catalog. Only
 * the keys that some selector uses are indexed.
 *
 * @public
 */
export class FilterIndex {
  private readonly index = new Map<string, Map<string, Set<string>>>();
  private readonly memo = new Map<
    string,
    { sorted: string[]; set: Set<string> }
  >();

  constructor(entities: Iterable<Entity>, keys: Iterable<string>) {
    const only = fieldKeys(keys);
    for (const key of only.keys) this.index.set(key, new Map());
    for (const entity of entities) {
      const ref = stringifyEntityRef(entity);
      for (const [key, value] of flattenEntityFields(entity, only)) {
        const values = this.index.get(key);
        if (!values) continue;
        let refs = values.get(value);
        if (!refs) {
          refs = new Set();
          values.set(value, refs);
        }
        refs.add(ref);
      }
    }
  }

  /** The refs of every indexed entity that matches the filter, sorted. */
  match(filter: PersonaSelectorFilter): string[] {
    return this.matchMemo(filter).sorted;
  }

  /** Whether the entity of a ref matches the filter. */
  matches(filter: PersonaSelectorFilter, ref: string): boolean {
    return this.matchMemo(filter).set.has(ref);
  }

  private matchMemo(filter: PersonaSelectorFilter) {
    const memoKey = JSON.stringify(filter);
    const cached = this.memo.get(memoKey);
    if (cached) return cached;

    let result: Set<string> | undefined;
    for (const [key, wanted] of Object.entries(filter)) {
      const values = this.index.get(key.toLocaleLowerCase('en-US'));
      const matches = new Set<string>();
      for (const value of [wanted].flat()) {
        for (const ref of values?.get(value.toLocaleLowerCase('en-US')) ?? []) {
          if (!result || result.has(ref)) matches.add(ref);
        }
      }
      result = matches;
      if (result.size === 0) break;
    }
    const set = result ?? new Set<string>();
    const entry = { sorted: [...set].sort(), set };
    this.memo.set(memoKey, entry);
    return entry;
  }
}
