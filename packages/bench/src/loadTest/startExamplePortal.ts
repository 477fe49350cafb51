import { targetPaths } from '@backstage/cli-common';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** The example portal's backend, started by the load test. */
export type ExamplePortal = {
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
};

/**
 * Starts the example portal's backend the way the README does
 * (`yarn workspace backend start`, app-config.yaml, SQLite in memory) on
 * `port`, and waits until it answers its readiness check.
 */
export async function startExamplePortal(
  port: number,
  log: (message: string) => void,
  timeoutMs = 240_000,
): Promise<ExamplePortal> {
  const baseUrl = `http://localhost:${port}`;
  const logFile = path.join(
    os.tmpdir(),
    `persona-load-test-backend-${port}.log`,
  );
  const output = fs.openSync(logFile, 'w');
  const child = spawn('yarn', ['workspace', 'backend', 'start'], {
    cwd: targetPaths.resolveRoot(),
    env: {
      ...process.env,
      APP_CONFIG_backend_listen_port: String(port),
      APP_CONFIG_backend_baseUrl: baseUrl,
    },
    stdio: ['ignore', output, output],
    // its own process group: yarn starts backstage-cli, which starts the
    // backend, and stopping the group stops all three
    detached: true,
  });
  fs.closeSync(output);
  const group = -child.pid!;
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(group, signal);
    } catch {
      // already gone
    }
  };
  const killOnExit = () => killGroup('SIGKILL');
  process.on('exit', killOnExit);

  const stop = async () => {
    killGroup('SIGTERM');
    for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(200);
    killGroup('SIGKILL');
    process.off('exit', killOnExit);
  };

  log(`starting the example portal's backend on ${baseUrl} (log: ${logFile})`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `the example backend exited with ${child.exitCode}, see ${logFile}`,
      );
    }
    try {
      const res = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the example backend was not ready, see ${logFile}`);
    }
    await sleep(1_000);
  }
  return { baseUrl, logFile, stop };
}
