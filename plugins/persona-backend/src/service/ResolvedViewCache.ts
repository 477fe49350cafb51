import {
  PersonaView,
  resolvePersonaView,
} from '@platform-personas/backstage-plugin-persona-common';
import { gzipSync } from 'node:zlib';
import { indexMeta } from './indexMeta';
import { PersonaIndexSnapshot } from './PersonaIndex';
import { refsOfView } from './visibleView';

/** A resolved view of one entity, before any caller's filtering. */
export type ResolvedView = {
  view: PersonaView;
  /** Every ref the view names: what a caller must be allowed to read. */
  refs(): string[];
  /** The whole answer as JSON, for callers who may read everything. */
  json(): string;
  /** {@link ResolvedView.json}, compressed with gzip. */
  gzipped(): Buffer;
};

/**
 * Resolved views of the current index snapshot, the most recently used
 * first. They hold catalog data only — never anything of a caller — and each
 * answer is still filtered per caller; a new snapshot starts a new cache.
 */
export class ResolvedViewCache {
  private snapshot?: PersonaIndexSnapshot;
  private readonly entries = new Map<string, ResolvedView | undefined>();

  constructor(private readonly maxEntries = 500) {}

  get(snapshot: PersonaIndexSnapshot, entityRef: string) {
    if (snapshot !== this.snapshot) {
      this.snapshot = snapshot;
      this.entries.clear();
    }
    if (this.entries.has(entityRef)) {
      const hit = this.entries.get(entityRef);
      this.entries.delete(entityRef);
      this.entries.set(entityRef, hit);
      return hit;
    }
    const resolved = this.resolve(snapshot, entityRef);
    this.entries.set(entityRef, resolved);
    if (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return resolved;
  }

  private resolve(
    snapshot: PersonaIndexSnapshot,
    entityRef: string,
  ): ResolvedView | undefined {
    const view = resolvePersonaView(snapshot.graph, entityRef);
    if (!view) return undefined;
    let refs: string[] | undefined;
    let json: string | undefined;
    let gzipped: Buffer | undefined;
    const entry: ResolvedView = {
      view,
      refs: () => (refs ??= refsOfView(view, snapshot.graph)),
      json: () =>
        (json ??= JSON.stringify({ ...view, meta: indexMeta(snapshot) })),
      // Compressing a view costs more than answering it: keep the result.
      gzipped: () => (gzipped ??= gzipSync(entry.json())),
    };
    return entry;
  }
}
