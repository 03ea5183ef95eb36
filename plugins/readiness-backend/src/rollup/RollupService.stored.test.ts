/*
 * GET /rollup grouped by owner over what the store keeps: pages of whole
 * subtrees, sorted on the server, for every caller and restricted callers.
 */
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  evaluate,
  RollupSort,
  RollupSortOrder,
} from '@readiness-scorecards/plugin-readiness-common';
import { service, smallRubricInForce } from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { ALL_VISIBLE, VisibleEntities } from '../catalog/VisibleEntities';
import {
  CachedRollupRows,
  DatabaseScorecardStore,
  EntityScoreRecord,
} from '../store';
import { RollupService } from './RollupService';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();
const NOW = new Date('2026-11-21T09:00:00Z');
const PILOT = ['owner'];
const BETA = ['owner', 'runbook', 'on-call'];
const PRODUCTION = ['owner', 'runbook', 'on-call', 'slo'];
const everyone = mockCredentials.user('user:default/ada');
const restricted = mockCredentials.user('user:default/outsider');

function groupEntity(name: string, title: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: {
      type: 'team',
      profile: { displayName: title },
      ...(parent ? { parent } : {}),
      children: [],
    },
  };
}

function record(
  name: string,
  owner: string,
  evidence: string[],
): EntityScoreRecord {
  const scorecard = evaluate(smallRubricInForce(), {
    entity: service(name, evidence),
    related: {},
    now: NOW,
  });
  return {
    entityRef: scorecard.entityRef,
    kind: 'Component',
    owner,
    scorecard,
    fingerprint: scorecard.checks.map(c => c.status).join(','),
  };
}

const ENG = 'group:default/engineering';
const PAYMENTS = 'group:default/payments';
const SEARCH = 'group:default/search';
const DATA = 'group:default/data';
const ML = 'group:default/ml';
const JANE = 'user:default/jane';

describe.each(ids)(
  'RollupService by owner from the store on %s',
  databaseId => {
    async function setup() {
      const store = await DatabaseScorecardStore.create({
        database: mockServices.database({
          knex: await databases.init(databaseId),
        }),
        rubric: smallRubricInForce,
      });
      await store.upsertResults(
        [
          record('pay-1', PAYMENTS, BETA),
          record('pay-2', PAYMENTS, PILOT),
          record('search-1', SEARCH, PRODUCTION),
          record('ml-1', ML, PILOT),
          record('jane-1', JANE, PRODUCTION),
        ],
        NOW,
      );
      const visibility = {
        // The restricted caller may not read the payments team's services.
        of: async (credentials: BackstageCredentials) =>
          credentials === restricted
            ? {
                refs: new Set([
                  'component:default/search-1',
                  'component:default/ml-1',
                  'component:default/jane-1',
                ]),
                key: 'restricted-set',
              }
            : ALL_VISIBLE,
      } as VisibleEntities;
      return new RollupService({
        catalog: catalogServiceMock({
          entities: [
            groupEntity('engineering', 'Engineering'),
            groupEntity('payments', 'Payments', 'engineering'),
            groupEntity('search', 'Search', 'engineering'),
            groupEntity('data', 'Data'),
            groupEntity('ml', 'Machine Learning', 'data'),
          ],
        }),
        store,
        rows: new CachedRollupRows(store),
        visibility,
        tiers: () => ['pilot', 'beta', 'production'],
        stuckAfterDays: 90,
        clock: () => NOW,
      });
    }

    it('pages whole departments with their teams, counting top-level rows', async () => {
      const rollups = await setup();
      const order = { sort: 'entityCount' as const };
      const pages = [];
      for (let offset = 0; offset < 4; offset++) {
        const page = await rollups.getRollup(
          { groupBy: 'owner' },
          everyone,
          { offset, limit: 1 },
          order,
        );
        expect(page).toMatchObject({ offset, rowCount: 3, groupCount: 6 });
        expect(page.total.entityCount).toBe(5);
        pages.push(page.groups.map(g => g.key));
      }
      expect(pages).toEqual([[ENG, PAYMENTS, SEARCH], [DATA, ML], [JANE], []]);
      const two = await rollups.getRollup(
        { groupBy: 'owner' },
        everyone,
        { offset: 0, limit: 2 },
        order,
      );
      expect(two.groups.map(g => g.key)).toEqual([
        ENG,
        PAYMENTS,
        SEARCH,
        DATA,
        ML,
      ]);
    });

    it.each<[RollupSort, RollupSortOrder | undefined, string[]]>([
      ['entityCount', undefined, [ENG, PAYMENTS, SEARCH, DATA, ML, JANE]],
      ['entityCount', 'asc', [DATA, ML, JANE, ENG, SEARCH, PAYMENTS]],
      ['name', undefined, [DATA, ML, ENG, PAYMENTS, SEARCH, JANE]],
      ['name', 'desc', [JANE, ENG, SEARCH, PAYMENTS, DATA, ML]],
      ['tier.production', undefined, [ENG, SEARCH, PAYMENTS, JANE, DATA, ML]],
      ['tier.pilot', 'desc', [DATA, ML, ENG, PAYMENTS, SEARCH, JANE]],
    ])(
      'sorts the rows and the children of each by %s %s',
      async (sort, order, expected) => {
        const rollups = await setup();
        const rollup = await rollups.getRollup(
          { groupBy: 'owner' },
          everyone,
          { offset: 0, limit: 100 },
          { sort, order },
        );
        expect(rollup.groups.map(g => g.key)).toEqual(expected);
      },
    );

    it('flags the groups a person owns and keeps them at the top of the tree', async () => {
      const rollups = await setup();
      const rollup = await rollups.getRollup({ groupBy: 'owner' }, everyone, {
        offset: 0,
        limit: 100,
      });
      const jane = rollup.groups.find(g => g.key === JANE);
      expect(jane).toMatchObject({ ownedByPerson: true, entityCount: 1 });
      expect(jane?.parent).toBeUndefined();
      expect(rollup.groups.find(g => g.key === PAYMENTS)?.parent).toBe(ENG);
    });

    it('pages and sorts what a restricted caller may read, under a key of their own', async () => {
      const rollups = await setup();
      const query = { groupBy: 'owner' as const };
      const order = { sort: 'name' as const, order: 'desc' as const };
      const mine = await rollups.getRollupWithKey(
        query,
        restricted,
        { offset: 0, limit: 1 },
        order,
      );
      const all = await rollups.getRollupWithKey(
        query,
        everyone,
        { offset: 0, limit: 1 },
        order,
      );
      expect(mine.cacheKey).toContain('restricted-set');
      expect(mine.cacheKey).not.toBe(all.cacheKey);
      expect(mine.rollup).toMatchObject({ rowCount: 3, groupCount: 5 });
      expect(mine.rollup.total.entityCount).toBe(3);
      expect(mine.rollup.groups.map(g => g.key)).toEqual([JANE]);
      const second = await rollups.getRollup(
        query,
        restricted,
        { offset: 1, limit: 1 },
        order,
      );
      expect(second.groups.map(g => g.key)).toEqual([ENG, SEARCH]);
      expect(JSON.stringify([mine, second])).not.toContain('pay-');
    });
  },
);
