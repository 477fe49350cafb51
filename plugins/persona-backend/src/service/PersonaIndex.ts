import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { PersonaGraph } from '../resolution';
import { CatalogReader } from './catalogChanges/CatalogReader';
import { ChangeFollower, SweepOutcome } from './catalogChanges/ChangeFollower';
import { ChangesDuringReads } from './catalogChanges/ChangesDuringReads';
import { FollowCpuMeter, FollowWork } from './catalogChanges/followCpu';
import { IndexedEntities } from './catalogChanges/IndexedEntities';
import { applyBatch, readIndex } from './catalogChanges/readIndex';
import { checkHints, HintOutcome } from './catalogChanges/checkHints';
import { WorkUnderWay } from './catalogChanges/WorkUnderWay';
import { SweepFinding, sweepCatalog } from './catalogChanges/sweepCatalog';
import { indexVersionOf } from './indexVersion';
import type { PersonaIndexService } from './personaIndexServiceRef';
import { withTimeout } from './withTimeout';

/**
 * A built persona graph and when its data was read from the catalog.
 *
 * @alpha
 */
export type PersonaIndexSnapshot = {
  graph: PersonaGraph;
  /** A digest of the catalog data read: equal on every replica that read the same catalog. */
  version: string;
  builtAt: Date;
  buildMillis: number;
  entityCount: number;
  /**
   * The catalog fields read for every entity but Personas, which are read
   * whole; undefined when not known, and then no permission decision is
   * made against the index.
   */
  fields?: string[];
};

/** How many build timeouts a full read may run before it is taken for hung. */
const HUNG_BUILD_TIMEOUTS = 4;

/**
 * The persona graph index: groups, memberships, ownership, personas and the
 * fields selectors need, read from the catalog with the plugin's own service
 * credentials and rebuilt on a schedule. It holds catalog data only, never
 * anything of a caller, so it is safe to share across callers; every answer
 * built from it is filtered with the caller's credentials afterwards. Once
 * built, it follows the catalog's changes — entities whose etag changed are
 * read by ref and the graph is rebuilt from the entities in memory, giving
 * exactly what a full read of the same catalog data gives — and is rebuilt
 * from a full read only now and then, or when a Persona's selectors need
 * other fields.
 *
 * Each replica of the backend builds its own index from the shared catalog;
 * replicas that read the same catalog hold the same
 * {@link PersonaIndexSnapshot.version}. A request never waits longer than
 * `waitTimeoutMs` for a first build, nor does a catalog that hangs hold the
 * index: a build gives up after `buildTimeoutMs` and the last good index
 * stays.
 *
 * The default {@link PersonaIndexService}; exported for tools that measure
 * the index outside a backend (the repo's bench), not for adopters, who
 * replace the index through `personaIndexServiceRef`.
 *
 * @alpha
 */
