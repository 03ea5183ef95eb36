/*
 * Readiness store: what the "needs attention" views need of each result.
 *
 * readiness_entity_state gains
 * - `attention`: the entity's attention facts as compact JSON (see
 *   src/store/attentionColumn.ts: decision state and
 *   due date, operational owner and whether the catalog has them, declared
 *   pilot start, checks that drop within the configured window with the day
 *   each drops); NULL until the entity is next scored.
 * - `tier_first_record`: true while the entity has held its tier since its
 *   first stored result, so its `tier_since` means "at least since then"
 *   rather than "since then". Rows without history never changed, so they
 *   start true; the others start false (they may have changed tier).
 *
 * Down drops both columns.
 */

// @ts-check

const STATE = 'readiness_entity_state';

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.alterTable(STATE, table => {
    table.text('attention').nullable();
    table.boolean('tier_first_record').notNullable().defaultTo(false);
  });
  await knex(STATE).whereNull('history').update({ tier_first_record: true });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable(STATE, table => {
    table.dropColumn('attention');
    table.dropColumn('tier_first_record');
  });
};
