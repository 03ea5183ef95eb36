import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { ReadinessScorer } from '../engine/ReadinessScorer';
import { ReadinessRecomputer } from '../recompute/ReadinessRecomputer';
import type { RecomputeListener } from '../recompute/ScorecardChange';
import { DatabaseScorecardStore } from '../store';
import { smallRubric } from './smallRubric';

/**
 * A real recompute on a real database, over a catalog the test edits between
 * runs, with a clock the test moves. A fresh recomputer per run, as after a
 * restart, unless the same listeners are passed again.
 */
export async function createRecomputeHarness(knex: Knex) {
  const database = mockServices.database({ knex });
  const scorer = new ReadinessScorer(smallRubric);
  const rubric = () => scorer.compiledRubric();
  const store = await DatabaseScorecardStore.create({ database, rubric });
  let now = new Date('2026-11-21T08:00:00Z');
  return {
    store,
    database,
    tiers: () => scorer.tierIds(),
    now: () => now,
    advanceDays(days: number) {
      now = new Date(now.getTime() + days * 86_400_000);
    },
    run(entities: Entity[], listeners: RecomputeListener[]) {
      return new ReadinessRecomputer({
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        store,
        scorer,
        logger: mockServices.logger.mock(),
        pageSize: 2,
        historyRetentionDays: 30,
        clock: () => now,
        listeners,
      }).run();
    },
  };
}
