import { describeAmount, LoadAmount } from './load';
import { RunResult } from './measureRun';
import { IndexScale } from './tierL';

export const ms = (n: number) =>
  Number.isFinite(n) ? `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms` : '–';
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** A ratio as printed beside a target: two decimals below 10, so that 1.54× is not shown as 1.5×. */
export const ratio = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)}×`;
const out = (line = '') => console.log(line);

/** Prints the figures of one bench backend (one database) as Markdown tables. */
export function printRun(
  run: RunResult,
  context: {
    tier: string;
    entities: number;
    concurrency: number;
    amount: LoadAmount;
    processingIntervalMinutes?: number;
  },
) {
  const db = run.database === 'sqlite' ? 'SQLite in memory' : 'PostgreSQL';
  out();
  out(
    `## Persona views — tier ${context.tier} (${
      context.entities
    } entities), ${db}, ${context.concurrency} concurrent, ${describeAmount(
      context.amount,
    )} each (persona view: ${requestRange(
      run.views,
    )} requests), catalog processing interval ${
      context.processingIntervalMinutes
        ? `${context.processingIntervalMinutes} min`
        : '100–150 s (the default)'
    }`,
  );
  out();
  out(
    '| caller | view | p50 | p95 | errors | answer gzipped / uncompressed (the first a page asks for; `sub-teams included`: the one the map asks for once they are) | catalog by-name p50 / p95 (errors) | persona p95 ÷ catalog p95 | catalog round trips |',
  );
  out('|---|---|---|---|---|---|---|---|---|');
  for (const r of run.views) {
    out(
      `| ${r.caller} | ${r.name} | ${ms(r.persona.p50)} | ${ms(
        r.persona.p95,
      )} | ${r.persona.errors} | ${kb(r.size.wireBytes)} (${
        r.size.encoding
      }) / ${kb(r.size.rawBytes)} | ${ms(r.catalog.p50)} / ${ms(
        r.catalog.p95,
      )} (${r.catalog.errors}) | ${ratio(
        r.persona.p95 / r.catalog.p95,
      )} | 1 permission + ${r.catalogRequests.toFixed(1)} by-refs |`,
    );
  }
  out();
  out(
    `## Baseline 1: the org plugin's OwnershipCard way at ${context.concurrency} concurrent — ${db}`,
  );
  out();
  out(
    '| caller | view | org way runs | org way p50 / p95 | errors | catalog requests per run | owned entities | persona view p50 / p95 | speed-up on p95 |',
  );
  out('|---|---|---|---|---|---|---|---|---|');
  for (const o of run.org) {
    const view = run.views.find(v => v.key === o.key && v.name === o.name);
    out(
      `| ${o.caller} | ${o.name} | ${o.org.runs} | ${ms(o.org.p50)} / ${ms(
        o.org.p95,
      )} | ${o.org.errors}${
        o.org.firstError ? ` (${o.org.firstError})` : ''
      } | ${o.org.errors < o.org.runs ? o.org.requests : '–'} | ${
        o.org.errors < o.org.runs ? o.org.owned : '–'
      } | ${
        view ? `${ms(view.persona.p50)} / ${ms(view.persona.p95)}` : '–'
      } | ${view ? ratio(o.org.p95 / view.persona.p95) : '–'} |`,
    );
  }
  out();
  out(`## Freshness, idle CPU, memory, index — ${db}`);
  out();
  const f = run.freshness;
  const fmt = (v?: number) =>
    v === undefined ? `not within ${f.timeoutMs / 1000} s` : ms(v);
  out('| measure | value |');
  out('|---|---|');
  out(
    `| change | ${f.change} (catalog file rewritten, then \`POST /api/catalog/refresh\` of the persona, again every 5 s until the catalog showed it: ${f.refreshes} in all) |`,
  );
  out(
    `| catalog shows it (by-name read, stitched), from the write | ${fmt(
      f.catalogMs,
    )} |`,
  );
  out(`| persona view shows it, from the write | ${fmt(f.personaMs)} |`);
  out(
    `| persona view after the catalog | ${
      f.catalogMs !== undefined && f.personaMs !== undefined
        ? ms(f.personaMs - f.catalogMs)
        : '–'
    } (the catalog module names changed entities on the events service and the index looks at them once stitched; its etag checks, every 2 s, are the safety net; polled every 100 ms) |`,
  );
  const i = run.idle;
  out(
    `| idle CPU, whole backend, ${i.windowSeconds.toFixed(
      0,
    )} s window | ${i.totalPercent.toFixed(
      2,
    )} % of one core (catalog processing loop and stitching, scheduler, persona index builds, ${
      i.pollRequests
    } view reads of the probe) |`,
  );
  out(
    `| persona index builds by their wall time (cross-check) | ${i.indexPercent.toFixed(
      2,
    )} % of one core (${
      i.indexBuilds
    } builds in the window, their summed build time incl. catalog reads ÷ window) |`,
  );
  out(
    `| of which keeping fresh (the index's own count) | ${i.followCpuPercent.toFixed(
      2,
    )} % of one core (\`persona.index.follow.cpu.time\`: process CPU while the index follows, overlapping work counted once, scheduled full rebuilds included, the catalog's answers to it included — ${
      i.followCpuByWork
        .map(([work, cpuMs]) => `${work} ${cpuMs.toFixed(0)} ms`)
        .join(', ') || 'none'
    }) |`,
  );
  out(
    `| catalog requests in the window (through the counting proxy; in this backend only the persona backend asks the catalog over HTTP) | ${
      i.catalogRequests
    } (${(i.catalogRequests / i.windowSeconds).toFixed(
      2,
    )}/s: following the catalog's changes, permission checks of the probe): ${
      i.catalogRequestKinds.map(([kind, n]) => `${n} \`${kind}\``).join(', ') ||
      'none'
    } |`,
  );
  out(
    `| the catalog's time on those requests | ${i.catalogRequestPercent.toFixed(
      2,
    )} % of one core, wall time (from each request's arrival to the end of its answer, queueing behind the catalog's own work included) |`,
  );
  out(
    `| ingestion | all entities after ${run.ingestion.ingestionSeconds.toFixed(
      0,
    )} s; relations stitched after ${run.ingestion.stitchedSeconds.toFixed(
      0,
    )} s; index stable after ${run.ingestion.settledSeconds.toFixed(0)} s |`,
  );
  out(
    `| backend process RSS / peak | ${mb(run.memory.rss)} / ${mb(
      run.memory.peak,
    )} |`,
  );
  out(
    `| persona index (in-process, fed from this catalog) | ${
      run.index.entityCount
    } entities, ${run.index.personas} personas, heap ${mb(
      run.index.heapBytes,
    )}, rebuild ${ms(run.index.rebuildMillis)} in ${
      run.index.rebuildPages
    } catalog pages of 1,000 |`,
  );
}

/** Prints the index's build time and heap per tier, built without a catalog. */
export function printScaling(scales: IndexScale[]) {
  if (!scales.length) return;
  out();
  out('## Index growth, built in-process from generated entities (no catalog)');
  out();
  out(
    '| tier | entities | build | rebuild | then compared with the build before (hint trust) | heap | heap per entity |',
  );
  out('|---|---|---|---|---|---|---|');
  for (const s of scales) {
    const compared =
      s.compareMillis === undefined ? 'not reported' : ms(s.compareMillis);
    out(
      `| ${s.tier} | ${s.entities} | ${ms(s.buildMillis)} | ${ms(
        s.rebuildMillis,
      )} | ${compared} | ${mb(s.heapBytes)} | ${(
        s.heapBytes / s.entities
      ).toFixed(0)} B |`,
    );
  }
}

/** The fewest and most requests a view's measurement made, as "120–340". */
function requestRange(views: RunResult['views']): string {
  const counts = views.map(view => view.persona.requests);
  const low = Math.min(...counts);
  const high = Math.max(...counts);
  return low === high ? String(low) : `${low}–${high}`;
}
