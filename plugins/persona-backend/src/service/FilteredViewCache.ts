import { LRUCache } from 'lru-cache';
import { gzipSync } from 'node:zlib';
import type { PersonaViewBody } from './personaViewServiceRef';

/** 64 MiB of kept answers and views by default. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

type Answer = { json: string; gzipped: Buffer };

/**
 * Views filtered for a set of readable refs, kept while that set lives.
 * Read decisions made against the index hand out one set per index and
 * conditions, so every caller under the same conditions shares the filtered
 * answer and its gzip form, as callers who may read everything share the
 * unfiltered one. Sets made for one request (the catalog's answers) never
 * meet again and are not kept. Answers and the filtered views that list
 * pages are cut from share one byte bound; the least recently used go first.
 */
export class FilteredViewCache {
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;
  private readonly kept: LRUCache<string, object>;

  constructor(maxBytes = DEFAULT_MAX_BYTES) {
    this.kept = new LRUCache({ maxSize: maxBytes });
  }

  /**
   * The kept answer for `ref` under `readable`, or `build`'s, kept when
   * `shared` says the readable set is shared by requests. An answer is
   * charged the length of its JSON text and of its gzip form.
   */
  get(
    readable: object,
    ref: string,
    shared: boolean,
    build: () => string,
  ): PersonaViewBody {
    const { json, gzipped } = this.keep(
      readable,
      `answer\n${ref}`,
      shared,
      (): Answer => {
        const text = build();
        return { json: text, gzipped: gzipSync(text) };
      },
      answer => answer.json.length + answer.gzipped.length,
    );
    return shared ? { json, gzipped: () => gzipped } : { json };
  }

  /**
   * The kept filtered view of `ref` under `readable`, or `build`'s, kept
   * when `shared` says the readable set is shared by requests, and charged
   * what `bytesOf` says it holds.
   */
  view<T extends object>(
    readable: object,
    ref: string,
    shared: boolean,
    build: () => T,
    bytesOf: (view: T) => number,
  ): T {
    return this.keep(readable, `view\n${ref}`, shared, build, bytesOf);
  }

  private keep<T extends object>(
    readable: object,
    ref: string,
    shared: boolean,
    build: () => T,
    bytesOf: (value: T) => number,
  ): T {
    if (!shared) return build();
    const key = `${this.idOf(readable)}\n${ref}`;
    const found = this.kept.get(key);
    if (found) return found as T;
    const value = build();
    // Too big a value is not kept; lru-cache's `maxEntrySize` is `maxSize`.
    this.kept.set(key, value, { size: Math.max(1, bytesOf(value)) });
    return value;
  }

  private idOf(readable: object) {
    let id = this.ids.get(readable);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(readable, id);
    }
    return id;
  }
}
