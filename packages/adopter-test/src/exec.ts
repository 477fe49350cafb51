import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';

/** A command that failed, with the end of its output. */
export class CommandFailed extends Error {
  constructor(message: string, readonly output: string) {
    super(message);
  }
}

export type RunOptions = {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** every byte of output is appended here */
  logFile: string;
  timeoutMs?: number;
};

/**
 * The environment of a command run in a portal: this process's, without what
 * a calling `yarn run` adds (its temporary bin folder, `npm_*`, `YARN_*`,
 * `BERRY_*`, `PROJECT_CWD`, `INIT_CWD`), so that the portal's own Yarn and
 * settings apply as they would in an adopter's shell.
 */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|YARN_|BERRY_)|^(PROJECT_CWD|INIT_CWD)$/i.test(key)) continue;
    env[key] = value;
  }
  env.PATH = (env.PATH ?? '')
    .split(':')
    .filter(dir => !/\/xfs-[^/]+$/.test(dir))
    .join(':');
  return { ...env, ...extra };
}

/** The last `lines` lines of a log file. */
export function tailOf(logFile: string, lines = 60): string {
  if (!fs.existsSync(logFile)) {
    return '';
  }
  return fs.readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n');
}

/**
 * Runs a shell command line in its own process group, its output appended to
 * the log file; rejects with the end of the output when it fails.
 */
export async function run(command: string, options: RunOptions) {
  const log = fs.openSync(options.logFile, 'a');
  fs.writeSync(log, `\n$ ${command}    (in ${options.cwd})\n`);
  const child = spawn('bash', ['-eo', 'pipefail', '-c', command], {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    stdio: ['ignore', log, log],
    detached: true,
  });
  const timeout = setTimeout(() => {
    fs.writeSync(log, `\n!! timed out after ${options.timeoutMs} ms\n`);
    killGroup(child);
  }, options.timeoutMs ?? 15 * 60_000);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', c => resolve(c));
    });
    if (code !== 0) {
      throw new CommandFailed(
        `\`${command}\` exited with ${code} (log: ${options.logFile})`,
        tailOf(options.logFile),
      );
    }
  } finally {
    clearTimeout(timeout);
    fs.closeSync(log);
  }
}

/** Starts a long-running command in its own process group. */
export function start(command: string, options: RunOptions): ChildProcess {
  const log = fs.openSync(options.logFile, 'a');
  fs.writeSync(log, `\n$ ${command}    (in ${options.cwd})\n`);
  const child = spawn('bash', ['-c', `exec ${command}`], {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    stdio: ['ignore', log, log],
    detached: true,
  });
  child.on('exit', () => fs.closeSync(log));
  return child;
}

/** Ends a process group that this test started, and waits for its leader. */
export async function killGroup(child: ChildProcess, graceMs = 10_000) {
  if (child.pid === undefined || child.exitCode !== null) {
    return;
  }
  const exited = new Promise<void>(resolve => child.once('exit', resolve));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // children that ignored SIGTERM may outlive the leader
  signal('SIGKILL');
}
