import { processCpuMs } from './followCpu';

/** What one sweep of the catalog's etags did to the index. */
export type SweepOutcome = 'unchanged' | 'applied' | 'rebuilt';

/**
 * When the persona index looks at the catalog for changes. The catalog of
 * this Backstage release (plugin-catalog-backend 4.0.5) publishes no entity
 * change events — only `experimental.catalog.errors` and
 * `experimental.catalog.conflict` — and exposes no change feed (its
 * publication generations are internal), so changes are found by comparing
 * etags: the catalog sets `metadata.etag` to a digest of the stitched entity,
 * relations included, so a relation that changes on the other side of a pair
 * changes the etag of that entity too.
 *
 * A sweep of every etag is a read of the whole catalog, if a narrow one
 * (measured on a generated catalog of 4,951 entities: 105 ms of CPU, against
 * 500 ms for a full read), so it runs within a CPU budget: after a sweep
 * that found nothing, the next waits until the CPU the sweep took is half
 * the `budget` of the time since (1 % of a core by default), at least one
 * tick and at most `maxGapMs` (the refresh interval, which bounds how old an
 * index may be, and wins over the budget in a very large catalog). While
 * the catalog's change hints are trusted (see `HintTrust`), they name the
 * changes within seconds and no sweep runs unless a cheap question
 * suggests a change: the index's full rebuilds are then the safety net.
 * In between, ticks ask two cheap questions — how many
 * entities the catalog holds, and the etags of the Personas (29 ms there) —
 * within the other half of the budget, and sweep at once when either
 * differs, so a new, deleted or changed Persona is seen within seconds even
 * in a large catalog.
 *
 * The budget is charged the process's CPU time while the work runs, not
 * the time it takes, because waiting on a database or the network costs no
 * core (how much sooner changes are seen for it is not measured yet). Work
 * the process does meanwhile for others, on any of its threads, is charged
 * too, so under load the questions are asked less often.
 * After a sweep that applied changes, when a cheap question suggests a
 * change, or when asked to (`sweepSoon`), the next sweep runs as soon as the
 * CPU the last one took is the `busyBudget` of the time since (a fifth of a
 * core by default), at most `maxGapMs` later: changes
 * come in bursts, and the other side of a relation is stitched a moment
 * later, so after a quiet spell a change is swept at once; but while the
 * catalog keeps changing — ingesting a large organisation, say — sweeping
 * at every tick would take much of a backend the catalog shares (at tier M
 * of the benchmark: 243 sweeps of every etag in the first 13 minutes of
 * ingesting 49,500 entities, one every 3 s).
 */
export class ChangeFollower {
  /** The last sweep: when it started, what it cost, whether it found changes. */
  private lastSweep?: { started: number; cpuMs: number; changed: boolean };
  /** A change was suggested or a sweep asked for since the last sweep. */
  private sweepAsked = false;
  private nextProbeAt = 0;

  constructor(
    private readonly options: {
      tickMs: number;
      maxGapMs: number;
      /**
       * The share of a core that following changes may take when nothing
       * changes, half for sweeps and half for the cheap questions; 0.01 by
       * default.
       */
      budget?: number;
      /**
       * The share of a core that sweeps may take while the catalog keeps
       * changing; 0.2 by default.
       */
      busyBudget?: number;
      /** Whether the catalog's change hints are trusted now. */
      hintsTrusted?: () => boolean;
      /** CPU milliseconds the process has used; process.cpuUsage() by default. */
      cpuMs?: () => number;
      /** Whether the cheap questions suggest a change. */
      suspectChange: () => Promise<boolean>;
      sweep: () => Promise<SweepOutcome>;
    },
  ) {}

  /**
   * Makes a sweep due as soon as the busy budget allows, trusted hints or
   * not.
   */
  sweepSoon(): void {
    this.sweepAsked = true;
  }

  /** One tick: a sweep when due or when a change is suspected. */
  async tick(): Promise<SweepOutcome | 'idle'> {
    const { suspectChange, sweep } = this.options;
    const budget = (this.options.budget ?? 0.01) / 2;
    const cpuMs = this.options.cpuMs ?? processCpuMs;
    if (Date.now() < this.nextSweepAt(budget)) {
      // A sweep is asked for already: no question can bring it sooner.
      if (this.sweepAsked || Date.now() < this.nextProbeAt) return 'idle';
      const probed = Date.now();
      const probeCpu = cpuMs();
      const suspect = await suspectChange();
      const probeSpent = cpuMs() - probeCpu;
      this.nextProbeAt = probed + probeSpent / budget;
      if (!suspect) return 'idle';
      this.sweepAsked = true;
      if (Date.now() < this.busySweepAt()) return 'idle';
    }
    const started = Date.now();
    const startCpu = cpuMs();
    this.sweepAsked = false;
    let outcome: SweepOutcome | undefined;
    try {
      outcome = await sweep();
      return outcome;
    } finally {
      const spent = cpuMs() - startCpu;
      // A failed sweep is tried again as soon as the busy budget allows.
      this.lastSweep = {
        started,
        cpuMs: spent,
        changed: outcome !== 'unchanged',
      };
    }
  }

  /**
   * When the next sweep is due, asked at each tick since the trust in
   * hints may change in between.
   */
  private nextSweepAt(budget: number): number {
    if (!this.lastSweep) return 0;
    if (this.lastSweep.changed || this.sweepAsked) return this.busySweepAt();
    if (this.options.hintsTrusted?.()) return Infinity;
    return this.spacedBy(budget, this.options.tickMs);
  }

  /** The soonest a sweep may run while the catalog keeps changing. */
  private busySweepAt(): number {
    return this.spacedBy(this.options.busyBudget ?? 0.2, 0);
  }

  /**
   * When the last sweep's CPU is `budget` of the time since it started, and
   * at least `minGapMs` have passed.
   */
  private spacedBy(budget: number, minGapMs: number): number {
    if (!this.lastSweep) return 0;
    const gap = Math.min(
      this.options.maxGapMs,
      Math.max(minGapMs, this.lastSweep.cpuMs / budget),
    );
    // Gaps count from the start of the work, less a little scheduler jitter.
    return this.lastSweep.started + gap * 0.9;
  }
}
