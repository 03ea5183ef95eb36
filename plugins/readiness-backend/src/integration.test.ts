/*
 * The readiness backend against the real catalog backend, loaded with the
 * example organisation, on a real database (PostgreSQL, and SQLite), with a
 * permission policy that hides what ml-team owns from one user.
 */
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { Server } from 'node:http';
import { readinessPlugin } from './plugin';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { HIDDEN_OWNER, hidingPermissionsFactory, OUTSIDER } from './__testUtils__/hidingPolicy';
import { exampleCatalogConfig } from './__testUtils__/exampleCatalogConfig';
import { responseErrors } from './__testUtils__/openApiResponses';
import { TEST_INITIATIVES } from './__testUtils__/testInitiatives';

jest.setTimeout(180_000);

const { databases, ids } = createTestDatabases();

const prefix = `readiness_it_${process.pid}_${Date.now()}_`;

async function databaseConfig(id: TestDatabaseId) {
  if (id === 'SQLITE_3') {
    return { client: 'better-sqlite3', connection: ':memory:' };
  }
  // The catalog and the readiness plugin each get a database of their own
  // under this prefix, as in production; afterAll drops them.
  const knex = await databases.init(id);
  const connection = { ...(knex.client.config.connection as object) } as Record<string, unknown>;
  await knex.destroy();
  return {
    client: 'pg',
    connection: { ...connection, database: undefined },
    prefix,
  };
}

async function dropPrefixedDatabases(id: TestDatabaseId) {
  if (id === 'SQLITE_3') return;
  const knex = await databases.init(id);
  const { rows } = await knex.raw(
    'select datname from pg_database where datname like ?',
    [`${prefix}%`],
  );
  for (const { datname } of rows as { datname: string }[]) {
    await knex.raw('drop database if exists ?? with (force)', [datname]);
  }
  await knex.destroy();
}

async function startPortalBackend(id: TestDatabaseId) {
  return startTestBackend({
    features: [
      catalogPlugin,
      hidingPermissionsFactory,
      readinessPlugin,
      databaseServiceFactory,
      schedulerServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          backend: { database: await databaseConfig(id) },
          catalog: exampleCatalogConfig,
          readiness: {
            // The scheduler's worker only takes triggers after its initial delay.
            schedule: { frequency: { hours: 1 }, timeout: { minutes: 5 }, initialDelay: { seconds: 1 } },
            initiatives: TEST_INITIATIVES,
          },
        },
      }),
    ],
  });
}

async function get(server: Server, url: string, user: string) {
  return request(server)
    .get(url)
    .set('Authorization', mockCredentials.user.header(user));
}

