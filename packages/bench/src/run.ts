/*
 * yarn bench [--tier M|S] [--concurrency 20] [--requests 200]
 *
 * Generates a synthetic organisation, loads it into a real catalog backend
 * with the persona plugins, and prints persona view latencies beside the org
 * plugin's way of answering the same team questions, measured in the same run.
 */

import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { generateOrganisation, TIERS } from './generateOrganisation';
import { startCountingProxy } from './countingProxy';
import { processMemory, startBench } from './startBench';
import { load, percentile } from './load';
import { ownershipTheOrgPluginWay } from './orgPluginBaseline';
import { measureIndex } from './indexCost';
import { waitForIngestion } from './waitForIngestion';
import { printReport, Row } from './printReport';
import { guestToken } from './guestToken';
import { benchViews, personaViewPath } from './benchViews';

async function main() {
  const { values } = parseArgs({
    options: {
      tier: { type: 'string', default: 'M' },
      concurrency: { type: 'string', default: '20' },
      requests: { type: 'string', default: '200' },
    },
  });
  const tier = TIERS[values.tier!.toUpperCase()];
  if (!tier)
    throw new Error(`--tier must be one of ${Object.keys(TIERS).join(', ')}`);
  const concurrency = Number(values.concurrency);
  const requests = Number(values.requests);

  const { entities, targets } = generateOrganisation(tier);
  const log = (message: string) =>
    console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
  log(
    `tier ${tier.name}: ${entities.length} entities; ${JSON.stringify(
      targets,
    )}`,
  );

  let backendPort = 0;
  const proxy = await startCountingProxy(() => backendPort);
  const workDir = fs.mkdtempSync(
    path.join(os.tmpdir(), `persona-bench-${tier.name}-`),
  );
  const bench = await startBench({
    entities,
    workDir,
    guestUser: targets.user,
    catalogProxyPort: proxy.port,
    refreshIntervalSeconds: 30,
  });
  backendPort = Number(new URL(bench.baseUrl).port);
  const stop = () => bench.stop();
  process.on('exit', stop);

  try {
    const ingestion = await waitForIngestion(
      bench,
      entities.length,
      targets.root,
      log,
    );
    const userToken = await guestToken(bench.baseUrl);
    const viewUrl = (ref: string) => `${bench.baseUrl}${personaViewPath(ref)}`;
    const scenarios = benchViews(targets);

    const rows: Row[] = [];
    for (const [caller, token] of [
      ['service (ALLOW)', bench.serviceToken],
      ['user (CONDITIONAL)', userToken],
    ]) {
      for (const [name, ref] of scenarios) {
        await load(viewUrl(ref), token, 5, 1);
        const byRefsBefore = proxy.count('/entities/by-refs');
        const result = await load(viewUrl(ref), token, requests, concurrency);
        rows.push({
          caller,
          name,
          ref,
          ...result,
          catalogRequests:
            (proxy.count('/entities/by-refs') - byRefsBefore) / requests,
        });
        log(
          `${caller} ${name}: p50 ${result.p50.toFixed(
            1,
          )} ms, p95 ${result.p95.toFixed(1)} ms`,
        );
      }
    }

    const catalogUrl = `${bench.baseUrl}/api/catalog`;
    const baselines = new Map<
      string,
      { p50: number; requests: number; owned: number }
    >();
    for (const [name, ref, runs] of [
      ['leaf team', targets.leafTeam, 5],
      [
        `group, ${targets.midGroupDescendants} descendants`,
        targets.midGroup,
        3,
      ],
      ['root group', targets.root, 1],
    ] as const) {
      const times: number[] = [];
      let last = { owned: 0, requests: 0 };
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        last = await ownershipTheOrgPluginWay(
          catalogUrl,
          bench.serviceToken,
          ref,
        );
        times.push(performance.now() - started);
      }
      baselines.set(name, {
        p50: percentile(
          times.sort((a, b) => a - b),
          50,
        ),
        ...last,
      });
      log(
        `org plugin way, ${name}: ${times
          .map(t => t.toFixed(0))
          .join(', ')} ms`,
      );
    }

    const memory = processMemory(bench.process.pid!);
    const index = await measureIndex(catalogUrl, bench.serviceToken);
    printReport({
      tier: tier.name,
      entities: entities.length,
      concurrency,
      requests,
      ingestion,
      rows,
      baselines,
      memory,
      index,
    });
  } finally {
    stop();
    await proxy.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
