import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ALL_VISIBLE, VisibleEntities } from '../catalog/VisibleEntities';
import { CachedRollupRows, RollupRow, ScorecardStore } from '../store';
import { RollupService } from './RollupService';

const NOW = new Date('2026-11-21T00:00:00Z');
const ada = mockCredentials.user('user:default/ada');
const bob = mockCredentials.user('user:default/bob');
const outsider = mockCredentials.user('user:default/outsider');

function row(entityRef: string, lifecycle: string, score: number): RollupRow {
  return {
    entityRef,
    kind: 'Component',
    lifecycle,
    tags: [],
    tier: 'pilot',
    score,
    blockerCount: 0,
    failingChecks: [],
    categoryScores: {},
    tierSince: NOW,
    changedAt: NOW,
  };
}

/** A store the test rewrites, as a recompute would, and a service over it. */
function setup() {
  let version = 'v1';
  let rows = [
    row('component:default/a', 'production', 80),
    row('component:default/b', 'experimental', 20),
    row('component:default/c', 'beta', 50),
  ];
  const store = {
    getVersion: async () => version,
    listRollupRows: async () => rows,
    listAllHistory: async () => [],
  } as unknown as ScorecardStore;
  const listRollupRows = jest.spyOn(store, 'listRollupRows');
  // The outsider may read entity a alone.
  const visibility = {
    of: async (credentials: BackstageCredentials) =>
      credentials === outsider
        ? { refs: new Set(['component:default/a']), key: 'outsider-set' }
        : ALL_VISIBLE,
  } as VisibleEntities;
  // Each aggregation asks for the tiers once: counting the calls counts them.
  const tiers = jest.fn(() => ['pilot', 'beta', 'production']);
  const service = new RollupService({
    catalog: catalogServiceMock({ entities: [] }),
    store,
    rows: new CachedRollupRows(store),
    visibility,
    tiers,
    stuckAfterDays: 90,
    clock: () => NOW,
  });
  return {
    service,
    tiers,
    listRollupRows,
    recompute(next: RollupRow[], nextVersion: string) {
      rows = next;
      version = nextVersion;
    },
  };
}

