import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { verdaccioConfig } from './verdaccioConfig';

/**
 * A running local npm registry.
 *
 * @public
 */
export interface LocalRegistry {
  /** Its base URL, with a trailing slash, e.g. `http://127.0.0.1:4873/`. */
  url: string;
  /** Stops the registry, and removes its storage unless it was given one. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

/** Asks the operating system for a port that is free right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Waits for Verdaccio's "started" message. Verdaccio sends it over the IPC
 * channel of a forked process once it listens, which is quicker and surer
 * than polling its port.
 */
function waitUntilStarted(child: ChildProcess, output: () => string) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Verdaccio did not start in time:\n${output()}`));
    }, START_TIMEOUT_MS);
    child.on('message', message => {
      if ((message as { verdaccio_started?: boolean })?.verdaccio_started) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', code => {
      clearTimeout(timer);
      reject(new Error(`Verdaccio exited with ${code}:\n${output()}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise(resolve => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts a Verdaccio npm registry on 127.0.0.1 that lets anyone publish and
 * install packages of the `@platform-personas` scope, and serves nothing else
 * (no uplink: any other package name answers 404).
 *
 * @param options - `port`: the port to listen on; 0 or omitted picks a free
 * one. `storageDir`: where packages are stored; omitted, a temporary
 * directory that `stop()` removes.
 * @public
 */
export async function startLocalRegistry(options?: {
  port?: number;
  storageDir?: string;
}): Promise<LocalRegistry> {
  const port = options?.port || (await freePort());
  const ownsStorage = !options?.storageDir;
  const storageDir =
    options?.storageDir ??
    fs.mkdtempSync(path.join(os.tmpdir(), 'local-registry-'));
  fs.mkdirSync(storageDir, { recursive: true });
  const configPath = path.join(storageDir, 'config.yaml');
  fs.writeFileSync(
    configPath,
    JSON.stringify(verdaccioConfig({ storageDir, port }), null, 2),
  );

  // A process of its own: Verdaccio keeps global state (logger, process
  // title) that should not live inside a test runner or a caller's process.
  const child = fork(
    require.resolve('verdaccio/bin/verdaccio'),
    ['--config', configPath, '--listen', `127.0.0.1:${port}`],
    {
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  // Kept for error messages only; bounded, as a CLI registry runs for hours
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const removeStorage = () => {
    if (ownsStorage) fs.rmSync(storageDir, { recursive: true, force: true });
  };
  try {
    await waitUntilStarted(child, () => output);
  } catch (error) {
    removeStorage();
    throw error;
  }
  // The IPC channel served its purpose. The process itself stays referenced:
  // a caller that forgets stop() should hang visibly, not leave an orphan.
  child.disconnect();

  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      await stopChild(child);
      removeStorage();
    },
  };
}
