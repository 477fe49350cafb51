import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

function clockTicks(): number {
  try {
    return (
      Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100
    );
  } catch {
    return 100;
  }
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number, ticks = clockTicks()): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 from here.
  return (Number(fields[11]) + Number(fields[12])) / ticks;
}

/** What the backend did while nothing changed. */
export type IdleCpu = {
  windowSeconds: number;
  /** CPU of the whole backend process, as a percentage of one core. */
  totalPercent: number;
  /** Persona index builds seen in the window (from the views' `meta`). */
  indexBuilds: number;
  /** Their build time summed, as a percentage of the window. */
  indexPercent: number;
  pollRequests: number;
  /** Requests the backend's plugins sent to the catalog in the window (through the counting proxy). */
  catalogRequests: number;
  /** The same requests by kind (path), most first. */
  catalogRequestKinds: Array<[string, number]>;
  /**
   * The time those requests took from arrival to the end of their answers,
   * as a percentage of the window: the most the catalog can have spent on
   * them.
   */
  catalogRequestPercent: number;
};

/**
 * Measures the backend's CPU over an idle window of `windowSeconds`. Every
 * 10 s one persona view is read (`pollPath`, a kept answer) to learn from its
 * `meta` which index builds ran in the window and how long each took: their
 * summed build time (wall clock, catalog reads included) is the most the
 * persona index can have cost of the total.
 */
export async function measureIdleCpu(options: {
  pid: number;
  baseUrl: string;
  token: string;
  pollPath: string;
  windowSeconds: number;
  countCatalogRequests: () => number;
  catalogRequestsByKind: () => Map<string, number>;
  catalogRequestMillis: () => number;
}): Promise<IdleCpu> {
  const ticks = clockTicks();
  const builds = new Map<string, number>();
  let pollRequests = 0;
  const poll = async () => {
    pollRequests += 1;
    const res = await fetch(`${options.baseUrl}${options.pollPath}`, {
      headers: { authorization: `Bearer ${options.token}` },
    });
    if (!res.ok) return;
    const { meta } = await res.json();
    builds.set(meta.indexBuiltAt, meta.indexBuildMillis);
  };
  await poll();
  const firstBuild = [...builds.keys()][0];
  const cpuBefore = cpuSeconds(options.pid, ticks);
  const requestsBefore = options.countCatalogRequests();
  const kindsBefore = options.catalogRequestsByKind();
  const requestMillisBefore = options.catalogRequestMillis();
  const started = performance.now();
  const end = started + options.windowSeconds * 1000;
  while (performance.now() < end) {
    await sleep(Math.min(10_000, end - performance.now()));
    await poll();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(options.pid, ticks) - cpuBefore;
  const catalogRequests = options.countCatalogRequests() - requestsBefore;
  const requestMillis = options.catalogRequestMillis() - requestMillisBefore;
  const catalogRequestKinds = [...options.catalogRequestsByKind()]
    .map(([kind, n]): [string, number] => [
      kind,
      n - (kindsBefore.get(kind) ?? 0),
    ])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  builds.delete(firstBuild);
  const buildMillis = [...builds.values()].reduce((a, b) => a + b, 0);
  return {
    windowSeconds: seconds,
    totalPercent: (cpu / seconds) * 100,
    indexBuilds: builds.size,
    indexPercent: (buildMillis / 1000 / seconds) * 100,
    pollRequests,
    catalogRequests,
    catalogRequestKinds,
    catalogRequestPercent: (requestMillis / 1000 / seconds) * 100,
  };
}
