/*
 * The migration that keeps each entity's history in its state row
 * (20261223000000_history_in_state.js) on rows written by the layout before
 * it: moved, rolled back and moved again, on SQLite and PostgreSQL.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { smallRubricInForce } from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseScorecardStore } from './DatabaseScorecardStore';

jest.setTimeout(120_000);

const { databases, ids } = createTestDatabases();
const directory = path.resolve(__dirname, '../../migrations');
const HISTORY_IN_STATE = '20261223000000_history_in_state.js';

const STATE = 'readiness_entity_state';
const HISTORY = 'readiness_history';
const day = (n: number) => new Date(Date.UTC(2026, 10, n));
const CHANGED = 'component:default/changed';
const STEADY = 'component:default/steady';
const ORPHAN = 'component:default/orphan';
/** The small rubric's checks, in its order. */
const ALL_CHECKS = 'owner,style,runbook,on-call,slo';
const OLD_CHECKS = 'owner,runbook';

/** Columns of the state table as the compact results migration left it. */
const COMPACT_STATE_COLUMNS = [
  'entity_ref',
  'kind',
  'type',
  'lifecycle',
  'owner',
  'operational_owner',
  'system',
  'domain',
  'tier',
  'score',
  'blocker_count',
  'tags',
  'fingerprint',
  'tier_since',
  'changed_at',
  'checks',
  'layout',
].sort();
const COMPACT_HISTORY_COLUMNS = [
  'id',
  'entity_ref',
  'recorded_at',
  'tier',
  'score',
  'blocker_count',
  'checks',
  'layout',
].sort();

const columnsOf = async (knex: Knex, table: string) =>
  Object.keys(await knex(table).columnInfo()).sort();

async function migrateToJustBefore(knex: Knex, file: string) {
  for (;;) {
    const [, pending] = await knex.migrate.list({ directory });
    if (pending[0].file === file) return;
    await knex.migrate.up({ directory });
  }
}

/** Rolls back the latest migrations until `file` is undone (later ones first). */
async function migrateDownThrough(knex: Knex, file: string) {
  for (;;) {
    const [, pending] = await knex.migrate.list({ directory });
    if (pending.some((p: { file: string }) => p.file === file)) return;
    await knex.migrate.down({ directory });
  }
}

async function layoutOf(knex: Knex, checkIds: string) {
  await knex('readiness_check_layouts').insert({
    check_ids: checkIds,
    check_ids_sha256: createHash('sha256').update(checkIds).digest('hex'),
    created_at: new Date(),
  });
  const row = await knex('readiness_check_layouts')
    .where('check_ids', checkIds)
    .first('id');
  return Number(row.id);
}

const stateRow = (
  ref: string,
  values: {
    tier: string | null;
    score: number;
    checks: string;
    layout: number;
  },
  changedAt: Date,
) => ({
  entity_ref: ref,
  kind: 'Component',
  type: 'service',
  lifecycle: 'production',
  owner: 'group:default/payments-team',
  operational_owner: 'user:default/jane',
  system: null,
  domain: null,
  tier: values.tier,
  score: values.score,
  blocker_count: [...values.checks].filter(c => c === 'f').length,
  tags: null,
  fingerprint: 'f'.repeat(16),
  tier_since: changedAt,
  changed_at: changedAt,
  checks: values.checks,
  layout: values.layout,
});

/** The history rows as readers of the compact layout saw them. */
async function historyRowsOf(knex: Knex) {
  const rows = await knex(HISTORY)
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
  return rows.map(row => ({
    ...row,
    recorded_at: new Date(row.recorded_at).toISOString(),
    score: Number(row.score),
    blocker_count: Number(row.blocker_count),
    layout: row.layout === null ? null : Number(row.layout),
  }));
}

async function indexesOfHistory(knex: Knex, databaseId: string) {
  if (databaseId.startsWith('POSTGRES')) {
    const { rows } = await knex.raw(
      'select indexname as name from pg_indexes where tablename = ?',
      [HISTORY],
    );
    return rows.map((r: { name: string }) => r.name).sort();
  }
  const rows = await knex.raw(
    "select name from sqlite_master where type = 'index' and tbl_name = ?",
    [HISTORY],
  );
  return rows.map((r: { name: string }) => r.name).sort();
}

async function readBack(knex: Knex) {
  const store = await DatabaseScorecardStore.create({
    database: mockServices.database({ knex }),
    rubric: smallRubricInForce,
    skipMigrations: true,
  });
  return {
    changed: await store.getEntityState(CHANGED),
    history: await store.listAllHistory(),
    changedHistory: await store.getHistory(CHANGED, { since: day(2) }),
    version: await store.getVersion(),
    columns: await knex(STATE)
      .orderBy('entity_ref')
      .select('entity_ref', 'history'),
  };
}

