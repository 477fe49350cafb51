import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import { createClient } from '@redis/client';
import knexFactory, { Knex } from 'knex';

/**
 * Where the replicas' PostgreSQL and Redis are; the same variables
 * app-config.production.yaml reads.
 *
 * @public
 */
export type SharedStoresSettings = {
  postgres: { host: string; port: number; user: string; password: string };
  redis: { host: string; port: number };
};

/**
 * The settings from `POSTGRES_*` and `REDIS_*`, defaulting to this machine's
 * services (PostgreSQL on 127.0.0.1:5432 as postgres, Redis on
 * 127.0.0.1:6379).
 *
 * @public
 */
export function sharedStoresSettingsFromEnv(
  env: NodeJS.ProcessEnv,
): SharedStoresSettings {
  return {
    postgres: {
      host: env.POSTGRES_HOST || '127.0.0.1',
      port: Number(env.POSTGRES_PORT || 5432),
      user: env.POSTGRES_USER || 'postgres',
      password: env.POSTGRES_PASSWORD ?? '',
    },
    redis: {
      host: env.REDIS_HOST || '127.0.0.1',
      port: Number(env.REDIS_PORT || 6379),
    },
  };
}

/**
 * The PostgreSQL server and Redis that both replicas share: checks that they
 * answer, and removes what one test run left in them (its databases, by
 * prefix, and its cache keys, by namespace).
 *
 * @public
 */
export class SharedStores {
  constructor(private readonly settings: SharedStoresSettings) {}

  /** Fails with what to do when PostgreSQL or Redis does not answer. */
  async check(): Promise<void> {
    const { postgres, redis } = this.settings;
    await this.withPostgres(db => db.raw('select 1')).catch(error => {
      throw new ServiceUnavailableError(
        `PostgreSQL does not answer on ${postgres.host}:${postgres.port} as ${
          postgres.user
        } (${stringifyError(
          error,
        )}). Start it (bash scripts/with-local-services.sh <command> starts it on this machine) or set POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER and POSTGRES_PASSWORD.`,
      );
    });
    await this.withRedis(client => client.ping()).catch(error => {
      throw new ServiceUnavailableError(
        `Redis does not answer on ${redis.host}:${redis.port} (${stringifyError(
          error,
        )}). Start it (bash scripts/with-local-services.sh <command> starts it on this machine) or set REDIS_HOST and REDIS_PORT.`,
      );
    });
  }

  /** The names of the databases whose names start with `prefix`. */
  async databasesWithPrefix(prefix: string): Promise<string[]> {
    return this.withPostgres(async db => {
      const rows: Array<{ datname: string }> = await db('pg_database')
        .select('datname')
        .whereLike('datname', `${prefix.replace(/[\\%_]/g, '\\$&')}%`);
      return rows.map(row => row.datname).sort();
    });
  }

  /** Drops the databases whose names start with `prefix`; returns their names. */
  async dropDatabasesWithPrefix(prefix: string): Promise<string[]> {
    const names = await this.databasesWithPrefix(prefix);
    await this.withPostgres(async db => {
      for (const name of names) {
        // WITH (FORCE): a replica killed hard may leave a session behind
        await db.raw('drop database if exists ?? with (force)', [name]);
      }
    });
    return names;
  }

  /** The cache keys under a namespace of the Redis cache store. */
  async redisKeys(namespace: string): Promise<string[]> {
    return this.withRedis(async client => {
      const keys: string[] = [];
      for await (const key of client.scanIterator({
        MATCH: `${namespace}:*`,
        COUNT: 500,
      })) {
        keys.push(key);
      }
      return keys.sort();
    });
  }

  /** Deletes the cache keys under a namespace; returns how many there were. */
  async deleteRedisKeys(namespace: string): Promise<number> {
    const keys = await this.redisKeys(namespace);
    if (keys.length > 0) {
      await this.withRedis(client => client.del(keys));
    }
    return keys.length;
  }

  private async withPostgres<T>(use: (db: Knex) => Promise<T>): Promise<T> {
    const db = knexFactory({
      client: 'pg',
      connection: { ...this.settings.postgres, database: 'postgres' },
      pool: { min: 0, max: 1 },
      acquireConnectionTimeout: 5_000,
    });
    try {
      return await use(db);
    } finally {
      await db.destroy();
    }
  }

  private async withRedis<T>(
    use: (client: ReturnType<typeof createClient>) => Promise<T>,
  ): Promise<T> {
    const { host, port } = this.settings.redis;
    const client = createClient({
      socket: { host, port, connectTimeout: 5_000, reconnectStrategy: false },
    });
    client.on('error', () => {
      // reported by the command that fails
    });
    await client.connect();
    try {
      return await use(client);
    } finally {
      await client.quit().catch(() => client.disconnect());
    }
  }
}
