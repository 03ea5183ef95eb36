import { mockServices } from '@backstage/backend-test-utils';
import {
  compileRubric,
  CompiledRubric,
  evaluate,
  Rubric,
  Scorecard,
} from '@readiness-scorecards/plugin-readiness-common';
import { Knex } from 'knex';
import {
  service,
  smallRubric,
  smallRubricInForce,
} from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseScorecardStore } from './DatabaseScorecardStore';
import { decodeHistory } from './historyColumn';
import { EntityScoreRecord } from './ScorecardStore';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();

/*
 * Checks of the small rubric, by the annotations an entity has: `owner`
 * reaches pilot, `runbook` and `on-call` beta, `slo` production; `style` is
 * minor.
 */
const BETA = ['owner', 'runbook', 'on-call'];

function scorecard(
  ref: string,
  evidence: string[],
  rubric: CompiledRubric = smallRubricInForce(),
): Scorecard {
  return evaluate(rubric, {
    entity: service(ref.split('/')[1], evidence),
    related: {},
    now: new Date('2026-11-21T00:00:00Z'),
  });
}

function record(
  ref: string,
  evidence: string[],
  options: { owner?: string; rubric?: CompiledRubric; tags?: string[] } = {},
): EntityScoreRecord {
  const card = scorecard(ref, evidence, options.rubric);
  return {
    entityRef: ref,
    kind: 'Component',
    type: 'service',
    lifecycle: 'production',
    owner: options.owner ?? 'group:default/payments-team',
    system: 'system:default/checkout',
    tags: options.tags,
    scorecard: card,
    fingerprint: `${card.checks.map(c => c.status[0]).join('')}`,
  };
}

async function createStore(
  knex: Knex,
  rubric: () => CompiledRubric = smallRubricInForce,
) {
  return DatabaseScorecardStore.create({
    database: mockServices.database({ knex }),
    rubric,
  });
}

const day = (n: number) => new Date(Date.UTC(2026, 10, n));

