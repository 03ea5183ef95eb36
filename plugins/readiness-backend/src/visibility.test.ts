/*
 * A restricted user's organisation-wide answers are the ones computed from
 * the entities they may read, and nothing else: right after a recompute
 * that stores a new entity, after an owner changes in the catalog (within
 * readiness.visibilityCacheTtl), and within a second of a change of the
 * policy's decision. The real
 * catalog backend applies the policy's conditions; the reference is what a
 * user the policy allows everything gets, filtered to what the catalog
 * shows the restricted user.
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
import { Server } from 'node:http';
import request from 'supertest';
import { readinessPlugin } from './plugin';
import { MutableCatalog, SwitchablePolicy } from './__testUtils__/mutableCatalog';
import { createTestDatabases } from './__testUtils__/testDatabases';

jest.setTimeout(240_000);

const { databases, ids } = createTestDatabases();
const prefix = `readiness_vis_${process.pid}_${Date.now()}_`;

const INSIDER = 'user:default/insider';
const RESTRICTED = 'user:default/restricted';
const TEAMS = ['team-a', 'team-b', 'hidden-team'];
/** How long the plugin may serve a restricted user's visible entities. */
const VISIBILITY_TTL_MS = 1000;

function group(name: string, children: string[] = []): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: { type: children.length ? 'organization' : 'team', children, ...(children.length ? {} : { parent: 'org' }) },
  };
}

function user(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name },
    spec: { memberOf: ['team-a'] },
  };
}

/** Components that differ in lifecycle, system and evidence, so tiers and groups differ. */
function component(name: string, owner: string, lifecycle: string, system?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      description: `${name} does one thing`,
      ...(lifecycle === 'production'
        ? { annotations: { 'backstage.io/techdocs-ref': 'dir:.', 'pagerduty.com/service-id': `P${name.length}X` } }
        : {}),
    },
    spec: { type: 'service', lifecycle, owner, ...(system ? { system } : {}) },
  };
}

const ORG = [group('org', TEAMS), ...TEAMS.map(t => group(t)), user('insider'), user('restricted')];
function initialComponents(): Entity[] {
  return [
    component('a-one', 'team-a', 'production', 'shop'),
    component('a-two', 'team-a', 'experimental', 'shop'),
    component('b-one', 'team-b', 'production', 'ledger'),
    component('b-two', 'team-b', 'experimental'),
    component('h-one', 'hidden-team', 'production', 'shop'),
    component('h-two', 'hidden-team', 'experimental', 'ledger'),
  ];
}

async function databaseConfig(id: TestDatabaseId) {
  if (id === 'SQLITE_3') {
    return { client: 'better-sqlite3', connection: ':memory:' };
  }
  const knex = await databases.init(id);
  const connection = { ...(knex.client.config.connection as object) } as Record<string, unknown>;
  await knex.destroy();
  return { client: 'pg', connection: { ...connection, database: undefined }, prefix };
}

async function dropPrefixedDatabases(id: TestDatabaseId) {
  if (id === 'SQLITE_3') return;
  const knex = await databases.init(id);
  const { rows } = await knex.raw('select datname from pg_database where datname like ?', [`${prefix}%`]);
  for (const { datname } of rows as { datname: string }[]) {
    await knex.raw('drop database if exists ?? with (force)', [datname]);
  }
  await knex.destroy();
}

interface ListItem {
  entityRef: string;
  owner?: string;
  lifecycle?: string;
  system?: string;
  tier: string | null;
  score: number;
  blockerCount: number;
}