/** Triggers a recompute and waits until it has stored the example services. */
async function waitForSnapshots(server: Server) {
  await request(server)
    .post('/api/readiness/refresh')
    .set('Authorization', mockCredentials.user.header('user:default/grace-holloway'));
  for (let i = 0; i < 150; i++) {
    const response = await get(
      server,
      '/api/readiness/rollup?groupBy=lifecycle',
      'user:default/grace-holloway',
    );
    if (response.status === 200 && response.body.total.entityCount >= 20) return;
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error('no snapshots were stored in time');
}

async function waitForCatalog(server: Server) {
  let last: unknown;
  for (let i = 0; i < 120; i++) {
    const response = await get(
      server,
      '/api/catalog/entities/by-query?filter=kind=component&limit=100',
      'user:default/grace-holloway',
    );
    if (response.status === 200 && response.body.items.length >= 20) {
      return response.body.items as Entity[];
    }
    last = { status: response.status, body: response.body };
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `the catalog did not ingest the example entities in time: ${JSON.stringify(last).slice(0, 500)}`,
  );
}

describe.each(ids)('readiness backend with the real catalog on %s', id => {
  let server: Server;
  let stop: () => Promise<void>;
  let components: Entity[];

  beforeAll(async () => {
    const backend = await startPortalBackend(id);
    server = backend.server;
    stop = () => backend.stop();
    components = await waitForCatalog(server);
  });

  afterAll(async () => {
    await stop?.();
    await dropPrefixedDatabases(id);
  });

  const ownedBy = (owner: string) =>
    components.filter(e =>
      e.relations?.some(r => r.type === 'ownedBy' && r.targetRef === owner),
    );

  it('scores the example services the way examples/README.md says', async () => {
    const expectations: Record<string, string | null> = {
      'payments-api': 'production',
      'checkout-service': 'production',
      'fraud-model-v3': 'pilot',
      'promo-banner-service': null,
    };
    for (const [name, tier] of Object.entries(expectations)) {
      const response = await get(
        server,
        `/api/readiness/scorecards/default/component/${name}`,
        'user:default/grace-holloway',
      );
      expect(response.status).toBe(200);
      expect({ name, tier: response.body.scorecard.tier }).toEqual({ name, tier });
    }
  });

  it('answers 404 for entities the caller may not read, exactly as for missing ones', async () => {
    const hidden = ownedBy(HIDDEN_OWNER);
    expect(hidden.length).toBeGreaterThan(0);
    const missing = await get(server, '/api/readiness/scorecards/default/component/does-not-exist', OUTSIDER);
    expect(missing.status).toBe(404);
    for (const entity of hidden) {
      const base = `/api/readiness/scorecards/default/component/${entity.metadata.name}`;
      const scorecard = await get(server, base, OUTSIDER);
      expect(scorecard.status).toBe(404);
      expect(scorecard.body.error.name).toBe(missing.body.error.name);
      const history = await get(server, `${base}/history`, OUTSIDER);
      expect(history.status).toBe(404);
      // The owner sees it.
      const visible = await get(server, base, 'user:default/grace-holloway');
      expect(visible.status).toBe(200);
    }
  });

  it('leaks no hidden entity into any response the outsider gets', async () => {
    const hiddenNames = ownedBy(HIDDEN_OWNER).map(e => e.metadata.name);
    const refresh = await request(server)
      .post('/api/readiness/refresh')
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(refresh.status).toBe(403);

    const bodies: string[] = [];
    const visible = components.filter(e => !hiddenNames.includes(e.metadata.name));
    for (const entity of visible) {
      const base = `/api/readiness/scorecards/default/component/${entity.metadata.name}`;
      const scorecard = await get(server, base, OUTSIDER);
      expect(scorecard.status).toBe(200);
      bodies.push(JSON.stringify(scorecard.body));
      bodies.push(JSON.stringify((await get(server, `${base}/history`, OUTSIDER)).body));
    }
    bodies.push(JSON.stringify((await get(server, '/api/readiness/checks', OUTSIDER)).body));
    const everything = bodies.join('\n');
    for (const name of hiddenNames) {
      expect(everything).not.toContain(`component:default/${name}"`);
    }
  });

  it('rolls up by owner along the group hierarchy, counting only what the caller may read', async () => {
    await waitForSnapshots(server);
    const rollup = async (user: string, query: string) => {
      const response = await get(server, `/api/readiness/rollup?${query}`, user);
      expect({ status: response.status, error: response.body.error?.message }).toEqual({ status: 200 });
      return response.body as {
        recompute: { running: boolean };
        offset: number;
        groupCount: number;
        rowCount: number;
        total: { entityCount: number };
        groups: { key: string; title?: string; parent?: string; entityCount: number; tiers: Record<string, number> }[];
      };
    };
    // The stored results are current, and the response says so once the
    // run that stored them has finished.
    let insider = await rollup('user:default/grace-holloway', 'groupBy=owner');
    for (let i = 0; i < 50 && insider.recompute.running; i++) {
      await new Promise(r => setTimeout(r, 200));
      insider = await rollup('user:default/grace-holloway', 'groupBy=owner');
    }
    expect(insider.recompute).toEqual({
      stale: false,
      running: false,
      lastSucceededAt: expect.any(String),
    });
    const outsider = await rollup(OUTSIDER, 'groupBy=owner');
    const hiddenCount = ownedBy(HIDDEN_OWNER).length;
    expect(outsider.total.entityCount).toBe(insider.total.entityCount - hiddenCount);
    const key = (body: typeof insider, k: string) => body.groups.find(g => g.key === k);
    // Departments include their teams' services.
    expect(key(insider, 'group:default/data-and-ai')!.entityCount).toBeGreaterThanOrEqual(hiddenCount);
    expect(key(insider, 'group:default/acme')!.entityCount).toBe(insider.total.entityCount);
    expect(key(outsider, HIDDEN_OWNER)).toBeUndefined();
    expect(key(outsider, 'group:default/acme')!.entityCount).toBe(outsider.total.entityCount);
    expect(JSON.stringify(outsider)).not.toContain('ml-team');

    // Groups come a page of whole subtrees at a time: offset and limit count
    // the top of the tree, and the pages add up to the whole.
    const all = await rollup('user:default/grace-holloway', 'groupBy=owner&limit=1000&sort=name');
    expect(all.rowCount).toBe(all.groups.filter(g => !g.parent).length);
    expect(all.rowCount).toBeLessThan(all.groups.length);
    const pages = [];
    for (let offset = 0; offset < all.rowCount; offset += 3) {
      const page = await rollup('user:default/grace-holloway', `groupBy=owner&offset=${offset}&limit=3&sort=name`);
      expect(page).toMatchObject({ offset, groupCount: all.groups.length, rowCount: all.rowCount, total: all.total });
      const keys = new Set(page.groups.map(g => g.key));
      expect(page.groups.filter(g => g.parent && !keys.has(g.parent))).toEqual([]);
      expect(page.groups.filter(g => !g.parent)).toHaveLength(Math.min(3, all.rowCount - offset));
      pages.push(...page.groups);
    }
    expect(pages).toEqual(all.groups);
    const topNames = all.groups.filter(g => !g.parent).map(g => (g.title ?? g.key).toLocaleLowerCase('en-US'));
    expect(topNames).toEqual([...topNames].sort((a, b) => a.localeCompare(b)));
    const outsiderAll = await rollup(OUTSIDER, 'groupBy=owner&limit=1000');
    expect(outsiderAll.groupCount).toBe(outsiderAll.groups.length);
    expect(outsiderAll.rowCount).toBe(outsiderAll.groups.filter(g => !g.parent).length);
    expect(outsiderAll.groups.length).toBeLessThan(all.groups.length);
    expect((await get(server, '/api/readiness/rollup?groupBy=owner&limit=0', OUTSIDER)).status).toBe(400);

    // Filters: an owner subtree, a lifecycle, a tag.
    const engineering = await rollup('user:default/grace-holloway', `groupBy=system&owner=${encodeURIComponent('group:default/engineering')}`);
    expect(engineering.total.entityCount).toBeGreaterThan(0);
    expect(engineering.total.entityCount).toBeLessThan(insider.total.entityCount);
    const experimental = await rollup('user:default/grace-holloway', 'groupBy=type&lifecycle=experimental');
    expect(experimental.total.entityCount).toBeGreaterThan(0);
    expect(experimental.total.entityCount).toBeLessThan(insider.total.entityCount);

    const history = await get(server, '/api/readiness/rollup/history?groupBy=owner&days=3', OUTSIDER);
    expect(history.status).toBe(200);
    expect(history.body.points).toHaveLength(3);
    expect(history.body.points.at(-1).total.entityCount).toBe(outsider.total.entityCount);
    expect(JSON.stringify(history.body)).not.toContain('ml-team');
    // Totals alone, or one page of groups per point.
    const totalsOnly = await get(server, '/api/readiness/rollup/history?groupBy=owner&days=3&limit=0', OUTSIDER);
    expect(totalsOnly.body.points.map((p: { groups: unknown[] }) => p.groups.length)).toEqual([0, 0, 0]);
    expect(totalsOnly.body.groupCount).toBe(history.body.groupCount);
    const secondPage = await get(server, '/api/readiness/rollup/history?groupBy=owner&days=3&offset=2&limit=2', OUTSIDER);
    const keysOf = (body: { points: { groups: { key: string }[] }[] }) =>
      [...new Set(body.points.flatMap(p => p.groups.map(g => g.key)))].sort();
    expect(keysOf(secondPage.body)).toEqual(keysOf(history.body).slice(2, 4));

    const bad = await get(server, '/api/readiness/rollup?groupBy=team', 'user:default/grace-holloway');
    expect(bad.status).toBe(400);
    const injection = await get(server, `/api/readiness/rollup?groupBy=owner&lifecycle=${encodeURIComponent("x' or 1=1 --")}`, 'user:default/grace-holloway');
    expect(injection.status).toBe(400);
  });

  it('lists and exports only what the caller may read', async () => {
    await waitForSnapshots(server);
    const hiddenNames = ownedBy(HIDDEN_OWNER).map(e => e.metadata.name);
    const insiderList = await get(server, '/api/readiness/scorecards?limit=1000', 'user:default/grace-holloway');
    const outsiderList = await get(server, '/api/readiness/scorecards?limit=1000', OUTSIDER);
    expect(outsiderList.status).toBe(200);
    expect(outsiderList.body.total).toBe(insiderList.body.total - hiddenNames.length);
    const listed = outsiderList.body.items.map((i: { entityRef: string }) => i.entityRef);
    // Rows name each entity by its catalog title.
    expect(
      insiderList.body.items.find((i: { entityRef: string }) => i.entityRef === 'component:default/checkout-service'),
    ).toMatchObject({ title: 'Checkout service' });
    for (const name of hiddenNames) {
      expect(listed).not.toContain(`component:default/${name}`);
    }

    // Pagination: two pages of 5 add up to the first 10.
    const page1 = await get(server, '/api/readiness/scorecards?limit=5&offset=0', OUTSIDER);
    const page2 = await get(server, '/api/readiness/scorecards?limit=5&offset=5', OUTSIDER);
    expect([...page1.body.items, ...page2.body.items].map((i: { entityRef: string }) => i.entityRef)).toEqual(listed.slice(0, 10));

    // A team card: the team's services including sub-teams.
    const engineering = await get(server, `/api/readiness/scorecards?owner=${encodeURIComponent('group:default/engineering')}`, 'user:default/grace-holloway');
    expect(engineering.body.total).toBeGreaterThan(0);
    expect(engineering.body.items.every((i: { owner: string }) => i.owner !== HIDDEN_OWNER)).toBe(true);

    const csv = await get(server, '/api/readiness/export.csv', OUTSIDER);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(outsiderList.body.total + 1);
    for (const name of hiddenNames) {
      expect(csv.text).not.toContain(`component:default/${name},`);
    }
    const tooMuch = await get(server, '/api/readiness/scorecards?limit=5000', OUTSIDER);
    expect(tooMuch.status).toBe(400);
  });

  it('answers every JSON endpoint exactly as openapi.yaml describes', async () => {
    await waitForSnapshots(server);
    const admin = 'user:default/grace-holloway';
    const entity = '/api/readiness/scorecards/default/component/payments-api';
    const answers: Array<[operationId: string, url: string, status?: string]> = [
      ['GetHealth', '/api/readiness/health'],
      ['GetChecks', '/api/readiness/checks'],
      ['GetScorecard', entity],
      ['GetScorecard', '/api/readiness/scorecards/default/component/promo-banner-service'],
      ['GetScorecard', '/api/readiness/scorecards/default/component/does-not-exist', '404'],
      ['GetScorecardHistory', `${entity}/history`],
      ...(['owner', 'system', 'domain', 'lifecycle', 'type'] as const).map(
        groupBy => ['GetRollup', `/api/readiness/rollup?groupBy=${groupBy}`] as [string, string],
      ),
      ['GetRollup', '/api/readiness/rollup?groupBy=owner&offset=1&limit=2'],
      ['GetRollupHistory', '/api/readiness/rollup/history?groupBy=owner&days=3'],
      ['GetRollupHistory', '/api/readiness/rollup/history?groupBy=system&limit=0'],
      ['ListScorecards', '/api/readiness/scorecards?limit=5'],
      ['ListAttention', '/api/readiness/attention?list=overdue-decisions'],
      ['GetSummary', '/api/readiness/summary'],
      ['GetSummary', '/api/readiness/summary?lifecycle=production'],
      ['GetFilterValues', '/api/readiness/filter-values'],
      ['ListAttention', '/api/readiness/attention?list=expiring&withinDays=400'],
      ['ListScorecards', '/api/readiness/scorecards?limit=5000', '400'],
      ['ListInitiatives', '/api/readiness/initiatives'],
      ...TEST_INITIATIVES.flatMap(({ id: initiativeId }): Array<[string, string]> => [
        ['GetInitiative', `/api/readiness/initiatives/${initiativeId}`],
        ['GetInitiative', `/api/readiness/initiatives/${initiativeId}?offset=1&limit=1`],
        ['ListInitiativeEntities', `/api/readiness/initiatives/${initiativeId}/entities?limit=3`],
        ['ListInitiativeEntities', `/api/readiness/initiatives/${initiativeId}/entities?owner=group%3Adefault%2Fdata-and-ai`],
        ['GetInitiativeHistory', `/api/readiness/initiatives/${initiativeId}/history`],
      ]),
      ['GetInitiative', '/api/readiness/initiatives/no-such-initiative', '404'],
      ['GetInitiativeHistory', '/api/readiness/initiatives/no-such-initiative/history', '404'],
    ];
    for (const [operationId, url, status = '200'] of answers) {
      const response = await get(server, url, admin);
      expect({ url, status: String(response.status) }).toEqual({ url, status });
      expect({ url, errors: responseErrors(operationId, response.body, status) }).toEqual({
        url,
        errors: [],
      });
    }
    // The plugin's own recompute recorded the initiatives' burn-up.
    const history = await get(server, `/api/readiness/initiatives/${TEST_INITIATIVES[0].id}/history`, admin);
    expect(history.body.source).toBe('recorded');
    expect(history.body.points.length).toBeGreaterThan(0);
    expect(history.body.points.at(-1).inScope).toBeGreaterThan(0);
  });

  it('lists what needs attention in the example organisation, with days overdue that do not depend on the day', async () => {
    await waitForSnapshots(server);
    const attention = async (query: string, user = 'user:default/grace-holloway') => {
      const response = await get(server, `/api/readiness/attention?${query}`, user);
      expect({ status: response.status, error: response.body.error?.message }).toEqual({ status: 200 });
      return response.body;
    };
    const overdue = await attention('list=overdue-decisions');
    expect(overdue.items.map((i: { entityRef: string; daysOverdue: number }) => [i.entityRef, i.daysOverdue])).toEqual([
      ['component:default/chargeback-labels-etl', 205],
      ['component:default/dispute-assistant-agent', 174],
      ['component:default/fraud-model-v3', 144],
    ]);
    expect(overdue.counts).toEqual({
      'overdue-decisions': 3,
      'old-pilots': 0,
      'claimed-above-earned': 7,
      expiring: 1,
    });
    const chargeback = overdue.items[0];
    expect(chargeback).toMatchObject({
      title: 'Chargeback labels ETL',
      owner: 'group:default/data-platform-team',
      operationalOwner: 'user:default/marcus-webb',
      whoActs: 'group:default/data-platform-team',
      whoActsNote: expect.stringContaining('was not found in the catalog'),
      decisionState: 'overdue',
      timeInTier: { source: 'declared', days: 383 },
    });
    const fraudModel = overdue.items[2];
    expect(fraudModel).toMatchObject({ whoActs: 'user:default/kenji-watanabe', timeInTier: { source: 'declared', days: 292 } });
    // Sortable on the server, and paged.
    const byEntity = await attention('list=overdue-decisions&sort=entity&order=desc&limit=2');
    expect(byEntity.items.map((i: { entityRef: string }) => i.entityRef)).toEqual([
      'component:default/fraud-model-v3',
      'component:default/dispute-assistant-agent',
    ]);
    expect(byEntity.total).toBe(3);
    const second = await attention('list=overdue-decisions&sort=entity&order=desc&limit=2&offset=2');
    expect(second.items.map((i: { entityRef: string }) => i.entityRef)).toEqual(['component:default/chargeback-labels-etl']);
    // Filters apply; hidden entities are in no list and no count.
    const engineering = await attention(`list=claimed-above-earned&owner=${encodeURIComponent('group:default/engineering')}`);
    expect(engineering.total).toBe(6);
    const outsider = await attention('list=overdue-decisions', OUTSIDER);
    expect(outsider.items.map((i: { entityRef: string }) => i.entityRef)).toEqual(['component:default/chargeback-labels-etl']);
    expect(outsider.counts['overdue-decisions']).toBe(1);
    // By entity as the rows read: by title (NovaPay gateway adapter before Order history service).
    const claimed = await attention('list=claimed-above-earned&sort=entity');
    expect(claimed.items.map((i: { entityRef: string }) => i.entityRef.split('/')[1])).toEqual([
      'notification-service',
      'payment-gateway-adapter',
      'order-history-service',
      'product-catalog-service',
      'refund-worker',
      'search-service',
      'transaction-features-pipeline',
    ]);
    const expiring = await attention('list=expiring');
    expect(expiring.items).toEqual([
      expect.objectContaining({
        entityRef: 'component:default/fraud-scoring-service',
        expiring: [expect.objectContaining({ checkId: 'ai-drift-review', kind: 'evidence' })],
      }),
    ]);
    // The rollup counts the same per group; the CSV carries the columns.
    const rollup = (await get(server, '/api/readiness/rollup?groupBy=owner&limit=1000', 'user:default/grace-holloway')).body;
    const ml = rollup.groups.find((g: { key: string }) => g.key === 'group:default/ml-team');
    expect(ml).toMatchObject({ overdueDecisions: 2, claimedAboveEarned: 0, expiringSoon: 1, stuckBelowTop: 2 });
    expect(rollup.total).toMatchObject({ overdueDecisions: 3, claimedAboveEarned: 7, expiringSoon: 1 });
    const csv = (await get(server, '/api/readiness/export.csv', 'user:default/grace-holloway')).text.split('\r\n');
    const header = csv[0].split(',');
    expect(header).toEqual(expect.arrayContaining(['decisionState', 'daysOverdue', 'claimedTier', 'whoActs']));
    const fraudRow = csv.find(line => line.startsWith('component:default/fraud-model-v3,'))!.split(',');
    expect(fraudRow[header.indexOf('daysOverdue')]).toBe('144');
    expect(fraudRow[header.indexOf('decisionState')]).toBe('overdue');
    // The entity tab's verdict.
    const tab = (await get(server, '/api/readiness/scorecards/default/component/chargeback-labels-etl', 'user:default/grace-holloway')).body;
    expect(tab.attention).toMatchObject({
      decisionState: 'overdue',
      daysOverdue: 205,
      whoActs: 'group:default/data-platform-team',
      pilotStart: { state: 'valid' },
      timeInTier: { source: 'declared' },
    });
    const refund = (await get(server, '/api/readiness/scorecards/default/component/refund-worker', 'user:default/grace-holloway')).body;
    expect(refund.attention).toMatchObject({ claimedTier: 'production', claimAboveTier: true });
  });

  it('stores a snapshot for every scored entity after a recompute and serves its history', async () => {
    const refresh = await request(server)
      .post('/api/readiness/refresh')
      .set('Authorization', mockCredentials.user.header('user:default/grace-holloway'));
    expect(refresh.status).toBe(202);
    // A run may already have happened while the catalog was still loading,
    // so the newest point is the one to check.
    let points: { tier: string | null; blockerCount: number }[] = [];
    for (let i = 0; i < 150; i++) {
      await new Promise(r => setTimeout(r, 200));
      points = (await get(server, '/api/readiness/scorecards/default/component/payments-api/history', 'user:default/grace-holloway')).body.points;
      if (points.at(-1)?.tier === 'production') break;
    }
    expect(points.at(-1)).toEqual(
      expect.objectContaining({ tier: 'production', blockerCount: 0 }),
    );
    const stored = await get(server, '/api/readiness/scorecards/default/component/fraud-model-v3', 'user:default/grace-holloway');
    expect(stored.body.stored.tierSince).toBeDefined();
  });
});
