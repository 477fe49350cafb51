/*
 * Proves that the exported dynamic plugins load: copies the two
 * `plugins/<plugin>/dist-dynamic` folders into a temporary
 * `dynamic-plugins-root`, starts `src/backend.ts` (createBackend, the catalog,
 * dynamicPluginsFeatureLoader; no persona package imported) with
 * `dynamicPlugins.rootDirectory` pointing at it, and checks over HTTP that
 *
 *   1. the dynamic plugin loader logs both plugins as loaded,
 *   2. the catalog answers Persona entities (the catalog module loaded: the
 *      kind is processed and its relations emitted),
 *   3. /api/persona/v1/views/by-name/group/default/platform-team answers 200
 *      with personas (the backend plugin loaded and serves its routes).
 *
 *   yarn workspace @internal/dynamic-plugins-test test:dynamic [--keep]
 *
 * Run `yarn workspace @internal/dynamic-plugins-test export` first. Exits 1
 * on the first failed check, after printing the backend log's tail; `--keep`
 * keeps the temporary directory (it is kept anyway on failure).
 */
import { ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  distDynamicDir,
  exportedPlugins,
  packageDir,
  repoRoot,
  secondsSince,
} from './plugins';

const STARTUP_TIMEOUT_MS = 120_000;
const CATALOG_TIMEOUT_MS = 60_000;

type Check = { name: string; ok: boolean; detail: string; took: string };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function sleep(ms: number) {
  return new Promise(resolve => setTimeout(resolve, ms));
}

function readLog(logPath: string): string {
  const text = fs.existsSync(logPath) ? fs.readFileSync(logPath, 'utf8') : '';
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

async function getJson(
  url: string,
  token: string,
): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text for the report
  }
  return { status: response.status, body };
}

function writeConfig(options: {
  file: string;
  port: number;
  token: string;
  rootDirectory: string;
}) {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const example = (file: string) => path.join(repoRoot, 'examples', file);
  const config = {
    app: { baseUrl },
    backend: {
      baseUrl,
      listen: { host: '127.0.0.1', port: options.port },
      database: { client: 'better-sqlite3', connection: ':memory:' },
      auth: {
        externalAccess: [
          {
            type: 'static',
            options: { token: options.token, subject: 'dynamic-plugins-test' },
          },
        ],
      },
    },
    catalog: {
      rules: [
        {
          allow: [
            'Component',
            'System',
            'API',
            'Resource',
            'Location',
            'User',
            'Group',
            'Persona',
          ],
        },
      ],
      locations: [
        { type: 'file', target: example('org.yaml') },
        { type: 'file', target: example('platform.yaml') },
        { type: 'file', target: example('personas/*.yaml') },
      ],
    },
    dynamicPlugins: { rootDirectory: options.rootDirectory },
  };
  // JSON is YAML: the config loader reads it as an app-config file.
  fs.writeFileSync(options.file, `${JSON.stringify(config, null, 2)}\n`);
}

