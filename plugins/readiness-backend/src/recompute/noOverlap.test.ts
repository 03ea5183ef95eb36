/*
 * A recompute slower than its interval, under the real scheduler on SQLite
 * and PostgreSQL: runs follow one another, never overlap, and neither a
 * manual refresh nor the run's own timeout lets a second run start while
 * one is under way.
 *
 * What would catch an overlap: every catalog call of a run is awaited before
 * the next, so two catalog calls in flight at once means two runs at once
 * (the first test shows the counter sees it); and each run's recorded
 * interval must end before the next one starts.
 */
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { ReadinessScorer } from '../engine/ReadinessScorer';
import { readinessPlugin } from '../plugin';
import { DatabaseScorecardStore } from '../store';
import { RecomputeRun, RecomputeRunStore } from '../store/RecomputeRunStore';
import { testCatalog } from '../__testUtils__/entities';
import {
  smallRubric,
  smallRubricInForce,
} from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { sharedBackendDatabase } from './__testUtils__/backendDatabase';
import { faultyCatalog } from './__testUtils__/faultyCatalog';
import { ReadinessRecomputer } from './ReadinessRecomputer';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
/** testCatalog() read with pages of 1: the group index, then 2 pages. */
const CALLS_PER_RUN = 3;

it('counts two catalog calls in flight when two runs do overlap', async () => {
  const slow = faultyCatalog(testCatalog(), () => ({ delayMs: 100 }));
  const knex = await databases.init('SQLITE_3');
  const store = await DatabaseScorecardStore.create({
    database: mockServices.database({ knex }),
    rubric: smallRubricInForce,
  });
  const recomputer = new ReadinessRecomputer({
    catalog: slow.catalog,
    auth: mockServices.auth(),
    store,
    scorer: new ReadinessScorer(smallRubric),
    logger: mockServices.logger.mock(),
    pageSize: 1,
    historyRetentionDays: 30,
  });
  await Promise.all([recomputer.run(), recomputer.run()]);
  expect(slow.maxInFlight()).toBe(2);
});

describe.each(ids)('recompute under the real scheduler on %s', databaseId => {
  async function startSlowBackend(options: {
    delayMs: number;
    schedule: object;
  }) {
    const database = await sharedBackendDatabase(databases, databaseId);
    const slow = faultyCatalog(testCatalog(), () => ({
      delayMs: options.delayMs,
    }));
    const backend = await startTestBackend({
      features: [
        readinessPlugin,
        databaseServiceFactory,
        schedulerServiceFactory,
        createServiceFactory({
          service: catalogServiceRef,
          deps: {},
          factory: () => slow.catalog,
        }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        mockServices.rootConfig.factory({
          data: {
            backend: { database: database.config },
            readiness: { schedule: options.schedule, recomputePageSize: 1 },
          },
        }),
      ],
    });
    return {
      slow,
      server: backend.server,
      /** Stops the backend and returns the runs it recorded, oldest first. */
      async stopAndListRuns(): Promise<RecomputeRun[]> {
        await backend.stop();
        // The run under way at shutdown stops at its next page.
        while (slow.inFlight() > 0) await sleep(50);
        await sleep(200);
        const knex = database.openPluginDatabase();
        try {
          const runs = await RecomputeRunStore.create({
            database: mockServices.database({ knex }),
          });
          return (await runs.listRuns()).reverse();
        } finally {
          await knex.destroy();
          await database.cleanup();
        }
      },
    };
  }

  function expectNoOverlap(runs: RecomputeRun[]) {
    for (let i = 1; i < runs.length; i++) {
      const previousEnd = runs[i - 1].finishedAt;
      expect(previousEnd).toBeDefined();
      expect(previousEnd!.getTime()).toBeLessThanOrEqual(
        runs[i].startedAt.getTime(),
      );
    }
  }

  it('runs a recompute slower than its interval back to back, never two at once, and refuses a refresh meanwhile', async () => {
    // A run takes 3 x 800 ms; the interval is 1 s.
    const backend = await startSlowBackend({
      delayMs: 800,
      schedule: { frequency: { seconds: 1 }, timeout: { seconds: 30 } },
    });
    const { slow } = backend;
    const deadline = Date.now() + 9000;
    let refresh: request.Response | undefined;
    while (Date.now() < deadline) {
      if (!refresh && slow.inFlight() > 0 && slow.calls() > CALLS_PER_RUN) {
        // The second run is reading the catalog.
        refresh = await request(backend.server)
          .post('/api/readiness/refresh')
          .set('Authorization', mockCredentials.user.header());
      }
      await sleep(50);
    }
    const runs = await backend.stopAndListRuns();

    expect(refresh?.status).toBe(409);
    expect(refresh?.body.error.name).toBe('ConflictError');
    expect(slow.maxInFlight()).toBe(1);
    const finished = runs.filter(run => run.finishedAt);
    expect(finished.length).toBeGreaterThanOrEqual(2);
    for (const run of finished.filter(r => r.status === 'succeeded')) {
      // Each run outlived its interval.
      expect(
        run.finishedAt!.getTime() - run.startedAt.getTime(),
      ).toBeGreaterThan(1000);
    }
    expect(
      finished.filter(r => r.status === 'succeeded').length,
    ).toBeGreaterThanOrEqual(2);
    expectNoOverlap(runs);
    // Only the scheduler started runs: ~9 s of 2.4 s runs.
    expect(runs.length).toBeLessThanOrEqual(
      Math.ceil(9000 / (CALLS_PER_RUN * 800)) + 1,
    );
  });

  it('stops a run that outlives its timeout at the next page, before the next run starts', async () => {
    // A run would take 3 x 1500 ms; the timeout is 2 s.
    const backend = await startSlowBackend({
      delayMs: 1500,
      schedule: { frequency: { seconds: 1 }, timeout: { seconds: 2 } },
    });
    await sleep(7000);
    const runs = await backend.stopAndListRuns();

    expect(backend.slow.maxInFlight()).toBe(1);
    // The last run was cut short by the backend's shutdown, not its timeout.
    const aborted = runs
      .slice(0, -1)
      .filter(run => run.status === 'failed' && /abort/i.test(run.error ?? ''));
    expect(aborted.length).toBeGreaterThanOrEqual(1);
    for (const run of aborted) {
      // Not stopped before its timeout (a lower bound: load only adds to it)...
      const took = run.finishedAt!.getTime() - run.startedAt.getTime();
      expect(took).toBeGreaterThanOrEqual(2000);
      // ...and stopped when the page under way ended: it asked the catalog
      // for fewer pages than a whole run does (counted, not timed).
      const pagesAsked = backend.slow.calledAt.filter(
        at =>
          at >= run.startedAt.getTime() && at <= run.finishedAt!.getTime(),
      ).length;
      expect(pagesAsked).toBeGreaterThanOrEqual(1);
      expect(pagesAsked).toBeLessThan(CALLS_PER_RUN);
    }
    expect(runs.some(run => run.status === 'succeeded')).toBe(false);
    expectNoOverlap(runs);
  });
});
