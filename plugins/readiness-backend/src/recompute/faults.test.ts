/*
 * Faults during a recompute, on SQLite and PostgreSQL: the catalog
 * unreachable or slow, the database failing or lost part-way, the run
 * aborted by the scheduler. What was stored before stays whole, the run is
 * recorded as failed (so responses can say the results are stale), and the
 * next run recovers to the same state as a run that never failed.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { knex as createKnex, Knex } from 'knex';
import { ReadinessScorer } from '../engine/ReadinessScorer';
import { RetryOptions } from '../lib/retry';
import { DatabaseScorecardStore, ScorecardStore } from '../store';
import { RecomputeRunStore } from '../store/RecomputeRunStore';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  service,
  smallRubric,
  smallRubricInForce,
} from '../__testUtils__/smallRubric';
import { CatalogFault, faultyCatalog } from './__testUtils__/faultyCatalog';
import { ReadinessRecomputer } from './ReadinessRecomputer';
import { recordedRecompute } from './recordedRecompute';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();

const PAGE_SIZE = 2;
const RETRY: RetryOptions = {
  attempts: 3,
  initialDelayMs: 50,
  attemptTimeoutMs: 300,
};
const SERVICES = ['s1', 's2', 's3', 's4', 's5', 's6', 's7'];

const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments-team', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

/** Seven services in pilot: 1 call for the group index, then 4 pages of 2. */
const before = () => [team, ...SERVICES.map(name => service(name, ['owner']))];
/** The same catalog a day later: s1-s6 reached beta (3 pages), s7 left. */
const after = () => [
  team,
  ...SERVICES.slice(0, 6).map(name =>
    service(name, ['owner', 'runbook', 'on-call']),
  ),
];
const ref = (name: string) => `component:default/${name}`;