describe.each(ids)('the history-in-state migration on %s', databaseId => {
  it('moves history rows into their state rows, rolls back and moves them again', async () => {
    const knex = await databases.init(databaseId);
    await migrateToJustBefore(knex, HISTORY_IN_STATE);
    const all = await layoutOf(knex, ALL_CHECKS);
    const old = await layoutOf(knex, OLD_CHECKS);
    await knex(STATE).insert([
      stateRow(
        CHANGED,
        { tier: 'pilot', score: 37.5, checks: 'pffpf', layout: all },
        day(3),
      ),
      stateRow(
        STEADY,
        { tier: 'production', score: 100, checks: 'ppppp', layout: all },
        day(1),
      ),
    ]);
    const history = (
      ref: string,
      at: Date,
      tier: string | null,
      score: number,
      checks: string | null,
      layout: number | null,
    ) => ({
      entity_ref: ref,
      recorded_at: at,
      tier,
      score,
      blocker_count: (checks ?? '').split('f').length - 1,
      checks,
      layout,
    });
    // Out of time order, two of the same time (ordered by id), and an
    // orphan (its state row deleted, its history not).
    await knex(HISTORY).insert(
      history(CHANGED, day(2), 'pilot', 30, 'pf', old),
    );
    await knex(HISTORY).insert(history(CHANGED, day(1), null, 10, 'ff', old));
    await knex(HISTORY).insert(
      history(CHANGED, day(2), 'pilot', 32.5, 'pfffp', all),
    );
    await knex(HISTORY).insert(history(CHANGED, day(2), null, 0, null, null));
    await knex(HISTORY).insert(history(ORPHAN, day(1), null, 0, 'ff', old));
    const before = (await historyRowsOf(knex)).filter(
      r => r.entity_ref !== ORPHAN,
    );

    await knex.migrate.latest({ directory });
    expect(await knex.schema.hasTable(HISTORY)).toBe(false);
    expect(await columnsOf(knex, STATE)).toEqual(
      [
        ...COMPACT_STATE_COLUMNS.filter(c => c !== 'operational_owner'),
        'history',
        // Added by 20261230000000_attention.js.
        'attention',
        'tier_first_record',
        // Added by 20270110000000_entity_title.js.
        'title',
        'title_changed_at',
      ].sort(),
    );
    const moved = await readBack(knex);
    expect(moved.columns).toEqual([
      {
        entity_ref: CHANGED,
        history: JSON.stringify([
          [day(1).getTime(), null, 10, 2, old, 'ff'],
          [day(2).getTime(), 'pilot', 30, 1, old, 'pf'],
          [day(2).getTime(), 'pilot', 32.5, 3, all, 'pfffp'],
          [day(2).getTime(), null, 0, 0, null, null],
        ]),
      },
      { entity_ref: STEADY, history: null },
    ]);
    expect(
      moved.history.map(p => [
        p.entityRef,
        p.recordedAt.toISOString(),
        p.tier,
        p.score,
        p.failingChecks,
      ]),
    ).toEqual([
      [CHANGED, day(1).toISOString(), null, 10, ['owner', 'runbook']],
      [CHANGED, day(2).toISOString(), 'pilot', 30, ['runbook']],
      [
        CHANGED,
        day(2).toISOString(),
        'pilot',
        32.5,
        ['style', 'runbook', 'on-call'],
      ],
      [CHANGED, day(2).toISOString(), null, 0, []],
      [
        CHANGED,
        day(3).toISOString(),
        'pilot',
        37.5,
        ['style', 'runbook', 'slo'],
      ],
      [STEADY, day(1).toISOString(), 'production', 100, []],
    ]);
    expect(moved.changedHistory.map(p => p.score)).toEqual([30, 32.5, 0, 37.5]);
    expect(moved.changed).toMatchObject({
      tier: 'pilot',
      score: 37.5,
      failingChecks: ['style', 'runbook', 'slo'],
      changedAt: day(3),
    });
    expect(moved.changed).not.toHaveProperty('operationalOwner');
    expect(moved.version).toBe(`${day(3).toISOString()}|2`);

    await migrateDownThrough(knex, HISTORY_IN_STATE);
    expect(await columnsOf(knex, STATE)).toEqual(COMPACT_STATE_COLUMNS);
    expect(await columnsOf(knex, HISTORY)).toEqual(COMPACT_HISTORY_COLUMNS);
    expect(await indexesOfHistory(knex, databaseId)).toEqual(
      expect.arrayContaining(['readiness_history_entity_idx']),
    );
    expect(await historyRowsOf(knex)).toEqual(before);
    const owners = await knex(STATE).select('operational_owner');
    expect(owners).toEqual([
      { operational_owner: null },
      { operational_owner: null },
    ]);

    await knex.migrate.latest({ directory });
    expect(await readBack(knex)).toEqual(moved);
  });

  it('moves more entities than one page of bound parameters', async () => {
    const knex = await databases.init(databaseId);
    await migrateToJustBefore(knex, HISTORY_IN_STATE);
    const layout = await layoutOf(knex, ALL_CHECKS);
    const refs = Array.from(
      { length: 1100 },
      (_, i) => `component:default/service-${String(i).padStart(4, '0')}`,
    );
    for (let i = 0; i < refs.length; i += 50) {
      const page = refs.slice(i, i + 50);
      await knex(STATE).insert(
        page.map(ref =>
          stateRow(
            ref,
            { tier: 'beta', score: 80, checks: 'ppppf', layout },
            day(2),
          ),
        ),
      );
      await knex(HISTORY).insert(
        page.map(ref => ({
          entity_ref: ref,
          recorded_at: day(1),
          tier: 'pilot',
          score: 40,
          blocker_count: 2,
          checks: 'pfffp',
          layout,
        })),
      );
    }

    await knex.migrate.latest({ directory });
    const [{ n }] = await knex(STATE).whereNotNull('history').count({ n: '*' });
    expect(Number(n)).toBe(1100);

    await migrateDownThrough(knex, HISTORY_IN_STATE);
    const [{ rows }] = await knex(HISTORY).count({ rows: '*' });
    expect(Number(rows)).toBe(1100);
    const [{ distinctRefs }] = await knex(HISTORY).countDistinct({
      distinctRefs: 'entity_ref',
    });
    expect(Number(distinctRefs)).toBe(1100);
  });
});
