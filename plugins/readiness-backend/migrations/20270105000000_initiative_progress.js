/*
 * Readiness store: the burn-up of each initiative (readiness.initiatives).
 *
 * readiness_initiative_progress: one row per initiative and day, written at
 *   the end of every recompute (the day's last recompute wins), counting
 *   every stored result in the initiative's scope: how many were in scope
 *   and how many had reached the target. Callers whom the permission policy
 *   restricts get a burn-up replayed from the results they may read instead
 *   (see the README, "Initiatives"). Rows older than historyRetentionDays
 *   are removed.
 *
 * Down drops the table.
 */

// @ts-check

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('readiness_initiative_progress', table => {
    table.comment('Per initiative and day: entities in scope and done, for the burn-up');
    table.string('initiative_id', 63).notNullable().comment('The id in readiness.initiatives');
    table.string('day', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table.integer('in_scope').notNullable();
    table.integer('done').notNullable();
    table
      .timestamp('recorded_at', { useTz: true })
      .notNullable()
      .comment('The recompute that wrote the row');
    table.primary(['initiative_id', 'day']);
    table.index(['day'], 'readiness_initiative_progress_day_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_initiative_progress');
};
