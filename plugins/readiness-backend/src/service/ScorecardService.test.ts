import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
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
});
