import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchViews, personaViewPath } from '../benchViews';
import { generateOrganisation, TIERS } from '../generateOrganisation';
import { guestToken } from '../guestToken';
import { startBench } from '../startBench';
import { expectedRelationCounts, waitForIngestion } from '../waitForIngestion';
import { countErrors, LoadReport, LoadSection } from './printLoadReport';
import { LabelledRequest, mixedRows, runLoad } from './runLoad';
import { LoadFigures } from './summariseSamples';
import { warmUp } from './warmUp';

/** How the load test runs against the benchmark's tier S organisation. */
export type TierSLoadOptions = {
  port: number;
  connections: number;
  seconds: number;
  baselineSeconds: number;
  /** How the user (CONDITIONAL) path is loaded: each view alone, mixed, or not. */
  user: 'per-view' | 'mixed' | 'none';
  log: (message: string) => void;
};

const USER = 'user (CONDITIONAL)';

const catalogEntityPath = (ref: string) => {
  const [kind, rest] = ref.split(':');
  return `/api/catalog/entities/by-name/${kind}/${rest}`;
};

/**
 * Loads the benchmark's tier S organisation in its bench backend: each view
 * class alone as a service (unconditional ALLOW), then as a user
 * (CONDITIONAL) each alone or all mixed, and as the baseline the catalog's
 * own read of the same entities, mixed.
 */
export async function loadTierS(
  options: TierSLoadOptions,
): Promise<LoadReport> {
  const { log, connections, seconds } = options;
  const tier = TIERS.S;
  const { entities, targets } = generateOrganisation(tier);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'persona-load-S-'));
  const bench = await startBench({
    entities,
    workDir,
    guestUser: targets.user,
    // the catalog reached directly, not through yarn bench's counting proxy:
    // nothing of the load test's own process sits inside what it measures
    catalogProxyPort: options.port,
    refreshIntervalSeconds: 30,
    port: options.port,
  });
  const stop = () => bench.stop();
  process.on('exit', stop);
  try {
    log(`tier S: ${entities.length} entities, ingesting`);
    await waitForIngestion(
      bench,
      entities.length,
      expectedRelationCounts(entities),
      targets.root,
      log,
    );
    const baseUrl = bench.baseUrl;
    const userToken = await guestToken(baseUrl);
    const views = benchViews(targets).map(([label, ref]) => ({
      label,
      path: personaViewPath(ref),
    }));
    const reads = benchViews(targets).map(([label, ref]) => ({
      label,
      path: catalogEntityPath(ref),
    }));
    await warmUp(baseUrl, bench.serviceToken, [...views, ...reads], log);
    await warmUp(baseUrl, userToken, views, log);

    const load = (token: string, requests: LabelledRequest[]) =>
      runLoad({ baseUrl, token, requests, connections, seconds });
    const sections: LoadSection[] = [];
    const eachAlone = async (caller: string, token: string) => {
      const rows: LoadFigures[] = [];
      for (const view of views) {
        log(
          `${caller}, ${view.label}: ${connections} connections, ${seconds} s`,
        );
        rows.push({ ...(await load(token, [view])).total, label: view.label });
      }
      sections.push({ caller: `${caller}, one view`, rows, mixed: false });
    };
    const allMixed = async (caller: string, token: string) => {
      log(
        `${caller}, all views mixed: ${connections} connections, ${seconds} s`,
      );
      const rows = mixedRows(await load(token, views));
      sections.push({ caller: `${caller}, mixed`, rows, mixed: true });
    };

    await eachAlone('service (ALLOW)', bench.serviceToken);
    if (options.user === 'per-view') await eachAlone(USER, userToken);
    if (options.user === 'mixed') await allMixed(USER, userToken);
    log(
      `baseline, catalog reads of the same entities: ${options.baselineSeconds} s`,
    );
    const baselineRun = await runLoad({
      baseUrl,
      token: bench.serviceToken,
      requests: reads,
      connections,
      seconds: options.baselineSeconds,
    });
    const baseline: LoadSection = {
      caller: 'baseline: catalog entity by name (service), mixed',
      rows: mixedRows(baselineRun),
      mixed: true,
    };
    return {
      title: `benchmark tier S (${entities.length} entities, bench backend, SQLite in memory)`,
      connections,
      seconds,
      baselineSeconds: options.baselineSeconds,
      sections,
      baseline,
      errors: countErrors([...sections, baseline]),
      notes: [
        'a user (CONDITIONAL) view asks the catalog for the refs it mentions, as the user; a service (ALLOW) view is served as kept',
      ],
    };
  } finally {
    stop();
    process.off('exit', stop);
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
