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
 * Runs `work` and tells `listener` the process CPU it was charged, whether
 * it succeeded or failed.
 */
export async function withFollowCpu<T, W extends FollowWork>(
  work: W,
  listener: (work: W, cpuMs: number) => void,
  run: () => Promise<T>,
): Promise<T> {
  const startCpu = processCpuMs();
  try {
    return await run();
  } finally {
    listener(work, processCpuMs() - startCpu);
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
