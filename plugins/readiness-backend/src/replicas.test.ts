/*
 * Two backend replicas on one PostgreSQL: each runs the real catalog backend
 * over the example organisation and the readiness plugin, sharing every
 * plugin database (catalog, readiness, the scheduler's tables). The
 * recompute runs once per interval whichever replica takes it, runs never
 * overlap, both replicas answer the same, and when one replica stops the
 * other goes on recomputing.
 *
 * What would catch a broken lock: the second replica's worker is live (it
 * takes over within two intervals once the first stops), so without the
 * shared lock it would run every interval too and the count of runs in the
 * window would double.
 *
 * SQLite is left out: one SQLite file is not shared by separate backends,
 * so replicas need PostgreSQL.
 */
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { Knex } from 'knex';
import { Server } from 'node:http';
import request from 'supertest';
import { readinessPlugin } from './plugin';
import { sharedBackendDatabase } from './recompute/__testUtils__/backendDatabase';
import { RecomputeRunStore } from './store/RecomputeRunStore';
import { hidingPermissionsFactory } from './__testUtils__/hidingPolicy';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { exampleCatalogConfig } from './__testUtils__/exampleCatalogConfig';

// scripts/reliability.sh --long watches the replicas for longer.
const WINDOW_MS = Number(process.env.READINESS_REPLICA_WINDOW_MS ?? 12_000);
jest.setTimeout(WINDOW_MS + 120_000);

const { databases, ids } = createTestDatabases();
const INTERVAL_MS = 2000;
const USER = 'user:default/grace-holloway';
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

const describeOnPostgres = ids.includes('POSTGRES_15')
  ? describe
  : describe.skip;

describeOnPostgres('two readiness backends on one PostgreSQL', () => {
  let shared: Awaited<ReturnType<typeof sharedBackendDatabase>>;
  const backends: Array<{ server: Server; stop: () => Promise<void> }> = [];

  beforeAll(async () => {
    shared = await sharedBackendDatabase(databases, 'POSTGRES_15');
    const startReplica = () =>
      startTestBackend({
        features: [
          catalogPlugin,
          readinessPlugin,
          hidingPermissionsFactory,
          databaseServiceFactory,
          schedulerServiceFactory,
          mockServices.rootConfig.factory({
            data: {
              backend: { database: shared.config },
              catalog: exampleCatalogConfig,
              readiness: {
                schedule: {
                  frequency: { milliseconds: INTERVAL_MS },
                  timeout: { minutes: 1 },
                  initialDelay: { seconds: 1 },
                },
              },
            },
          }),
        ],
      });
    // One after the other, as in a rolling deployment: two backends that
    // migrate an empty database at the same moment race on knex's migration
    // table (the catalog backend as much as this plugin; see
    // docs/reliability.md), and a replica that fails then starts on retry.
    for (let i = 0; i < 2; i++) {
      const backend = await startReplica();
      backends.push({ server: backend.server, stop: () => backend.stop() });
    }
    // Each replica keeps the group hierarchy for 30 s; ask nothing of the
    // readiness API until the catalog has settled (docs/reliability.md).
    await waitForSettledCatalog(backends[0].server);
  });

  afterAll(async () => {
    await Promise.all(backends.slice(1).map(b => b.stop()));
    await shared?.cleanup();
  });

  const get = (server: Server, url: string) =>
    request(server)
      .get(url)
      .set('Authorization', mockCredentials.user.header(USER));

  it('recomputes once per interval across both replicas, never two runs at once', async () => {
    await waitForStoredServices(backends[0].server);
    const windowStart = Date.now();
    await sleep(WINDOW_MS);
    const windowEnd = Date.now();

    const runs = await listRuns(shared);

    // Never two runs at once: each recorded run ended before the next began.
    for (let i = 1; i < runs.length; i++) {
      expect(runs[i - 1].finishedAt).toBeDefined();
      expect(runs[i - 1].finishedAt!.getTime()).toBeLessThanOrEqual(
        runs[i].startedAt.getTime(),
      );
    }
    expect(runs.every(run => run.status !== 'failed')).toBe(true);

    // Once per interval: with each replica running its own, twice as many.
    const inWindow = runs.filter(
      run =>
        run.startedAt.getTime() >= windowStart &&
        run.startedAt.getTime() < windowEnd,
    );
    const intervals = WINDOW_MS / INTERVAL_MS;
    expect(inWindow.length).toBeLessThanOrEqual(intervals + 1);
    expect(inWindow.length).toBeGreaterThanOrEqual(intervals - 2);
    // Both backends recorded runs under one lock; which one ran is chance.
    const runners = new Set(runs.map(run => run.runner));
    expect(runners.size).toBeGreaterThanOrEqual(1);
    expect(runners.size).toBeLessThanOrEqual(2);
  });

  it('answers the same on both replicas', async () => {
    await waitForStoredServices(backends[1].server);
    const urls = [
      '/api/readiness/rollup?groupBy=lifecycle',
      '/api/readiness/rollup?groupBy=owner',
      '/api/readiness/scorecards',
      '/api/readiness/scorecards/default/component/payments-api',
      '/api/readiness/scorecards/default/component/payments-api/history',
    ];
    for (const url of urls) {
      // A recompute between two reads may change what a read says (time of
      // computation); compare reads that a third one confirms unchanged.
      let compared = false;
      for (let attempt = 0; attempt < 5 && !compared; attempt++) {
        const first = await get(backends[0].server, url);
        const second = await get(backends[1].server, url);
        const again = await get(backends[0].server, url);
        expect({ url, status: first.status }).toEqual({ url, status: 200 });
        const [a, b, c] = [first, second, again].map(r => withoutClock(r.body));
        if (JSON.stringify(a) !== JSON.stringify(c)) continue;
        expect({ url, body: b }).toEqual({ url, body: a });
        compared = true;
      }
      expect({ url, compared }).toEqual({ url, compared: true });
    }
  });

  it('goes on recomputing on the other replica when one stops', async () => {
    await backends[0].stop();
    const stoppedAt = Date.now();
    await sleep(4 * INTERVAL_MS);
    const after = (await listRuns(shared)).filter(
      run => run.startedAt.getTime() > stoppedAt,
    );
    // The second replica's worker takes the lock it was waiting on.
    expect(after.length).toBeGreaterThanOrEqual(3);
    expect(new Set(after.map(run => run.runner)).size).toBe(1);
  });
});

