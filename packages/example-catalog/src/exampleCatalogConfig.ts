import fs from 'node:fs';
import { targetPaths } from '@backstage/cli-common';
import { parse } from 'yaml';

/**
 * The `catalog` config of the example portal, read from app-config.yaml, with
 * each file location resolved the way the backend resolves it (from
 * packages/backend). Integration tests load exactly what the portal loads,
 * rules included, and break if the two drift apart.
 */
export function exampleCatalogConfig(extraFiles: string[] = []) {
  const { catalog } = parse(
    fs.readFileSync(targetPaths.resolveRoot('app-config.yaml'), 'utf8'),
  );
  const locations = catalog.locations.map(
    (location: { type: string; target: string }) => ({
      ...location,
      target: targetPaths.resolveRoot('packages/backend', location.target),
    }),
  );
  return {
    ...catalog,
    locations: [
      ...locations,
      ...extraFiles.map(target => ({ type: 'file', target })),
    ],
  };
}
