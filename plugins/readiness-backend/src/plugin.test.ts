import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { notificationService, NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { readinessPlugin } from './plugin';
import { testCatalog } from './__testUtils__/entities';

const config = mockServices.rootConfig.factory({
  data: {
    readiness: {
      schedule: { frequency: { minutes: 30 }, timeout: { minutes: 5 }, initialDelay: { hours: 1 } },
    },
  },
});

async function startBackend(
  permissionResult: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  return startTestBackend({
    features: [
      readinessPlugin,
      config,
      catalogServiceMock.factory({ entities: testCatalog() }),
      mockServices.permissions.factory({ result: permissionResult }),
    ],
  });
}

describe('readinessPlugin', () => {
  it('serves health without credentials', async () => {
    const { server } = await startBackend();
    const response = await request(server)
      .get('/api/readiness/health')
      .set('Authorization', mockCredentials.none.header());
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('rejects unauthenticated calls to everything else', async () => {
    const { server } = await startBackend();
    const response = await request(server)
      .get('/api/readiness/scorecards/default/component/payments-api')
      .set('Authorization', mockCredentials.none.header());
    expect(response.status).toBe(401);
  });

  it('serves a live scorecard with the owner group, its members and the operational owner', async () => {
    const { server } = await startBackend();
    const response = await request(server)
      .get('/api/readiness/scorecards/default/component/payments-api')
      .set('Authorization', mockCredentials.user.header('user:default/priya'));
    expect(response.status).toBe(200);
    const { scorecard, people } = response.body;
    expect(scorecard.entityRef).toBe('component:default/payments-api');
    expect(scorecard.tier).toBe('pilot');
    expect(scorecard.nextTier).toBe('beta');
    expect(scorecard.blockers).toEqual(expect.arrayContaining(['runbook']));
    expect(people.ownerGroup).toMatchObject({
      entityRef: 'group:default/payments-team',
      title: 'Payments',
      email: 'payments@acme.example',
    });
    expect(people.ownerGroup.members.map((m: { entityRef: string }) => m.entityRef).sort()).toEqual([
      'user:default/priya',
      'user:default/tom',
    ]);
    expect(people.operationalOwner).toEqual({
      entityRef: 'user:default/priya',
      title: 'Priya Raman',
      email: 'priya@acme.example',
    });
  });

  it("paces one caller's organisation-wide requests without slowing other callers or live scorecards", async () => {
    const { server } = await startTestBackend({
      features: [
        readinessPlugin,
        mockServices.rootConfig.factory({
          data: {
            readiness: {
              schedule: { frequency: { minutes: 30 }, timeout: { minutes: 5 }, initialDelay: { hours: 1 } },
              orgViewRateLimit: { perSecond: 1, burst: 1 },
            },
          },
        }),
        catalogServiceMock.factory({ entities: testCatalog() }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      ],
    });
    const finished: string[] = [];
    const get = (path: string, user: string, label: string) =>
      request(server)
        .get(`/api/readiness${path}`)
        .set('Authorization', mockCredentials.user.header(user))
        .then(response => {
          finished.push(label);
          return response.status;
        });
    const statuses = await Promise.all([
      get('/scorecards?limit=1', 'user:default/priya', 'priya 1'),
      get('/scorecards?limit=1', 'user:default/priya', 'priya 2'),
      get('/scorecards?limit=1', 'user:default/priya', 'priya 3'),
      get('/scorecards?limit=1', 'user:default/tom', 'tom'),
      get('/scorecards/default/component/payments-api', 'user:default/priya', 'priya live'),
    ]);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    // priya's second and third wait 1 s and 2 s; nobody else waits.
    expect(finished.slice(-2)).toEqual(['priya 2', 'priya 3']);
  });

  it('answers 404 for an entity that is not in the catalog', async () => {
    const { server } = await startBackend();
    const response = await request(server)
      .get('/api/readiness/scorecards/default/component/nope')
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(404);
    expect(response.body.error.name).toBe('NotFoundError');
  });

  it('rejects requests that do not match the OpenAPI spec with a 400 saying why', async () => {
    const { server } = await startBackend();
    const badLimit = await request(server)
      .get('/api/readiness/scorecards/default/component/payments-api/history?limit=0')
      .set('Authorization', mockCredentials.user.header());
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.error.message).toMatch(/limit/);

    const unknownParam = await request(server)
      .get('/api/readiness/scorecards/default/component/payments-api/history?sort=asc')
      .set('Authorization', mockCredentials.user.header());
    expect(unknownParam.status).toBe(400);
    expect(unknownParam.body.error.message).toMatch(/sort/);

    const badName = await request(server)
      .get(`/api/readiness/scorecards/default/component/${encodeURIComponent("x' OR 1=1")}`)
      .set('Authorization', mockCredentials.user.header());
    expect(badName.status).toBe(400);
  });

  it('sorts the rollup by a known key and refuses any other with a 400 saying why', async () => {
    const { server } = await startBackend();
    const get = (query: string) =>
      request(server)
        .get(`/api/readiness/rollup?groupBy=owner&${query}`)
        .set('Authorization', mockCredentials.user.header());

    const sorted = await get('sort=tier.production&order=asc&limit=5');
    expect(sorted.status).toBe(200);
    expect(sorted.body).toMatchObject({ offset: 0, rowCount: expect.any(Number) });

    const unknownKey = await get('sort=size');
    expect(unknownKey.status).toBe(400);
    expect(unknownKey.body.error.message).toMatch(/sort must match pattern .*urgency\|name\|entityCount/);

    const unknownTier = await get('sort=tier.gold');
    expect(unknownTier.status).toBe(400);
    expect(unknownTier.body.error.message).toBe(
      'Unknown tier "gold" in sort "tier.gold": the tiers are none, pilot, beta, production',
    );

    const badOrder = await get('sort=name&order=up');
    expect(badOrder.status).toBe(400);
    expect(badOrder.body.error.message).toMatch(/order/);
  });

  it('serves the rubric in force', async () => {
    const { server } = await startBackend();
    const response = await request(server)
      .get('/api/readiness/checks')
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(200);
    expect(response.body.tiers.map((t: { id: string }) => t.id)).toEqual(['pilot', 'beta', 'production']);
    expect(response.body.checks.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining(['owner-group', 'runbook', 'security-review', 'ai-eval']),
    );
  });

  it('triggers a recompute on refresh only with the readiness.refresh permission', async () => {
    const denied = await startBackend(AuthorizeResult.DENY);
    const forbidden = await request(denied.server)
      .post('/api/readiness/refresh')
      .set('Authorization', mockCredentials.user.header());
    expect(forbidden.status).toBe(403);
    await denied.stop();

    const allowed = await startBackend(AuthorizeResult.ALLOW);
    const accepted = await request(allowed.server)
      .post('/api/readiness/refresh')
      .set('Authorization', mockCredentials.user.header());
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ status: 'triggered' });

    // The triggered run stores a snapshot, which the history endpoint shows.
    let points: unknown[] = [];
    for (let i = 0; i < 50 && points.length === 0; i++) {
      await new Promise(r => setTimeout(r, 100));
      const history = await request(allowed.server)
        .get('/api/readiness/scorecards/default/component/payments-api/history')
        .set('Authorization', mockCredentials.user.header());
      points = history.body.points;
    }
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ tier: 'pilot' });
  });
});

