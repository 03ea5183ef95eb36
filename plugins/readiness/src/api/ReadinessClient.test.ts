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
  notFoundHandler,
  READINESS_BASE_URL,
  readinessHandlers,
} from '../__testUtils__/readinessServer';
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
});
