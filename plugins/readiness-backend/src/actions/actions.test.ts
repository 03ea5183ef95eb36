/*
 * The readiness actions through the actions registry's test mock, against
 * the real catalog backend loaded with the example organisation, with the
 * permission policy that hides what ml-team owns from one user.
 */
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import request from 'supertest';
import { Server } from 'node:http';
import { readinessPlugin } from '../plugin';
import {
  HIDDEN_OWNER,
  hidingPermissionsFactory,
  OUTSIDER,
} from '../__testUtils__/hidingPolicy';
import { exampleCatalogConfig } from '../__testUtils__/exampleCatalogConfig';

jest.setTimeout(180_000);

const INSIDER = 'user:default/grace-holloway';

type GapOutput = {
  entityRef: string;
  tier: string | null;
  targetTier: string;
  reachesTarget: boolean;
  blocking: Array<{ checkId: string; fixYaml?: string; message?: string }>;
  summary: string;
};
type OwnerGapsOutput = {
  owner: string;
  entityCount: number;
  entitiesWithGaps: number;
  truncated: boolean;
  entities: Array<GapOutput & { owner?: string }>;
};

describe('readiness actions', () => {
  const registry = actionsRegistryServiceMock();
  let server: Server;
  let components: Entity[];

  const invoke = async (name: string, input: object, user: string) =>
    (
      await registry.invoke({
        id: `test:${name}`,
        input: input as any,
        credentials: mockCredentials.user(user),
      })
    ).output as any;

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        readinessPlugin,
        hidingPermissionsFactory,
        databaseServiceFactory,
        schedulerServiceFactory,
        createServiceFactory({
          service: actionsRegistryServiceRef,
          deps: {},
          factory: () => registry,
        }),
        mockServices.rootConfig.factory({
          data: {
            backend: {
              database: { client: 'better-sqlite3', connection: ':memory:' },
            },
            catalog: exampleCatalogConfig,
            readiness: {
              schedule: {
                frequency: { hours: 1 },
                timeout: { minutes: 5 },
                initialDelay: { seconds: 1 },
              },
            },
          },
        }),
      ],
    });
    server = backend.server;
    components = await waitForComponents(server);
    await waitForStoredResults(server, components.length);
  });

  const hidden = () =>
    components.filter(e =>
      e.relations?.some(
        r => r.type === 'ownedBy' && r.targetRef === HIDDEN_OWNER,
      ),
    );

  it('registers the four actions, read-only', async () => {
    const { actions } = await registry.list();
    const ours = actions.filter(a =>
      ['get-scorecard', 'list-owner-gaps', 'get-rollup', 'list-attention'].includes(a.name),
    );
    expect(ours.map(a => a.name).sort()).toEqual([
      'get-rollup',
      'get-scorecard',
      'list-attention',
      'list-owner-gaps',
    ]);
    for (const action of ours) {
      expect(action.attributes).toEqual({
        readOnly: true,
        idempotent: true,
        destructive: false,
      });
      expect(action.schema.input).toMatchObject({ type: 'object' });
    }
  });

  describe('get-scorecard', () => {
    it('says what blocks a service from production, with the YAML that closes each gap', async () => {
      const ready = (await invoke(
        'get-scorecard',
        {
          entityRef: 'component:default/payments-api',
          targetTier: 'production',
        },
        INSIDER,
      )) as GapOutput;
      expect(ready).toMatchObject({
        entityRef: 'component:default/payments-api',
        tier: 'production',
        targetTier: 'production',
        reachesTarget: true,
        blocking: [],
      });

      const pilot = (await invoke(
        'get-scorecard',
        { entityRef: 'fraud-model-v3', targetTier: 'production' },
        INSIDER,
      )) as GapOutput;
      expect(pilot.tier).toBe('pilot');
      expect(pilot.reachesTarget).toBe(false);
      expect(pilot.blocking.length).toBeGreaterThan(0);
      for (const gap of pilot.blocking) {
        expect(gap.message).toEqual(expect.any(String));
      }
      expect(
        pilot.blocking.some(
          g => g.fixYaml?.includes('metadata:') || g.fixYaml?.includes('spec:'),
        ),
      ).toBe(true);
      expect(pilot.summary).toContain('fraud-model-v3 is at pilot');
    });

    it('answers for an entity the caller may not read exactly as for a missing one', async () => {
      const missing = invoke(
        'get-scorecard',
        { entityRef: 'component:default/does-not-exist' },
        OUTSIDER,
      );
      await expect(missing).rejects.toThrow(
        /No entity component:default\/does-not-exist found/,
      );
      const [secret] = hidden();
      expect(secret).toBeDefined();
      const ref = stringifyEntityRef(secret);
      await expect(
        invoke('get-scorecard', { entityRef: ref }, OUTSIDER),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
        message: `No entity ${ref} found in the catalog`,
      });
      await expect(
        invoke('get-scorecard', { entityRef: ref }, INSIDER),
      ).resolves.toMatchObject({ entityRef: ref });
    });

    it('rejects a tier the rubric does not have', async () => {
      await expect(
        invoke(
          'get-scorecard',
          { entityRef: 'payments-api', targetTier: 'platinum' },
          INSIDER,
        ),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining('pilot, beta, production'),
      });
    });
  });

  describe('list-owner-gaps', () => {
    it('lists the gaps of a department including its teams, least ready first', async () => {
      const gaps = (await invoke(
        'list-owner-gaps',
        { owner: 'group:default/data-and-ai', limit: 100 },
        INSIDER,
      )) as OwnerGapsOutput;
      const hiddenRefs = hidden().map(e => stringifyEntityRef(e));
      expect(gaps.entityCount).toBeGreaterThanOrEqual(hiddenRefs.length);
      expect(gaps.entities.length).toBe(gaps.entitiesWithGaps);
      expect(gaps.entities.some(e => e.owner === HIDDEN_OWNER)).toBe(true);
      const rank = (tier: string | null) =>
        ['none', 'pilot', 'beta', 'production'].indexOf(tier ?? 'none');
      const ranks = gaps.entities.map(e => rank(e.tier));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      for (const entity of gaps.entities) {
        expect(
          entity.blocking.length + (entity as any).advisory.length,
        ).toBeGreaterThan(0);
        // Stored results carry no messages: they were computed with the plugin's credentials.
        expect(entity.blocking.every(g => g.message === undefined)).toBe(true);
      }

      const direct = (await invoke(
        'list-owner-gaps',
        { owner: 'group:default/data-and-ai', includeSubTeams: false },
        INSIDER,
      )) as OwnerGapsOutput;
      expect(
        direct.entities.every(e => e.owner === 'group:default/data-and-ai'),
      ).toBe(true);

      const limited = (await invoke(
        'list-owner-gaps',
        { owner: 'data-and-ai', limit: 1 },
        INSIDER,
      )) as OwnerGapsOutput;
      expect(limited.entities).toHaveLength(1);
      expect(limited.truncated).toBe(gaps.entitiesWithGaps > 1);
    });

    it('counts and lists nothing the caller may not read', async () => {
      const hiddenRefs = hidden().map(e => stringifyEntityRef(e));
      const insider = (await invoke(
        'list-owner-gaps',
        { owner: 'group:default/acme', limit: 100 },
        INSIDER,
      )) as OwnerGapsOutput;
      const outsider = (await invoke(
        'list-owner-gaps',
        { owner: 'group:default/acme', limit: 100 },
        OUTSIDER,
      )) as OwnerGapsOutput;
      expect(outsider.entityCount).toBe(
        insider.entityCount - hiddenRefs.length,
      );
      const listed = JSON.stringify(outsider);
      for (const ref of hiddenRefs) {
        expect(listed).not.toContain(ref);
      }
      expect(listed).not.toContain('ml-team');
      const ofHiddenTeam = (await invoke(
        'list-owner-gaps',
        { owner: HIDDEN_OWNER },
        OUTSIDER,
      )) as OwnerGapsOutput;
      expect(ofHiddenTeam).toMatchObject({
        entityCount: 0,
        entitiesWithGaps: 0,
        entities: [],
      });
    });
  });

  describe('list-attention', () => {
    it('answers which pilots are overdue in my organisation, with who acts, as the caller may see them', async () => {
      const insider = await invoke('list-attention', { owner: ['group:default/acme'] }, INSIDER);
      expect(insider.list).toBe('overdue-decisions');
      expect(insider.items.map((i: { entityRef: string; daysOverdue: number }) => [i.entityRef, i.daysOverdue])).toEqual([
        ['component:default/chargeback-labels-etl', 205],
        ['component:default/dispute-assistant-agent', 174],
        ['component:default/fraud-model-v3', 144],
      ]);
      expect(insider.items[0]).toMatchObject({
        whoActs: 'group:default/data-platform-team',
        whoActsNote: expect.stringContaining('marcus-webb'),
        tierSinceSource: 'declared',
      });
      expect(insider.counts['claimed-above-earned']).toBe(7);
      const outsider = await invoke('list-attention', { owner: ['group:default/acme'] }, OUTSIDER);
      expect(outsider.items.map((i: { entityRef: string }) => i.entityRef)).toEqual([
        'component:default/chargeback-labels-etl',
      ]);
      expect(JSON.stringify(outsider)).not.toContain('ml-team');
      const claimed = await invoke('list-attention', { list: 'claimed-above-earned', limit: 2 }, INSIDER);
      expect(claimed).toMatchObject({ total: 7 });
      expect(claimed.items).toHaveLength(2);
    });
  });

  describe('get-rollup', () => {
    it('rolls up per owner counting only what the caller may read', async () => {
      const insider = await invoke(
        'get-rollup',
        { groupBy: 'owner', limit: 500 },
        INSIDER,
      );
      const outsider = await invoke(
        'get-rollup',
        { groupBy: 'owner', limit: 500 },
        OUTSIDER,
      );
      expect(insider.tiers).toEqual(['pilot', 'beta', 'production']);
      expect(outsider.total.entityCount).toBe(
        insider.total.entityCount - hidden().length,
      );
      expect(
        insider.groups.find((g: { key: string }) => g.key === HIDDEN_OWNER),
      ).toBeDefined();
      expect(JSON.stringify(outsider)).not.toContain('ml-team');

      const production = await invoke(
        'get-rollup',
        { groupBy: 'system', lifecycle: ['production'], limit: 1 },
        INSIDER,
      );
      expect(production.groups).toHaveLength(1);
      expect(production.truncated).toBe(true);
      expect(production.total.entityCount).toBeLessThan(
        insider.total.entityCount,
      );
    });
  });
});

async function waitForComponents(server: Server): Promise<Entity[]> {
  for (let i = 0; i < 120; i++) {
    const response = await request(server)
      .get('/api/catalog/entities/by-query?filter=kind=component&limit=100')
      .set('Authorization', mockCredentials.user.header(INSIDER));
    if (response.status === 200 && response.body.items.length >= 20) {
      return response.body.items as Entity[];
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error('the catalog did not ingest the example entities in time');
}

async function waitForStoredResults(server: Server, atLeast: number) {
  await request(server)
    .post('/api/readiness/refresh')
    .set('Authorization', mockCredentials.user.header(INSIDER));
  for (let i = 0; i < 150; i++) {
    const response = await request(server)
      .get('/api/readiness/rollup?groupBy=lifecycle')
      .set('Authorization', mockCredentials.user.header(INSIDER));
    if (response.status === 200 && response.body.total.entityCount >= atLeast)
      return;
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error('no results were stored in time');
}
