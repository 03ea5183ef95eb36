/*
 * Readiness store: compact results.
 *
 * readiness_check_layouts: one row per list of check ids a result was
 *   written with (the rubric's checks, in order). Tiny: one row per rubric
 *   version.
 * readiness_entity_state: the scorecard JSON, failing checks, category
 *   scores, related refs and computed_at go; each check's status is one
 *   character in `checks` (pass p, warn w, fail f, invalid i, waived x,
 *   not-applicable n), in the order of layout `layout`. Readers rebuild the
 *   rest from the rubric. Fingerprints keep their first 16 characters (what
 *   the recompute writes now), tags are NULL when empty, and the owner and
 *   system indexes go (rollups read every row once per store version).
 * readiness_history: superseded results only. A row holds a result that was
 *   replaced, recorded_at being when it began; the current result is the
 *   state row. So an entity that never changed has no history rows.
 *
 * Converted history rows only know which checks failed (the old rows held
 * nothing else): each gets a layout of exactly its failing checks, every one
 * 'f'. That is all history readers use.
 *
 * Down restores the old columns with what can be rebuilt: failing checks,
 * computed_at (= changed_at), the latest history row of each entity (from
 * its state row), and a minimal scorecard JSON (statuses only: no titles,
 * messages, evidence or category scores; blockers lists the failing checks,
 * nextTier is null). Fingerprints cannot come back, so the first recompute
 * after a downgrade rewrites every row once (and reports each as changed).
 */

// @ts-check

const { createHash } = require('node:crypto');

const STATE = 'readiness_entity_state';
const HISTORY = 'readiness_history';
const LAYOUTS = 'readiness_check_layouts';

/**
 * Keep in step with src/store/compactResult.ts.
 *
 * @type {Record<string, string>}
 */
const CODE_OF_STATUS = {
  pass: 'p',
  warn: 'w',
  fail: 'f',
  invalid: 'i',
  waived: 'x',
  'not-applicable': 'n',
};
/** @type {Record<string, string>} */
const STATUS_OF_CODE = Object.fromEntries(
  Object.entries(CODE_OF_STATUS).map(([status, code]) => [code, status]),
);

/** Rows per read, refs per whereIn: under SQLite's 999 bound parameters. */
const PAGE = 500;
/** History rows per insert in down (6 columns each). */
const INSERT_CHUNK = 100;

/** @param {string} key */
function sha256(key) {
  return createHash('sha256').update(key).digest('hex');
}

/** @param {unknown} value */
function toDate(value) {
  return value instanceof Date ? value : new Date(/** @type {any} */ (value));
}

/**
 * The id of the layout of these check ids, created when missing. Insert
 * then select, so concurrent writers agree (src/store/CheckLayouts.ts does
 * the same).
 *
 * @param {import('knex').Knex} knex
 * @param {Map<string, number>} cache
 * @param {string[]} checkIds
 */
async function layoutIdOf(knex, cache, checkIds) {
  const key = checkIds.join(',');
  let id = cache.get(key);
  if (id === undefined) {
    const digest = sha256(key);
    await knex(LAYOUTS)
      .insert({
        check_ids: key,
        check_ids_sha256: digest,
        created_at: new Date(),
      })
      .onConflict('check_ids_sha256')
      .ignore();
    const row = await knex(LAYOUTS)
      .where('check_ids_sha256', digest)
      .first('id');
    id = Number(row.id);
    cache.set(key, id);
  }
  return id;
}

/**
 * Check ids and statuses of a stored scorecard JSON.
 *
 * @param {string | null} json
 * @returns {{ checkIds: string[]; codes: string }}
 */
function compactOfScorecard(json) {
  let checks = [];
  try {
    checks = JSON.parse(json ?? '{}').checks ?? [];
  } catch {
    // An unreadable scorecard: no statuses; the next recompute writes them.
  }
  const kept = checks.filter(
    (/** @type {any} */ c) =>
      typeof c?.checkId === 'string' && CODE_OF_STATUS[c.status] !== undefined,
  );
  return {
    checkIds: kept.map((/** @type {any} */ c) => c.checkId),
    codes: kept
      .map((/** @type {any} */ c) => CODE_OF_STATUS[c.status])
      .join(''),
  };
}

