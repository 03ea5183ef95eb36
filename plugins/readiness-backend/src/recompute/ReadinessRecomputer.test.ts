import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { defaultRubric } from '@readiness-scorecards/plugin-readiness-common';
import { ReadinessScorer } from '../engine/ReadinessScorer';
import { DatabaseScorecardStore } from '../store';
import { testCatalog } from '../__testUtils__/entities';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { ReadinessRecomputer } from './ReadinessRecomputer';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();

describe.each(ids)('ReadinessRecomputer on %s', databaseId => {
  async function setup(entities: Entity[]) {
    const scorer = new ReadinessScorer(defaultRubric);
    const store = await DatabaseScorecardStore.create({
      database: mockServices.database({ knex: await databases.init(databaseId) }),
      rubric: () => scorer.compiledRubric(),
    });
    let now = new Date('2026-11-21T08:00:00Z');
    const recomputerFor = (catalogEntities: Entity[]) => {
      const catalog = catalogServiceMock({ entities: catalogEntities });
      return {
        catalog,
        recomputer: new ReadinessRecomputer({
          catalog,
          auth: mockServices.auth(),
          store,
          scorer,
          logger: mockServices.logger.mock(),
          pageSize: 2,
          historyRetentionDays: 30,
          retry: { attempts: 2, initialDelayMs: 1, attemptTimeoutMs: 5000 },
          clock: () => now,
        }),
      };
    };
    return {
      store,
      ...recomputerFor(entities),
      recomputerFor,
      advance: (days: number) => {
        now = new Date(now.getTime() + days * 86_400_000);
      },
    };
  }

  it('stores one row per entity the rubric applies to', async () => {
    const { recomputer, store } = await setup(testCatalog());
    const summary = await recomputer.run();
    expect(summary).toMatchObject({ scored: 2, created: 2, changed: 0, unchanged: 0 });
    expect((await store.listEntityRefs()).sort()).toEqual([
      'component:default/bare-service',
      'component:default/payments-api',
    ]);
    const state = await store.getEntityState('component:default/payments-api');
    expect(state).toMatchObject({
      kind: 'Component',
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/payments-team',
      system: 'system:default/checkout',
      tier: 'pilot',
    });
    expect(state!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it("stores the entity's title; a renamed entity is retitled without counting as changed", async () => {
    const entities = testCatalog();
    const payments = entities.find(e => e.metadata.name === 'payments-api')!;
    payments.metadata.title = 'Payments API';
    const { recomputer, recomputerFor, store } = await setup(entities);
    await recomputer.run();
    const titles = async () =>
      Object.fromEntries((await store.listRollupRows()).map(r => [r.entityRef, r.title]));
    expect(await titles()).toEqual({
      'component:default/payments-api': 'Payments API',
      'component:default/bare-service': undefined,
    });

    payments.metadata.title = 'Payments';
    const summary = await recomputerFor(entities).recomputer.run();
    expect(summary).toMatchObject({ changed: 0, unchanged: 2 });
    expect((await titles())['component:default/payments-api']).toBe('Payments');
  });

  it('leaves out entities no check applies to', async () => {
    const entities = [
      ...testCatalog(),
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: { name: 'payments-db', namespace: 'default' },
        spec: { type: 'database', owner: 'group:default/payments-team' },
      },
    ];
    const { recomputer, store } = await setup(entities);
    expect(await recomputer.run()).toMatchObject({ scored: 2, skipped: 1 });
    expect(await store.getEntityState('resource:default/payments-db')).toBeUndefined();
  });

  it('writes history only when a result changes, not on every run', async () => {
    const entities = testCatalog();
    const { recomputer, store, advance } = await setup(entities);
    await recomputer.run();
    advance(1);
    expect(await recomputer.run()).toMatchObject({ created: 0, changed: 0, unchanged: 2 });
    expect(await store.getHistory('component:default/payments-api')).toHaveLength(1);
  });

  it('records a change when the entity gains evidence', async () => {
    const entities = testCatalog();
    const { recomputer, store, advance } = await setup(entities);
    await recomputer.run();
    const bare = entities.find(e => e.metadata.name === 'bare-service')!;
    bare.metadata.annotations = { 'readiness/runbook': 'https://runbooks.acme.example/bare' };
    advance(1);
    expect(await recomputer.run()).toMatchObject({ changed: 1, unchanged: 1 });
    expect(await store.getHistory('component:default/bare-service')).toHaveLength(2);
  });

  it('removes entities that left the catalog, with their history', async () => {
    const entities = testCatalog();
    const { recomputer, store, recomputerFor } = await setup(entities);
    await recomputer.run();
    const remaining = entities.filter(e => e.metadata.name !== 'bare-service');
    expect(await recomputerFor(remaining).recomputer.run()).toMatchObject({ deleted: 1 });
    expect(await store.listEntityRefs()).toEqual(['component:default/payments-api']);
    expect(await store.getHistory('component:default/bare-service')).toEqual([]);
  });

  it('keeps what was stored when the catalog fails part-way', async () => {
    const { recomputer, store, catalog } = await setup(testCatalog());
    await recomputer.run();
    const before = await store.getEntityState('component:default/payments-api');
    // The group index reads, then the scored entities fail every time.
    const query = catalog.queryEntities.bind(catalog);
    let calls = 0;
    jest.spyOn(catalog, 'queryEntities').mockImplementation(async (...args) => {
      calls += 1;
      if (calls > 1) throw new Error('catalog unreachable');
      return query(...args);
    });
    await expect(recomputer.run()).rejects.toThrow('catalog unreachable');
    expect(calls).toBe(3); // the index, then the page twice (two attempts)
    expect((await store.listEntityRefs()).length).toBe(2);
    expect(await store.getEntityState('component:default/payments-api')).toEqual(before);
  });
});