describe.each(ids)('a restricted user’s organisation-wide answers on %s', id => {
  let server: Server;
  let stop: () => Promise<void>;
  let components: Entity[];
  const catalog = new MutableCatalog([...ORG, ...initialComponents()]);
  const policy = new SwitchablePolicy(RESTRICTED, 'group:default/hidden-team');

  const get = async (who: string, url: string) =>
    request(server).get(url).set('Authorization', mockCredentials.user.header(who));

  const getOk = async (who: string, url: string) => {
    const response = await get(who, url);
    if (response.status !== 200) {
      throw new Error(`${url} as ${who}: ${response.status} ${response.text}`);
    }
    return response;
  };

  /** Scored entities the catalog lets the restricted user read: the truth. */
  async function catalogVisibleToRestricted(): Promise<Set<string>> {
    const response = await getOk(
      RESTRICTED,
      '/api/catalog/entities/by-query?filter=kind=component&limit=1000&fields=kind,metadata.name,metadata.namespace',
    );
    return new Set(
      (response.body.items as Entity[]).map(e => `component:default/${e.metadata.name}`),
    );
  }

  /** Changes the catalog and waits until it serves every entity as given. */
  async function setCatalog(next: Entity[]) {
    components = next;
    await catalog.set([...ORG, ...next]);
    const owners = (items: Entity[]) =>
      JSON.stringify(
        items
          .map(e => `${e.metadata.name}:${e.relations?.find(r => r.type === 'ownedBy')?.targetRef ?? ''}`)
          .sort(),
      );
    const wanted = owners(next.map(e => ({ ...e, relations: [{ type: 'ownedBy', targetRef: `group:default/${e.spec!.owner}` }] })));
    for (let i = 0; i < 300; i++) {
      const response = await getOk(INSIDER, '/api/catalog/entities/by-query?filter=kind=component&limit=1000');
      if (owners(response.body.items) === wanted) return;
      await new Promise(r => setTimeout(r, 200));
    }
    throw new Error(`the catalog did not serve ${wanted} in time`);
  }

  /** Triggers a recompute and waits until the insider's list shows every component with its current owner. */
  async function recompute() {
    const trigger = await request(server)
      .post('/api/readiness/refresh')
      .set('Authorization', mockCredentials.user.header(INSIDER));
    expect(trigger.status).toBe(202);
    const wanted = JSON.stringify(
      components.map(e => `component:default/${e.metadata.name}|group:default/${e.spec!.owner}`).sort(),
    );
    for (let i = 0; i < 300; i++) {
      const { body } = await getOk(INSIDER, '/api/readiness/scorecards?limit=1000');
      const stored = JSON.stringify((body.items as ListItem[]).map(item => `${item.entityRef}|${item.owner}`).sort());
      if (stored === wanted) return;
      await new Promise(r => setTimeout(r, 200));
    }
    throw new Error('the recompute did not store the components in time');
  }

  /**
   * Every organisation-wide answer the restricted user gets equals the one
   * computed from the stored results of the entities they may read.
   */
  async function expectExactAnswers() {
    const visible = await catalogVisibleToRestricted();
    const everything = (await getOk(INSIDER, '/api/readiness/scorecards?limit=1000')).body.items as ListItem[];
    const expected = everything.filter(item => visible.has(item.entityRef));
    const hidden = everything.filter(item => !visible.has(item.entityRef));
    expect(expected.length).toBeGreaterThan(0);

    // The list: the same items, in the same order.
    const list = (await getOk(RESTRICTED, '/api/readiness/scorecards?limit=1000')).body;
    expect(list.total).toBe(expected.length);
    expect(list.items).toEqual(expected);

    // The CSV: the insider's lines for these entities.
    const csvLines = (text: string) => text.trimEnd().split('\r\n');
    const [header, ...allLines] = csvLines((await getOk(INSIDER, '/api/readiness/export.csv')).text);
    expect(csvLines((await getOk(RESTRICTED, '/api/readiness/export.csv')).text)).toEqual([
      header,
      ...allLines.filter(line => visible.has(line.split(',')[0])),
    ]);

    // Rollups: counts, tiers and blockers per group, from the visible entities alone.
    for (const groupBy of ['lifecycle', 'system', 'owner'] as const) {
      const keyOf = (item: ListItem) => item[groupBy] ?? '(none)';
      const rollup = (await getOk(RESTRICTED, `/api/readiness/rollup?groupBy=${groupBy}&limit=1000`)).body;
      expect(rollup.total.entityCount).toBe(expected.length);
      const groups = Object.fromEntries(
        (rollup.groups as Array<{ key: string; entityCount: number; openBlockers: number; tiers: Record<string, number> }>)
          .filter(g => g.key !== 'group:default/org')
          .map(g => [g.key, { entityCount: g.entityCount, openBlockers: g.openBlockers, tiers: nonZero(g.tiers) }]),
      );
      const wanted: Record<string, { entityCount: number; openBlockers: number; tiers: Record<string, number> }> = {};
      for (const item of expected) {
        const g = (wanted[keyOf(item)] ??= { entityCount: 0, openBlockers: 0, tiers: {} });
        g.entityCount += 1;
        g.openBlockers += item.blockerCount;
        g.tiers[item.tier ?? 'none'] = (g.tiers[item.tier ?? 'none'] ?? 0) + 1;
      }
      expect({ groupBy, groups }).toEqual({ groupBy, groups: wanted });

      // The history's last day is today's rollup.
      const history = (await getOk(RESTRICTED, `/api/readiness/rollup/history?groupBy=${groupBy}&days=3&limit=1000`)).body;
      const today = history.points[history.points.length - 1];
      expect(today.total.entityCount).toBe(expected.length);
      expect(
        Object.fromEntries(
          (today.groups as Array<{ key: string; entityCount: number }>)
            .filter(g => g.key !== 'group:default/org' && g.entityCount > 0)
            .map(g => [g.key, g.entityCount]),
        ),
      ).toEqual(Object.fromEntries(Object.entries(wanted).map(([k, g]) => [k, g.entityCount])));
    }

    // Scorecards: hidden ones are not found, visible ones are.
    for (const item of hidden) {
      const name = item.entityRef.split('/')[1];
      expect((await get(RESTRICTED, `/api/readiness/scorecards/default/component/${name}`)).status).toBe(404);
      expect((await get(RESTRICTED, `/api/readiness/scorecards/default/component/${name}/history`)).status).toBe(404);
    }
    // Visible ones are the insider's (no person is hidden here), whether
    // read with the user's credentials or, once they keep asking, through
    // their visible set.
    for (let round = 0; round < 2; round++) {
      for (const item of expected) {
        const url = `/api/readiness/scorecards/default/component/${item.entityRef.split('/')[1]}`;
        const [theirs, insiders] = [(await getOk(RESTRICTED, url)).body, (await getOk(INSIDER, url)).body];
        expect({ ...theirs.scorecard, evaluatedAt: 0 }).toEqual({ ...insiders.scorecard, evaluatedAt: 0 });
        expect(theirs.people).toEqual(insiders.people);
      }
    }
    return { visible, hidden: hidden.map(item => item.entityRef) };
  }

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalog.module(),
        readinessPlugin,
        policy.factory(),
        databaseServiceFactory,
        schedulerServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            backend: { database: await databaseConfig(id) },
            catalog: {
              rules: [{ allow: ['Component', 'Group', 'User'] }],
              processingInterval: { seconds: 1 },
            },
            readiness: {
              schedule: { frequency: { hours: 6 }, timeout: { minutes: 5 }, initialDelay: { seconds: 1 } },
              visibilityCacheTtl: { milliseconds: VISIBILITY_TTL_MS },
            },
          },
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
    await setCatalog(initialComponents());
    await recompute();
  });

  afterAll(async () => {
    await stop?.();
    await dropPrefixedDatabases(id);
  });

  afterEach(() => {
    policy.hiddenOwner = 'group:default/hidden-team';
  });

  it('answers from the entities the user may read', async () => {
    const { hidden } = await expectExactAnswers();
    expect(hidden.sort()).toEqual(['component:default/h-one', 'component:default/h-two']);
  });

  it('counts an entity added to the catalog from the recompute that stores it, if the user may read it', async () => {
    // Warm the user's visible set, then add one visible and one hidden entity.
    await expectExactAnswers();
    await setCatalog([
      ...components,
      component('a-three', 'team-a', 'production', 'ledger'),
      component('h-three', 'hidden-team', 'production'),
    ]);
    await recompute();
    // No waiting: the recompute changed the store version.
    const { visible, hidden } = await expectExactAnswers();
    expect(visible.has('component:default/a-three')).toBe(true);
    expect(hidden).toContain('component:default/h-three');
  });

  it('follows an owner change within the time bound', async () => {
    await expectExactAnswers();
    // h-one moves to a team the user may see, a-one to the hidden team.
    const moved: Record<string, Entity> = {
      'h-one': component('h-one', 'team-b', 'production', 'shop'),
      'a-one': component('a-one', 'hidden-team', 'production', 'shop'),
    };
    await setCatalog(components.map(e => moved[e.metadata.name] ?? e));
    // The stored results keep the owners they were scored with (a
    // recompute rewrites a result only when it changes); which of them the
    // user may read follows the catalog within the bound.
    await new Promise(r => setTimeout(r, VISIBILITY_TTL_MS));
    const { visible } = await expectExactAnswers();
    expect(visible.has('component:default/h-one')).toBe(true);
    expect(visible.has('component:default/a-one')).toBe(false);
  });

  it('follows a change of the policy’s decision within a second', async () => {
    const before = await expectExactAnswers();
    expect(before.visible.has('component:default/b-one')).toBe(true);
    policy.hiddenOwner = 'group:default/team-b';
    // A decision is shared by a caller's requests for a second.
    await new Promise(r => setTimeout(r, 1000));
    const after = await expectExactAnswers();
    expect(after.visible.has('component:default/b-one')).toBe(false);
    expect(after.hidden).toContain('component:default/b-one');
  });
});

function nonZero(tiers: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(tiers).filter(([, n]) => n > 0));
}
