/*
 * Readiness store, first version.
 *
 * readiness_entity_state: one row per scored entity, the latest result and
 *   the grouping columns the rollups filter and group on.
 * readiness_history: one row per change of an entity's result (never one per
 *   recompute), so storage grows with change, not with time x entities.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('readiness_entity_state', table => {
    table.comment('Latest readiness result per catalog entity');
    table.string('entity_ref', 255).primary().notNullable();
    table.string('kind', 64).notNullable();
    table.string('type', 255).nullable();
    table.string('lifecycle', 255).nullable();
    table.string('owner', 255).nullable();
    table.string('operational_owner', 255).nullable();
    table
      .text('related_refs')
      .nullable()
      .comment('JSON array: owner group, its members, operational owner');
    table.string('system', 255).nullable();
    table.string('domain', 255).nullable();
    table.string('tier', 64).nullable();
    table.float('score').notNullable();
    table.integer('blocker_count').notNullable();
    table.text('failing_checks').notNullable().comment('JSON array of check ids');
    table.text('tags').nullable().comment('JSON array of metadata.tags');
    table
      .text('category_scores')
      .nullable()
      .comment('JSON object: category id to score 0..100');
    table.string('fingerprint', 64).notNullable();
    table.text('scorecard').notNullable().comment('The scorecard as JSON');
    table.timestamp('tier_since', { useTz: true }).notNullable();
    table.timestamp('changed_at', { useTz: true }).notNullable();
    table.timestamp('computed_at', { useTz: true }).notNullable();
    table.index(['owner'], 'readiness_entity_state_owner_idx');
    table.index(['system'], 'readiness_entity_state_system_idx');
  });

  await knex.schema.createTable('readiness_history', table => {
    table.comment('One row per change of an entity readiness result');
    table.bigIncrements('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.string('tier', 64).nullable();
    table.float('score').notNullable();
    table.integer('blocker_count').notNullable();
    table.text('failing_checks').notNullable().comment('JSON array of check ids');
    table.index(['entity_ref', 'recorded_at'], 'readiness_history_entity_idx');
    table.index(['recorded_at'], 'readiness_history_recorded_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_history');
  await knex.schema.dropTable('readiness_entity_state');
};
