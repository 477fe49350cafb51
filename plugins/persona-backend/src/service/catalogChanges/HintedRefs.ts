import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type { HintOutcome } from './checkHints';

/** When to look again at a ref that showed no change yet, from the hint. */
const DEFAULT_LOOKS_MS = [250, 500, 1_000, 2_000, 4_000, 8_000];

/** Refs waiting at once at most; more are let go. */
const MAX_PENDING = 10_000;

type Pending = { look: number; dueAt: number; changed: boolean };

/**
 * Refs the catalog named as changed, looked at until they show it: the
 * catalog names an entity when it processes it and stitches it a moment
 * later, so a ref that shows no change is looked at again, later each time,
 * and let go after the last look (the index's sweeps still find what the
 * looks missed). A ref that showed a change is looked at again until a look
 * shows nothing more, for the other side of its relations, which may be
 * stitched later. Refs due together are looked at together, one look at a
 * time; refs a look settled otherwise (by a sweep) are let go. A ref let go
 * without a change seen — its looks used up, a failed look, no room — is
 * told to `onLetGo`, for the index to sweep: while it trusts the hints, it
 * would not otherwise.
 */
export class HintedRefs {
  private readonly pending = new Map<string, Pending>();
  private timer?: NodeJS.Timeout;
  private looking = false;

  constructor(
    private readonly options: {
      /** Looks at `refs`: which showed a change, which showed none. */
      look: (refs: string[]) => Promise<HintOutcome>;
      logger: LoggerService;
      /** Told the refs let go without a change seen. */
      onLetGo?: (refs: string[]) => void;
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
    const noRoom: string[] = [];
    for (const ref of refs) {
      if (this.pending.size >= MAX_PENDING && !this.pending.has(ref)) {
        noRoom.push(ref);
      } else {
        this.pending.set(ref, { look: 0, dueAt, changed: false });
      }
    }
    if (noRoom.length > 0) this.options.onLetGo?.(noRoom);
    this.wake();
  }

  /** How many refs wait for a look. */
  get size(): number {
    return this.pending.size;
  }

  private wake() {
    if (this.looking || this.pending.size === 0) return;
    clearTimeout(this.timer);
    let next = Infinity;
    for (const { dueAt } of this.pending.values()) next = Math.min(next, dueAt);
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
      const outcome = await this.options.look(due.map(([ref]) => ref));
      const changed = new Set(outcome.changed);
      const quiet = new Set(outcome.quiet);
      for (const [ref, was] of due) {
        // Named again while it was looked at: its looks started afresh.
        if (this.pending.get(ref) !== was) continue;
        if (changed.has(ref) || quiet.has(ref)) {
          this.next(ref, was, changed.has(ref));
        } else {
          this.pending.delete(ref);
        }
      }
    } catch (error) {
      this.options.logger.warn(
        `Looking at catalog changes failed, a sweep will find them: ${stringifyError(
          error,
        )}`,
      );
      const letGo = due.filter(([ref, was]) => this.pending.get(ref) === was);
      letGo.forEach(([ref]) => this.pending.delete(ref));
      if (letGo.length > 0) this.options.onLetGo?.(letGo.map(([ref]) => ref));
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
      if (!was.changed && !changed) this.options.onLetGo?.([ref]);
      return;
    }
    this.pending.set(ref, {
      look,
      dueAt: this.now() + this.looksMs[look],
      changed: was.changed || changed,
    });
  }
}
