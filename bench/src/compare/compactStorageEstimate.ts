import type { Knex } from 'knex';
import { DEFAULT_CHECKS } from '@readiness-scorecards/plugin-readiness-common';
import { tableBytes } from '../lib/postgres';

/**
 * What our tables would take in a compact layout, measured by copying the
 * stored results into scratch tables of that layout in the same database
 * (then dropped): no scorecard JSON (rebuilt on read from the entity, which
 * the engine scores in well under a millisecond), no per-row computed_at
 * (one timestamp per run instead), failing checks as a bit mask in rubric
 * order instead of a JSON array of ids, an 8-byte fingerprint, and no
 * related_refs / category_scores / tags copies of catalog data.
 */
export async function compactStorageEstimate(db: Knex) {
  const ids = DEFAULT_CHECKS.map(check => check.id);
  const mask = (column: string) =>
    `(select coalesce(sum(1::bigint << (array_position(:ids::text[], f.check_id) - 1)), 0)::bigint
        from json_array_elements_text(${column}::json) as f(check_id))`;
  await db.raw('drop table if exists bench_compact_state, bench_compact_history');
  await db.raw(
    `create table bench_compact_state as
       select entity_ref, kind, type, lifecycle, owner, system, domain, tier,
              score::real as score, blocker_count::smallint as blocker_count,
              ${mask('failing_checks')} as failing_mask,
              decode(substr(fingerprint, 1, 16), 'hex') as fingerprint,
              tier_since, changed_at
         from readiness_entity_state`,
    { ids },
  );
  await db.raw('alter table bench_compact_state add primary key (entity_ref)');
  await db.raw('create index on bench_compact_state (owner)');
  await db.raw('create index on bench_compact_state (system)');
  await db.raw(
    `create table bench_compact_history as
       select entity_ref, recorded_at, tier, score::real as score,
              blocker_count::smallint as blocker_count, ${mask('failing_checks')} as failing_mask
         from readiness_history`,
    { ids },
  );
  await db.raw('create index on bench_compact_history (entity_ref, recorded_at)');
  await db.raw('create index on bench_compact_history (recorded_at)');
  const stateBytes = await tableBytes(db, ['bench_compact_state']);
  const historyBytes = await tableBytes(db, ['bench_compact_history']);
  const { rows: counts } = await db.raw(
    `select count(*)::int as total,
            count(*) filter (where recorded_at > (select min(recorded_at) from bench_compact_history f
                                                   where f.entity_ref = h.entity_ref))::int as changes
       from bench_compact_history h`,
  );
  const batchedWriteSeconds = await timeBatchedWrite(db);
  await db.raw('drop table bench_compact_state, bench_compact_history');
  return {
    bytes: stateBytes + historyBytes,
    stateBytes,
    historyBytes,
    historyRows: counts[0].total,
    /** History rows after an entity's first: the first duplicates the state row. */
    historyChangeRows: counts[0].changes,
    batchedWriteSeconds,
  };
}

/**
 * Seconds to write every compact state row again from Node, 500 rows per
 * INSERT ... ON CONFLICT statement (what a batched upsert per catalog page
 * would cost), into the emptied scratch table.
 */
async function timeBatchedWrite(db: Knex): Promise<number> {
  const rows = await db('bench_compact_state').select();
  await db.raw('truncate table bench_compact_state');
  const started = performance.now();
  for (let i = 0; i < rows.length; i += 500) {
    await db('bench_compact_state').insert(rows.slice(i, i + 500)).onConflict('entity_ref').merge();
  }
  return (performance.now() - started) / 1000;
}
