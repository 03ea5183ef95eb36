/*
 * The migration to compact results (20261222000000_compact_results.js) on
 * rows written by the layout before it: converted, rolled back and
 * converted again, on SQLite and PostgreSQL. The store reads the layout of
 * the latest migration, so converted rows are read back after the ones that
 * follow (see historyInStateMigration.test.ts) and rolled back through them.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { evaluate } from '@readiness-scorecards/plugin-readiness-common';
import { Knex } from 'knex';
import path from 'node:path';
import { service, smallRubricInForce } from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseScorecardStore } from './DatabaseScorecardStore';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();
const directory = path.resolve(__dirname, '../../migrations');
const COMPACT = '20261222000000_compact_results.js';

const day = (n: number) => new Date(Date.UTC(2026, 10, n));
const CHANGED = 'component:default/changed';
const STEADY = 'component:default/steady';

const scorecardOf = (name: string, evidence: string[]) =>
  evaluate(smallRubricInForce(), {
    entity: service(name, evidence),
    related: {},
    now: day(3),
  });
/** owner and on-call pass; style, runbook and slo fail: pilot. */
const changedCard = scorecardOf('changed', ['owner', 'on-call']);
/** Every check passes: production. */
const steadyCard = scorecardOf('steady', [
  'owner',
  'style',
  'runbook',
  'on-call',
  'slo',
]);
const fingerprint = (c: string) => c.repeat(64);

/** Migrates to the layout before compact results and writes rows as it did. */
async function oldLayoutDatabase(knex: Knex) {
  for (;;) {
    const [, pending] = await knex.migrate.list({ directory });
    if (pending[0].file === COMPACT) break;
    await knex.migrate.up({ directory });
  }
  const state = (
    ref: string,
    card: typeof changedCard,
    extra: Record<string, unknown>,
  ) => ({
    entity_ref: ref,
    kind: 'Component',
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/payments-team',
    operational_owner: null,
    related_refs: JSON.stringify(['group:default/payments-team']),
    system: 'system:default/checkout',
    domain: null,
    tier: card.tier,
    score: card.score,
    blocker_count: card.blockers.length,
    failing_checks: JSON.stringify(
      card.checks.filter(c => c.status === 'fail').map(c => c.checkId),
    ),
    category_scores: JSON.stringify({ ops: card.categories[0].score }),
    scorecard: JSON.stringify(card),
    ...extra,
  });
  await knex('readiness_entity_state').insert([
    state(CHANGED, changedCard, {
      tags: '[]',
      fingerprint: fingerprint('a'),
      tier_since: day(2),
      changed_at: day(3),
      computed_at: day(3),
    }),
    state(STEADY, steadyCard, {
      tags: JSON.stringify(['ai']),
      fingerprint: fingerprint('b'),
      tier_since: day(1),
      changed_at: day(1),
      computed_at: day(1),
    }),
  ]);
  const history = (
    ref: string,
    at: Date,
    tier: string | null,
    score: number,
    failing: string[],
  ) => ({
    entity_ref: ref,
    recorded_at: at,
    tier,
    score,
    blocker_count: failing.length,
    failing_checks: JSON.stringify(failing),
  });
  // The old layout: a row per result, the latest one equal to the state row.
  await knex('readiness_history').insert([
    history(CHANGED, day(1), null, 10, ['owner', 'runbook']),
    history(CHANGED, day(2), 'pilot', 30, ['runbook', 'slo']),
    history(CHANGED, day(3), 'pilot', changedCard.score, [
      'style',
      'runbook',
      'slo',
    ]),
    history(STEADY, day(1), 'production', 100, []),
  ]);
}

async function readBack(knex: Knex) {
  const store = await DatabaseScorecardStore.create({
    database: mockServices.database({ knex }),
    rubric: smallRubricInForce,
    skipMigrations: true,
  });
  return {
    changed: await store.getEntityState(CHANGED),
    steady: await store.getEntityState(STEADY),
    history: await store.listAllHistory(),
    rollupRows: (await store.listRollupRows()).sort((a, b) =>
      a.entityRef.localeCompare(b.entityRef),
    ),
    version: await store.getVersion(),
  };
}

const columnsOf = async (knex: Knex, table: string) =>
  Object.keys(await knex(table).columnInfo()).sort();

