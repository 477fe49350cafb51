/**
 * The state of the persona notifier: what it last told people about each
 * persona, and its own bookkeeping (when it first ran, which index it last
 * compared).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('persona_notifications_state', table => {
    table.comment('What the persona notifier last told people, per persona');
    table
      .string('persona_ref', 255)
      .primary()
      .notNullable()
      .comment('The full ref of the persona');
    table
      .text('state')
      .notNullable()
      .comment('JSON: users per holder and holders per component');
    table
      .timestamp('updated_at', { useTz: true })
      .notNullable()
      .comment('When the state was last recorded');
  });
  await knex.schema.createTable('persona_notifications_meta', table => {
    table.comment('Bookkeeping of the persona notifier');
    table.string('key', 64).primary().notNullable();
    table.text('value').notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('persona_notifications_meta');
  await knex.schema.dropTable('persona_notifications_state');
};
