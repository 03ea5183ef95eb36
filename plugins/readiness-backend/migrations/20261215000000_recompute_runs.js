/*
 * Readiness store: recompute runs.
 *
 * readiness_recompute_runs: one row per scheduled or triggered recompute,
 *   with when it started and ended, how it ended and why it failed, so the
 *   API can tell whether the stored results are stale and operators can see
 *   which replica ran what. Rows are pruned after a while.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('readiness_recompute_runs', table => {
    table.comment('One row per readiness recompute run');
    table.bigIncrements('id').primary();
    table
      .string('runner', 255)
      .notNullable()
      .comment('The backend instance that ran it: host, process, random id');
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.timestamp('finished_at', { useTz: true }).nullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('running, succeeded or failed');
    table.text('error').nullable().comment('Why the run failed, shortened');
    table.text('summary').nullable().comment('JSON: counts of a finished run');
    table.index(['started_at'], 'readiness_recompute_runs_started_idx');
    table.index(['status'], 'readiness_recompute_runs_status_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_recompute_runs');
};
