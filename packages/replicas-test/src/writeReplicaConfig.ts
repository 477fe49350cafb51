import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/**
 * What one test run shares between its two replicas.
 *
 * @public
 */
export type ReplicaRun = {
  /** `backend.database.prefix`: each run gets databases of its own. */
  databasePrefix: string;
  /** The Redis namespace of the cache store: each run starts with an empty cache. */
  cacheNamespace: string;
  /** The probe Persona's file, which the catalog reads as a file location. */
  personaPath: string;
};

/**
 * Writes the config both replicas load on top of app-config.yaml and
 * app-config.production.yaml: the run's databases and cache namespace, fast
 * catalog processing and index refreshes, and the example locations plus the
 * probe Persona's file. Returns the config file's path.
 *
 * @public
 */
export function writeReplicaConfig(
  repoRoot: string,
  workDir: string,
  run: ReplicaRun,
): string {
  // Config arrays replace rather than merge: repeat the example locations.
  const baseConfig = parse(
    fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
  );
  const exampleLocations: unknown[] = baseConfig?.catalog?.locations ?? [];

  const config = {
    backend: {
      database: { prefix: run.databasePrefix },
      cache: { redis: { client: { namespace: run.cacheNamespace } } },
    },
    catalog: {
      processingInterval: { seconds: 2 },
      locations: [
        ...exampleLocations,
        {
          type: 'file',
          target: run.personaPath,
          rules: [{ allow: ['Persona'] }],
        },
      ],
    },
    persona: { index: { refreshInterval: { seconds: 2 } } },
  };
  const configPath = path.join(workDir, 'app-config.replicas.yaml');
  fs.writeFileSync(configPath, stringify(config));
  return configPath;
}