/** Waits until the recompute has stored the example services. */
async function waitForStoredServices(server: Server) {
  for (let i = 0; i < 300; i++) {
    const response = await request(server)
      .get('/api/readiness/rollup?groupBy=lifecycle')
      .set('Authorization', mockCredentials.user.header(USER));
    if (response.status === 200 && response.body.total.entityCount >= 20)
      return;
    await sleep(200);
  }
  throw new Error('no snapshots were stored in time');
}

/**
 * Waits until the catalog holds the example organisation's 10 groups and 20
 * components and the groups' relations no longer change between two reads.
 */
async function waitForSettledCatalog(server: Server) {
  const read = async (kind: string) => {
    const response = await request(server)
      .get(`/api/catalog/entities/by-query?filter=kind=${kind}&limit=1000`)
      .set('Authorization', mockCredentials.user.header(USER));
    return response.status === 200
      ? (response.body.items as Array<{
          metadata: { name: string };
          relations?: unknown[];
        }>)
      : [];
  };
  let previous = '';
  for (let i = 0; i < 120; i++) {
    const groups = await read('group');
    const components = await read('component');
    const shape = JSON.stringify(
      groups
        .map(g => [g.metadata.name, g.relations])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    if (groups.length === 10 && components.length === 20 && shape === previous)
      return;
    previous = shape;
    await sleep(1000);
  }
  throw new Error('the catalog did not settle in time');
}

/** A live scorecard says when it was evaluated: the time of the request. */
// Each replica reads whether a recompute is running at most every 5 s (the
// recompute state cache), so for those seconds the replicas may disagree on
// `running`; every stored figure must still be the same.
function withoutClock(body: unknown): unknown {
  // Each replica keeps its own view of the recompute state for up to 5 s
  // (cachedRecomputeState), so when the last run succeeded may lag by one run.
  return JSON.parse(
    JSON.stringify(body, (key, value) =>
      key === 'evaluatedAt' || key === 'running' || key === 'lastSucceededAt'
        ? undefined
        : value,
    ),
  );
}

/** Every recorded recompute run, oldest first. */
async function listRuns(shared: { openPluginDatabase: () => Knex }) {
  const knex = shared.openPluginDatabase();
  try {
    const store = await RecomputeRunStore.create({
      database: mockServices.database({ knex }),
    });
    return (await store.listRuns(1000)).reverse();
  } finally {
    await knex.destroy();
  }
}
