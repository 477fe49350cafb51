import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ConflictError } from '@backstage/errors';
import { ReplicaAnswer } from './answerDifferences';
import { getAnswer, guestToken } from './replicaRequests';

/**
 * How to start one replica of packages/backend.
 *
 * @public
 */
export type BackendReplicaOptions = {
  name: string;
  repoRoot: string;
  port: number;
  /** Config files on top of app-config.yaml and app-config.production.yaml. */
  extraConfigPaths: string[];
  /** The `POSTGRES_*` and `REDIS_*` variables app-config.production.yaml reads. */
  env: Record<string, string>;
  logPath: string;
};

function portIsFree(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

/**
 * One backend process of packages/backend with the production config. It
 * runs the backend's entry point the way `yarn workspace backend start` runs
 * it (same loader, same config files, NODE_ENV development for the guest
 * sign-in), but without the CLI's file watcher, which would restart the
 * replica whenever a source file of the repository changes. The process
 * leads a process group of its own, so stopping it leaves nothing behind.
 *
 * @public
 */
export class BackendReplica {
  private child?: ChildProcess;
  private exited?: Promise<void>;

  constructor(private readonly options: BackendReplicaOptions) {}

  get name() {
    return this.options.name;
  }

  get baseUrl() {
    return `http://127.0.0.1:${this.options.port}`;
  }

  async start(): Promise<void> {
    const { repoRoot, port, extraConfigPaths, env, logPath } = this.options;
    if (!(await portIsFree(port))) {
      throw new ConflictError(
        `Port ${port} is taken; is a replica of an earlier run still up? (ss -ltnp 'sport = :${port}')`,
      );
    }
    const configArgs = [
      path.join(repoRoot, 'app-config.yaml'),
      path.join(repoRoot, 'app-config.production.yaml'),
      ...extraConfigPaths,
    ].flatMap(configPath => ['--config', configPath]);
    const log = fs.openSync(logPath, 'w');
    this.child = spawn(
      process.execPath,
      [
        '--enable-source-maps',
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        'src/index.ts',
        ...configArgs,
      ],
      {
        cwd: path.join(repoRoot, 'packages/backend'),
        detached: true,
        stdio: ['ignore', log, log],
        env: {
          ...process.env,
          ...env,
          NODE_ENV: 'development',
          ESBK_TSCONFIG_PATH: path.join(repoRoot, 'tsconfig.json'),
          APP_CONFIG_backend_listen: `127.0.0.1:${port}`,
          APP_CONFIG_backend_baseUrl: this.baseUrl,
          APP_CONFIG_app_baseUrl: this.baseUrl,
        },
      },
    );
    fs.closeSync(log);
    const child = this.child;
    this.exited = new Promise(resolve => child.once('exit', () => resolve()));
  }

  /** Whether the process has exited, and how. */
  exitDescription(): string | undefined {
    const child = this.child;
    if (!child || (child.exitCode === null && child.signalCode === null)) {
      return undefined;
    }
    return `exited with ${child.exitCode ?? child.signalCode}`;
  }

  /**
   * The backend's own report that it will never become ready: a plugin that
   * failed to start leaves the process up but unready.
   */
  startupFailure(): string | undefined {
    const log = this.logTail(400);
    const line = log
      .split('\n')
      .find(l => l.includes('Backend startup failed'));
    return line ? `failed to start: ${line.slice(0, 600)}` : undefined;
  }

  /** SIGTERM to the whole process group, SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    const child = this.child;
    if (!child?.pid || this.exitDescription()) return;
    this.signalGroup('SIGTERM');
    const timer = new Promise<'timeout'>(resolve =>
      setTimeout(() => resolve('timeout'), graceMs).unref(),
    );
    if ((await Promise.race([this.exited, timer])) === 'timeout') {
      this.signalGroup('SIGKILL');
      await this.exited;
    }
  }

  /** For process exit handlers, which cannot wait. */
  killNow(): void {
    if (this.child?.pid && !this.exitDescription()) this.signalGroup('SIGKILL');
  }

  /** The last lines of the replica's log. */
  logTail(lines = 30): string {
    const text = fs.existsSync(this.options.logPath)
      ? fs.readFileSync(this.options.logPath, 'utf8')
      : '';
    // eslint-disable-next-line no-control-regex
    const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
    return plain.trimEnd().split('\n').slice(-lines).join('\n');
  }

  /** GET a path as JSON, with an optional bearer token. */
  get(urlPath: string, token?: string): Promise<ReplicaAnswer> {
    return getAnswer(this.baseUrl, urlPath, token);
  }

  /** A guest user's Backstage token, as the frontend's guest sign-in gets it. */
  guestToken(): Promise<string> {
    return guestToken(this.baseUrl);
  }

  private signalGroup(signal: NodeJS.Signals) {
    try {
      process.kill(-this.child!.pid!, signal);
    } catch {
      // the group is gone already
    }
  }
}
