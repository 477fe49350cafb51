import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { PersonaHoldingState } from '../state/PersonaHoldingState';

const STATE = 'persona_notifications_state';
const META = 'persona_notifications_meta';

/**
 * The notifier's tables in the persona plugin's database: the last notified
 * state per persona, and bookkeeping values by key. Migrated with a
 * migrations table of its own, so that it never meets migrations the persona
 * plugin itself may add.
 */
export class NotificationStateStore {
  static async create(database: DatabaseService) {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await knex.migrate.latest({
        directory: resolvePackagePath(
          '@platform-personas/backstage-plugin-persona-backend-module-notifications',
          'migrations',
        ),
        tableName: 'persona_notifications_knex_migrations',
      });
    }
    return new NotificationStateStore(knex);
  }

  private constructor(private readonly knex: Knex) {}

  /** Every recorded state, by persona ref. */
  async readStates(): Promise<Map<string, PersonaHoldingState>> {
    const rows = await this.knex(STATE).select('persona_ref', 'state');
    return new Map(
      rows.map(row => [row.persona_ref, JSON.parse(row.state)] as const),
    );
  }

  async writeState(personaRef: string, state: PersonaHoldingState) {
    await this.knex(STATE)
      .insert({
        persona_ref: personaRef,
        state: JSON.stringify(state),
        updated_at: new Date(),
      })
      .onConflict('persona_ref')
      .merge(['state', 'updated_at']);
  }

  /** Forgets the personas that are gone from the catalog. */
  async deleteStates(personaRefs: string[]) {
    // chunked: SQLite allows a limited number of bound parameters
    for (let i = 0; i < personaRefs.length; i += 500) {
      await this.knex(STATE)
        .whereIn('persona_ref', personaRefs.slice(i, i + 500))
        .delete();
    }
  }

  async getMeta(key: string): Promise<string | undefined> {
    const row = await this.knex(META).where({ key }).first('value');
    return row?.value;
  }

  async setMeta(key: string, value: string) {
    await this.knex(META)
      .insert({ key, value })
      .onConflict('key')
      .merge(['value']);
  }
}
