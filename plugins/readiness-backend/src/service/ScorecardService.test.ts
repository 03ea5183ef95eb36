import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ALL_VISIBLE, VisibleEntities, VisibleSet } from '../catalog/VisibleEntities';
import { ReadinessScorer } from '../engine/ReadinessScorer';
import { CachedRollupRows, ScorecardStore } from '../store';
import { testCatalog } from '../__testUtils__/entities';
import { smallRubric } from '../__testUtils__/smallRubric';
import { ScorecardService } from './ScorecardService';

const ada = mockCredentials.user('user:default/ada');

function storeWith(overrides: Partial<ScorecardStore>) {
  const store = {
    getVersion: async () => 'v1',
    listRollupRows: async () => [],
    ...overrides,
  } as ScorecardStore;
  return { store, storedRows: new CachedRollupRows(store) };
}

describe('ScorecardService', () => {
  it('adds since when and the last change from the stored results', async () => {
    const tierSince = new Date('2026-10-01T00:00:00Z');
    const changedAt = new Date('2026-11-01T00:00:00Z');
    const service = new ScorecardService({
      catalog: catalogServiceMock({ entities: testCatalog() }),
      scorer: new ReadinessScorer(smallRubric),
      ...storeWith({
        listRollupRows: async () => [
          {
            entityRef: 'component:default/payments-api',
            kind: 'Component',
            tags: [],
            tier: 'pilot',
            score: 50,
            blockerCount: 1,
            failingChecks: [],
            categoryScores: {},
            tierSince,
            changedAt,
          },
        ],
      }),
    });
    const live = await service.getScorecard('component:default/payments-api', ada);
    expect(live.scorecard.entityRef).toBe('component:default/payments-api');
    expect(live.people.ownerGroup?.entityRef).toBe('group:default/payments-team');
    expect(live.stored).toEqual({
      tierSince: tierSince.toISOString(),
      computedAt: changedAt.toISOString(),
    });
  });

  it('still serves the live scorecard when the store cannot be read, without the stored part', async () => {
    const service = new ScorecardService({
      catalog: catalogServiceMock({ entities: testCatalog() }),
      scorer: new ReadinessScorer(smallRubric),
      ...storeWith({
        getVersion: async () => {
          throw new Error('connection refused');
        },
      }),
    });
    const live = await service.getScorecard('component:default/payments-api', ada);
    expect(live.scorecard.entityRef).toBe('component:default/payments-api');
    expect(live.stored).toEqual({ tierSince: undefined, computedAt: undefined });
  });

  it('answers not found for an entity the caller cannot read, whatever the store holds', async () => {
    const service = new ScorecardService({
      catalog: catalogServiceMock({ entities: testCatalog() }),
      scorer: new ReadinessScorer(smallRubric),
      ...storeWith({}),
    });
    await expect(
      service.getScorecard('component:default/not-there', ada),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  describe('with the callers’ visibility', () => {
    const readiness = mockCredentials.service('plugin:readiness');
    const everyone = [
      'component:default/payments-api',
      'component:default/bare-service',
      'group:default/payments-team',
      'user:default/priya',
      'user:default/tom',
    ];

    /** A service whose catalog records whose credentials each read used. */
    type AtHand = typeof ALL_VISIBLE | VisibleSet | undefined;
    function setup(atHand: AtHand | (() => Promise<AtHand>)) {
      const catalog = catalogServiceMock({ entities: testCatalog() });
      const readers: string[] = [];
      const getEntitiesByRefs = catalog.getEntitiesByRefs.bind(catalog);
      catalog.getEntitiesByRefs = (async (request, options) => {
        const { credentials } = options as { credentials: BackstageCredentials };
        const principal = credentials.principal as { userEntityRef?: string; subject?: string };
        readers.push(principal.userEntityRef ?? principal.subject ?? '?');
        return getEntitiesByRefs(request, options);
      }) as typeof catalog.getEntitiesByRefs;
      const visibility = {
        atHand: async (_: BackstageCredentials) =>
          typeof atHand === 'function' ? atHand() : atHand,
        holdsKindOf: (ref: string) => /^(component|group|user):/.test(ref),
      } as unknown as VisibleEntities;
      const service = new ScorecardService({
        catalog,
        scorer: new ReadinessScorer(smallRubric),
        ...storeWith({}),
        visibility,
        serviceCredentials: async () => readiness,
      });
      return { service, readers };
    }
    const seeing = (refs: string[]): VisibleSet => ({ refs: new Set(refs), key: 'k' });

    it('reads with the plugin’s credentials when the policy allows every read', async () => {
      const { service, readers } = setup(ALL_VISIBLE);
      const live = await service.getScorecard('component:default/payments-api', ada);
      expect(live.people.ownerGroup?.members?.map(m => m.entityRef)).toEqual([
        'user:default/priya',
        'user:default/tom',
      ]);
      expect(new Set(readers)).toEqual(new Set(['plugin:readiness']));
    });

    it('reads with the caller’s credentials when their visibility cannot be known', async () => {
      const { service, readers } = setup(async () => {
        throw new Error('connection refused');
      });
      const live = await service.getScorecard('component:default/payments-api', ada);
      expect(live.scorecard.entityRef).toBe('component:default/payments-api');
      expect(new Set(readers)).toEqual(new Set(['user:default/ada']));
    });

    it('reads with the caller’s credentials while their visible set is not at hand', async () => {
      const { service, readers } = setup(undefined);
      await service.getScorecard('component:default/payments-api', ada);
      expect(new Set(readers)).toEqual(new Set(['user:default/ada']));
    });

    it('drops what the caller’s visible set does not hold, as the catalog would', async () => {
      const { service, readers } = setup(
        seeing(everyone.filter(ref => ref !== 'user:default/tom')),
      );
      const live = await service.getScorecard('component:default/payments-api', ada);
      expect(live.people.ownerGroup?.members?.map(m => m.entityRef)).toEqual([
        'user:default/priya',
      ]);
      expect(live.people.operationalOwner?.entityRef).toBe('user:default/priya');
      expect(new Set(readers)).toEqual(new Set(['plugin:readiness']));
    });

    it('leaves out a hidden owner group with its members, and a hidden operational owner', async () => {
      const { service } = setup(
        seeing(['component:default/payments-api', 'user:default/tom']),
      );
      const live = await service.getScorecard('component:default/payments-api', ada);
      expect(live.people).toEqual({ ownerGroup: undefined, operationalOwner: undefined });
      const { service: allowed } = setup(ALL_VISIBLE);
      const full = await allowed.getScorecard('component:default/payments-api', ada);
      // Without its people the scorecard differs, as it does for the caller in the catalog.
      expect(live.scorecard).not.toEqual(full.scorecard);
    });

    it('answers not found for an entity outside the caller’s set, or for a caller who may read nothing', async () => {
      const hidden = setup(seeing(everyone.filter(ref => ref !== 'component:default/bare-service')));
      await expect(
        hidden.service.getScorecard('component:default/bare-service', ada),
      ).rejects.toMatchObject({ name: 'NotFoundError', message: 'No entity component:default/bare-service found in the catalog' });
      const nothing = setup(seeing([]));
      await expect(
        nothing.service.getScorecard('component:default/payments-api', ada),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      expect(nothing.readers).toEqual([]);
    });
  });
});
