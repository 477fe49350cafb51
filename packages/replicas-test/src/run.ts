/*
 * yarn workspace @internal/replicas-test test:replicas
 *
 * Two replicas of packages/backend, started with app-config.production.yaml
 * on one PostgreSQL database prefix and one Redis namespace, must answer every
 * persona view and the coverage report identically, before and after a
 * Persona YAML change is picked up by the catalog. Exits non-zero otherwise.
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { targetPaths } from '@backstage/cli-common';
import { stringifyError } from '@backstage/errors';
import { BackendReplica } from './BackendReplica';
import { PhaseLog } from './PhaseLog';
import { PROBE_BEFORE, probePersonaYaml } from './probePersona';
import { replicasScenario } from './replicasScenario';
import { SharedStores, sharedStoresSettingsFromEnv } from './SharedStores';
import { writeReplicaConfig } from './writeReplicaConfig';

const PORTS = [7107, 7207] as const;

async function main(): Promise<boolean> {
  const repoRoot = targetPaths.rootDir;
  const phases = new PhaseLog();
  const settings = sharedStoresSettingsFromEnv(process.env);
  const stores = new SharedStores(settings);
  await phases.run('PostgreSQL and Redis answer', () => stores.check());

  const runId = randomBytes(4).toString('hex');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'persona-replicas-'));
  const run = {
    databasePrefix: `persona_replicas_${runId}_`,
    cacheNamespace: `persona-replicas-${runId}`,
    personaPath: path.join(workDir, 'replica-persona.yaml'),
  };
  fs.writeFileSync(run.personaPath, probePersonaYaml(PROBE_BEFORE));
  const configPath = writeReplicaConfig(repoRoot, workDir, run);
  phases.log(
    `run ${runId}: databases ${run.databasePrefix}*, cache namespace ${run.cacheNamespace}, files in ${workDir}`,
  );

  const env = {
    POSTGRES_HOST: settings.postgres.host,
    POSTGRES_PORT: String(settings.postgres.port),
    POSTGRES_USER: settings.postgres.user,
    POSTGRES_PASSWORD: settings.postgres.password,
    REDIS_HOST: settings.redis.host,
    REDIS_PORT: String(settings.redis.port),
  };
  const [a, b] = PORTS.map(
    (port, i) =>
      new BackendReplica({
        name: `replica ${'AB'[i]} (:${port})`,
        repoRoot,
        port,
        extraConfigPaths: [configPath],
        env,
        logPath: path.join(workDir, `replica-${port}.log`),
      }),
  );
  const replicas: [BackendReplica, BackendReplica] = [a, b];
  // Whatever happens, no replica outlives the test.
  process.once('exit', () => replicas.forEach(r => r.killNow()));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => process.exit(130));
  }

  let passed = false;
  try {
    await replicasScenario({
      replicas,
      personaPath: run.personaPath,
      phases,
    });
    passed = true;
  } catch (error) {
    console.error(`\nFAILED: ${stringifyError(error)}`);
    for (const replica of replicas) {
      console.error(`\n--- last lines of ${replica.name} ---`);
      console.error(replica.logTail(40));
    }
  } finally {
    await phases.run('stop both replicas', () =>
      Promise.all(replicas.map(replica => replica.stop())),
    );
    const cacheKeys = await stores.redisKeys(run.cacheNamespace);
    const byPlugin = new Map<string, number>();
    for (const key of cacheKeys) {
      const plugin = key.slice(run.cacheNamespace.length + 1).split(':')[0];
      byPlugin.set(plugin, (byPlugin.get(plugin) ?? 0) + 1);
    }
    phases.log(
      `Redis cache keys the replicas wrote: ${
        cacheKeys.length
      } ${JSON.stringify(Object.fromEntries(byPlugin))}`,
    );
    // The replicas agree because resolved views live in the shared cache,
    // keyed by index version: none there means they went elsewhere.
    if (passed && !byPlugin.get('persona')) {
      passed = false;
      console.error(
        '\nFAILED: the persona plugin kept no resolved view in the shared Redis cache',
      );
    }
    const dropped = await phases.run(
      'drop databases and cache keys',
      async () => {
        await stores.deleteRedisKeys(run.cacheNamespace);
        return stores.dropDatabasesWithPrefix(run.databasePrefix);
      },
    );
    phases.log(`dropped ${dropped.join(', ')}`);
    if (passed) {
      fs.rmSync(workDir, { recursive: true, force: true });
    } else {
      console.error(`Replica logs kept in ${workDir}`);
    }
  }
  console.log(`\nPhases:\n${phases.table()}`);
  return passed;
}

main().then(
  passed => {
    console.log(passed ? '1 passed, 0 failed' : '0 passed, 1 failed');
    process.exit(passed ? 0 : 1);
  },
  error => {
    console.error(stringifyError(error));
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
