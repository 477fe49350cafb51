/*
 * yarn bench [--tier M|S] [--concurrency 20] [--seconds 10 | --requests N]
 *            [--database sqlite|postgres|both] [--tier-l on|off] [--idle-seconds 600]
 *            [--processing-interval-minutes 60 | default]
 *
 * Generates a synthetic organisation, loads it into a real catalog backend
 * with the persona plugins (once per database), and prints persona view
 * latencies and sizes beside the catalog's own by-name reads and the org
 * plugin's way at the same concurrency, a change's freshness, the idle CPU,
 * the index's cost and growth, and a table of targets with ✓/✗.
 */

import { parseArgs } from 'node:util';
import { generateOrganisation, TIERS } from './generateOrganisation';
import { LoadAmount } from './load';
import { Database, measureRun } from './measureRun';
import { printRun, printScaling } from './printReport';
import { printTargets } from './targets';
import { indexScaling, IndexScale, TIER_L } from './tierL';

async function main() {
  const { values } = parseArgs({
    options: {
      tier: { type: 'string', default: 'M' },
      concurrency: { type: 'string', default: '20' },
      seconds: { type: 'string', default: '10' },
      requests: { type: 'string' },
      database: { type: 'string' },
      'tier-l': { type: 'string' },
      'idle-seconds': { type: 'string', default: '600' },
      'processing-interval-minutes': { type: 'string' },
    },
  });
  const tier = TIERS[values.tier!.toUpperCase()];
  if (!tier)
    throw new Error(`--tier must be one of ${Object.keys(TIERS).join(', ')}`);
  const isM = tier.name === 'M';
  const database = values.database ?? (isM ? 'both' : 'sqlite');
  if (!['sqlite', 'postgres', 'both'].includes(database))
    throw new Error('--database must be sqlite, postgres or both');
  const databases: Database[] =
    database === 'both' ? ['sqlite', 'postgres'] : [database as Database];
  const tierL = (values['tier-l'] ?? (isM ? 'on' : 'off')) === 'on';
  // At the catalog's default of 100–150 s, 49,500 entities on two cores
  // keep the catalog's processing loop a whole core busy and always behind
  // (it processes about 60 a second on PostgreSQL, 30 on SQLite): a
  // refreshed entity waits behind the backlog for minutes, and every CPU
  // figure of the process carries that loop. Large portals raise it.
  const interval =
    values['processing-interval-minutes'] ?? (isM ? '60' : 'default');
  const processingIntervalMinutes =
    interval === 'default' ? undefined : Number(interval);
  if (
    processingIntervalMinutes !== undefined &&
    !(processingIntervalMinutes > 0)
  )
    throw new Error(
      '--processing-interval-minutes must be a number or default',
    );
  const concurrency = Number(values.concurrency);
  // A time, not a count: a p95 over a few hundred requests says whether
  // one pause of the process fell into them, not how often pauses come.
  const amount: LoadAmount = values.requests
    ? { requests: Number(values.requests) }
    : { seconds: Number(values.seconds) };
  const log = (message: string) =>
    console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

  // The index alone first, before a backend shares the cores.
  const scales: IndexScale[] = await indexScaling(
    tierL ? [TIERS.S, TIERS.M, TIER_L] : [tier],
    log,
  );

  const { entities, targets } = generateOrganisation(tier);
  log(
    `tier ${tier.name}: ${entities.length} entities; ${JSON.stringify(
      targets,
    )}; databases: ${databases.join(', ')}`,
  );
  const context = {
    tier: tier.name,
    entities: entities.length,
    concurrency,
    amount,
    processingIntervalMinutes,
  };
  printScaling(scales);
  const failed: string[] = [];
  for (const db of databases) {
    try {
      // Printed as soon as measured: a later database failing loses nothing.
      const run = await measureRun({
        tier,
        entities,
        targets,
        database: db,
        amount,
        concurrency,
        idleSeconds: Number(values['idle-seconds']),
        processingIntervalMinutes,
        log,
      });
      printRun(run, context);
      printTargets(run, scales, tier.name);
    } catch (error) {
      // One database failing does not lose the other's figures.
      failed.push(`${db}: ${error}`);
      console.error(error);
    }
  }

  if (failed.length) throw new Error(`runs failed: ${failed.join('; ')}`);
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