/**
 * Calls `onPage` with the state table's rows, PAGE at a time, in entity ref
 * order.
 *
 * @param {import('knex').Knex} knex
 * @param {string[]} columns
 * @param {(rows: any[]) => Promise<void>} onPage
 */
async function forEachStatePage(knex, columns, onPage) {
  let after;
  for (;;) {
    let query = knex(STATE)
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
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(LAYOUTS, table => {
    table.comment(
      'The check ids, in order, that stored readiness results were written with',
    );
    table.increments('id').primary();
    table
      .text('check_ids')
      .notNullable()
      .comment('Check ids in rubric order, joined by ","');
    table
      .string('check_ids_sha256', 64)
      .notNullable()
      .unique({ indexName: 'readiness_check_layouts_check_ids_uq' })
      .comment(
        'sha256 of check_ids: unique, where a long check_ids could not be indexed',
      );
    table.timestamp('created_at', { useTz: true }).notNullable();
  });
  /** @type {Map<string, number>} */
  const layouts = new Map();

  await knex.schema.alterTable(STATE, table => {
    table
      .text('checks')
      .nullable()
      .comment('One status character per check of the layout');
    table.integer('layout').nullable().comment('readiness_check_layouts.id');
  });
  await forEachStatePage(knex, ['scorecard'], async rows => {
    // One update per distinct result in the page: many entities share one.
    /** @type {Map<string, { checks: string; layout: number; refs: string[] }>} */
    const groups = new Map();
    for (const row of rows) {
      const { checkIds, codes } = compactOfScorecard(row.scorecard);
      const layout = await layoutIdOf(knex, layouts, checkIds);
      const key = `${layout}|${codes}`;
      const group = groups.get(key);
      if (group) group.refs.push(row.entity_ref);
      else groups.set(key, { checks: codes, layout, refs: [row.entity_ref] });
    }
    for (const group of groups.values()) {
      await knex(STATE)
        .whereIn('entity_ref', group.refs)
        .update({ checks: group.checks, layout: group.layout });
    }
  });
  await knex(STATE).update({
    fingerprint: knex.raw('substr(??, 1, 16)', ['fingerprint']),
  });
  await knex(STATE).where('tags', '[]').update({ tags: null });

  // The latest history row of each entity is its state row: it goes.
  await knex(HISTORY)
    .whereIn('id', sub =>
      sub
        .select('h.id')
        .from({ h: HISTORY })
        .join({ s: STATE }, join =>
          join
            .on('s.entity_ref', 'h.entity_ref')
            .andOn('s.changed_at', 'h.recorded_at'),
        )
        .whereNotExists(later =>
          later
            .select(knex.raw('1'))
            .from({ n: HISTORY })
            .whereRaw('?? = ??', ['n.entity_ref', 'h.entity_ref'])
            .andWhere(newer =>
              newer
                .whereRaw('?? > ??', ['n.recorded_at', 'h.recorded_at'])
                .orWhereRaw('?? = ?? and ?? > ??', [
                  'n.recorded_at',
                  'h.recorded_at',
                  'n.id',
                  'h.id',
                ]),
            ),
        ),
    )
    .delete();
  await knex.schema.alterTable(HISTORY, table => {
    table.comment(
      'Superseded readiness results: each from when it began until replaced',
    );
    table
      .text('checks')
      .nullable()
      .comment('One status character per check of the layout');
    table.integer('layout').nullable().comment('readiness_check_layouts.id');
  });
  // Old rows know only their failing checks: a layout of those, all 'f'.
  const failingLists = await knex(HISTORY).distinct('failing_checks');
  for (const { failing_checks: failing } of failingLists) {
    let ids = [];
    try {
      ids = JSON.parse(failing);
    } catch {
      // Unreadable: converted as no failing checks.
    }
    await knex(HISTORY)
      .where('failing_checks', failing)
      .update({
        checks: 'f'.repeat(ids.length),
        layout: await layoutIdOf(knex, layouts, ids),
      });
  }

  await knex.schema.alterTable(STATE, table => {
    table.dropIndex(['owner'], 'readiness_entity_state_owner_idx');
    table.dropIndex(['system'], 'readiness_entity_state_system_idx');
  });
  await knex.schema.alterTable(STATE, table => {
    table.dropColumns(
      'scorecard',
      'failing_checks',
      'category_scores',
      'related_refs',
      'computed_at',
    );
  });
  await knex.schema.alterTable(HISTORY, table => {
    table.dropIndex(['recorded_at'], 'readiness_history_recorded_idx');
  });
  await knex.schema.alterTable(HISTORY, table => {
    table.dropColumn('failing_checks');
  });
};

/**
 * @param {Map<number, string[]>} layouts
 * @param {number | null} layout
 * @param {string | null} codes
 */
function failingOf(layouts, layout, codes) {
  const ids = (layout === null ? undefined : layouts.get(Number(layout))) ?? [];
  return ids.filter((_, i) => codes?.[i] === 'f' || codes?.[i] === 'i');
}

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  /** @type {Map<number, string[]>} */
  const layouts = new Map(
    (await knex(LAYOUTS).select('id', 'check_ids')).map(row => [
      Number(row.id),
      row.check_ids === '' ? [] : row.check_ids.split(','),
    ]),
  );

  await knex.schema.alterTable(HISTORY, table => {
    table.comment('One row per change of an entity readiness result');
    table.text('failing_checks').nullable().comment('JSON array of check ids');
    table.index(['recorded_at'], 'readiness_history_recorded_idx');
  });
  const distinctResults = await knex(HISTORY).distinct('checks', 'layout');
  for (const { checks, layout } of distinctResults) {
    let query = knex(HISTORY);
    query =
      checks === null
        ? query.whereNull('checks')
        : query.where('checks', checks);
    query =
      layout === null
        ? query.whereNull('layout')
        : query.where('layout', layout);
    await query.update({
      failing_checks: JSON.stringify(failingOf(layouts, layout, checks)),
    });
  }

  await knex.schema.alterTable(STATE, table => {
    table.text('related_refs').nullable();
    table.text('failing_checks').nullable().comment('JSON array of check ids');
    table.text('category_scores').nullable();
    table.text('scorecard').nullable().comment('The scorecard as JSON');
    table.timestamp('computed_at', { useTz: true }).nullable();
    table.index(['owner'], 'readiness_entity_state_owner_idx');
    table.index(['system'], 'readiness_entity_state_system_idx');
  });
  await knex(STATE).update({ computed_at: knex.ref('changed_at') });
  await forEachStatePage(
    knex,
    ['changed_at', 'tier', 'score', 'blocker_count', 'checks', 'layout'],
    async rows => {
      const latest = [];
      for (const row of rows) {
        const ids =
          (row.layout === null ? undefined : layouts.get(Number(row.layout))) ??
          [];
        const failing = failingOf(layouts, row.layout, row.checks);
        const scorecard = {
          entityRef: row.entity_ref,
          evaluatedAt: toDate(row.changed_at).toISOString(),
          tier: row.tier,
          nextTier: null,
          // A superset of the blockers: no check blocks unless it fails.
          blockers: failing,
          score: Number(row.score),
          categories: [],
          checks: ids.map((checkId, i) => ({
            checkId,
            title: checkId,
            category: '',
            tier: '',
            severity: 'minor',
            status: STATUS_OF_CODE[row.checks?.[i]] ?? 'not-applicable',
            message: '',
            evidence: [],
          })),
          decision: { state: 'undecided', message: '' },
        };
        await knex(STATE)
          .where('entity_ref', row.entity_ref)
          .update({
            failing_checks: JSON.stringify(failing),
            scorecard: JSON.stringify(scorecard),
          });
        latest.push({
          entity_ref: row.entity_ref,
          recorded_at: row.changed_at,
          tier: row.tier,
          score: row.score,
          blocker_count: row.blocker_count,
          failing_checks: JSON.stringify(failing),
        });
      }
      // The old layout keeps the current result as the latest history row.
      for (let i = 0; i < latest.length; i += INSERT_CHUNK) {
        await knex(HISTORY).insert(latest.slice(i, i + INSERT_CHUNK));
      }
    },
  );

  await knex.schema.alterTable(HISTORY, table => {
    table.dropColumns('checks', 'layout');
  });
  await knex.schema.alterTable(STATE, table => {
    table.dropColumns('checks', 'layout');
  });
  await knex.schema.dropTable(LAYOUTS);
};
