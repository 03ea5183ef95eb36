import { mockServices } from '@backstage/backend-test-utils';
import type { Scorecard } from '@readiness-scorecards/plugin-readiness-common';
import { smallRubricInForce } from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { CachedRollupRows } from './CachedRollupRows';
import { DatabaseScorecardStore } from './DatabaseScorecardStore';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();

const card = (score: number): Scorecard => ({
  entityRef: 'x',
  evaluatedAt: '2026-11-21T00:00:00.000Z',
  tier: 'pilot',
  nextTier: 'beta',
  blockers: [],
  score,
  categories: [],
  checks: [],
  decision: { state: 'undecided', message: '' },
});

describe.each(ids)('CachedRollupRows on %s', databaseId => {
  it('serves cached rows until a recompute writes, then reads again', async () => {
    const store = await DatabaseScorecardStore.create({
      database: mockServices.database({ knex: await databases.init(databaseId) }),
      rubric: smallRubricInForce,
    });
    const listSpy = jest.spyOn(store, 'listRollupRows');
    const cache = new CachedRollupRows(store);
    const record = (ref: string, score: number, lifecycle: string) => ({
      entityRef: ref,
      kind: 'Component',
      lifecycle,
      scorecard: card(score),
      fingerprint: `${score}`,
    });
    await store.upsertResults([record('a', 10, 'production'), record('b', 20, 'experimental')], new Date('2026-11-20T00:00:00Z'));

    expect((await cache.list()).map(r => r.score).sort()).toEqual([10, 20]);
    expect((await cache.list({ lifecycle: ['experimental'] })).map(r => r.entityRef)).toEqual(['b']);
    expect(listSpy).toHaveBeenCalledTimes(1);

    // A changed result moves the store version, so the cache refreshes.
    await store.upsertResults([record('a', 15, 'production')], new Date('2026-11-21T00:00:00Z'));
    expect((await cache.list({ lifecycle: ['production'] })).map(r => r.score)).toEqual([15]);
    expect(listSpy).toHaveBeenCalledTimes(2);
  });
  it('finds one entity by ref in the same cached rows, with since when and its last change', async () => {
    const store = await DatabaseScorecardStore.create({
      database: mockServices.database({ knex: await databases.init(databaseId) }),
      rubric: smallRubricInForce,
    });
    const listSpy = jest.spyOn(store, 'listRollupRows');
    const cache = new CachedRollupRows(store);
    const record = (score: number) => ({
      entityRef: 'component:default/a',
      kind: 'Component',
      scorecard: card(score),
      fingerprint: `${score}`,
    });
    const first = new Date('2026-11-20T00:00:00Z');
    await store.upsertResults([record(10)], first);
    expect(await cache.byRef('component:default/a')).toMatchObject({
      score: 10,
      tierSince: first,
      changedAt: first,
    });
    expect(await cache.byRef('component:default/missing')).toBeUndefined();
    await cache.list();
    expect(listSpy).toHaveBeenCalledTimes(1);

    const second = new Date('2026-11-21T00:00:00Z');
    await store.upsertResults([record(15)], second);
    // Same tier: since when stays, the last change moves.
    expect(await cache.byRef('component:default/a')).toMatchObject({
      score: 15,
      tierSince: first,
      changedAt: second,
    });
    expect(listSpy).toHaveBeenCalledTimes(2);
  });
});
