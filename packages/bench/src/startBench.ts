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
}): Promise<BenchBackend> {
  const { entities, workDir } = options;
  fs.mkdirSync(workDir, { recursive: true });
  const locations = [];
  for (let i = 0; i * ENTITIES_PER_FILE < entities.length; i++) {
    const file = path.join(workDir, `entities-${i}.yaml`);
    const chunk = entities.slice(
      i * ENTITIES_PER_FILE,
      (i + 1) * ENTITIES_PER_FILE,
    );
    fs.writeFileSync(file, chunk.map(e => stringify(e)).join('---\n'));
    locations.push({ type: 'file', target: file });
  }
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
  const logFile = process.env.BENCH_BACKEND_LOG;
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
