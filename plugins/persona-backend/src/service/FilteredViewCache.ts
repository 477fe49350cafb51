import { gzipSync } from 'node:zlib';
import type { PersonaViewBody } from './personaViewServiceRef';

/** 64 MiB of kept answers and views by default. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

type Kept = { value: unknown; bytes: number };
type Answer = { json: string; gzipped: Buffer };

/**
 * Views filtered for a set of readable refs, kept while that set lives.
 * Read decisions made against the index hand out one set per index and
 * conditions, so every caller under the same conditions shares the filtered
 * answer and its gzip form, as callers who may read everything share the
 * unfiltered one. Sets made for one request (the catalog's answers) never
 * meet again and are not kept. Answers and the filtered views that list
 * pages are cut from share one byte bound, each charged the length of its
 * JSON text; the least recently used go first.
 */
export class FilteredViewCache {
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;
  private readonly kept = new Map<string, Kept>();
  private bytes = 0;

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /**
   * The kept answer for `ref` under `readable`, or `build`'s, kept when
   * `shared` says the readable set is shared by requests.
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
   * when `shared` says the readable set is shared by requests. A view is
   * charged the length of its JSON text, or what `bytesOf` says for values
   * JSON does not show whole (Maps and Sets).
   */
  view<T>(
    readable: object,
    ref: string,
    shared: boolean,
    build: () => T,
    bytesOf: (view: T) => number = view => JSON.stringify(view).length,
  ): T {
    return this.keep(readable, `view\n${ref}`, shared, build, bytesOf);
  }

  private keep<T>(
    readable: object,
    ref: string,
    shared: boolean,
    build: () => T,
    bytesOf: (value: T) => number,
  ): T {
    if (!shared) return build();
    const key = `${this.idOf(readable)}\n${ref}`;
    const found = this.kept.get(key);
    if (found) {
      // Moved to the most recently used end.
      this.kept.delete(key);
      this.kept.set(key, found);
      return found.value as T;
    }
    const value = build();
    const bytes = bytesOf(value);
    if (bytes > this.maxBytes) return value;
    this.kept.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [oldKey, old] of this.kept) {
      if (this.bytes <= this.maxBytes) break;
      this.kept.delete(oldKey);
      this.bytes -= old.bytes;
    }
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
