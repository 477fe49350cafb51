import fs from 'node:fs';
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
  /**
   * Workspace packages embedded into the export (`--embed-package`): the
   * plugin's `workspace:` dependencies and theirs, read from the
   * `package.json` files, so that a new one is never forgotten.
   */
  embed: string[];
};

type PackageJson = { name: string; dependencies?: Record<string, string> };

function readPackageJson(dir: string): PackageJson {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

/** The runtime workspace dependencies of `plugins/<folder>`, transitively. */
export function workspaceDependencies(folder: string): string[] {
  const plugins = path.join(repoRoot, 'plugins');
  const byName = new Map(
    fs
      .readdirSync(plugins)
      .filter(dir => fs.existsSync(path.join(plugins, dir, 'package.json')))
      .map(dir => [readPackageJson(path.join(plugins, dir)).name, dir]),
  );
  const found = new Set<string>();
  const visit = (pkg: PackageJson) => {
    for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
      const dir = byName.get(name);
      if (!range.startsWith('workspace:') || found.has(name)) continue;
      if (!dir) {
        throw new Error(`${pkg.name} depends on ${name}, not under plugins/`);
      }
      found.add(name);
      visit(readPackageJson(path.join(plugins, dir)));
    }
  };
  visit(readPackageJson(path.join(plugins, folder)));
  return [...found].sort();
}

/** The two backend features of this repository, in load order. */
export const exportedPlugins: ExportedPlugin[] = [
  {
    folder: 'catalog-backend-module-persona',
    packageName:
      '@platform-personas/backstage-plugin-catalog-backend-module-persona',
    dynamicName:
      '@platform-personas/backstage-plugin-catalog-backend-module-persona-dynamic',
    embed: workspaceDependencies('catalog-backend-module-persona'),
  },
  {
    folder: 'persona-backend',
    packageName: '@platform-personas/backstage-plugin-persona-backend',
    dynamicName: '@platform-personas/backstage-plugin-persona-backend-dynamic',
    embed: workspaceDependencies('persona-backend'),
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