async function main(): Promise<number> {
  const keep = process.argv.includes('--keep');
  const started = Date.now();
  const timings: string[] = [];
  const checks: Check[] = [];

  const missing = exportedPlugins.filter(
    p => !fs.existsSync(path.join(distDynamicDir(p), 'package.json')),
  );
  if (missing.length > 0) {
    console.error(
      `No export of ${missing
        .map(p => p.folder)
        .join(
          ', ',
        )}: run \`yarn workspace @internal/dynamic-plugins-test export\` first.`,
    );
    return 1;
  }

  // 0. Each export is self-contained: its private dependencies in its own
  // node_modules, the `@backstage/*` ones left to the host as peers. (At run
  // time the loader falls back to the host's node_modules, so a missing
  // private dependency would go unnoticed in a monorepo that has it.)
  let t = Date.now();
  for (const plugin of exportedPlugins) {
    const dir = distDynamicDir(plugin);
    const manifest = JSON.parse(
      fs.readFileSync(path.join(dir, 'package.json'), 'utf8'),
    );
    const deps = Object.keys(manifest.dependencies ?? {});
    const absent = deps.filter(
      dep =>
        !fs.existsSync(path.join(dir, 'node_modules', dep, 'package.json')),
    );
    const backstageDeps = deps.filter(dep => dep.startsWith('@backstage/'));
    const peers = Object.keys(manifest.peerDependencies ?? {});
    const ok =
      absent.length === 0 &&
      backstageDeps.length === 0 &&
      peers.some(dep => dep === '@backstage/backend-plugin-api');
    const detail = ok
      ? `${deps.length} private dependencies in node_modules (${deps.join(
          ', ',
        )}); ${peers.length} @backstage peers`
      : `missing in node_modules: [${absent.join(
          ', ',
        )}]; @backstage dependencies not moved to peers: [${backstageDeps.join(
          ', ',
        )}]; peers: [${peers.join(', ')}]`;
    checks.push({
      name: `${plugin.dynamicName} is self-contained`,
      ok,
      detail,
      took: secondsSince(t),
    });
    console.log(
      `${ok ? 'PASS' : 'FAIL'} ${
        plugin.dynamicName
      } is self-contained: ${detail}`,
    );
  }
  if (checks.some(c => !c.ok)) {
    console.log(
      `\ndynamic plugins: ${checks.filter(c => c.ok).length} passed, ${
        checks.filter(c => !c.ok).length
      } failed`,
    );
    return 1;
  }
  timings.push(`check the exports: ${secondsSince(t)}`);

  // 1. A dynamic-plugins-root the way RHDH lays it out: one folder per plugin.
  t = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dynamic-plugins-test-'));
  const rootDirectory = path.join(tmp, 'dynamic-plugins-root');
  fs.mkdirSync(rootDirectory);
  for (const plugin of exportedPlugins) {
    const folder = plugin.dynamicName.replace(/^@/, '').replace('/', '-');
    fs.cpSync(distDynamicDir(plugin), path.join(rootDirectory, folder), {
      recursive: true,
    });
  }
  timings.push(`copy exports to ${rootDirectory}: ${secondsSince(t)}`);

  const port = await freePort();
  const token = crypto.randomBytes(24).toString('hex');
  const configFile = path.join(tmp, 'app-config.dynamic-plugins-test.yaml');
  const logPath = path.join(tmp, 'backend.log');
  writeConfig({ file: configFile, port, token, rootDirectory });

  // 2. The backend, in a process group of its own.
  t = Date.now();
  const log = fs.openSync(logPath, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      path.join(packageDir, 'src', 'backend.ts'),
      '--config',
      configFile,
    ],
    {
      cwd: packageDir,
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        NODE_ENV: 'development',
        // The root directory is outside the repository: the loader wants the
        // host's node_modules on NODE_PATH (it says so otherwise).
        NODE_PATH: path.join(repoRoot, 'node_modules'),
        ESBK_TSCONFIG_PATH: path.join(repoRoot, 'tsconfig.json'),
      },
    },
  );
  fs.closeSync(log);
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = `exited with ${code ?? signal}`;
  });
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const onSignal = () => {
    killGroup('SIGKILL');
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const baseUrl = `http://127.0.0.1:${port}`;
  const check = async (
    name: string,
    timeoutMs: number,
    attempt: () => Promise<{ ok: boolean; detail: string }>,
  ) => {
    const begin = Date.now();
    let last = { ok: false, detail: 'not tried' };
    while (Date.now() - begin < timeoutMs) {
      if (exited) {
        last = { ok: false, detail: `backend ${exited}` };
        break;
      }
      try {
        last = await attempt();
      } catch (error) {
        last = { ok: false, detail: String(error) };
      }
      if (last.ok) break;
      const fatal = readLog(logPath)
        .split('\n')
        .find(
          l =>
            l.includes('Backend startup failed') ||
            l.includes(
              'an error occurred while loading dynamic backend plugin',
            ) ||
            l.includes('could not be loaded from'),
        );
      if (fatal) {
        last = { ok: false, detail: fatal.slice(0, 1000) };
        break;
      }
      await sleep(500);
    }
    checks.push({ name, ...last, took: secondsSince(begin) });
    console.log(
      `${last.ok ? 'PASS' : 'FAIL'} ${name} (${secondsSince(begin)}): ${
        last.detail
      }`,
    );
    return last.ok;
  };

  try {
    const loaded = await check(
      'the dynamic plugin loader loaded both plugins',
      STARTUP_TIMEOUT_MS,
      async () => {
        const text = readLog(logPath);
        const lines = exportedPlugins.map(p =>
          text
            .split('\n')
            .find(l =>
              l.includes(`loaded dynamic backend plugin '${p.dynamicName}'`),
            ),
        );
        return lines.every(Boolean)
          ? { ok: true, detail: lines.map(l => l!.trim()).join(' | ') }
          : {
              ok: false,
              detail: 'no "loaded dynamic backend plugin" line yet',
            };
      },
    );
    timings.push(`backend start until both plugins loaded: ${secondsSince(t)}`);

    const ready =
      loaded &&
      (await check('the backend is ready', STARTUP_TIMEOUT_MS, async () => {
        const r = await fetch(`${baseUrl}/.backstage/health/v1/readiness`, {
          signal: AbortSignal.timeout(5_000),
        });
        return { ok: r.status === 200, detail: `readiness ${r.status}` };
      }));
    timings.push(`backend start until ready: ${secondsSince(t)}`);

    if (ready) {
      t = Date.now();
      await check(
        'the catalog answers Persona entities (catalog module loaded)',
        CATALOG_TIMEOUT_MS,
        async () => {
          const { status, body } = await getJson(
            `${baseUrl}/api/catalog/entities/by-query?filter=kind=persona&limit=500`,
            token,
          );
          const items: any[] = body?.items ?? [];
          const withRelations = items.filter(e =>
            (e.relations ?? []).some((r: any) => r.type === 'personaOf'),
          );
          return {
            ok: status === 200 && items.length > 0 && withRelations.length > 0,
            detail: `${status}: ${items.length} Persona entities, ${withRelations.length} with personaOf relations`,
          };
        },
      );
      timings.push(`Persona entities in the catalog: ${secondsSince(t)}`);

      t = Date.now();
      await check(
        'GET /api/persona/v1/views/by-name/group/default/platform-team answers 200 with personas (backend plugin loaded)',
        CATALOG_TIMEOUT_MS,
        async () => {
          const { status, body } = await getJson(
            `${baseUrl}/api/persona/v1/views/by-name/group/default/platform-team`,
            token,
          );
          const personas: any[] = Array.isArray(body?.personas)
            ? body.personas
            : [];
          return {
            ok: status === 200 && personas.length > 0,
            detail: `${status}: ${
              status === 200
                ? `type ${body?.type}, ${personas.length} personas`
                : JSON.stringify(body).slice(0, 300)
            }`,
          };
        },
      );
      timings.push(`persona view: ${secondsSince(t)}`);
    }
  } finally {
    t = Date.now();
    killGroup('SIGTERM');
    for (let i = 0; i < 40 && !exited; i++) await sleep(250);
    if (!exited) killGroup('SIGKILL');
    timings.push(`backend stop: ${secondsSince(t)}`);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  const failed = checks.filter(c => !c.ok);
  const expected = exportedPlugins.length + 4;
  console.log('\nTimings');
  for (const line of timings) console.log(`  ${line}`);
  console.log(`  total: ${secondsSince(started)}`);
  if (failed.length > 0 || checks.length < expected) {
    console.log('\nLast lines of the backend log:');
    console.log(readLog(logPath).trimEnd().split('\n').slice(-40).join('\n'));
    console.log(`\nKept ${tmp} (backend.log, config, dynamic-plugins-root).`);
  } else if (keep) {
    console.log(`\nKept ${tmp}.`);
  } else {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const passed = checks.length - failed.length;
  console.log(
    `\ndynamic plugins: ${passed} passed, ${expected - passed} failed`,
  );
  return failed.length === 0 && checks.length === expected ? 0 : 1;
}

main().then(
  code => process.exit(code),
  error => {
    console.error(error);
    process.exit(1);
  },
);
