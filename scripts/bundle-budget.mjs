#!/usr/bin/env node
/*
 * The bundle budget of the Personas frontend plugin, measured on production
 * builds of the example portals:
 *
 * - entry bytes the plugin adds: packages/app (new frontend system) built
 *   twice, as it is and without the Persona packages (a baseline generated
 *   next to it), and the gzip size of the entry point's files compared;
 * - the plugin's lazy chunks in both portals: every chunk outside the entry
 *   point that holds a module of plugins/persona or plugins/persona-common,
 *   with its raw and gzip size and the share of it that is the plugin's code.
 *
 * Goals: entry bytes added ≈ 0 (only the extension definitions), each lazy
 * chunk ≤ 30 KB gzip. Prints figures; exits 1 when a goal is missed and
 * --check is given.
 *
 * Usage: node scripts/bundle-budget.mjs [--check]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LAZY_CHUNK_GOAL_BYTES = 30 * 1024;
const ENTRY_GOAL_BYTES = 10 * 1024;
const PLUGIN_MODULE = /plugins\/persona(-common)?\/(src|schema)\//;
const PERSONA_PACKAGE = /^@platform-personas\//;

const BACKSTAGE_CLI = path.join(root, 'node_modules/.bin/backstage-cli');

const gzipSize = file => zlib.gzipSync(fs.readFileSync(file)).length;
const kb = bytes => `${(bytes / 1024).toFixed(1)} KB`;

function build(dir, configs) {
  const args = [BACKSTAGE_CLI, 'package', 'build', '--stats'];
  for (const config of configs) args.push('--config', config);
  execFileSync(process.execPath, args, {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const statsFile = path.join(dir, 'dist', 'bundle-stats.json');
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
  fs.rmSync(statsFile); // 100 MB; not needed once read
  return { dist: path.join(dir, 'dist'), stats };
}

function entryFiles({ dist, stats }) {
  return (
    Object.values(stats.entrypoints)
      .flatMap(entry => entry.assets.map(asset => asset.name ?? asset))
      .filter(file => file.endsWith('.js'))
      .map(file => path.join(dist, file))
      // the runtime chunk is inlined into index.html, not written as a file
      .filter(file => fs.existsSync(file))
  );
}

function entryGzipBytes(result) {
  return entryFiles(result).reduce((sum, file) => sum + gzipSize(file), 0);
}

function isPluginModule(module) {
  const names = [module.name, ...(module.modules ?? []).map(m => m.name)];
  return names.some(name => PLUGIN_MODULE.test(name ?? ''));
}

function pluginModuleBytes(module) {
  if (!module.modules) return isPluginModule(module) ? module.size : 0;
  return module.modules
    .filter(inner => PLUGIN_MODULE.test(inner.name ?? ''))
    .reduce((sum, inner) => sum + inner.size, 0);
}

/** The plugin's modules bundled into the entry point, largest first. */
function pluginModulesInEntry({ stats }) {
  const initial = new Set(
    Object.values(stats.entrypoints).flatMap(entry => entry.chunks),
  );
  return stats.modules
    .filter(m => (m.chunks ?? []).some(chunk => initial.has(chunk)))
    .filter(m => pluginModuleBytes(m) > 0)
    .map(m => ({ name: m.name, bytes: pluginModuleBytes(m) }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** Chunks outside the entry point that hold the plugin's modules. */
function lazyPluginChunks({ dist, stats }) {
  const initial = new Set(
    Object.values(stats.entrypoints).flatMap(entry => entry.chunks),
  );
  const modulesByChunk = new Map();
  for (const module of stats.modules) {
    for (const chunk of module.chunks ?? []) {
      if (!modulesByChunk.has(chunk)) modulesByChunk.set(chunk, []);
      modulesByChunk.get(chunk).push(module);
    }
  }
  return stats.chunks
    .filter(chunk => !initial.has(chunk.id))
    .map(chunk => {
      const modules = modulesByChunk.get(chunk.id) ?? [];
      const ownBytes = modules.reduce((s, m) => s + pluginModuleBytes(m), 0);
      const allBytes = modules.reduce((s, m) => s + m.size, 0);
      const file = chunk.files.find(f => f.endsWith('.js'));
      return { chunk, file, ownBytes, allBytes };
    })
    .filter(({ ownBytes, file }) => ownBytes > 0 && file)
    .map(({ chunk, file, ownBytes, allBytes }) => ({
      file,
      rawBytes: fs.statSync(path.join(dist, file)).size,
      gzipBytes: gzipSize(path.join(dist, file)),
      ownShare: allBytes ? ownBytes / allBytes : 0,
      entries: (chunk.origins ?? [])
        .map(origin => origin.request)
        .filter(Boolean)
        .filter((r, i, all) => all.indexOf(r) === i),
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/**
 * packages/app without the Persona packages, generated as a sibling package
 * (the CLI builds workspace packages only) and removed after the build.
 */
function writeBaselineApp() {
  const app = path.join(root, 'packages/app');
  const baseline = path.join(root, 'packages/app-budget-baseline');
  fs.rmSync(baseline, { recursive: true, force: true });
  fs.mkdirSync(path.join(baseline, 'src'), { recursive: true });
  fs.cpSync(path.join(app, 'public'), path.join(baseline, 'public'), {
    recursive: true,
  });

  const pkg = JSON.parse(fs.readFileSync(path.join(app, 'package.json')));
  pkg.name = 'app-budget-baseline';
  for (const name of Object.keys(pkg.dependencies)) {
    if (PERSONA_PACKAGE.test(name)) delete pkg.dependencies[name];
  }
  fs.writeFileSync(
    path.join(baseline, 'package.json'),
    JSON.stringify(pkg, null, 2),
  );

  const appSource = fs.readFileSync(path.join(app, 'src/App.tsx'), 'utf8');
  const withoutPersona = appSource
    .replace(/import[^;]*from '@platform-personas\/[^']*';\n/g, '')
    // app modules that exist for the Persona packages (named persona…)
    .replace(/import \{ persona\w* \} from '\.\/modules\/[^']*';\n/g, '')
    .replace(/^\s*persona\w*,\n/gm, '')
    .replace(/from '\.\/modules\//g, "from '../../app/src/modules/");
  if (/persona/i.test(withoutPersona)) {
    throw new Error(
      `Could not remove the Persona features from packages/app/src/App.tsx for the baseline build:\n${withoutPersona}`,
    );
  }
  fs.writeFileSync(path.join(baseline, 'src/App.tsx'), withoutPersona);
  fs.writeFileSync(
    path.join(baseline, 'src/index.tsx'),
    fs.readFileSync(path.join(app, 'src/index.tsx'), 'utf8'),
  );
  return baseline;
}

function printChunks(title, chunks) {
  console.log(`\n### ${title}: lazy chunks holding the plugin's code\n`);
  console.log(
    '| chunk | raw | gzip | plugin share | loaded by | ≤ 30 KB gzip |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const c of chunks) {
    const loadedBy = c.entries.slice(0, 2).join(', ') || '—';
    console.log(
      `| ${path.basename(c.file)} | ${kb(c.rawBytes)} | ${kb(c.gzipBytes)} | ${(
        c.ownShare * 100
      ).toFixed(0)} % | ${loadedBy} | ${
        c.gzipBytes <= LAZY_CHUNK_GOAL_BYTES ? '✓' : '✗'
      } |`,
    );
  }
}

const started = Date.now();
const app = build(path.join(root, 'packages/app'), []);
// removed even when writing it fails: a stray workspace would enter yarn.lock
const baselineDir = path.join(root, 'packages/app-budget-baseline');
let withoutPlugin;
let baselineEntryFiles;
try {
  writeBaselineApp();
  const baseline = build(baselineDir, ['../../app-config.yaml']);
  withoutPlugin = entryGzipBytes(baseline);
  baselineEntryFiles = entryFiles(baseline).length;
} finally {
  if (!process.argv.includes('--keep-baseline')) {
    fs.rmSync(baselineDir, { recursive: true, force: true });
  }
}
const legacy = build(path.join(root, 'packages/app-legacy'), [
  '../../app-config.yaml',
  'app-config.legacy.yaml',
]);

const withPlugin = entryGzipBytes(app);
const added = withPlugin - withoutPlugin;
const appChunks = lazyPluginChunks(app);
const legacyChunks = lazyPluginChunks(legacy);

console.log('\n### Entry point of packages/app (new frontend system), gzip\n');
console.log('| build | entry files | gzip |');
console.log('|---|---|---|');
console.log(
  `| without the Persona packages | ${baselineEntryFiles} | ${kb(
    withoutPlugin,
  )} |`,
);
console.log(
  `| with the Persona plugin and modules | ${entryFiles(app).length} | ${kb(
    withPlugin,
  )} |`,
);
console.log(
  `| **added by the plugin** | | **${kb(added)}** (${(
    (added / withoutPlugin) *
    100
  ).toFixed(2)} % of the entry; goal ≈ 0, ≤ ${kb(ENTRY_GOAL_BYTES)}) |`,
);
const inEntry = pluginModulesInEntry(app);
console.log(
  `\nThe plugin's modules in the entry (raw, before minification): ${inEntry
    .map(m => `${m.name.replace(/^.*plugins\//, '')} ${kb(m.bytes)}`)
    .join('; ')}`,
);
printChunks('packages/app (new frontend system)', appChunks);
printChunks('packages/app-legacy (legacy frontend system)', legacyChunks);
console.log(
  `\n(measured in ${((Date.now() - started) / 1000).toFixed(
    0,
  )} s; gzip at zlib's default level)`,
);

const missed = [
  ...(added > ENTRY_GOAL_BYTES ? [`entry +${kb(added)}`] : []),
  ...[...appChunks, ...legacyChunks]
    .filter(c => c.gzipBytes > LAZY_CHUNK_GOAL_BYTES && c.ownShare >= 0.5)
    .map(c => `${path.basename(c.file)} ${kb(c.gzipBytes)} gzip`),
];
if (missed.length > 0) {
  console.log(`\nBudget missed: ${missed.join('; ')}`);
  if (process.argv.includes('--check')) process.exitCode = 1;
}
