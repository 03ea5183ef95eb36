import { mockServices } from '@backstage/backend-test-utils';
import type { Scorecard } from '@readiness-scorecards/plugin-readiness-common';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseScorecardStore } from './DatabaseScorecardStore';
import { EntityScoreRecord } from './ScorecardStore';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();

function scorecard(tier: string | null, score: number, failing: string[] = []): Scorecard {
  return {
    entityRef: 'component:default/payments-api',
    evaluatedAt: '2026-11-21T00:00:00.000Z',
    tier,
    nextTier: 'beta',
    blockers: failing,
    score,
    categories: [],
    checks: failing.map(id => ({
      checkId: id,
      title: id,
      category: 'operations',
      tier: 'beta',
      severity: 'blocker',
      status: 'fail',
      message: `${id} missing`,
      evidence: [],
    })),
    decision: { state: 'undecided', message: 'no decision yet' },
  };
}

function record(ref: string, card: Scorecard, owner = 'group:default/payments-team'): EntityScoreRecord {
  return {
    entityRef: ref,
    kind: 'Component',
    type: 'service',
    lifecycle: 'production',
    owner,
    system: 'system:default/checkout',
    scorecard: { ...card, entityRef: ref },
    fingerprint: `${card.tier}|${card.score}|${card.blockers.join(',')}`,
  };
}

async function createStore(knex: Knex) {
  return DatabaseScorecardStore.create({
    database: mockServices.database({ knex }),
  });
}