describe.each(ids)('DatabaseScorecardStore on %s', databaseId => {
  it('migrates down and up again', async () => {
    const knex = await databases.init(databaseId);
    await createStore(knex);
    const directory = require('path').resolve(__dirname, '../../migrations');
    await knex.migrate.rollback({ directory }, true);
    expect(await knex.schema.hasTable('readiness_entity_state')).toBe(false);
    expect(await knex.schema.hasTable('readiness_history')).toBe(false);
    expect(await knex.schema.hasTable('readiness_check_layouts')).toBe(false);
    await knex.migrate.latest({ directory });
    expect(await knex.schema.hasTable('readiness_entity_state')).toBe(true);
    expect(
      await knex.schema.hasColumn('readiness_entity_state', 'history'),
    ).toBe(true);
    expect(await knex.schema.hasTable('readiness_history')).toBe(false);
    expect(await knex.schema.hasTable('readiness_check_layouts')).toBe(true);
    expect(await knex.schema.hasColumn('readiness_entity_state', 'title')).toBe(true);
  });

  it('adds the title columns and drops them again', async () => {
    const knex = await databases.init(databaseId);
    const directory = require('path').resolve(__dirname, '../../migrations');
    const store = await createStore(knex);
    const ref = 'component:default/payments-api';
    await store.upsertResults([{ ...record(ref, ['owner']), title: 'Payments API' }], day(1));
    await knex.migrate.down({ directory });
    expect(await knex.schema.hasColumn('readiness_entity_state', 'title')).toBe(false);
    expect(
      await knex.schema.hasColumn('readiness_entity_state', 'title_changed_at'),
    ).toBe(false);
    // The result itself stays; the title comes back with the next recompute.
    expect(await knex('readiness_entity_state').pluck('entity_ref')).toEqual([ref]);
    await knex.migrate.up({ directory });
    const [row] = await knex('readiness_entity_state').select('title', 'title_changed_at');
    expect(row).toEqual({ title: null, title_changed_at: null });
  });

  it("keeps a new or unchanged result in its state row alone, and appends a replaced one to the row's history", async () => {
    const knex = await databases.init(databaseId);
    const store = await createStore(knex);
    const ref = 'component:default/payments-api';
    const historyRows = async () => {
      const row = await knex('readiness_entity_state')
        .where('entity_ref', ref)
        .first('history');
      return decodeHistory(ref, row.history);
    };

    expect(await store.upsertResults([record(ref, ['owner'])], day(1))).toMatchObject(
      { created: 1, changed: 0, unchanged: 0 },
    );
    expect(await historyRows()).toEqual([]);
    const versionAfterDay1 = await store.getVersion();
    expect(await store.upsertResults([record(ref, ['owner'])], day(2))).toMatchObject(
      { created: 0, changed: 0, unchanged: 1 },
    );
    // An unchanged result leaves its row (and the store version) alone.
    expect((await store.getEntityState(ref))!.changedAt).toEqual(day(1));
    expect(await store.getVersion()).toBe(versionAfterDay1);
    expect(await historyRows()).toEqual([]);
    expect(await store.getHistory(ref)).toEqual([
      {
        recordedAt: day(1),
        tier: 'pilot',
        score: expect.any(Number),
        blockerCount: 2,
        failingChecks: ['style', 'runbook', 'on-call', 'slo'],
      },
    ]);

    expect(await store.upsertResults([record(ref, BETA)], day(3))).toMatchObject({
      created: 0,
      changed: 1,
      unchanged: 0,
    });
    // One history entry: the replaced result, from when it began.
    const rows = await historyRows();
    expect(rows).toHaveLength(1);
    expect(new Date(rows[0].recordedAt)).toEqual(day(1));
    expect(rows[0].tier).toBe('pilot');

    const history = await store.getHistory(ref);
    expect(history.map(p => [p.recordedAt.toISOString(), p.tier])).toEqual([
      [day(1).toISOString(), 'pilot'],
      [day(3).toISOString(), 'beta'],
    ]);
    expect(history[0].failingChecks).toEqual([
      'style',
      'runbook',
      'on-call',
      'slo',
    ]);
    expect(history[1].failingChecks).toEqual(['style', 'slo']);

    const state = await store.getEntityState(ref);
    const card = scorecard(ref, BETA);
    expect(state).toEqual({
      entityRef: ref,
      kind: 'Component',
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/payments-team',
      system: 'system:default/checkout',
      domain: undefined,
      tags: [],
      tier: 'beta',
      nextTier: 'production',
      score: card.score,
      blockers: ['slo'],
      blockerCount: 1,
      failingChecks: ['style', 'slo'],
      checks: card.checks.map(c => ({ checkId: c.checkId, status: c.status })),
      fingerprint: record(ref, BETA).fingerprint,
      tierSince: day(3),
      changedAt: day(3),
    });
  });

  it("stores the entity's title with its result, and a new title alone without a new history point", async () => {
    const knex = await databases.init(databaseId);
    const store = await createStore(knex);
    const ref = 'component:default/payments-api';
    const titleOf = async () =>
      (await store.listRollupRows()).find(r => r.entityRef === ref)?.title;

    await store.upsertResults([record(ref, ['owner'])], day(1));
    expect(await titleOf()).toBeUndefined();
    const untitled = await store.getVersion();

    expect(
      await store.upsertResults(
        [{ ...record(ref, ['owner']), title: 'Payments API' }],
        day(2),
      ),
    ).toMatchObject({ created: 0, changed: 0, unchanged: 1 });
    expect(await titleOf()).toBe('Payments API');
    // Readers caching on the version see the new title...
    expect(await store.getVersion()).not.toBe(untitled);
    // ...but it is no new result: no history point, the result's time stays.
    expect(await store.getHistory(ref)).toHaveLength(1);
    expect((await store.getEntityState(ref))!.changedAt).toEqual(day(1));

    const titled = await store.getVersion();
    await store.upsertResults(
      [{ ...record(ref, ['owner']), title: 'Payments API' }],
      day(3),
    );
    expect(await store.getVersion()).toBe(titled);

    // A changed result keeps the title it is scored with; none clears it.
    await store.upsertResults([{ ...record(ref, BETA), title: 'Payments' }], day(4));
    expect(await titleOf()).toBe('Payments');
    await store.upsertResults([record(ref, BETA)], day(5));
    expect(await titleOf()).toBeUndefined();
  });

  it('says which results were new and what the changed and removed ones were before', async () => {
    const store = await createStore(await databases.init(databaseId));
    const a = 'component:default/a';
    const b = 'component:default/b';
    const first = await store.upsertResults(
      [record(a, ['owner'], { owner: 'group:default/old-team' }), record(b, BETA)],
      day(1),
    );
    expect(first.createdRefs).toEqual([a, b]);
    expect(first.replaced).toEqual(new Map());

    const second = await store.upsertResults(
      [record(a, BETA, { owner: 'group:default/new-team' }), record(b, BETA)],
      day(2),
    );
    expect(second.createdRefs).toEqual([]);
    // The result as stored before, with the owner it had then; b is unchanged.
    expect(second.replaced).toEqual(
      new Map([
        [
          a,
          {
            entityRef: a,
            owner: 'group:default/old-team',
            summary: {
              tier: 'pilot',
              nextTier: 'beta',
              score: scorecard(a, ['owner']).score,
              blockers: ['runbook', 'on-call'],
              failingChecks: ['style', 'runbook', 'on-call', 'slo'],
            },
          },
        ],
      ]),
    );

    expect(await store.deleteEntities([b, 'component:default/never-stored'])).toEqual([
      {
        entityRef: b,
        owner: 'group:default/payments-team',
        summary: {
          tier: 'beta',
          nextTier: 'production',
          score: scorecard(b, BETA).score,
          blockers: ['slo'],
          failingChecks: ['style', 'slo'],
        },
      },
    ]);
    expect(await store.listEntityRefs()).toEqual([a]);
  });

  it('keeps tierSince while the tier stays the same', async () => {
    const store = await createStore(await databases.init(databaseId));
    const ref = 'component:default/stuck';
    await store.upsertResults([record(ref, ['owner'])], day(1));
    await store.upsertResults([record(ref, ['owner', 'style'])], day(5));
    const state = await store.getEntityState(ref);
    expect(state!.failingChecks).toEqual(['runbook', 'on-call', 'slo']);
    expect(state!.tierSince).toEqual(day(1));
    expect(state!.changedAt).toEqual(day(5));
  });

  it('says a tier is held since the first record until the tier changes', async () => {
    const store = await createStore(await databases.init(databaseId));
    const ref = 'component:default/payments-api';
    const firstRecord = async () =>
      (await store.listRollupRows()).map(r => [r.tier, r.tierFirstRecord]);
    await store.upsertResults([record(ref, ['owner'])], day(1));
    expect(await firstRecord()).toEqual([['pilot', true]]);
    // Changed result, same tier: still "at least since" the first record.
    await store.upsertResults([record(ref, ['owner', 'style'])], day(2));
    expect(await firstRecord()).toEqual([['pilot', true]]);
    await store.upsertResults([record(ref, BETA)], day(3));
    expect(await firstRecord()).toEqual([['beta', false]]);
    await store.upsertResults([record(ref, [...BETA, 'style'])], day(4));
    expect(await firstRecord()).toEqual([['beta', false]]);
  });

  it('stores the attention facts with the result and reads them back', async () => {
    const store = await createStore(await databases.init(databaseId));
    const ref = 'component:default/fraud-model';
    const attention = {
      decision: { state: 'overdue' as const, due: '2026-06-30' },
      operationalOwner: 'user:default/marcus-webb',
      operationalOwnerFound: false,
      pilotStart: '2026-01-15',
      expiring: [
        { checkId: 'runbook', severity: 'blocker' as const, checkTier: 'beta', kind: 'waiver' as const, dropsOn: '2026-12-01' },
      ],
      tierThen: null,
    };
    await store.upsertResults([{ ...record(ref, ['owner']), attention }], day(1));
    await store.upsertResults([record('component:default/other', ['owner'])], day(1));
    const rows = await store.listRollupRows();
    expect(rows.find(r => r.entityRef === ref)?.attention).toEqual(attention);
    expect(rows.find(r => r.entityRef !== ref)).not.toHaveProperty('attention');
  });

  it('stores tags, and no tags as none', async () => {
    const store = await createStore(await databases.init(databaseId));
    await store.upsertResults(
      [
        record('component:default/tagged', ['owner'], { tags: ['ai', 'pci'] }),
        record('component:default/bare', ['owner'], { tags: [] }),
      ],
      day(1),
    );
    const rows = await store.listRollupRows();
    expect(Object.fromEntries(rows.map(r => [r.entityRef, r.tags]))).toEqual({
      'component:default/tagged': ['ai', 'pci'],
      'component:default/bare': [],
    });
  });

  it('gives rollups the failing checks and category scores the engine gave', async () => {
    const store = await createStore(await databases.init(databaseId));
    const ref = 'component:default/payments-api';
    await store.upsertResults([record(ref, BETA)], day(1));
    const card = scorecard(ref, BETA);
    expect(await store.listRollupRows()).toEqual([
      {
        entityRef: ref,
        kind: 'Component',
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/payments-team',
        system: 'system:default/checkout',
        domain: undefined,
        tags: [],
        tier: 'beta',
        score: card.score,
        blockerCount: 1,
        failingChecks: ['style', 'slo'],
        categoryScores: { ops: card.categories[0].score },
        tierSince: day(1),
        tierFirstRecord: true,
        changedAt: day(1),
      },
    ]);
    expect(await store.listRollupRows({ lifecycle: ['experimental'] })).toEqual(
      [],
    );
  });

  it('reads a result written under an older rubric with the rubric in force', async () => {
    const knex = await databases.init(databaseId);
    const ref = 'component:default/payments-api';
    // Written when the rubric had no on-call check but a since-removed one.
    const older: Rubric = {
      ...smallRubric,
      checks: [
        ...smallRubric.checks.filter(c => c.id !== 'on-call'),
        {
          ...smallRubric.checks.find(c => c.id === 'slo')!,
          id: 'legacy',
          evidence: { type: 'annotation', keys: ['t/legacy'] },
        },
      ],
    };
    const olderCompiled = compileRubric(older);
    const writer = await createStore(knex, () => olderCompiled);
    await writer.upsertResults(
      [record(ref, ['owner'], { rubric: olderCompiled })],
      day(1),
    );

    const reader = await createStore(knex, smallRubricInForce);
    const state = (await reader.getEntityState(ref))!;
    // As stored: the failing checks of the older rubric, in its order.
    expect(state.failingChecks).toEqual(['style', 'runbook', 'slo', 'legacy']);
    // Every check of the rubric in force; on-call was not stored, so it does not apply.
    expect(state.checks).toEqual([
      { checkId: 'owner', status: 'pass' },
      { checkId: 'style', status: 'fail' },
      { checkId: 'runbook', status: 'fail' },
      { checkId: 'on-call', status: 'not-applicable' },
      { checkId: 'slo', status: 'fail' },
    ]);
    expect(state).toMatchObject({
      tier: 'pilot',
      nextTier: 'beta',
      blockers: ['runbook'],
    });
    const [row] = await reader.listRollupRows();
    // ops under the rubric in force: owner 5 of owner 5, style 1, runbook 5, slo 5.
    expect(row.categoryScores).toEqual({ ops: 31.3 });
    expect(row.failingChecks).toEqual(['style', 'runbook', 'slo', 'legacy']);

    // A change under the new rubric moves the old result to the history.
    await reader.upsertResults([record(ref, BETA)], day(2));
    const history = await reader.getHistory(ref);
    expect(history.map(p => [p.tier, p.failingChecks])).toEqual([
      ['pilot', ['style', 'runbook', 'slo', 'legacy']],
      ['beta', ['style', 'slo']],
    ]);
  });

  it('answers history with since and limit as points that began then, the current one last', async () => {
    const store = await createStore(await databases.init(databaseId));
    const ref = 'component:default/payments-api';
    await store.upsertResults([record(ref, [])], day(1));
    await store.upsertResults([record(ref, ['owner'])], day(3));
    await store.upsertResults([record(ref, BETA)], day(5));
    await store.upsertResults(
      [record('component:default/other', ['owner'])],
      day(2),
    );
    const tiers = (points: Array<{ tier: string | null }>) =>
      points.map(p => p.tier);

    expect(tiers(await store.getHistory(ref))).toEqual([null, 'pilot', 'beta']);
    expect(tiers(await store.getHistory(ref, { since: day(3) }))).toEqual([
      'pilot',
      'beta',
    ]);
    expect(tiers(await store.getHistory(ref, { since: day(4) }))).toEqual([
      'beta',
    ]);
    expect(await store.getHistory(ref, { since: day(6) })).toEqual([]);
    expect(tiers(await store.getHistory(ref, { limit: 2 }))).toEqual([
      null,
      'pilot',
    ]);
    expect(
      tiers(await store.getHistory(ref, { since: day(2), limit: 5 })),
    ).toEqual(['pilot', 'beta']);

    const all = await store.listAllHistory();
    expect(
      all.map(p => [p.entityRef, p.recordedAt.toISOString(), p.tier]),
    ).toEqual([
      ['component:default/other', day(2).toISOString(), 'pilot'],
      [ref, day(1).toISOString(), null],
      [ref, day(3).toISOString(), 'pilot'],
      [ref, day(5).toISOString(), 'beta'],
    ]);
  });

  it('handles batches larger than one chunk and deletes entities with their history', async () => {
    const store = await createStore(await databases.init(databaseId));
    const records = Array.from({ length: 450 }, (_, i) =>
      record(`component:default/service-${i}`, i % 2 ? ['owner'] : BETA),
    );
    expect(await store.upsertResults(records, day(1))).toMatchObject({
      created: 450,
      changed: 0,
      unchanged: 0,
    });
    expect(
      await store.upsertResults(
        records.map(r => record(r.entityRef, ['owner', 'style'])),
        day(2),
      ),
    ).toMatchObject({ created: 0, changed: 450, unchanged: 0 });
    expect((await store.listEntityRefs()).length).toBe(450);
    expect(await store.getHistory(records[0].entityRef)).toHaveLength(2);

    const gone = records.slice(0, 250).map(r => r.entityRef);
    expect(await store.deleteEntities(gone)).toHaveLength(250);
    expect((await store.listEntityRefs()).length).toBe(200);
    expect(await store.getHistory(gone[0])).toEqual([]);
    expect(await store.getEntityState(gone[0])).toBeUndefined();
    expect((await store.listAllHistory()).length).toBe(2 * 200);
  });

  it('versions the rows by their latest change and their count', async () => {
    const store = await createStore(await databases.init(databaseId));
    expect(await store.getVersion()).toBe('|0');
    await store.upsertResults(
      [
        record('component:default/a', ['owner']),
        record('component:default/b', ['owner']),
      ],
      day(1),
    );
    expect(await store.getVersion()).toBe(`${day(1).toISOString()}|2`);
    await store.upsertResults([record('component:default/a', BETA)], day(2));
    expect(await store.getVersion()).toBe(`${day(2).toISOString()}|2`);
    await store.deleteEntities(['component:default/b']);
    expect(await store.getVersion()).toBe(`${day(2).toISOString()}|1`);
  });

  it("shows its own writes and deletions in the version at once, another instance's within a second", async () => {
    const knex = await databases.init(databaseId);
    const store = await createStore(knex);
    const other = await createStore(knex);
    const ref = 'component:default/versioned';
    const empty = await store.getVersion();

    await store.upsertResults([record(ref, ['owner'])], new Date(1000));
    const written = await store.getVersion();
    expect(written).not.toBe(empty);

    // Unchanged results write nothing and keep the version.
    await store.upsertResults([record(ref, ['owner'])], new Date(2000));
    expect(await store.getVersion()).toBe(written);

    await store.deleteEntities([ref]);
    const deleted = await store.getVersion();
    expect(deleted).not.toBe(written);

    // The other instance read nothing yet; it sees the latest state now...
    expect(await other.getVersion()).toBe(deleted);
    // ...and this instance's next write only after its memo expires.
    await store.upsertResults([record(ref, BETA)], new Date(3000));
    const rewritten = await store.getVersion();
    expect(await other.getVersion()).toBe(deleted);
    await new Promise(resolve => setTimeout(resolve, 1100));
    expect(await other.getVersion()).toBe(rewritten);
  });

  it('reads layouts another instance created', async () => {
    const knex = await databases.init(databaseId);
    const reader = await createStore(knex);
    expect(await reader.listRollupRows()).toEqual([]);
    const writer = await createStore(knex);
    await writer.upsertResults([record('component:default/a', BETA)], day(1));
    expect((await reader.listRollupRows())[0].failingChecks).toEqual([
      'style',
      'slo',
    ]);
    // One rubric, one layout, whichever instance wrote.
    const [{ n }] = await knex('readiness_check_layouts').count({ n: '*' });
    expect(Number(n)).toBe(1);
  });

  it('prunes superseded results older than the retention cutoff, never the current one', async () => {
    const store = await createStore(await databases.init(databaseId));
    const ref = 'component:default/payments-api';
    await store.upsertResults(
      [record(ref, [])],
      new Date('2026-01-01T00:00:00Z'),
    );
    await store.upsertResults(
      [record(ref, ['owner'])],
      new Date('2026-03-01T00:00:00Z'),
    );
    expect(await store.pruneHistory(new Date('2026-06-01T00:00:00Z'))).toBe(1);
    expect((await store.getHistory(ref)).map(p => p.tier)).toEqual(['pilot']);
    expect(await store.pruneHistory(new Date('2026-12-01T00:00:00Z'))).toBe(0);
    expect((await store.getHistory(ref)).map(p => p.tier)).toEqual(['pilot']);
  });

  it('prunes many rows in pages, rewriting only their history: the version and changedAt stay', async () => {
    const knex = await databases.init(databaseId);
    const store = await createStore(knex);
    // More rows with a history than one page of the prune reads.
    const records = Array.from({ length: 520 }, (_, i) =>
      record(`component:default/service-${String(i).padStart(3, '0')}`, [
        'owner',
      ]),
    );
    await store.upsertResults(records, day(1));
    await store.upsertResults(
      records.map(r => record(r.entityRef, BETA)),
      day(3),
    );
    // One of them changes twice: its day-3 entry outlives the cutoff.
    const twice = records[7].entityRef;
    await store.upsertResults([record(twice, ['owner', 'style'])], day(5));
    const before = await knex('readiness_entity_state')
      .where('entity_ref', twice)
      .first('history');
    // Read by a new instance each time: this one's memo would hide a change.
    const versionNow = async () => (await createStore(knex)).getVersion();
    const version = await versionNow();

    expect(await store.pruneHistory(day(2))).toBe(520);
    expect(await versionNow()).toBe(version);
    expect(
      (await store.getEntityState(records[0].entityRef))!.changedAt,
    ).toEqual(day(3));
    expect(
      (await store.getHistory(records[0].entityRef)).map(p => p.tier),
    ).toEqual(['beta']);
    expect((await store.getHistory(twice)).map(p => p.recordedAt)).toEqual([
      day(3),
      day(5),
    ]);
    const rows = await knex('readiness_entity_state').whereNotNull('history');
    expect(rows.map(r => r.entity_ref)).toEqual([twice]);
    expect(decodeHistory(twice, before.history)).toHaveLength(2);
    expect(decodeHistory(twice, rows[0].history)).toHaveLength(1);
    expect((await store.listAllHistory()).length).toBe(521);
    expect(await store.pruneHistory(day(2))).toBe(0);
  });

  it('orders results replaced at the same moment as they were kept, the current one last', async () => {
    const store = await createStore(await databases.init(databaseId));
    const ref = 'component:default/flapping';
    await store.upsertResults([record(ref, [])], day(1));
    await store.upsertResults([record(ref, ['owner'])], day(1));
    await store.upsertResults([record(ref, BETA)], day(1));
    expect((await store.getHistory(ref)).map(p => p.tier)).toEqual([
      null,
      'pilot',
      'beta',
    ]);
    expect(
      (await store.getHistory(ref, { limit: 2 })).map(p => p.tier),
    ).toEqual([null, 'pilot']);
  });

  it('names the entity whose stored history cannot be read, and still answers for every entity', async () => {
    const knex = await databases.init(databaseId);
    const store = await createStore(knex);
    const broken = 'component:default/broken';
    const fine = 'component:default/fine';
    await store.upsertResults(
      [record(broken, ['owner']), record(fine, ['owner'])],
      day(1),
    );
    await store.upsertResults(
      [record(broken, BETA), record(fine, BETA)],
      day(2),
    );
    await knex('readiness_entity_state')
      .where('entity_ref', broken)
      .update({ history: '[[1,"pilot"' });

    await expect(store.getHistory(broken)).rejects.toThrow(
      /history of component:default\/broken is not valid JSON/,
    );
    // The rollups over time count the entity from its current result.
    const all = await store.listAllHistory();
    expect(all.map(p => [p.entityRef, p.tier])).toEqual([
      [broken, 'beta'],
      [fine, 'pilot'],
      [fine, 'beta'],
    ]);
    // Pruning leaves it alone; the next change starts its history over.
    expect(await store.pruneHistory(day(3))).toBe(1);
    await store.upsertResults([record(broken, ['owner'])], day(4));
    expect((await store.getHistory(broken)).map(p => p.tier)).toEqual([
      'beta',
      'pilot',
    ]);
  });
});
