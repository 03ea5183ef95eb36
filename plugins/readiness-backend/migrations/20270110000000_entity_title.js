/*
 * Readiness store: the entity's title (metadata.title), so lists, the
 * drill-down and the needs-attention rows can name an entity as the catalog
 * does instead of by its ref.
 *
 * readiness_entity_state gains
 * - `title`: metadata.title when set; NULL until the entity is next scored
 *   (the pages then show the ref's name).
 * - `title_changed_at`: when a recompute last wrote a title that changed
 *   while the result did not. A title is not part of the result (it does not
 *   enter the history); this column lets the store's version, and so every
 *   cache keyed on it, move when only a title changed.
 *
 * Down drops both columns.
 */

// @ts-check

const STATE = 'readiness_entity_state';

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.alterTable(STATE, table => {
    table.text('title').nullable();
    table.timestamp('title_changed_at', { useTz: true }).nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable(STATE, table => {
    table.dropColumn('title');
    table.dropColumn('title_changed_at');
  });
};