describe.each(ids)('DatabaseScorecardStore on %s', databaseId => {
  it('migrates down and up again', async () => {
    const knex = await databases.init(databaseId);
    await createStore(knex);
    const directory = require('path').resolve(__dirname, '../../migrations');
    await knex.migrate.rollback({ directory }, true);
    expect(await knex.schema.hasTable('readiness_entity_state')).toBe(false);
    expect(await knex.schema.hasTable('readiness_history')).toBe(false);
    await knex.migrate.latest({ directory });
    expect(await knex.schema.hasTable('readiness_entity_state')).toBe(true);
    expect(await knex.schema.hasTable('readiness_history')).toBe(true);
  });

  it('writes history only when the result changes', async () => {
    const store = await createStore(await databases.init(databaseId));
    const ref = 'component:default/payments-api';
    const day1 = new Date('2026-11-01T00:00:00Z');
    const day2 = new Date('2026-11-02T00:00:00Z');
    const day3 = new Date('2026-11-03T00:00:00Z');

    expect(
      await store.upsertResults([record(ref, scorecard('pilot', 40, ['runbook']))], day1),
    ).toEqual({ created: 1, changed: 0, unchanged: 0 });
    const versionAfterDay1 = await store.getVersion();
    expect(
      await store.upsertResults([record(ref, scorecard('pilot', 40, ['runbook']))], day2),
    ).toEqual({ created: 0, changed: 0, unchanged: 1 });
    // An unchanged result leaves its row (and the store version) alone.
    expect((await store.getEntityState(ref))!.computedAt).toEqual(day1);
    expect(await store.getVersion()).toBe(versionAfterDay1);
    expect(
      await store.upsertResults([record(ref, scorecard('beta', 70))], day3),
    ).toEqual({ created: 0, changed: 1, unchanged: 0 });

    const history = await store.getHistory(ref);
    expect(history.map(p => [p.recordedAt.toISOString(), p.tier, p.score])).toEqual([
      [day1.toISOString(), 'pilot', 40],
      [day3.toISOString(), 'beta', 70],
    ]);
    expect(history[0].failingChecks).toEqual(['runbook']);

    const state = await store.getEntityState(ref);
    expect(state).toMatchObject({
      tier: 'beta',
      score: 70,
      owner: 'group:default/payments-team',
      blockerCount: 0,
    });
    expect(state!.tierSince.toISOString()).toBe(day3.toISOString());
    expect(state!.computedAt.toISOString()).toBe(day3.toISOString());
    expect(state!.scorecard.entityRef).toBe(ref);
  });

  it('keeps tierSince while the tier stays the same', async () => {
    const store = await createStore(await databases.init(databaseId));
    const ref = 'component:default/stuck';
    const start = new Date('2026-06-01T00:00:00Z');
    await store.upsertResults([record(ref, scorecard('pilot', 30, ['slo']))], start);
    await store.upsertResults(
      [record(ref, scorecard('pilot', 35, ['slo']))],
      new Date('2026-11-01T00:00:00Z'),
    );
    const state = await store.getEntityState(ref);
    expect(state!.score).toBe(35);
    expect(state!.tierSince.toISOString()).toBe(start.toISOString());
  });

  it('handles batches larger than one chunk and deletes entities with their history', async () => {
    const store = await createStore(await databases.init(databaseId));
    const now = new Date('2026-11-21T00:00:00Z');
    const records = Array.from({ length: 450 }, (_, i) =>
      record(`component:default/service-${i}`, scorecard('pilot', i % 100)),
    );
    expect(await store.upsertResults(records, now)).toEqual({
      created: 450,
      changed: 0,
      unchanged: 0,
    });
    expect((await store.listEntityRefs()).length).toBe(450);

    const gone = records.slice(0, 250).map(r => r.entityRef);
    expect(await store.deleteEntities(gone)).toBe(250);
    expect((await store.listEntityRefs()).length).toBe(200);
    expect(await store.getHistory(gone[0])).toEqual([]);
    expect(await store.getEntityState(gone[0])).toBeUndefined();
  });

  it('looks up summaries of many entities at once, with the refs the recompute saw', async () => {
    const store = await createStore(await databases.init(databaseId));
    const now = new Date('2026-11-21T00:00:00Z');
    const records = Array.from({ length: 620 }, (_, i) => ({
      ...record(`component:default/service-${i}`, scorecard('beta', 80)),
      relatedRefs: [`group:default/team-${i % 7}`],
    }));
    await store.upsertResults(records, now);

    const asked = [...records.map(r => r.entityRef), 'component:default/unknown'];
    const summaries = await store.getEntitySummaries(asked);
    expect(summaries.size).toBe(620);
    expect(summaries.has('component:default/unknown')).toBe(false);
    expect(summaries.get('component:default/service-601')).toEqual({
      owner: 'group:default/payments-team',
      operationalOwner: undefined,
      relatedRefs: ['group:default/team-6'],
      tierSince: now,
      computedAt: now,
    });
  });

  it("shows its own writes and deletions in the version at once, another instance's within a second", async () => {
    const knex = await databases.init(databaseId);
    const store = await createStore(knex);
    const other = await createStore(knex);
    const ref = 'component:default/versioned';
    const empty = await store.getVersion();

    await store.upsertResults([record(ref, scorecard('pilot', 40))], new Date(1000));
    const written = await store.getVersion();
    expect(written).not.toBe(empty);

    // Unchanged results write nothing and keep the version.
    await store.upsertResults([record(ref, scorecard('pilot', 40))], new Date(2000));
    expect(await store.getVersion()).toBe(written);

    await store.deleteEntities([ref]);
    const deleted = await store.getVersion();
    expect(deleted).not.toBe(written);

    // The other instance read nothing yet; it sees the latest state now...
    expect(await other.getVersion()).toBe(deleted);
    // ...and this instance's next write only after its memo expires.
    await store.upsertResults([record(ref, scorecard('beta', 70))], new Date(3000));
    const rewritten = await store.getVersion();
    expect(await other.getVersion()).toBe(deleted);
    await new Promise(resolve => setTimeout(resolve, 1100));
    expect(await other.getVersion()).toBe(rewritten);
  });

  it('prunes history older than the retention cutoff', async () => {
    const store = await createStore(await databases.init(databaseId));
    const ref = 'component:default/payments-api';
    await store.upsertResults([record(ref, scorecard(null, 10))], new Date('2026-01-01T00:00:00Z'));
    await store.upsertResults([record(ref, scorecard('pilot', 50))], new Date('2026-10-01T00:00:00Z'));
    expect(await store.pruneHistory(new Date('2026-06-01T00:00:00Z'))).toBe(1);
    const history = await store.getHistory(ref);
    expect(history.map(p => p.tier)).toEqual(['pilot']);
  });
});
