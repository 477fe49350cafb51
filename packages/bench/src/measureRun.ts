import { LoadAmount } from './load';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { BenchTargets, Tier } from './generateOrganisation';
import { startCountingProxy } from './countingProxy';
import { processMemory, startBench } from './startBench';
import { expectedRelationCounts, waitForIngestion } from './waitForIngestion';
import { guestToken } from './guestToken';
import { measureIndex } from './indexCost';
import {
  Caller,
  measureOrgWay,
  measureViews,
  OrgRow,
  ViewRow,
} from './measureViews';
import { Freshness, measureFreshness } from './freshness';
import { IdleCpu, measureIdleCpu } from './idleCpu';
import { personaViewPath } from './benchViews';
import { dropDatabases, freshPrefix } from './postgres';

export type Database = 'sqlite' | 'postgres';

/** Everything measured against one bench backend. */
export type RunResult = {
  database: Database;
  ingestion: {
    ingestionSeconds: number;
    stitchedSeconds: number;
    settledSeconds: number;
  };
  views: ViewRow[];
  org: OrgRow[];
  memory: { rss: number; peak: number };
  index: Awaited<ReturnType<typeof measureIndex>>;
  freshness: Freshness;
  idle: IdleCpu;
  cleanup?: string;
};

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * Starts a bench backend on `database`, loads the organisation, and measures
 * in this order: the views and the catalog's by-name reads, the org plugin's
 * way, memory and the index, a change's freshness, then an idle window.
 */
export async function measureRun(options: {
  tier: Tier;
  entities: Entity[];
  targets: BenchTargets;
  database: Database;
  amount: LoadAmount;
  concurrency: number;
  idleSeconds: number;
  /** `catalog.processingInterval`; the catalog's default when absent. */
  processingIntervalMinutes?: number;
  log: (message: string) => void;
}): Promise<RunResult> {
  const { tier, entities, targets, database, log, concurrency } = options;
  let backendPort = 0;
  const proxy = await startCountingProxy(() => backendPort);
  const workDir = fs.mkdtempSync(
    path.join(os.tmpdir(), `persona-bench-${tier.name}-${database}-`),
  );
  const postgresPrefix = database === 'postgres' ? freshPrefix() : undefined;
  const bench = await startBench({
    entities,
    workDir,
    guestUser: targets.user,
    catalogProxyPort: proxy.port,
    refreshIntervalSeconds: 30,
    postgresPrefix,
    processingIntervalMinutes: options.processingIntervalMinutes,
    logSuffix: database,
  });
  backendPort = Number(new URL(bench.baseUrl).port);
  const stop = () => bench.stop();
  process.on('exit', stop);
  try {
    log(`${database}: bench backend started (pid ${bench.process.pid})`);
    const ingestion = await waitForIngestion(
      bench,
      entities.length,
      expectedRelationCounts(entities),
      targets.root,
      log,
    );
    const callers: Caller[] = [
      { name: 'service (ALLOW)', key: 'allow', token: bench.serviceToken },
      {
        name: 'user (CONDITIONAL)',
        key: 'conditional',
        token: await guestToken(bench.baseUrl),
      },
    ];
    const common = {
      baseUrl: bench.baseUrl,
      targets,
      callers,
      concurrency,
      log,
    };
    const views = await measureViews({
      ...common,
      amount: options.amount,
      countByRefs: () => proxy.count('/entities/by-refs'),
    });
    const org = await measureOrgWay(common);
    const memory = processMemory(bench.process.pid!);
    const index = await measureIndex(
      `${bench.baseUrl}/api/catalog`,
      bench.serviceToken,
    );

    log('freshness: changing one persona in the catalog');
    const freshness = await measureFreshness({
      baseUrl: bench.baseUrl,
      token: bench.serviceToken,
      workDir,
      userRef: targets.user,
      personas: tier.personas,
    });
    log(
      `freshness: catalog ${freshness.catalogMs?.toFixed(
        0,
      )} ms, persona view ${freshness.personaMs?.toFixed(0)} ms`,
    );
    // Let the change's processing and the next index build pass.
    await sleep(35_000);
    log(`idle CPU: ${options.idleSeconds} s window`);
    const idle = await measureIdleCpu({
      pid: bench.process.pid!,
      baseUrl: bench.baseUrl,
      token: bench.serviceToken,
      pollPath: personaViewPath(targets.persona),
      windowSeconds: options.idleSeconds,
      countCatalogRequests: () => proxy.count(''),
      catalogRequestsByKind: () => proxy.byKind(),
      catalogRequestMillis: () => proxy.busyMillis(),
    });
    log(`idle CPU: ${idle.totalPercent.toFixed(2)} % of a core`);
    return { database, ingestion, views, org, memory, index, freshness, idle };
  } finally {
    stop();
    process.off('exit', stop);
    await new Promise(resolve => {
      if (bench.process.exitCode !== null) resolve(undefined);
      else bench.process.once('exit', resolve);
      setTimeout(resolve, 10_000);
    });
    await proxy.close();
    fs.rmSync(workDir, { recursive: true, force: true });
    if (postgresPrefix) log(dropDatabases(postgresPrefix));
  }
}