export class PersonaIndex implements PersonaIndexService {
  private current?: PersonaIndexSnapshot;
  /** The full read under way: a build that outlived its timeout still reads. */
  private readonly building: WorkUnderWay<PersonaIndexSnapshot>;
  /** Numbers each read of the catalog, full or not, in the order they began. */
  private reads = 0;
  /** The number of the full read the index was last built from. */
  private fullRead = 0;
  private readonly changesDuringReads = new ChangesDuringReads();
  private lastBuildStartedAt = 0;
  private catchUp?: Promise<PersonaIndexSnapshot>;
  private readonly heldFields = new Set<string>();
  private holding?: Promise<unknown>;
  /** What the current snapshot was built from, with the etags read. */
  private entities?: IndexedEntities;
  private follower?: ChangeFollower;
  private readonly sweeping: WorkUnderWay<SweepOutcome | 'idle'>;
  private readonly hinting: WorkUnderWay<SweepOutcome>;
  private readonly counts = { fullBuilds: 0, changeBatches: 0 };
  private readonly followCpu?: FollowCpuMeter;
  private lastComparisonMillis?: number;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      /** How long a request waits for the first build; 10 s by default. */
      waitTimeoutMs?: number;
      /** How long one build may take; 120 s by default. */
      buildTimeoutMs?: number;
      /**
       * The shortest time between the start of two catch-up builds (see
       * {@link PersonaIndex.catchUpWithCatalog}); 2 s by default.
       */
      catchUpGapMs?: number;
      /**
       * The share of a core that following changes may take when nothing
       * changes (see `ChangeFollower`); 0.01 by default.
       */
      changeBudget?: number;
      /**
       * The share of a core that sweeps may take while the catalog keeps
       * changing (see `ChangeFollower`); 0.2 by default.
       */
      busyChangeBudget?: number;
      /**
       * Told the process CPU, in ms, that following the catalog took: the
       * cheap questions and sweeps of following changes, the looks at the
       * entities the catalog named, and the scheduled full rebuilds. While
       * several run at once, their CPU is shared among them, not counted by
       * each.
       */
      onFollowCpu?: (
        work: 'probe' | 'sweep' | 'look' | 'rebuild',
        cpuMs: number,
      ) => void;
      /**
       * Whether the catalog's change hints are trusted: while they are, the
       * index does not sweep, and the full rebuilds are the safety net.
       * Told the changes each sweep, look and full read finds, to doubt
       * hints that missed one.
       */
      hintTrust?: {
        trusted(): boolean;
        found(changes: {
          changed: Array<{ before?: Entity; after: Entity }>;
          deleted: string[];
        }): void;
      };
    },
  ) {
    if (options.onFollowCpu) {
      this.followCpu = new FollowCpuMeter(options.onFollowCpu);
    }
    const hungAfterMs = HUNG_BUILD_TIMEOUTS * this.buildTimeoutMs;
    this.building = new WorkUnderWay(hungAfterMs);
    this.sweeping = new WorkUnderWay(hungAfterMs);
    this.hinting = new WorkUnderWay(hungAfterMs);
  }

  /**
   * Follows the catalog's changes on this instance — unless the catalog's
   * change hints are trusted, a view is at most `refreshInterval` old plus
   * the time to apply a change (see `ChangeFollower`) — and rebuilds the
   * index from a full read every `fullRebuildInterval` (10 minutes by
   * default), a safety net for what etags do not show, such as an entity
   * that sets its own etag, and for what trusted hints missed.
   */
  async schedule(
    scheduler: SchedulerService,
    refreshInterval: HumanDuration,
    fullRebuildInterval: HumanDuration = { minutes: 10 },
  ) {
    const maxGapMs = durationToMilliseconds(refreshInterval);
    const tickMs = Math.min(2_000, maxGapMs);
    this.follower = new ChangeFollower({
      tickMs,
      maxGapMs,
      budget: this.options.changeBudget,
      busyBudget: this.options.busyChangeBudget,
      hintsTrusted: () => this.options.hintTrust?.trusted() ?? false,
      suspectChange: () => this.metered('probe', () => this.suspectChange()),
      sweep: () => this.metered('sweep', () => this.sweep()),
    });
    const warn = (what: string) => (error: unknown) =>
      this.options.logger.warn(
        `Persona index ${what} failed, keeping the index of ${
          this.current?.builtAt.toISOString() ?? 'never'
        }: ${stringifyError(error)}`,
      );
    await scheduler.scheduleTask({
      id: 'persona-index-refresh',
      scope: 'local',
      frequency: fullRebuildInterval,
      timeout: { milliseconds: this.buildTimeoutMs + 60_000 },
      fn: async () => {
        await this.metered('rebuild', () =>
          this.refresh().catch(warn('refresh')),
        );
      },
    });
    await scheduler.scheduleTask({
      id: 'persona-index-changes',
      scope: 'local',
      frequency: { milliseconds: tickMs },
      timeout: { milliseconds: this.buildTimeoutMs + 60_000 },
      fn: async () => {
        await this.followChanges().catch(warn('change sweep'));
      },
    });
  }

  /**
   * The current index, building it first if there is none yet; a 503 when
   * the first build fails or does not finish within the wait timeout.
   */
  async snapshot(): Promise<PersonaIndexSnapshot> {
    if (this.current) return this.current;
    return this.bounded(this.refresh());
  }

  /** `build` within the wait timeout of a request, or a 503. */
  private async bounded(
    build: Promise<PersonaIndexSnapshot>,
  ): Promise<PersonaIndexSnapshot> {
    try {
      return await withTimeout(build, this.options.waitTimeoutMs ?? 10_000);
    } catch (error) {
      throw new ServiceUnavailableError(
        `The persona index is not ready: the catalog could not be read (${stringifyError(
          error,
        )})`,
      );
    }
  }

  /**
   * A build that starts after this call, for an entity the catalog holds but
   * the index has not seen yet (created since the last build). Requests that
   * arrive together share one build, and builds start at most once per
   * `catchUpGapMs`, so a burst of new entities costs one rebuild rather than
   * one each. Bounded like {@link PersonaIndex.snapshot}: a 503 when the
   * build does not finish within the wait timeout.
   */
  async catchUpWithCatalog(): Promise<PersonaIndexSnapshot> {
    this.catchUp ??= (async () => {
      try {
        // A build already running may have read the catalog too early.
        await this.afterBuildUnderWay();
        const gap =
          this.lastBuildStartedAt +
          (this.options.catchUpGapMs ?? 2_000) -
          Date.now();
        if (gap > 0) await new Promise(resolve => setTimeout(resolve, gap));
      } finally {
        this.catchUp = undefined;
      }
      return this.refresh();
    })();
    return this.bounded(this.catchUp);
  }

  /**
   * Reads `fields` too from the next build on, which starts after any build
   * under way; for fields that permission conditions filter on.
   */
  holdFields(fields: string[]): void {
    const added = fields.filter(field => !this.heldFields.has(field));
    if (added.length === 0) return;
    added.forEach(field => this.heldFields.add(field));
    this.options.logger.info(
      `The persona index now also reads ${added.join(
        ', ',
      )}, which permission conditions filter on`,
    );
    this.holding ??= (async () => {
      try {
        await this.afterBuildUnderWay();
      } finally {
        this.holding = undefined;
      }
      await this.refresh();
    })().catch(error =>
      this.options.logger.warn(
        `Persona index rebuild for new fields failed: ${stringifyError(error)}`,
      ),
    );
  }

  /**
   * Rebuilds the index; concurrent calls share one build, each waiting for
   * it at most `buildTimeoutMs`. A build that outlived that timeout is
   * shared too until it settles: a second full read beside it would slow
   * both down on a catalog that is already slow to answer (at 50,000
   * entities under ingestion load one read took 7.7 minutes, and before
   * this each timeout let the next catch-up start another read). Only
   * a read that has run for four timeouts is taken for hung, and a new one
   * starts beside it.
   */
  refresh(): Promise<PersonaIndexSnapshot> {
    return withTimeout(
      this.building.share(() => this.build()),
      this.buildTimeoutMs,
    );
  }

  /** Waits for the build under way, if any, for one build timeout at most. */
  private async afterBuildUnderWay(): Promise<void> {
    const read = this.building.current;
    if (!read) return;
    await withTimeout(read, this.buildTimeoutMs).catch(() => undefined);
  }

  /**
   * Waits for the look under way, and any that starts meanwhile, for one
   * build timeout at most in all.
   */
  private async afterLookUnderWay(): Promise<void> {
    const deadline = Date.now() + this.buildTimeoutMs;
    for (;;) {
      const look = this.hinting.current;
      const left = deadline - Date.now();
      if (!look || left <= 0) return;
      await withTimeout(look, left).catch(() => undefined);
    }
  }

  /** Runs following work, charging its CPU when the owner counts it. */
  private metered<T>(work: FollowWork, run: () => Promise<T>): Promise<T> {
    return this.followCpu ? this.followCpu.measure(work, run) : run();
  }

  private get buildTimeoutMs() {
    return this.options.buildTimeoutMs ?? 120_000;
  }

  /**
   * One look at the catalog for changes, when the index follows them (see
   * {@link PersonaIndex.schedule}); none while hinted refs are looked at.
   * A full read under way does not hold it back: under load a full read
   * takes minutes, and what a sweep applies meanwhile is applied again to
   * the full read before it takes over (see `ChangesDuringReads`). A sweep
   * that outlives the build timeout is waited for, not started again, until
   * it settles or is taken for hung.
   */
  followChanges(): Promise<
    'unchanged' | 'applied' | 'rebuilt' | 'idle' | 'skipped'
  > {
    const follower = this.follower;
    if (!follower || !this.entities || this.hinting.busy) {
      return Promise.resolve('skipped');
    }
    return withTimeout(
      this.sweeping.share(() => follower.tick()),
      this.buildTimeoutMs,
    );
  }

  /**
   * Sweeps at the next tick of following changes, even while the hints are
   * trusted: for entities the catalog named that no look saw change (their
   * looks used up, a failed look, too many at once).
   */
  sweepSoon(): void {
    this.follower?.sweepSoon();
  }

  /**
   * How often the index was built from a full read and from changes, and
   * how long the last full build then took to compare itself with the one
   * before, for the hint trust (in ms; absent before that).
   */
  stats() {
    return {
      ...this.counts,
      lastComparisonMillis: this.lastComparisonMillis,
    };
  }

  private async reader() {
    const { catalog, auth } = this.options;
    return new CatalogReader(catalog, await auth.getOwnServiceCredentials());
  }

  /** A new, deleted or changed Persona, or a new or deleted entity. */
  private async suspectChange(): Promise<boolean> {
    const entities = this.entities;
    if (!entities) return false;
    const reader = await this.reader();
    const [count, personas] = await Promise.all([
      reader.count(),
      reader.etags('persona'),
    ]);
    const diff = entities.diff(personas, 'persona');
    return (
      count !== entities.size || diff.changed.length + diff.deleted.length > 0
    );
  }

  /**
   * Applies what changed in the catalog since the index was read, without a
   * full read (see `sweepCatalog`), or rebuilds it when that is needed.
   */
  private sweep(): Promise<SweepOutcome> {
    return this.apply('sweep', reader =>
      sweepCatalog(reader, this.entities!, this.heldFields),
    );
  }

  /**
   * Looks at once at entities the catalog named as changed (see
   * `checkHints`), after any look under way; beside a sweep or a full read
   * under way, as {@link PersonaIndex.followChanges} sweeps. Says which
   * refs showed a change and which showed none yet (the catalog names an
   * entity when it processes it and stitches it a moment later); refs in
   * neither are settled, found by a sweep.
   */
  async followHints(
    refs: string[],
  ): Promise<{ changed: string[]; quiet: string[] }> {
    await this.afterLookUnderWay();
    if (!this.entities) {
      return { changed: [], quiet: refs };
    }
    let outcome: HintOutcome = { changed: [], quiet: [] };
    const look = () =>
      this.apply('look', async reader => {
        const { finding, ...refsOutcome } = await checkHints(
          reader,
          this.entities!,
          refs,
          this.heldFields,
        );
        outcome = refsOutcome;
        return finding;
      });
    await withTimeout(
      this.hinting.begin(this.metered('look', look)),
      this.buildTimeoutMs,
    );
    return outcome;
  }

  /**
   * Applies what `find` finds against the index's entities — to the
   * entities current when it is found, which a full read may have replaced
   * meanwhile, unless a full read that began after `find` did.
   */
  private async apply(
    path: 'sweep' | 'look',
    find: (reader: CatalogReader) => Promise<SweepFinding>,
  ): Promise<SweepOutcome> {
    const started = Date.now();
    const read = ++this.reads;
    const base = this.entities;
    if (!base) return 'unchanged';
    const found = await find(await this.reader());
    if (found.kind === 'unchanged') return 'unchanged';
    if (found.kind === 'rebuild') {
      this.options.logger.info(`Rebuilding the persona index: ${found.reason}`);
      await this.refresh();
      return 'rebuilt';
    }
    const target = this.entities!;
    if (this.fullRead > read) return 'unchanged';
    if (!target.readWith(base.fields)) {
      // Read with the projection of before: the next sweep reads it anew.
      this.sweepSoon();
      return 'unchanged';
    }
    const batch = {
      upserts: found.batch.upserts.filter(
        ({ entity, etag }) => target.etag(stringifyEntityRef(entity)) !== etag,
      ),
      deletes: found.batch.deletes.filter(ref => target.get(ref)),
    };
    if (batch.upserts.length + batch.deletes.length === 0) return 'unchanged';
    this.options.hintTrust?.found({
      changed: batch.upserts.map(({ entity }) => ({
        before: target.get(stringifyEntityRef(entity)),
        after: entity,
      })),
      deleted: batch.deletes,
    });
    applyBatch(target, batch);
    if (this.building.current) {
      this.changesDuringReads.record(read, target.fields, batch);
    } else {
      this.changesDuringReads.clear();
    }
    this.install(target, started);
    this.counts.changeBatches += 1;
    this.options.logger.debug(
      `Persona index applied ${batch.upserts.length} changed and ${
        batch.deletes.length
      } deleted entities found by a ${path} in ${Date.now() - started} ms`,
    );
    return 'applied';
  }

  private async build(): Promise<PersonaIndexSnapshot> {
    const started = Date.now();
    this.lastBuildStartedAt = started;
    const read = ++this.reads;
    const entities = await readIndex(await this.reader(), this.heldFields);
    this.counts.fullBuilds += 1;
    // A full read that outlived its timeout may finish after a newer one.
    if (read < this.fullRead) return this.current!;
    if (!this.changesDuringReads.replayOnto(entities, read)) this.sweepSoon();
    const previous = this.entities;
    this.fullRead = read;
    const snapshot = this.install(entities, started);
    let compared = '';
    if (previous && this.options.hintTrust) {
      const comparing = performance.now();
      this.options.hintTrust.found(entities.changesSince(previous));
      this.lastComparisonMillis = performance.now() - comparing;
      compared = `, then compared with the last build in ${this.lastComparisonMillis.toFixed(
        1,
      )} ms`;
    }
    this.options.logger.debug(
      `Persona index built from ${snapshot.entityCount} entities in ${snapshot.buildMillis} ms${compared}`,
    );
    return snapshot;
  }

  /** Makes the snapshot of `entities` current. */
  private install(
    entities: IndexedEntities,
    started: number,
  ): PersonaIndexSnapshot {
    const list = entities.list();
    this.entities = entities;
    this.current = {
      graph: new PersonaGraph(list),
      version: indexVersionOf(list),
      builtAt: new Date(),
      buildMillis: Date.now() - started,
      entityCount: list.length,
      fields: entities.fields,
    };
    return this.current;
  }
}