describe.each(ids)('recompute faults on %s', databaseId => {
  async function setup(knex?: Knex) {
    const db = knex ?? (await databases.init(databaseId));
    const database = mockServices.database({ knex: db });
    const store = await DatabaseScorecardStore.create({
      database,
      rubric: smallRubricInForce,
    });
    let now = new Date('2026-12-15T08:00:00Z');
    const runs = await RecomputeRunStore.create({
      database,
      staleAfterMs: 2 * 86_400_000,
      clock: () => now,
    });
    const logger = mockServices.logger.mock();

    /** One recorded run, as the scheduled task does it, over this catalog. */
    const run = (
      catalog: ReturnType<typeof faultyCatalog>['catalog'],
      options?: { store?: ScorecardStore; signal?: AbortSignal },
    ) =>
      recordedRecompute({
        recomputer: new ReadinessRecomputer({
          catalog,
          auth: mockServices.auth(),
          store: options?.store ?? store,
          scorer: new ReadinessScorer(smallRubric),
          logger,
          pageSize: PAGE_SIZE,
          historyRetentionDays: 365,
          retry: RETRY,
          clock: () => now,
        }),
        runs,
        logger,
      })(options?.signal);

    await run(faultyCatalog(before()).catalog);
    const baseline = await snapshot(store);
    expect(baseline.tiers).toEqual(
      Object.fromEntries(SERVICES.map(name => [ref(name), 'pilot'])),
    );
    now = new Date('2026-12-16T08:00:00Z');
    return { db, store, runs, run, baseline };
  }

  /** A healthy run after the fault must end where a run without it would. */
  async function expectRecovered(context: Awaited<ReturnType<typeof setup>>) {
    await context.run(faultyCatalog(after()).catalog);
    const state = await snapshot(context.store);
    expect(state.tiers).toEqual(
      Object.fromEntries(SERVICES.slice(0, 6).map(name => [ref(name), 'beta'])),
    );
    // One history point per result, whatever failed on the way: pilot, beta.
    expect(state.historyTiers).toEqual(
      Object.fromEntries(
        SERVICES.slice(0, 6).map(name => [ref(name), ['pilot', 'beta']]),
      ),
    );
    expectConsistent(state);
    expect(await context.runs.getStatus()).toMatchObject({
      running: false,
      stale: false,
    });
  }

  it('retries a catalog that fails for a while, with back-off, and completes', async () => {
    const context = await setup();
    // Calls: 1 group index, 2 page 1, 3-4 page 2 fails twice, 5 page 2, ...
    const catalog = faultyCatalog(after(), call =>
      call === 3 || call === 4 ? 'fail' : 'ok',
    );
    await context.run(catalog.catalog);
    expect(catalog.calls()).toBe(1 + 3 + 2);
    const waits = [
      catalog.calledAt[3] - catalog.calledAt[2],
      catalog.calledAt[4] - catalog.calledAt[3],
    ];
    expect(waits[0]).toBeGreaterThanOrEqual(RETRY.initialDelayMs - 1);
    expect(waits[1]).toBeGreaterThanOrEqual(2 * RETRY.initialDelayMs - 1);
    const [latest] = await context.runs.listRuns();
    expect(latest).toMatchObject({
      status: 'succeeded',
      summary: expect.objectContaining({ scored: 6, changed: 6, deleted: 1 }),
    });
    // The same state as a run that never saw the fault.
    const state = await snapshot(context.store);
    expect(Object.values(state.tiers)).toEqual(Array(6).fill('beta'));
    expectConsistent(state);
  });

  it('keeps earlier results when the catalog stays unreachable, says so, and recovers', async () => {
    const context = await setup();
    // Page 3 (calls 4, 5, 6: three attempts) never answers.
    const catalog = faultyCatalog(after(), call => (call >= 4 ? 'fail' : 'ok'));
    await expect(context.run(catalog.catalog)).rejects.toThrow('unreachable');
    expect(catalog.calls()).toBe(3 + RETRY.attempts);

    const state = await snapshot(context.store);
    // Pages read before the failure were stored, each page whole; nothing
    // else changed and nothing was deleted, s7 included.
    expect(state.tiers).toEqual({
      ...context.baseline.tiers,
      [ref('s1')]: 'beta',
      [ref('s2')]: 'beta',
      [ref('s3')]: 'beta',
      [ref('s4')]: 'beta',
    });
    for (const name of ['s5', 's6', 's7']) {
      expect(state.history[ref(name)]).toEqual(
        context.baseline.history[ref(name)],
      );
    }
    expectConsistent(state);
    expect(await context.runs.getStatus()).toMatchObject({
      running: false,
      stale: true,
      staleReason: 'last-run-failed',
      lastError: expect.stringContaining('the catalog is unreachable'),
    });

    await expectRecovered(context);
  });

  it('gives up on a catalog that hangs, within the attempt timeouts, and keeps earlier results', async () => {
    const context = await setup();
    const catalog = faultyCatalog(after(), call => (call >= 2 ? 'hang' : 'ok'));
    await expect(context.run(catalog.catalog)).rejects.toThrow(
      'The catalog did not answer within 300 ms',
    );
    // The group index, then 3 attempts at the first page, each given up
    // after its 300 ms and retried 50 then 100 ms later. Counted, not timed
    // against a bound: a busy machine only makes the gaps longer.
    expect(catalog.calls()).toBe(4);
    const gaps = catalog.calledAt
      .slice(2)
      .map((at, i) => at - catalog.calledAt[i + 1]);
    expect(gaps.map((gap, i) => gap >= 300 + 50 * 2 ** i - 5)).toEqual([
      true,
      true,
    ]);
    expect(await snapshot(context.store)).toEqual(context.baseline);
    expect(await context.runs.getStatus()).toMatchObject({
      stale: true,
      lastError: expect.stringContaining('did not answer'),
    });
    await expectRecovered(context);
  });

  it('waits out a slow catalog page and completes', async () => {
    const context = await setup();
    // The first try of page 2 hangs; its retry answers after 100 ms.
    const plan = (call: number): CatalogFault => {
      if (call === 3) return 'hang';
      return call === 4 ? { delayMs: 100 } : 'ok';
    };
    await context.run(faultyCatalog(after(), plan).catalog);
    const state = await snapshot(context.store);
    expect(Object.values(state.tiers)).toEqual(Array(6).fill('beta'));
    expect((await context.runs.listRuns())[0].status).toBe('succeeded');
  });

  it('keeps what was stored when the database fails part-way, and recovers', async () => {
    const context = await setup();
    let upserts = 0;
    const failing: ScorecardStore = Object.create(context.store);
    failing.upsertResults = async (records, now) => {
      upserts += 1;
      if (upserts === 2) throw new Error('Connection terminated unexpectedly');
      return context.store.upsertResults(records, now);
    };
    await expect(
      context.run(faultyCatalog(after()).catalog, { store: failing }),
    ).rejects.toThrow('Connection terminated');
    const state = await snapshot(context.store);
    expect(state.tiers).toEqual({
      ...context.baseline.tiers,
      [ref('s1')]: 'beta',
      [ref('s2')]: 'beta',
    });
    expectConsistent(state);
    expect((await context.runs.getStatus()).staleReason).toBe(
      'last-run-failed',
    );
    await expectRecovered(context);
  });

  it('stops between pages when the scheduler aborts the run, and deletes nothing', async () => {
    const context = await setup();
    const controller = new AbortController();
    // Abort while page 2 is read (timeout reached, or the lock lost).
    const catalog = faultyCatalog(after(), call => {
      if (call === 3) controller.abort();
      return 'ok';
    });
    await expect(
      context.run(catalog.catalog, { signal: controller.signal }),
    ).rejects.toThrow(/abort/i);
    expect(catalog.calls()).toBe(3);
    const state = await snapshot(context.store);
    expect(state.tiers[ref('s7')]).toBe('pilot');
    expect(Object.keys(state.tiers)).toHaveLength(7);
    expect((await context.runs.listRuns())[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/abort/i),
    });
    await expectRecovered(context);
  });

  if (databaseId === 'POSTGRES_15') {
    it('rolls back the page in flight when the database is lost mid-transaction, and recovers', async () => {
      const knex = await databases.init(databaseId);
      const context = await setup(knex);
      const admin = await adminConnections(knex);
      try {
        let upserts = 0;
        const losing: ScorecardStore = Object.create(context.store);
        losing.upsertResults = async (records, now) => {
          upserts += 1;
          if (upserts !== 2) return context.store.upsertResults(records, now);
          const { outage } = await holdRowThenLoseDatabase(admin, ref('s4'));
          try {
            return await context.store.upsertResults(records, now);
          } finally {
            await outage;
          }
        };
        await expect(
          context.run(faultyCatalog(after()).catalog, { store: losing }),
        ).rejects.toThrow(/terminat/i);

        const state = await snapshot(context.store);
        // Page 2's statement had updated s3 and was waiting for s4's row
        // when its connection died: rolled back.
        expect(state.tiers).toEqual({
          ...context.baseline.tiers,
          [ref('s1')]: 'beta',
          [ref('s2')]: 'beta',
        });
        expectConsistent(state);
        // The failure was recorded once the database was back.
        expect(await context.runs.getStatus()).toMatchObject({
          running: false,
          stale: true,
          lastError: expect.stringMatching(/terminat/i),
        });
        await expectRecovered(context);
      } finally {
        await admin.destroy();
      }
    });
  }
});

