import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { CounterSums } from './recordingMetrics';

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
  /** Their build time summed, as a percentage of the window: a cross-check. */
  indexPercent: number;
  /**
   * The process CPU the persona index counted while following the catalog
   * (`persona.index.follow.cpu.time`: probes, etag sweeps, looks at named
   * entities, scheduled full rebuilds), as a percentage of one core; the catalog's answers to it are
   * in it, the catalog running in the same backend.
   */
  followCpuPercent: number;
  /** The same CPU by kind of work, in CPU milliseconds, most first. */
  followCpuByWork: Array<[string, number]>;
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

/** The persona index's count of its following CPU so far, in ms by work. */
async function followCpuMs(baseUrl: string): Promise<Map<string, number>> {
  const res = await fetch(`${baseUrl}/api/bench/metrics`);
  if (!res.ok) {
    throw new Error(`GET /api/bench/metrics answered ${res.status}`);
  }
  const sums: CounterSums = await res.json();
  const byAttributes = sums.persona?.['persona.index.follow.cpu.time'] ?? {};
  const byWork = new Map<string, number>();
  for (const [attributes, seconds] of Object.entries(byAttributes)) {
    const { work } = JSON.parse(attributes) as { work: string };
    byWork.set(work, (byWork.get(work) ?? 0) + seconds * 1000);
  }
  return byWork;
}

/**
 * Measures the backend's CPU over an idle window of `windowSeconds`. Every
 * 10 s one persona view is read (`pollPath`, a kept answer) to learn from its
 * `meta` which index builds ran in the window and how long each took (wall
 * clock, catalog reads included), a cross-check. What following the
 * catalog cost, full rebuilds included, is the index's own count of process
 * CPU while it follows (read from the bench backend's metrics).
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
  const followBefore = await followCpuMs(options.baseUrl);
  const started = performance.now();
  const end = started + options.windowSeconds * 1000;
  while (performance.now() < end) {
    await sleep(Math.min(10_000, end - performance.now()));
    await poll();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(options.pid, ticks) - cpuBefore;
  const followAfter = await followCpuMs(options.baseUrl);
  const followCpuByWork = [...followAfter]
    .map(([work, ms]): [string, number] => [
      work,
      ms - (followBefore.get(work) ?? 0),
    ])
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1]);
  const followMillis = followCpuByWork.reduce((sum, [, ms]) => sum + ms, 0);
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
    followCpuPercent: (followMillis / 1000 / seconds) * 100,
    followCpuByWork,
    pollRequests,
    catalogRequests,
    catalogRequestKinds,
    catalogRequestPercent: (requestMillis / 1000 / seconds) * 100,
  };
}
