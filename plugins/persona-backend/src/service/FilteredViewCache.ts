import { gzipSync } from 'node:zlib';
import type { PersonaViewBody } from './personaViewServiceRef';

/** 64 MiB of kept answers by default. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

type Kept = { json: string; gzipped: Buffer };

/**
 * Views filtered for a set of readable refs, kept while that set lives.
 * Read decisions made against the index hand out one set per index and
 * conditions, so every caller under the same conditions shares the filtered
 * answer and its gzip form, as callers who may read everything share the
 * unfiltered one. Sets made for one request (the catalog's answers) never
 * meet again and are not kept. Bounded by bytes, least recently used first.
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
    if (!shared) return { json: build() };
    let id = this.ids.get(readable);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(readable, id);
    }
    const key = `${id}\n${ref}`;
    let entry = this.kept.get(key);
    if (entry) {
      // Most recently used last.
      this.kept.delete(key);
      this.kept.set(key, entry);
    } else {
      const json = build();
      entry = { json, gzipped: gzipSync(json) };
      this.keep(key, entry);
    }
    const { json, gzipped } = entry;
    return { json, gzipped: () => gzipped };
  }

  private keep(key: string, entry: Kept) {
    const size = entry.json.length + entry.gzipped.length;
    if (size > this.maxBytes) return;
    this.kept.set(key, entry);
    this.bytes += size;
    for (const [oldKey, old] of this.kept) {
      if (this.bytes <= this.maxBytes) break;
      this.kept.delete(oldKey);
      this.bytes -= old.json.length + old.gzipped.length;
    }
  }
}
