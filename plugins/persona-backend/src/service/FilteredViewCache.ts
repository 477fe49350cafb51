import { gzipSync } from 'node:zlib';
import type { PersonaViewBody } from './personaViewServiceRef';

/** 64 MiB of kept answers by default. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Filtered views kept as objects, for the pages of their lists. */
const DEFAULT_MAX_VIEWS = 32;

type Kept = { json: string; gzipped: Buffer };

/**
 * Views filtered for a set of readable refs, kept while that set lives.
 * Read decisions made against the index hand out one set per index and
 * conditions, so every caller under the same conditions shares the filtered
 * answer and its gzip form, as callers who may read everything share the
 * unfiltered one. Sets made for one request (the catalog's answers) never
 * meet again and are not kept. Answers are bounded by bytes, the filtered
 * views that list pages are cut from by count; least recently used go first.
 */
export class FilteredViewCache {
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;
  private readonly kept = new Map<string, Kept>();
  private readonly views = new Map<string, unknown>();
  private bytes = 0;

  constructor(
    private readonly maxBytes = DEFAULT_MAX_BYTES,
    private readonly maxViews = DEFAULT_MAX_VIEWS,
  ) {}

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
    const key = this.keyOf(readable, ref);
    let entry = touch(this.kept, key);
    if (!entry) {
      const json = build();
      entry = { json, gzipped: gzipSync(json) };
      this.keep(key, entry);
    }
    const { json, gzipped } = entry;
    return { json, gzipped: () => gzipped };
  }

  /**
   * The kept filtered view of `ref` under `readable`, or `build`'s, kept
   * when `shared` says the readable set is shared by requests.
   */
  view<T>(readable: object, ref: string, shared: boolean, build: () => T): T {
    if (!shared) return build();
    const key = this.keyOf(readable, ref);
    const kept = touch(this.views, key);
    if (kept !== undefined) return kept as T;
    const view = build();
    this.views.set(key, view);
    if (this.views.size > this.maxViews) {
      this.views.delete(this.views.keys().next().value!);
    }
    return view;
  }

  private keyOf(readable: object, ref: string) {
    let id = this.ids.get(readable);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(readable, id);
    }
    return `${id}\n${ref}`;
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

/** The entry of `key`, moved to the most recently used end. */
function touch<T>(map: Map<string, T>, key: string): T | undefined {
  const entry = map.get(key);
  if (entry !== undefined) {
    map.delete(key);
    map.set(key, entry);
  }
  return entry;
}
