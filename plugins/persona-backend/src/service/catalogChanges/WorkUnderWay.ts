/**
 * One kind of catalog work of the index (a full read, a sweep, a look),
 * kept as under way until its own promise settles — not until a caller
 * stops waiting for it. A read that outlived its caller's timeout still
 * loads the catalog, so starting the next beside it piles reads up on a
 * catalog that is already slow to answer (at tier M on PostgreSQL under
 * load, sweeps that took over 120 s were started anew every tick). Only
 * work that has run for `hungAfterMs` is taken for hung, and new work may
 * start beside it.
 */
export class WorkUnderWay<T> {
  private work?: Promise<T>;
  private startedAt = 0;

  constructor(private readonly hungAfterMs: number) {}

  /** The work under way, until it settles. */
  get current(): Promise<T> | undefined {
    return this.work;
  }

  /** Whether work runs that has not run for `hungAfterMs` yet. */
  get busy(): boolean {
    return !!this.work && Date.now() - this.startedAt <= this.hungAfterMs;
  }

  /** The work under way, or `start`'s when none is, or only hung work. */
  share(start: () => Promise<T>): Promise<T> {
    return this.busy ? this.work! : this.begin(start());
  }

  /** Makes `work` the work under way, beside any that runs already. */
  begin(work: Promise<T>): Promise<T> {
    this.work = work;
    this.startedAt = Date.now();
    work
      .finally(() => {
        if (this.work === work) this.work = undefined;
      })
      .catch(() => undefined);
    return work;
  }
}
