import { targetPaths } from '@backstage/cli-common';
import { ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { stringify } from 'yaml';
import { Entity } from '@backstage/catalog-model';
import { postgresConnection } from './postgres';

const ENTITIES_PER_FILE = 2_000;

/**
 * Personas are written apart, a few to a file, as a platform team keeps
 * them: when a file is read again, the catalog makes every entity in it due
 * for processing at once, so a Persona edited in a file of 2,000 entities
 * waits behind 1,999 others (at tier M on SQLite, longer than the
 * freshness timeout of 120 s).
 */
const PERSONAS_PER_FILE = 20;

/** Writes `entities` into files of `perFile` named `<prefix>-<n>.yaml`; their paths. */
function writeCatalogFiles(
  workDir: string,
  prefix: string,
  entities: Entity[],
  perFile: number,
): string[] {
  const files = [];
  for (let i = 0; i * perFile < entities.length; i++) {
    const file = path.join(workDir, `${prefix}-${i}.yaml`);
    const chunk = entities.slice(i * perFile, (i + 1) * perFile);
    fs.writeFileSync(file, chunk.map(e => stringify(e)).join('---\n'));
    files.push(file);
  }
  return files;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

/** A running bench backend and how to reach it. */
export type BenchBackend = {
  baseUrl: string;
  serviceToken: string;
  process: ChildProcess;
  startedAt: number;
  stop(): void;
};

/**
 * Writes the entities as catalog files and starts the bench backend on them,
 * with the catalog reached through `catalogProxyPort` by the other plugins.
 */
export async function startBench(options: {
  entities: Entity[];
  workDir: string;
  guestUser: string;
  catalogProxyPort: number;
  refreshIntervalSeconds: number;
  /** The port to listen on; a free one when absent. */
  port?: number;
  /** PostgreSQL with this database prefix; SQLite in memory when absent. */
  postgresPrefix?: string;
  /**
   * `catalog.processingInterval` in minutes; the catalog's default (100–150
   * s) when absent.
   */
  processingIntervalMinutes?: number;
  /**
   * Added to the name of the log file `BENCH_BACKEND_LOG` names, so that
   * the backends of one run (one per database) keep a log each.
   */
  logSuffix?: string;
}): Promise<BenchBackend> {
  const { entities, workDir } = options;
  fs.mkdirSync(workDir, { recursive: true });
  const isPersona = (e: Entity) => e.kind === 'Persona';
  const locations = [
    ...writeCatalogFiles(
      workDir,
      'entities',
      entities.filter(e => !isPersona(e)),
      ENTITIES_PER_FILE,
    ),
    ...writeCatalogFiles(
      workDir,
      'personas',
      entities.filter(isPersona),
      PERSONAS_PER_FILE,
    ),
  ].map(target => ({ type: 'file', target }));
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const serviceToken = crypto.randomBytes(24).toString('base64url');
  const config = {
    app: { baseUrl: 'http://127.0.0.1:3000' },
    backend: {
      baseUrl,
      listen: { port, host: '127.0.0.1' },
      database: options.postgresPrefix
        ? {
            client: 'pg',
            connection: postgresConnection(),
            prefix: options.postgresPrefix,
          }
        : { client: 'better-sqlite3', connection: ':memory:' },
      auth: {
        externalAccess: [
          {
            type: 'static',
            options: { token: serviceToken, subject: 'bench' },
          },
        ],
      },
    },
    discovery: {
      endpoints: [
        {
          target: `http://127.0.0.1:${options.catalogProxyPort}/api/{{pluginId}}`,
          plugins: ['catalog'],
        },
      ],
    },
    auth: {
      environment: 'development',
      providers: {
        guest: {
          userEntityRef: options.guestUser,
          dangerouslyAllowOutsideDevelopment: true,
        },
      },
    },
    catalog: {
      rules: [
        {
          allow: [
            'Component',
            'API',
            'Resource',
            'System',
            'Group',
            'User',
            'Persona',
            'Location',
          ],
        },
      ],
      locations,
      ...(options.processingIntervalMinutes
        ? {
            processingInterval: {
              minutes: options.processingIntervalMinutes,
            },
          }
        : {}),
    },
    permission: { enabled: true },
    persona: {
      index: { refreshInterval: { seconds: options.refreshIntervalSeconds } },
    },
  };
  const configFile = path.join(workDir, 'app-config.bench.yaml');
  fs.writeFileSync(configFile, stringify(config));
  // The backend's log, at a level of one's choice, for finding out why.
  const logFile = backendLogFile(
    process.env.BENCH_BACKEND_LOG,
    options.logSuffix,
  );
  const logFd = logFile ? fs.openSync(logFile, 'w') : undefined;

  const child = spawn(
    process.execPath,
    [
      '--max-old-space-size=8192',
      // A CPU profile of the backend, written when it stops, for finding
      // where a request's time goes.
      ...(process.env.BENCH_CPU_PROFILE_DIR
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`]
        : []),
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      targetPaths.resolveRoot('packages/bench/src/benchBackend.ts'),
      '--config',
      configFile,
    ],
    {
      cwd: targetPaths.resolveRoot('packages/bench'),
      env: {
        ...process.env,
        LOG_LEVEL: logFile ? process.env.BENCH_LOG_LEVEL ?? 'info' : 'warn',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', logFd ?? 'ignore', 'pipe'],
    },
  );
  // The child holds its own copy of the descriptor.
  if (logFd !== undefined) fs.closeSync(logFd);
  child.stderr?.on('data', chunk => {
    const text = String(chunk);
    if (/error/i.test(text)) process.stderr.write(`[backend] ${text}`);
  });
  return {
    baseUrl,
    serviceToken,
    process: child,
    startedAt: Date.now(),
    stop: () => child.kill('SIGTERM'),
  };
}

/** Resident and peak memory of a process, from /proc. */
export function processMemory(pid: number) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) =>
    Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** `logFile` with `-suffix` before its extension, when both are given. */
export function backendLogFile(
  logFile: string | undefined,
  suffix: string | undefined,
): string | undefined {
  if (!logFile || !suffix) return logFile;
  const { dir, name, ext } = path.parse(logFile);
  return path.join(dir, `${name}-${suffix}${ext}`);
}
