import path from 'node:path';
import { targetPaths } from '@backstage/cli-common';

/** The repository root (found from the working directory). */
export const repoRoot = targetPaths.rootDir;

/** This package: `packages/dynamic-plugins-test`. */
export const packageDir = path.join(
  repoRoot,
  'packages',
  'dynamic-plugins-test',
);

/**
 * One plugin package of this repository exported as a dynamic plugin.
 *
 * @public
 */
export type ExportedPlugin = {
  /** Folder under `plugins/`. */
  folder: string;
  /** Name of the static package. */
  packageName: string;
  /** Name of the exported package (the CLI appends `-dynamic`). */
  dynamicName: string;
  /** Workspace packages embedded into the export (`--embed-package`). */
  embed: string[];
};

const common = '@platform-personas/backstage-plugin-persona-common';
const node = '@platform-personas/backstage-plugin-persona-node';

/** The two backend features of this repository, in load order. */
export const exportedPlugins: ExportedPlugin[] = [
  {
    folder: 'catalog-backend-module-persona',
    packageName:
      '@platform-personas/backstage-plugin-catalog-backend-module-persona',
    dynamicName:
      '@platform-personas/backstage-plugin-catalog-backend-module-persona-dynamic',
    // persona-node holds the query of its IS_PERSONA_HOLDER rule
    embed: [common, node],
  },
  {
    folder: 'persona-backend',
    packageName: '@platform-personas/backstage-plugin-persona-backend',
    dynamicName: '@platform-personas/backstage-plugin-persona-backend-dynamic',
    embed: [common, node],
  },
];

/** `plugins/<folder>/dist-dynamic` of a plugin. */
export function distDynamicDir(plugin: ExportedPlugin): string {
  return path.join(repoRoot, 'plugins', plugin.folder, 'dist-dynamic');
}

/** Seconds since `started`, with one decimal. */
export function secondsSince(started: number): string {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}
