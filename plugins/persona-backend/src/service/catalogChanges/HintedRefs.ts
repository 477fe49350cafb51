import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';

/** When to look again at a ref that showed no change yet, from the hint. */
const DEFAULT_LOOKS_MS = [250, 500, 1_000, 2_000, 4_000, 8_000];

type Pending = { look: number; dueAt: number; changed: boolean };

/**
 * Refs the catalog named as changed, looked at until they show it: the
 * catalog names an entity when it processes it and stitches it a moment
 * later, so a ref that shows no change is looked at again, later each time,
 * and let go after the last look (the index's sweeps still find what the
 * looks missed). A ref that showed a change gets one more look, for the
 * other side of its relations, which may be stitched later. Refs due
 * together are looked at together, one look at a time.
 */
export class HintedRefs {
  private readonly pending = new Map<string, Pending>();
  private timer?: NodeJS.Timeout;
  private looking = false;

  constructor(
    private readonly options: {
      /** Looks at `refs`; gives those that showed no change. */
      look: (refs: string[]) => Promise<string[]>;
      logger: LoggerService;
      looksMs?: number[];
      now?: () => number;
    },
  ) {}

  private get looksMs() {
    return this.options.looksMs ?? DEFAULT_LOOKS_MS;
  }

  private now() {
    return (this.options.now ?? Date.now)();
  }

  /** Refs named as changed; a ref named again starts its looks afresh. */
  add(refs: string[]): void {
    const dueAt = this.now() + this.looksMs[0];
    for (const ref of refs) {
      this.pending.set(ref, { look: 0, dueAt, changed: false });
    }
    this.wake();
  }

  /** How many refs wait for a look. */
  get size(): number {
    return this.pending.size;
  }

  private wake() {
    if (this.looking || this.pending.size === 0) return;
    clearTimeout(this.timer);
    const next = Math.min(...[...this.pending.values()].map(p => p.dueAt));
    this.timer = setTimeout(
      () => void this.lookAtDue(),
      Math.max(0, next - this.now()),
    );
    this.timer.unref?.();
  }

  /** Looks at the refs that are due, now; exposed for tests. */
  async lookAtDue(): Promise<void> {
    if (this.looking) return;
    this.timer = undefined;
    const now = this.now();
    const due = [...this.pending].filter(([, p]) => p.dueAt <= now);
    if (due.length === 0) {
      this.wake();
      return;
    }
    this.looking = true;
    try {
      const quiet = new Set(await this.options.look(due.map(([ref]) => ref)));
      for (const [ref, was] of due) {
        // Named again while it was looked at: its looks started afresh.
        if (this.pending.get(ref) !== was) continue;
        this.next(ref, was, !quiet.has(ref));
      }
    } catch (error) {
      this.options.logger.warn(
        `Looking at catalog changes failed, the next sweep will find them: ${stringifyError(
          error,
        )}`,
      );
      due.forEach(([ref, was]) => {
        if (this.pending.get(ref) === was) this.pending.delete(ref);
      });
    } finally {
      this.looking = false;
      this.wake();
    }
  }

  private next(ref: string, was: Pending, changed: boolean) {
    const look = was.look + 1;
    // Done: the look after a change showed nothing more, or no looks left.
    if ((was.changed && !changed) || look >= this.looksMs.length) {
      this.pending.delete(ref);
      return;
    }
    this.pending.set(ref, {
      look,
      dueAt: this.now() + this.looksMs[look],
      changed: was.changed || changed,
    });
  }
}
