import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { LoggerService } from '@backstage/backend-plugin-api';
import type { PersonaCatalogChangesPayload } from '@platform-personas/backstage-plugin-persona-node';

/** How long a first doubt about the hints lasts; 10 minutes by default. */
const DEFAULT_DOUBT_MS = 10 * 60_000;

/** A doubt that keeps coming back lasts at most this many first doubts. */
const MAX_DOUBT_GROWTH = 16;

/**
 * How long a named ref counts as named: longer than the looks at it last
 * and than the slowest sweep that may find its change first.
 */
const NAMED_FOR_MS = 10 * 60_000;

/** Named refs remembered at most; past that, the oldest are forgotten. */
const MAX_NAMED = 100_000;

/** Heartbeats a catalog process may miss before it counts as gone. */
const MISSED_HEARTBEATS = 2.5;

/** The longest heartbeat taken from an event; longer ones are cut to it. */
const MAX_HEARTBEAT_MS = 5 * 60_000;

type Source = { sequence: number; heardAt: number; heartbeatMs: number };

/** Options of {@link HintTrust}. */
export type HintTrustOptions = {
  logger: LoggerService;
  /**
   * How long a first doubt lasts; 10 minutes by default. A doubt raised
   * again soon after the last one ended lasts twice as long as that one,
   * up to 16 times this.
   */
  doubtMs?: number;
  /**
   * How often the index is rebuilt in full, in ms: what rediscovers a change
   * the hints missed, so a doubt raised again within this time after the
   * last ended recurs too (when it is longer than the doubt).
   */
  fullRebuildIntervalMs?: number;
  /** The clock, in ms; Date.now by default. */
  now?: () => number;
};

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

const inWords = (ms: number) =>
  ms < 60_000
    ? `${Math.round(ms / 1000)} s`
    : `${Math.round(ms / 60_000)} minutes`;

/**
 * Whether the catalog's change hints can be trusted to name every change
 * this instance needs to look at, so that it need not sweep the whole
 * catalog's etags at least every refresh interval: its full rebuilds are
 * then the safety net.
 *
 * They are trusted while the heartbeat of every catalog process heard
 * reaches this instance (a Persona catalog module that numbers its events),
 * and not for a while after a doubt: a gap in a process's numbers (an event
 * lost), a process forgotten after its heartbeat stopped (what it named last
 * may be lost; a process heard again first says by its number whether it
 * lost any), or a
 * sweep, look or full read that found an entity changed that no hint named, nor any entity on
 * the other side of its relations (a change processed where its hints do
 * not reach this instance, such as another catalog replica without a shared
 * events bus). New and deleted entities are never named; the index sees
 * them by the catalog's count, between sweeps.
 *
 * A doubt that comes back within its own length after it ended — the
 * pattern of changes this instance never hears of, found again at each
 * full rebuild — lasts twice as long each time, so such an instance spends
 * ever less of its time trusting hints that miss changes.
 */
export class HintTrust {
  private readonly sources = new Map<string, Source>();
  private readonly named = new Map<string, number>();
  private doubtUntil = -Infinity;
  private doubtMs: number;
  private readonly listeningSince: number;

  constructor(private readonly options: HintTrustOptions) {
    this.listeningSince = this.now();
    this.doubtMs = this.firstDoubtMs();
  }

  private firstDoubtMs() {
    return this.options.doubtMs ?? DEFAULT_DOUBT_MS;
  }

  private now() {
    return (this.options.now ?? Date.now)();
  }

