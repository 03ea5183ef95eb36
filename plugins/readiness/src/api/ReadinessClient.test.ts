import { ResponseError } from '@backstage/errors';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  defaultRubric,
  paymentsApiHistory,
  paymentsApiResponse,
} from '../__testUtils__/fixtures';
import {
  betaByMarchHistory,
  initiativeList,
  paymentsApiInitiatives,
} from '../__testUtils__/initiativeFixtures';
import {
  initiativeHandlers,
  notFoundHandler,
  READINESS_BASE_URL,
  readinessHandlers,
  rollupHandlers,
} from '../__testUtils__/readinessServer';
import {
  ownerRollup,
  paymentsTeamScorecards,
  rollupHistory,
} from '../__testUtils__/rollupFixtures';
import { ReadinessClient } from './ReadinessClient';

describe('ReadinessClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const client = new ReadinessClient({
    discoveryApi: mockApis.discovery(),
    fetchApi: new MockFetchApi({
      injectIdentityAuth: { token: 'user-token' },
    }),
  });

  it('gets the scorecard of an entity with the caller credentials', async () => {
    let seen: { url?: string; authorization?: string | null } = {};
    server.use(
      http.get(
        `${READINESS_BASE_URL}/scorecards/:namespace/:kind/:name`,
        ({ request }) => {
          seen = {
            url: request.url,
            authorization: request.headers.get('authorization'),
          };
          return HttpResponse.json(paymentsApiResponse);
        },
      ),
    );

    const result = await client.getScorecard('Component:default/payments-api');

    expect(result).toEqual(paymentsApiResponse);
    expect(seen.url).toBe(
      `${READINESS_BASE_URL}/scorecards/default/component/payments-api`,
    );
    expect(seen.authorization).toBe('Bearer user-token');
  });

  it('accepts a compound entity ref and encodes its parts', async () => {
    let url = '';
    server.use(
      http.get(
        `${READINESS_BASE_URL}/scorecards/:namespace/:kind/:name`,
        ({ request }) => {
          url = request.url;
          return HttpResponse.json(paymentsApiResponse);
        },
      ),
    );

    await client.getScorecard({
      kind: 'API',
      namespace: 'team.a',
      name: 'orders_v2',
    });

    expect(url).toBe(`${READINESS_BASE_URL}/scorecards/team.a/api/orders_v2`);
  });

  it('gets the history, passing since and limit', async () => {
    let url: URL | undefined;
    server.use(
      http.get(
        `${READINESS_BASE_URL}/scorecards/:namespace/:kind/:name/history`,
        ({ request }) => {
          url = new URL(request.url);
          return HttpResponse.json(paymentsApiHistory);
        },
      ),
    );

    const result = await client.getHistory('component:default/payments-api', {
      since: new Date('2026-01-01T00:00:00.000Z'),
      limit: 50,
    });

    expect(result.points).toHaveLength(3);
    expect(url?.pathname).toBe(
      '/api/readiness/scorecards/default/component/payments-api/history',
    );
    expect(url?.searchParams.get('since')).toBe('2026-01-01T00:00:00.000Z');
    expect(url?.searchParams.get('limit')).toBe('50');
  });

  it('gets the rubric', async () => {
    server.use(...readinessHandlers());

    await expect(client.getRubric()).resolves.toEqual(defaultRubric);
  });

  it('throws a ResponseError carrying the backend error for a 404', async () => {
    server.use(
      notFoundHandler(
        '/scorecards/default/component/ghost',
        'component:default/ghost',
      ),
    );

    const error = await client
      .getScorecard('component:default/ghost')
      .catch(e => e);

    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(404);
    expect(error.cause.name).toBe('NotFoundError');
    expect(error.cause.message).toBe(
      'No entity component:default/ghost found in the catalog',
    );
  });

  describe('organisation level', () => {
    function capture(
      path: string,
      body: Parameters<typeof HttpResponse.json>[0],
    ) {
      const seen: { url?: URL; authorization?: string | null } = {};
      server.use(
        http.get(`${READINESS_BASE_URL}${path}`, ({ request }) => {
          seen.url = new URL(request.url);
          seen.authorization = request.headers.get('authorization');
          return HttpResponse.json(body);
        }),
      );
      return seen;
    }

    it('gets the rollup with repeated, encoded filters', async () => {
      const seen = capture('/rollup', ownerRollup);

      const result = await client.getRollup('owner', {
        kind: ['Component', 'API'],
        lifecycle: ['production'],
        tag: [],
        owner: ['group:default/payments-team'],
      });

      expect(result).toEqual(ownerRollup);
      expect(seen.authorization).toBe('Bearer user-token');
      expect(seen.url?.searchParams.get('groupBy')).toBe('owner');
      expect(seen.url?.searchParams.getAll('kind')).toEqual([
        'Component',
        'API',
      ]);
      expect(seen.url?.searchParams.getAll('owner')).toEqual([
        'group:default/payments-team',
      ]);
      expect(seen.url?.searchParams.has('tag')).toBe(false);
      expect(seen.url?.search).toContain(
        'owner=group%3Adefault%2Fpayments-team',
      );
    });

    it('asks for a page of the rollup in the sort given', async () => {
      const seen = capture('/rollup', ownerRollup);
      await client.getRollup('owner', {}, { offset: 25, limit: 25 }, { sort: 'tier.beta', order: 'asc' });
      expect(seen.url?.searchParams.get('sort')).toBe('tier.beta');
      expect(seen.url?.searchParams.get('order')).toBe('asc');
      expect(seen.url?.searchParams.get('offset')).toBe('25');

      await client.getRollup('owner');
      expect(seen.url?.searchParams.has('sort')).toBe(false);
      expect(seen.url?.searchParams.has('order')).toBe(false);
    });

    it('gets the rollup history', async () => {
      const seen = capture('/rollup/history', rollupHistory);

      await expect(
        client.getRollupHistory('system', { kind: ['Component'] }),
      ).resolves.toEqual(rollupHistory);
      expect(seen.url?.searchParams.get('groupBy')).toBe('system');
      expect(seen.url?.searchParams.getAll('kind')).toEqual(['Component']);
      expect(seen.url?.searchParams.has('limit')).toBe(false);

      await client.getRollupHistory('owner', {}, { offset: 0, limit: 0 });
      expect(seen.url?.searchParams.get('offset')).toBe('0');
      expect(seen.url?.searchParams.get('limit')).toBe('0');
    });

    it('rejects with a 404 ResponseError when the backend has no history', async () => {
      server.use(...rollupHandlers({ history: 'missing' }));

      const error = await client.getRollupHistory('owner').catch(e => e);

      expect(error).toBeInstanceOf(ResponseError);
      expect(error.statusCode).toBe(404);
    });

    it('lists one page of scorecards with filters, offset and limit', async () => {
      const seen = capture('/scorecards', paymentsTeamScorecards);

      const result = await client.listScorecards({
        owner: ['group:default/payments-team'],
        system: ['system:default/payments'],
        tier: ['none', 'pilot'],
        offset: 50,
        limit: 25,
      });

      expect(result).toEqual(paymentsTeamScorecards);
      expect(seen.url?.pathname).toBe('/api/readiness/scorecards');
      expect(seen.url?.searchParams.getAll('tier')).toEqual(['none', 'pilot']);
      expect(seen.url?.searchParams.get('system')).toBe(
        'system:default/payments',
      );
      expect(seen.url?.searchParams.get('offset')).toBe('50');
      expect(seen.url?.searchParams.get('limit')).toBe('25');
    });

    it('lists scorecards without a query string when nothing is set', async () => {
      const seen = capture('/scorecards', paymentsTeamScorecards);

      await client.listScorecards();

      expect(seen.url?.search).toBe('');
    });

    it('builds the export URL with the same filters', async () => {
      await expect(
        client.getExportUrl({
          kind: ['Component'],
          owner: ['group:default/a'],
        }),
      ).resolves.toBe(
        `${READINESS_BASE_URL}/export.csv?kind=Component&owner=group%3Adefault%2Fa`,
      );
      await expect(client.getExportUrl()).resolves.toBe(
        `${READINESS_BASE_URL}/export.csv`,
      );
    });

    it('downloads the CSV with the caller credentials', async () => {
      let authorization: string | null = null;
      server.use(
        http.get(`${READINESS_BASE_URL}/export.csv`, ({ request }) => {
          authorization = request.headers.get('authorization');
          return new HttpResponse(
            'entityRef,tier\ncomponent:default/a,pilot\n',
            {
              headers: { 'Content-Type': 'text/csv' },
            },
          );
        }),
      );

      const blob = await client.exportCsv({ tier: ['pilot'] });

      expect(authorization).toBe('Bearer user-token');
      expect(await blob.text()).toBe(
        'entityRef,tier\ncomponent:default/a,pilot\n',
      );
    });

    it('throws the backend error of a rejected filter', async () => {
      server.use(
        http.get(`${READINESS_BASE_URL}/rollup`, () =>
          HttpResponse.json(
            {
              error: { name: 'InputError', message: 'Invalid tag "a b"' },
              response: { statusCode: 400 },
            },
            { status: 400 },
          ),
        ),
      );

      const error = await client
        .getRollup('owner', { tag: ['a b'] })
        .catch(e => e);

      expect(error.statusCode).toBe(400);
      expect(error.cause.message).toBe('Invalid tag "a b"');
    });
  });

  describe('initiatives', () => {
    function recordUrls() {
      const urls: string[] = [];
      server.events.removeAllListeners();
      server.events.on('request:start', ({ request }) => {
        urls.push(request.url);
      });
      return urls;
    }

    it("lists initiatives, and an entity's with its ref in the query", async () => {
      server.use(
        ...initiativeHandlers({
          entityList: paymentsApiInitiatives,
        }),
      );
      const urls = recordUrls();

      expect(await client.listInitiatives()).toEqual(initiativeList);
      expect(
        await client.listInitiatives({
          entityRef: 'component:default/payments-api',
        }),
      ).toEqual(paymentsApiInitiatives);
      expect(urls).toEqual([
        `${READINESS_BASE_URL}/initiatives`,
        `${READINESS_BASE_URL}/initiatives?entityRef=component%3Adefault%2Fpayments-api`,
      ]);
    });

    it('gets an initiative, a page of its entities for a team, its history and its CSV', async () => {
      server.use(...initiativeHandlers());
      const urls = recordUrls();

      const detail = await client.getInitiative('beta-by-march', {
        offset: 10,
        limit: 10,
      });
      const entities = await client.listInitiativeEntities('beta-by-march', {
        owner: ['group:default/payments-team'],
        offset: 0,
        limit: 2,
      });
      const history = await client.getInitiativeHistory('beta-by-march');
      const csv = await client.exportInitiativeCsv('beta-by-march');

      expect(detail.teams).toHaveLength(10);
      expect(detail.offset).toBe(10);
      expect(entities.items.map(e => e.entityRef)).toEqual([
        'component:default/payments-api',
        'component:default/ledger',
      ]);
      expect(history).toEqual(betaByMarchHistory);
      expect(await csv.text()).toMatch(/^entityRef,kind/);
      expect(urls).toEqual([
        `${READINESS_BASE_URL}/initiatives/beta-by-march?offset=10&limit=10`,
        `${READINESS_BASE_URL}/initiatives/beta-by-march/entities?offset=0&limit=2&owner=group%3Adefault%2Fpayments-team`,
        `${READINESS_BASE_URL}/initiatives/beta-by-march/history`,
        `${READINESS_BASE_URL}/initiatives/beta-by-march/export.csv`,
      ]);
    });

    it('rejects an unknown initiative with the backend 404', async () => {
      server.use(...initiativeHandlers());

      const error = await client.getInitiative('nope').catch(e => e);

      expect(error).toBeInstanceOf(ResponseError);
      expect(error.statusCode).toBe(404);
      expect(error.cause.message).toBe(
        'No initiative "nope" in readiness.initiatives',
      );
    });
  });
});