describe.each(ids)('the compact results migration on %s', databaseId => {
  it('converts results of the old layout, rolls back and converts again', async () => {
    const knex = await databases.init(databaseId);
    await oldLayoutDatabase(knex);
    await knex.migrate.up({ directory });

    expect(await columnsOf(knex, 'readiness_entity_state')).toEqual(
      [
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
      ].sort(),
    );
    expect(await columnsOf(knex, 'readiness_history')).toEqual(
      [
        'id',
        'entity_ref',
        'recorded_at',
        'tier',
        'score',
        'blocker_count',
        'checks',
        'layout',
      ].sort(),
    );

    const historyRows = await knex('readiness_history').select('entity_ref');
    expect(historyRows.map(r => r.entity_ref)).toEqual([CHANGED, CHANGED]);
    const stateRow = await knex('readiness_entity_state')
      .where('entity_ref', CHANGED)
      .first('checks', 'tags');
    expect(stateRow).toEqual({ checks: 'pffpf', tags: null });

    await knex.migrate.latest({ directory });
    const converted = await readBack(knex);
    expect(converted.changed).toMatchObject({
      tier: 'pilot',
      nextTier: 'beta',
      score: changedCard.score,
      blockers: changedCard.blockers,
      failingChecks: ['style', 'runbook', 'slo'],
      checks: changedCard.checks.map(c => ({
        checkId: c.checkId,
        status: c.status,
      })),
      fingerprint: 'a'.repeat(16),
      tags: [],
      tierSince: day(2),
      changedAt: day(3),
    });
    expect(converted.steady).toMatchObject({
      tier: 'production',
      failingChecks: [],
      tags: ['ai'],
      fingerprint: 'b'.repeat(16),
    });
    // The same points as before: the old latest rows are the state rows now.
    expect(
      converted.history.map(p => [
        p.entityRef,
        p.recordedAt.toISOString(),
        p.tier,
        p.score,
        p.failingChecks,
      ]),
    ).toEqual([
      [CHANGED, day(1).toISOString(), null, 10, ['owner', 'runbook']],
      [CHANGED, day(2).toISOString(), 'pilot', 30, ['runbook', 'slo']],
      [
        CHANGED,
        day(3).toISOString(),
        'pilot',
        changedCard.score,
        ['style', 'runbook', 'slo'],
      ],
      [STEADY, day(1).toISOString(), 'production', 100, []],
    ]);
    expect(
      converted.rollupRows.find(r => r.entityRef === CHANGED)!.categoryScores,
    ).toEqual({ ops: changedCard.categories[0].score });
    expect(converted.version).toBe(`${day(3).toISOString()}|2`);

    while (
      (await knex.migrate.list({ directory }))[0]
        .map((m: { name: string }) => m.name)
        .includes(COMPACT)
    ) {
      await knex.migrate.down({ directory });
    }
    expect(await knex.schema.hasTable('readiness_check_layouts')).toBe(false);
    const restored = await knex('readiness_entity_state')
      .orderBy('entity_ref')
      .select(
        'entity_ref',
        'failing_checks',
        'scorecard',
        'computed_at',
        'changed_at',
      );
    expect(restored.map(r => JSON.parse(r.failing_checks))).toEqual([
      ['style', 'runbook', 'slo'],
      [],
    ]);
    expect(restored.map(r => String(r.computed_at))).toEqual(
      restored.map(r => String(r.changed_at)),
    );
    const minimal = JSON.parse(restored[0].scorecard);
    expect(minimal).toMatchObject({
      entityRef: CHANGED,
      tier: 'pilot',
      score: changedCard.score,
      blockers: ['style', 'runbook', 'slo'],
    });
    expect(
      minimal.checks.map((c: { checkId: string; status: string }) => [
        c.checkId,
        c.status,
      ]),
    ).toEqual(changedCard.checks.map(c => [c.checkId, c.status]));
    const oldHistory = await knex('readiness_history')
      .orderBy('entity_ref')
      .orderBy('recorded_at')
      .select('entity_ref', 'tier', 'failing_checks');
    expect(
      oldHistory.map(r => [r.entity_ref, r.tier, JSON.parse(r.failing_checks)]),
    ).toEqual([
      [CHANGED, null, ['owner', 'runbook']],
      [CHANGED, 'pilot', ['runbook', 'slo']],
      [CHANGED, 'pilot', ['style', 'runbook', 'slo']],
      [STEADY, 'production', []],
    ]);

    await knex.migrate.latest({ directory });
    expect(await readBack(knex)).toEqual(converted);
  });
});
