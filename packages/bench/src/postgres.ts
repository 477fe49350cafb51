import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';

/**
 * The local PostgreSQL as scripts/with-local-services.sh finds it:
 * BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING, else the POSTGRES_*
 * variables, else postgres@127.0.0.1:5432 without a password.
 */
export function postgresConnection() {
  const url = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
  if (url) {
    const u = new URL(url);
    return {
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username || 'postgres'),
      password: decodeURIComponent(u.password),
    };
  }
  return {
    host: process.env.POSTGRES_HOST ?? '127.0.0.1',
    port: Number(process.env.POSTGRES_PORT ?? 5432),
    user: process.env.POSTGRES_USER ?? 'postgres',
    password: process.env.POSTGRES_PASSWORD ?? '',
  };
}

/** A database prefix of its own for one run: the plugins' databases are `<prefix><pluginId>`. */
export function freshPrefix(): string {
  return `persona_bench_${crypto.randomBytes(4).toString('hex')}_`;
}

function psql(sql: string): string {
  const c = postgresConnection();
  return execFileSync(
    'psql',
    [
      '-h',
      c.host,
      '-p',
      String(c.port),
      '-U',
      c.user,
      '-d',
      'postgres',
      '-tAc',
      sql,
    ],
    {
      env: { ...process.env, PGPASSWORD: c.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  ).toString();
}

/** Drops the databases of a run (psql); returns their names, or why it could not. */
export function dropDatabases(prefix: string): string {
  try {
    const names = psql(
      `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`,
    )
      .split('\n')
      .filter(Boolean);
    for (const name of names) {
      psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
    return `dropped ${names.length} databases ${prefix}*`;
  } catch (error) {
    return `could not drop databases ${prefix}* (${
      String(error).split('\n')[0]
    })`;
  }
}
