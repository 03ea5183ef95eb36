/*
 * Readiness store: notifications already sent.
 *
 * readiness_notification_log: one row per notification that must go out only
 *   once whatever the number of recomputes and restarts (a waiver about to
 *   expire: once per entity, check and end date). Rows are forgotten after
 *   forget_after.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('readiness_notification_log', table => {
    table.comment('Readiness notifications already sent, to send each once');
    table
      .string('notification_key', 512)
      .primary()
      .notNullable()
      .comment(
        'What was sent about, e.g. waiver-expiring|<entity>|<check>|<until>',
      );
    table.string('entity_ref', 255).notNullable();
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table
      .timestamp('forget_after', { useTz: true })
      .notNullable()
      .comment('The row may be removed after this moment');
    table.index(['forget_after'], 'readiness_notification_log_forget_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_notification_log');
};