describe('RollupService', () => {
  it('aggregates once per store version for every caller who may read everything', async () => {
    const { service, tiers, listRollupRows, recompute } = setup();
    const query = { groupBy: 'lifecycle' as const };
    const first = await service.getRollupWithKey(query, ada);
    const second = await service.getRollupWithKey(query, bob);
    expect(second).toEqual(first);
    expect(first.rollup.total.entityCount).toBe(3);
    expect(tiers).toHaveBeenCalledTimes(1);
    expect(listRollupRows).toHaveBeenCalledTimes(1);

    // A recompute: the next request reads and aggregates the new rows.
    recompute([row('component:default/a', 'production', 90)], 'v2');
    const after = await service.getRollupWithKey(query, ada);
    expect(after.rollup.total.entityCount).toBe(1);
    expect(after.cacheKey).not.toBe(first.cacheKey);
    expect(tiers).toHaveBeenCalledTimes(2);
    expect(listRollupRows).toHaveBeenCalledTimes(2);
  });

  it('keys each page apart and slices it from the shared rollup', async () => {
    const { service, tiers } = setup();
    const query = { groupBy: 'lifecycle' as const };
    const byName = { sort: 'name' as const };
    const firstPage = await service.getRollupWithKey(query, ada, {
      offset: 0,
      limit: 2,
    }, byName);
    const secondPage = await service.getRollupWithKey(query, ada, {
      offset: 2,
      limit: 2,
    }, byName);
    expect(firstPage.rollup.groups.map(g => g.key)).toEqual([
      'beta',
      'experimental',
    ]);
    expect(secondPage.rollup).toMatchObject({ offset: 2, groupCount: 3, rowCount: 3 });
    expect(secondPage.rollup.groups.map(g => g.key)).toEqual(['production']);
    expect(secondPage.cacheKey).not.toBe(firstPage.cacheKey);
    expect(tiers).toHaveBeenCalledTimes(1);
  });

  it('keys each sort apart and pages the sorted rows from the shared rollup', async () => {
    const { service, tiers } = setup();
    const query = { groupBy: 'lifecycle' as const };
    const page = { offset: 0, limit: 2 };
    const byScore = await service.getRollupWithKey(query, ada, page, { sort: 'meanScore' });
    expect(byScore.rollup.groups.map(g => g.key)).toEqual(['production', 'beta']);
    expect(byScore.rollup.rowCount).toBe(3);
    const lowestFirst = await service.getRollupWithKey(query, ada, page, { sort: 'meanScore', order: 'asc' });
    expect(lowestFirst.rollup.groups.map(g => g.key)).toEqual(['experimental', 'beta']);
    expect(lowestFirst.cacheKey).not.toBe(byScore.cacheKey);
    // The natural order spelt out is the same answer, under the same key.
    const spelt = await service.getRollupWithKey(query, ada, page, { sort: 'meanScore', order: 'desc' });
    expect(spelt).toEqual(byScore);
    expect(tiers).toHaveBeenCalledTimes(1);
  });

  it('sorts by urgency when no sort is asked for', async () => {
    const { service, recompute } = setup();
    recompute(
      [
        { ...row('component:default/a', 'production', 80), blockerCount: 1 },
        { ...row('component:default/b', 'experimental', 20), blockerCount: 3 },
        row('component:default/c', 'beta', 50),
      ],
      'v2',
    );
    const rollup = await service.getRollup({ groupBy: 'lifecycle' }, ada, { offset: 0, limit: 10 });
    expect(rollup.groups.map(g => g.key)).toEqual(['experimental', 'production', 'beta']);
  });

  it('refuses a sort by a tier the rubric does not have, naming the tiers', async () => {
    const { service } = setup();
    await expect(
      service.getRollup({ groupBy: 'lifecycle' }, ada, undefined, { sort: 'tier.gold' }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: 'Unknown tier "gold" in sort "tier.gold": the tiers are none, pilot, beta, production',
    });
  });

  it('makes a restricted caller’s rollup from what they may read, cached under their visible set alone', async () => {
    const { service, tiers, recompute } = setup();
    const query = { groupBy: 'lifecycle' as const };
    const everything = await service.getRollupWithKey(query, ada);
    const restricted = await service.getRollupWithKey(query, outsider);
    expect(restricted.cacheKey).not.toBe(everything.cacheKey);
    expect(restricted.cacheKey).toContain('outsider-set');
    expect(restricted.rollup.groups.map(g => g.key)).toEqual(['production']);
    expect(restricted.rollup.total.entityCount).toBe(1);
    // The same visible set, the same store version: served from the cache.
    expect(await service.getRollupWithKey(query, outsider)).toEqual(restricted);
    expect(tiers).toHaveBeenCalledTimes(2);
    // A recompute makes it again.
    recompute([row('component:default/b', 'beta', 90)], 'v2');
    const after = await service.getRollupWithKey(query, outsider);
    expect(after.rollup.total.entityCount).toBe(0);
    expect(tiers).toHaveBeenCalledTimes(3);
  });

  it('replays the history once per store version for callers who may read everything', async () => {
    const { service, tiers, recompute } = setup();
    const query = { groupBy: 'lifecycle' as const, days: 7 };
    const first = await service.getRollupHistory(query, ada);
    expect(await service.getRollupHistory(query, bob)).toEqual(first);
    expect(tiers).toHaveBeenCalledTimes(1);
    recompute([row('component:default/a', 'production', 90)], 'v2');
    await service.getRollupHistory(query, ada);
    expect(tiers).toHaveBeenCalledTimes(2);
  });

  it('sorts the list once per store version and visible set, least ready first', async () => {
    const { service, tiers, recompute } = setup();
    const everything = await service.sortedSummaries({}, ada);
    expect(everything.items.map(i => i.entityRef)).toEqual([
      'component:default/b',
      'component:default/c',
      'component:default/a',
    ]);
    expect(await service.sortedSummaries({}, bob)).toEqual(everything);
    const restricted = await service.sortedSummaries({}, outsider);
    expect(restricted.items.map(i => i.entityRef)).toEqual(['component:default/a']);
    expect(restricted.cacheKey).not.toBe(everything.cacheKey);
    expect(tiers).toHaveBeenCalledTimes(2);
    recompute([row('component:default/b', 'beta', 90)], 'v2');
    expect((await service.sortedSummaries({}, ada)).items.map(i => i.entityRef)).toEqual([
      'component:default/b',
    ]);
    expect(tiers).toHaveBeenCalledTimes(3);
  });
});