describe('readinessPlugin where people already work', () => {
  async function waitForHistory(server: import('node:http').Server) {
    for (let i = 0; i < 50; i++) {
      const history = await request(server)
        .get('/api/readiness/scorecards/default/component/payments-api/history')
        .set('Authorization', mockCredentials.user.header());
      if (history.body.points?.length) return history.body.points;
      await new Promise(r => setTimeout(r, 100));
    }
    throw new Error('no recompute stored a result in time');
  }

  it('serves its actions on the actions registry endpoint, run with the caller\'s credentials', async () => {
    const { server } = await startBackend();
    const list = await request(server)
      .get('/api/readiness/.backstage/actions/v1/actions')
      .set('Authorization', mockCredentials.user.header());
    expect(list.status).toBe(200);
    expect(list.body.actions.map((a: { id: string }) => a.id).sort()).toEqual([
      'readiness:get-initiative-progress',
      'readiness:get-rollup',
      'readiness:get-scorecard',
      'readiness:list-attention',
      'readiness:list-initiatives',
      'readiness:list-owner-gaps',
    ]);

    const invoked = await request(server)
      .post('/api/readiness/.backstage/actions/v1/actions/readiness:get-scorecard/invoke')
      .set('Authorization', mockCredentials.user.header('user:default/priya'))
      .send({ entityRef: 'payments-api' });
    expect(invoked.status).toBe(200);
    expect(invoked.body.output).toMatchObject({
      entityRef: 'component:default/payments-api',
      tier: 'pilot',
      targetTier: 'beta',
      reachesTarget: false,
    });

    const anonymous = await request(server)
      .post('/api/readiness/.backstage/actions/v1/actions/readiness:get-scorecard/invoke')
      .set('Authorization', mockCredentials.none.header())
      .send({ entityRef: 'payments-api' });
    expect(anonymous.status).toBe(401);
  });

  it('publishes a change event after a recompute', async () => {
    const events = mockServices.events.mock();
    const { server } = await startTestBackend({
      features: [
        readinessPlugin,
        config,
        events.factory,
        catalogServiceMock.factory({ entities: testCatalog() }),
      ],
    });
    await request(server)
      .post('/api/readiness/refresh')
      .set('Authorization', mockCredentials.user.header());
    await waitForHistory(server);
    expect(events.publish).toHaveBeenCalledWith({
      topic: 'readiness.scorecard.changed',
      eventPayload: expect.objectContaining({
        entityRef: 'component:default/payments-api',
        change: 'created',
        current: expect.objectContaining({ tier: 'pilot' }),
      }),
    });
  });

  it('starts and recomputes with notifications on but no notifications backend installed', async () => {
    const { server } = await startTestBackend({
      features: [
        readinessPlugin,
        mockServices.rootConfig.factory({
          data: {
            readiness: {
              schedule: { frequency: { minutes: 30 }, timeout: { minutes: 5 }, initialDelay: { hours: 1 } },
              notifications: { enabled: true, waiverExpiryDaysAhead: 10 },
            },
          },
        }),
        catalogServiceMock.factory({ entities: testCatalog() }),
      ],
    });
    const refresh = await request(server)
      .post('/api/readiness/refresh')
      .set('Authorization', mockCredentials.user.header());
    expect(refresh.status).toBe(202);
    expect(await waitForHistory(server)).toHaveLength(1);
  });

  it('tells the teams with work in an initiative through the notifications service, only with notifications on', async () => {
    const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const initiatives = [
      {
        id: 'components-reach-beta',
        title: 'Every component reaches beta',
        target: { tier: 'beta' },
        scope: { kind: 'Component' },
        startDate: dayFromNow(-1),
        deadline: dayFromNow(60),
      },
    ];
    const sentWith = async (notifications: { enabled: boolean }) => {
      const sent: NotificationSendOptions[] = [];
      const { server } = await startTestBackend({
        features: [
          readinessPlugin,
          mockServices.rootConfig.factory({
            data: {
              readiness: {
                schedule: { frequency: { minutes: 30 }, timeout: { minutes: 5 }, initialDelay: { hours: 1 } },
                initiatives,
                notifications,
              },
            },
          }),
          catalogServiceMock.factory({ entities: testCatalog() }),
          createServiceFactory({
            service: notificationService,
            deps: {},
            factory: () => ({
              send: async (notification: NotificationSendOptions) => {
                sent.push(notification);
              },
            }),
          }),
        ],
      });
      await request(server).post('/api/readiness/refresh').set('Authorization', mockCredentials.user.header());
      // The run is recorded as succeeded after every listener has finished.
      for (let i = 0; i < 50; i++) {
        const list = await request(server)
          .get('/api/readiness/initiatives')
          .set('Authorization', mockCredentials.user.header());
        if (list.body.recompute?.lastSucceededAt) return sent;
        await new Promise(r => setTimeout(r, 100));
      }
      throw new Error('no recompute finished in time');
    };

    expect(await sentWith({ enabled: false })).toEqual([]);
    const sent = await sentWith({ enabled: true });
    expect(
      sent
        .filter(n => n.payload.metadata?.initiativeId)
        .map(n => [n.recipients, n.payload.title]),
    ).toEqual([
      [{ type: 'entity', entityRef: 'group:default/payments-team' }, 'Initiative started: Every component reaches beta'],
    ]);
  });
});