  /** An event heard on the catalog changes topic. */
  heard(payload: PersonaCatalogChangesPayload): void {
    const now = this.now();
    const source = payload.source;
    // One heard again after a silence says by its number whether it lost any.
    this.forgetSilentSources(now, source?.instance);
    for (const ref of payload.entityRefs) this.name(lower(ref), now);
    if (
      !source ||
      typeof source.instance !== 'string' ||
      !Number.isSafeInteger(source.sequence) ||
      !(source.heartbeatMs > 0)
    ) {
      return;
    }
    const heartbeatMs = Math.min(source.heartbeatMs, MAX_HEARTBEAT_MS);
    const known = this.sources.get(source.instance);
    // A process first heard mid-way, soon after this instance started
    // listening, is taken from there: what it named before, the index's
    // first build read. Later, its first events went astray.
    let missed = 0;
    if (known) missed = source.sequence - known.sequence - 1;
    else if (now - this.listeningSince > heartbeatMs * MISSED_HEARTBEATS) {
      missed = source.sequence - 1;
    }
    if (missed > 0) {
      this.doubt(
        `${missed} change hint events of a catalog process did not arrive`,
      );
    }
    if (!known || source.sequence > known.sequence) {
      this.sources.set(source.instance, {
        sequence: source.sequence,
        heardAt: now,
        heartbeatMs,
      });
    }
  }

  /** Whether the hints are trusted now. */
  trusted(): boolean {
    const now = this.now();
    if (now < this.doubtUntil || this.sources.size === 0) return false;
    for (const source of this.sources.values()) {
      if (this.isSilent(source, now)) return false;
    }
    return true;
  }

  private isSilent(source: Source, now: number) {
    return now - source.heardAt > source.heartbeatMs * MISSED_HEARTBEATS;
  }

  /**
   * A process that stopped, or whose events stopped reaching this instance,
   * is forgotten with a doubt: what it named last may not have arrived.
   */
  private forgetSilentSources(now: number, except?: string) {
    for (const [instance, source] of this.sources) {
      if (instance !== except && this.isSilent(source, now)) {
        this.doubt('a catalog process fell silent');
        this.sources.delete(instance);
      }
    }
  }

  /**
   * Told what the index found changed — by a sweep, a look at named
   * entities or a full read — the entities changed, as they were (absent
   * when new) and as they are, and the refs deleted. A changed entity that
   * no hint named, nor any target of its relations before or after, raises
   * a doubt; new and deleted entities count as named, since an entity on
   * the other side of their relations changes with them.
   */
  found(found: {
    changed: Array<{ before?: Entity; after: Entity }>;
    deleted: string[];
  }): void {
    const now = this.now();
    for (const ref of found.deleted) this.name(lower(ref), now);
    for (const { before, after } of found.changed) {
      if (!before) this.name(lower(stringifyEntityRef(after)), now);
    }
    const since = now - NAMED_FOR_MS;
    const wasNamed = (ref: string) =>
      (this.named.get(lower(ref)) ?? -Infinity) >= since;
    const unnamed = found.changed.filter(
      ({ before, after }) =>
        before &&
        !wasNamed(stringifyEntityRef(after)) &&
        ![...(before.relations ?? []), ...(after.relations ?? [])].some(
          relation => wasNamed(relation.targetRef),
        ),
    );
    if (unnamed.length > 0) {
      this.doubt(
        `the index found ${
          unnamed.length
        } changed entities that no hint named, such as ${stringifyEntityRef(
          unnamed[0].after,
        )}`,
      );
    }
  }

  private doubt(reason: string) {
    const now = this.now();
    const afresh = now >= this.doubtUntil;
    if (afresh) {
      const recurs =
        now - this.doubtUntil <
        Math.max(this.doubtMs, this.options.fullRebuildIntervalMs ?? 0);
      this.doubtMs = recurs
        ? Math.min(this.doubtMs * 2, this.firstDoubtMs() * MAX_DOUBT_GROWTH)
        : this.firstDoubtMs();
    }
    const message = `Persona index: not trusting catalog change hints for ${inWords(
      this.doubtMs,
    )}, sweeping the catalog's etags every refresh interval: ${reason}`;
    // Logged when trust is lost, not each time a doubt is prolonged.
    if (afresh && this.sources.size > 0) this.options.logger.info(message);
    else this.options.logger.debug(message);
    this.doubtUntil = now + this.doubtMs;
  }

  private name(ref: string, now: number) {
    // Re-inserted, so that the map's order is the order last named.
    this.named.delete(ref);
    this.named.set(ref, now);
    if (this.named.size > MAX_NAMED) {
      const oldest = this.named.keys().next().value;
      if (oldest !== undefined) this.named.delete(oldest);
    }
  }
}