/**
 * The store's state per entity: tier, history (oldest first) and whether the
 * latest history point matches the stored result.
 */
async function snapshot(store: ScorecardStore) {
  const refs = (await store.listEntityRefs()).sort();
  const tiers: Record<string, string | null> = {};
  const history: Record<string, unknown[]> = {};
  const historyTiers: Record<string, Array<string | null>> = {};
  const latestMatches: Record<string, boolean> = {};
  for (const entityRef of refs) {
    const state = (await store.getEntityState(entityRef))!;
    const points = (await store.getHistory(entityRef)).sort(
      (a, b) => a.recordedAt.getTime() - b.recordedAt.getTime(),
    );
    tiers[entityRef] = state.tier;
    history[entityRef] = points;
    historyTiers[entityRef] = points.map(p => p.tier);
    const last = points[points.length - 1];
    latestMatches[entityRef] =
      !!last && last.tier === state.tier && last.score === state.score;
  }
  return { tiers, history, historyTiers, latestMatches };
}

/** Nothing half-written: every entity's latest history point is its stored result. */
function expectConsistent(state: Awaited<ReturnType<typeof snapshot>>) {
  for (const [entityRef, matches] of Object.entries(state.latestMatches)) {
    expect({ entityRef, matches }).toEqual({ entityRef, matches: true });
  }
}

/** One connection to the plugin's database, one to the maintenance database. */
async function adminConnections(knex: Knex) {
  const connection = knex.client.config.connection as Knex.PgConnectionConfig;
  const one = (database?: string) =>
    createKnex({
      client: 'pg',
      connection: { ...connection, database },
      pool: { min: 1, max: 1 },
    });
  return {
    database: connection.database!,
    plugin: one(connection.database),
    maintenance: one('postgres'),
    async destroy() {
      await this.plugin.destroy();
      await this.maintenance.destroy();
    },
  };
}

/**
 * Loses the plugin's database for a second while a page's transaction is
 * half done: locks the state row of `entityRef` (resolves once held) so the
 * page's write stops there, after the rows before it; then `outage` refuses
 * new connections, terminates every open one but the lock's, lets go of the
 * lock, and after a second lets connections in again.
 */
async function holdRowThenLoseDatabase(
  admin: Awaited<ReturnType<typeof adminConnections>>,
  entityRef: string,
) {
  const locker = await admin.plugin.transaction();
  await locker.raw(
    'select entity_ref from readiness_entity_state where entity_ref = ? for update',
    [entityRef],
  );
  const lockerPid: number = (await locker.raw('select pg_backend_pid() as pid'))
    .rows[0].pid;
  const { maintenance, database } = admin;
  const othersIn = async () =>
    (
      await maintenance.raw(
        'select pid from pg_stat_activity where datname = ? and pid <> ?',
        [database, lockerPid],
      )
    ).rows.length;
  const outage = (async () => {
    for (let i = 0; ; i++) {
      const { rows } = await locker.raw(
        `select pid from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid()
           and wait_event_type = 'Lock'`,
      );
      if (rows.length > 0) break;
      if (i > 200) {
        await locker.rollback();
        throw new Error(`the page never reached the row of ${entityRef}`);
      }
      await new Promise(resolve => setTimeout(resolve, 20));
    }
    await maintenance.raw('alter database ?? allow_connections false', [
      database,
    ]);
    // The page's connection goes first, while the lock still holds it;
    // released before it is gone, the page could commit.
    await maintenance.raw(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> ?',
      [database, lockerPid],
    );
    while ((await othersIn()) > 0) {
      await new Promise(resolve => setTimeout(resolve, 20));
    }
    await locker.rollback();
    await new Promise(resolve => setTimeout(resolve, 1000));
    await maintenance.raw('alter database ?? allow_connections true', [
      database,
    ]);
  })();
  return { outage };
}
