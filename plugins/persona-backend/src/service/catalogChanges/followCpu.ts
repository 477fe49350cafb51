import { MetricsService } from '@backstage/backend-plugin-api/alpha';

/**
 * What the index does to follow the catalog: the cheap questions between
 * sweeps, etag sweeps, looks at the entities the catalog module named, and
 * the scheduled full rebuilds.
 */
export type FollowWork = 'probe' | 'sweep' | 'look' | 'rebuild';

/** Tells what one piece of following work cost, in CPU milliseconds. */
export type FollowCpuListener = (work: FollowWork, cpuMs: number) => void;

/** CPU milliseconds (user and system) the process has used. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Charges the process's CPU to the following work that runs at the time,
 * each stretch once: while several pieces of work overlap (a look that
 * waits for a sweep, a scheduled rebuild that starts during a look), the
 * CPU of that stretch is shared among them instead of counted by each, so
 * the charges add up to the process's CPU while any following work runs.
 */
export class FollowCpuMeter {
  private readonly running = new Map<symbol, FollowWork>();
  private settledAt: number;

  constructor(
    private readonly listener: FollowCpuListener,
    private readonly cpuMs: () => number = processCpuMs,
  ) {
    this.settledAt = cpuMs();
  }

  /** Runs `run`, charging it its share of the CPU, whether it fails or not. */
  async measure<T>(work: FollowWork, run: () => Promise<T>): Promise<T> {
    this.settle();
    const token = Symbol(work);
    this.running.set(token, work);
    try {
      return await run();
    } finally {
      this.settle();
      this.running.delete(token);
    }
  }

  private settle() {
    const now = this.cpuMs();
    const spent = now - this.settledAt;
    this.settledAt = now;
    if (this.running.size === 0) return;
    const share = spent / this.running.size;
    for (const work of this.running.values()) this.listener(work, share);
  }
}

/**
 * Counts the CPU that following the catalog costs in the metric
 * `persona.index.follow.cpu.time` (seconds, by `work`), so that an operator
 * sees what keeping the views fresh costs beside the rest of the backend.
 * It counts the process's CPU while the work runs, so a catalog served by
 * the same backend is counted with the answers it gives the index.
 */
export function followCpuMetric(metrics: MetricsService): FollowCpuListener {
  const counter = metrics.createCounter<{ work: FollowWork }>(
    'persona.index.follow.cpu.time',
    {
      unit: 's',
      description:
        "Process CPU time while the persona index follows the catalog's changes (probes, etag sweeps, looks at named entities, scheduled full rebuilds)",
    },
  );
  return (work, cpuMs) => counter.add(cpuMs / 1000, { work });
}
