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
 * After a sweep that applied changes the next may run at the next tick:
 * changes come in bursts, and the other side of a relation is stitched a
 * moment later.
 */
export class ChangeFollower {
  /** The last sweep that found nothing: when it started, what it cost. */
  private quietSweep?: { started: number; cpuMs: number };
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
      /** Whether the catalog's change hints are trusted now. */
      hintsTrusted?: () => boolean;
      /** CPU milliseconds the process has used; process.cpuUsage() by default. */
      cpuMs?: () => number;
      /** Told the CPU each probe and sweep was charged, in ms. */
      onCpu?: (work: 'probe' | 'sweep', cpuMs: number) => void;
      /** Whether the cheap questions suggest a change. */
      suspectChange: () => Promise<boolean>;
      sweep: () => Promise<SweepOutcome>;
    },
  ) {}

  /** Makes a sweep due at the next tick, trusted hints or not. */
  sweepSoon(): void {
    this.quietSweep = undefined;
  }

  /** One tick: a sweep when due or when a change is suspected. */
  async tick(): Promise<SweepOutcome | 'idle'> {
    const { suspectChange, sweep } = this.options;
    const budget = (this.options.budget ?? 0.01) / 2;
    const cpuMs = this.options.cpuMs ?? processCpuMs;
    if (Date.now() < this.nextSweepAt(budget)) {
      if (Date.now() < this.nextProbeAt) return 'idle';
      const probed = Date.now();
      const probeCpu = cpuMs();
      const suspect = await suspectChange();
      const probeSpent = cpuMs() - probeCpu;
      this.options.onCpu?.('probe', probeSpent);
      this.nextProbeAt = probed + probeSpent / budget;
      if (!suspect) return 'idle';
    }
    const started = Date.now();
    const startCpu = cpuMs();
    const outcome = await sweep();
    const spent = cpuMs() - startCpu;
    this.options.onCpu?.('sweep', spent);
    this.quietSweep =
      outcome === 'unchanged' ? { started, cpuMs: spent } : undefined;
    return outcome;
  }

  /**
   * When the next sweep is due, asked at each tick since the trust in
   * hints may change in between.
   */
  private nextSweepAt(budget: number): number {
    if (!this.quietSweep) return 0;
    if (this.options.hintsTrusted?.()) return Infinity;
    const { tickMs, maxGapMs } = this.options;
    const gap = Math.min(
      maxGapMs,
      Math.max(tickMs, this.quietSweep.cpuMs / budget),
    );
    // Gaps count from the start of the work, less a little scheduler jitter.
    return this.quietSweep.started + gap * 0.9;
  }
}
