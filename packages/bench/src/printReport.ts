import { LoadResult } from './load';
import { p95TargetFor } from './latencyTargets';

/** The figures of one view for one caller. */
export type Row = LoadResult & {
  caller: string;
  name: string;
  ref: string;
  catalogRequests: number;
};

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints the benchmark's figures as Markdown tables. */
export function printReport(report: {
  tier: string;
  entities: number;
  concurrency: number;
  requests: number;
  ingestion: { ingestionSeconds: number; settledSeconds: number };
  rows: Row[];
  baselines: Map<string, { p50: number; requests: number; owned: number }>;
  memory: { rss: number; peak: number };
  index: {
    entityCount: number;
    heapBytes: number;
    rebuildMillis: number;
    rebuildPages: number;
    personas: number;
  };
}) {
  const out = (line = '') => console.log(line);
  out();
  out(
    `## Persona views, tier ${report.tier} (${report.entities} entities), ${report.concurrency} concurrent, ${report.requests} requests each`,
  );
  out();
  out(
    '| caller | view | p50 | p95 | target p95 | catalog round trips | bytes | errors |',
  );
  out('|---|---|---|---|---|---|---|---|');
  for (const r of report.rows) {
    const target = p95TargetFor(r.name);
    const verdict =
      target === undefined
        ? ''
        : `${r.p95 <= target ? '✓' : '✗'} ≤ ${target} ms`;
    out(
      `| ${r.caller} | ${r.name} | ${ms(r.p50)} | ${ms(
        r.p95,
      )} | ${verdict} | 1 permission + ${r.catalogRequests.toFixed(
        1,
      )} by-refs | ${kb(r.bytes)} | ${r.errors} |`,
    );
  }
  out();
  out(
    "## Baseline: the org plugin's OwnershipCard way (a request per group of the subtree), same run",
  );
  out();
  out(
    '| view | baseline p50 (1 client) | requests | owned entities | persona view p50 / p95 at 20 concurrent (service, user) | speed-up on p50 (service, user) |',
  );
  out('|---|---|---|---|---|---|');
  for (const [name, base] of report.baselines) {
    const ours = report.rows.filter(r => r.name === name);
    out(
      `| ${name} | ${ms(base.p50)} | ${base.requests} | ${base.owned} | ${ours
        .map(r => `${ms(r.p50)} / ${ms(r.p95)}`)
        .join(', ')} | ${ours
        .map(r => `${(base.p50 / r.p50).toFixed(0)}×`)
        .join(', ')} |`,
    );
  }
  out();
  out('## Ingestion, memory, index');
  out();
  out(
    `- ingestion: all entities in the catalog after ${report.ingestion.ingestionSeconds.toFixed(
      0,
    )} s; relations settled and index stable after ${report.ingestion.settledSeconds.toFixed(
      0,
    )} s`,
  );
  out(
    `- backend process (catalog + persona plugins, SQLite in memory): RSS ${mb(
      report.memory.rss,
    )}, peak ${mb(report.memory.peak)}`,
  );
  out(
    `- persona index: ${report.index.entityCount} entities, ${
      report.index.personas
    } personas, heap ${mb(
      report.index.heapBytes,
    )} (measured in-process with the plugin's PersonaIndex)`,
  );
  out(
    `- index rebuild: ${ms(report.index.rebuildMillis)}, ${
      report.index.rebuildPages
    } catalog pages of 1,000 (every 30 s by default; a view is at most 30 s + one rebuild old)`,
  );
}
