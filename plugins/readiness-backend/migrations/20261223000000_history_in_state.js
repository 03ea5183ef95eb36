/*
 * Readiness store: each entity's history inside its state row.
 *
 * readiness_entity_state gains `history`: the entity's superseded results,
 *   oldest first, as compact JSON, an array of
 *   [recordedAtEpochMs, tier, score, blockerCount, layoutId, checks]
 *   (the fields a readiness_history row held); NULL when the entity never
 *   changed. A row per superseded result cost ~245 bytes, most of it row
 *   overhead (tuple header, id and its index, entity_ref, a second index).
 * readiness_history: its rows move into their entities' `history` (ordered
 *   by recorded_at, then id) and the table goes. Rows of entities with no
 *   state row go too: only a half-done delete leaves them.
 * operational_owner goes from readiness_entity_state: no reader needs it
 *   (the live scorecard resolves people from the catalog).
 *
 * Down recreates readiness_history as 20261222000000_compact_results.js left
 * it, moves the entries back and re-adds operational_owner (NULL: the next
 * recompute of a changed entity fills it in).
 */

// @ts-check

const STATE = 'readiness_entity_state';
const HISTORY = 'readiness_history';

/** Refs per whereIn, rows per read: under SQLite's 999 bound parameters. */
const PAGE = 500;
/** History rows per insert in down (7 columns each). */
const INSERT_CHUNK = 100;

/** @param {unknown} value */
function toDate(value) {
  return value instanceof Date ? value : new Date(/** @type {any} */ (value));
}

/**
 * Calls `onPage` with the state table's rows (those matching `where`), PAGE
 * at a time, in entity ref order.
 *
 * @param {import('knex').Knex} knex
 * @param {string[]} columns
 * @param {(query: import('knex').Knex.QueryBuilder) => import('knex').Knex.QueryBuilder} where
 * @param {(rows: any[]) => Promise<void>} onPage
 */
async function forEachStatePage(knex, columns, where, onPage) {
  let after;
  for (;;) {
    let query = where(knex(STATE))
      .select('entity_ref', ...columns)
      .orderBy('entity_ref')
      .limit(PAGE);
    if (after !== undefined) query = query.where('entity_ref', '>', after);
    const rows = await query;
    if (rows.length === 0) return;
    await onPage(rows);
    after = rows[rows.length - 1].entity_ref;
  }
}

/**
 * A readiness_history row as a history entry. Keep in step with
 * src/store/historyColumn.ts.
 *
 * @param {any} row
 */
function entryOf(row) {
  return [
    toDate(row.recorded_at).getTime(),
    row.tier ?? null,
    Number(row.score),
    Number(row.blocker_count),
    row.layout === null || row.layout === undefined ? null : Number(row.layout),
    row.checks ?? null,
  ];
}

/**
 * The entries of a history column; none when it cannot be read (the store
 * could not read it either).
 *
 * @param {string | null} value
 * @returns {any[][]}
 */
function entriesOf(value) {
  if (value === null || value === undefined) return [];
  try {
    const entries = JSON.parse(value);
    return Array.isArray(entries)
      ? entries.filter(e => Array.isArray(e) && e.length === 6)
      : [];
  } catch {
    return [];
  }
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(STATE, table => {
    table
      .text('history')
      .nullable()
      .comment(
        'JSON array of superseded results, oldest first: [recordedAtEpochMs, tier, score, blockerCount, layoutId, checks]',
      );
  });

  await forEachStatePage(
    knex,
    [],
    query => query,
    async rows => {
      const history = await knex(HISTORY)
        .whereIn(
          'entity_ref',
          rows.map(row => row.entity_ref),
        )
        .orderBy('entity_ref')
        .orderBy('recorded_at')
        .orderBy('id')
        .select(
          'entity_ref',
          'recorded_at',
          'tier',
          'score',
          'blocker_count',
          'checks',
          'layout',
        );
      /** @type {Map<string, any[][]>} */
      const byRef = new Map();
      for (const row of history) {
        const entries = byRef.get(row.entity_ref);
        if (entries) entries.push(entryOf(row));
        else byRef.set(row.entity_ref, [entryOf(row)]);
      }
      for (const [entityRef, entries] of byRef) {
        await knex(STATE)
          .where('entity_ref', entityRef)
          .update({ history: JSON.stringify(entries) });
      }
    },
  );
  await knex.schema.dropTable(HISTORY);

  await knex.schema.alterTable(STATE, table => {
    table.dropColumn('operational_owner');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  // As 20261222000000_compact_results.js left it.
  await knex.schema.createTable(HISTORY, table => {
    table.comment(
      'Superseded readiness results: each from when it began until replaced',
    );
    table.bigIncrements('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.string('tier', 64).nullable();
    table.float('score').notNullable();
    table.integer('blocker_count').notNullable();
    table
      .text('checks')
      .nullable()
      .comment('One status character per check of the layout');
    table.integer('layout').nullable().comment('readiness_check_layouts.id');
    table.index(['entity_ref', 'recorded_at'], 'readiness_history_entity_idx');
  });

  await forEachStatePage(
    knex,
    ['history'],
    query => query.whereNotNull('history'),
    async rows => {
      const history = [];
      for (const row of rows) {
        for (const [
          recordedAt,
          tier,
          score,
          blockerCount,
          layout,
          checks,
        ] of entriesOf(row.history)) {
          history.push({
            entity_ref: row.entity_ref,
            recorded_at: new Date(recordedAt),
            tier,
            score,
            blocker_count: blockerCount,
            checks,
            layout,
          });
        }
      }
      // In entry order, so ids keep the order of entries of the same time.
      for (let i = 0; i < history.length; i += INSERT_CHUNK) {
        await knex(HISTORY).insert(history.slice(i, i + INSERT_CHUNK));
      }
    },
  );

  await knex.schema.alterTable(STATE, table => {
    table.dropColumn('history');
  });
  await knex.schema.alterTable(STATE, table => {
    table.string('operational_owner', 255).nullable();
  });
};
