import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { defaultRubric } from '@readiness-scorecards/plugin-readiness-common';
import { ReadinessScorer } from '../engine/ReadinessScorer';
import { EntityScoreRecord, ScorecardStore } from '../store';
import { ReadinessRecomputer } from './ReadinessRecomputer';

function service(i: number): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: `svc-${String(i).padStart(2, '0')}`, namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'group:default/team' },
  };
}

/** A store that records the order of writes and how many ran at once. */
function slowStore(options: { failOnWrite?: number } = {}) {
  const written: string[][] = [];
  let running = 0;
  let maxRunning = 0;
  let stillRunningAfterRun = false;
  const store = {
    async upsertResults(records: EntityScoreRecord[]) {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise(r => setTimeout(r, 20));
      running -= 1;
      if (written.length + 1 === options.failOnWrite) {
        throw new Error('database lost');
      }
      written.push(records.map(r => r.entityRef));
      return {
        created: records.length,
        changed: 0,
        unchanged: 0,
        createdRefs: records.map(r => r.entityRef),
        replaced: new Map(),
      };
    },
    listEntityRefs: async () => written.flat(),
    deleteEntities: async () => [],
    pruneHistory: async () => 0,
  } as unknown as ScorecardStore;
  return {
    store,
    written,
    maxRunning: () => maxRunning,
    markRunEnded: () => {
      stillRunningAfterRun = running > 0;
    },
    stillRunningAfterRun: () => stillRunningAfterRun,
  };
}

function recomputer(store: ScorecardStore, entities: Entity[]) {
  return new ReadinessRecomputer({
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth(),
    store,
    scorer: new ReadinessScorer(defaultRubric),
    logger: mockServices.logger.mock(),
    pageSize: 3,
    historyRetentionDays: 30,
    retry: { attempts: 1, initialDelayMs: 1, attemptTimeoutMs: 5000 },
  });
}

describe('ReadinessRecomputer while the next page is read', () => {
  const entities = Array.from({ length: 10 }, (_, i) => service(i));

  it('stores pages in catalog order, one write at a time', async () => {
    const fake = slowStore();
    const summary = await recomputer(fake.store, entities).run();
    expect(summary.created).toBe(10);
    expect(fake.maxRunning()).toBe(1);
    expect(fake.written.flat()).toEqual(
      entities.map(e => `component:default/${e.metadata.name}`),
    );
    expect(fake.written.map(page => page.length)).toEqual([3, 3, 3, 1]);
  });

  it('fails the run when a write fails, with no write left running', async () => {
    const fake = slowStore({ failOnWrite: 2 });
    await expect(recomputer(fake.store, entities).run()).rejects.toThrow('database lost');
    fake.markRunEnded();
    expect(fake.stillRunningAfterRun()).toBe(false);
    expect(fake.written).toHaveLength(1);
  });
});
