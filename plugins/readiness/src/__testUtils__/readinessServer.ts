/**
 * msw handlers that answer like the readiness backend, so components are
 * tested through the real ReadinessClient and the real HTTP shapes.
 */
import { http, HttpResponse } from 'msw';
import type {
  AttentionList,
  FilterValuesResponse,
  HistoryResponse,
  InitiativeListResponse,
  RollupHistoryResponse,
  RollupResponse,
  RubricResponse,
  ScorecardListResponse,
  ScorecardResponse,
  SummaryResponse,
} from '../api/types';
import { attentionResponse } from './attentionFixtures';
import {
  betaByMarchDetail,
  betaByMarchEntityPage,
  betaByMarchHistory,
  initiativeList,
} from './initiativeFixtures';
import {
  defaultRubric,
  paymentsApiHistory,
  paymentsApiResponse,
} from './fixtures';
import {
  filterValues,
  firstRunSummary,
  ownerRollup,
  paymentsTeamScorecards,
  rollupHistory,
} from './rollupFixtures';

/** What mockApis.discovery() returns for the readiness plugin. */
export const READINESS_BASE_URL = 'http://example.com/api/readiness';

/** Backstage's error body, as the backend's error handler writes it. */
export function errorBody(name: string, message: string, statusCode: number) {
  return {
    error: { name, message },
    request: { method: 'GET', url: '/api/readiness/...' },
    response: { statusCode },
  };
}

export function readinessHandlers(
  options: {
    scorecard?: ScorecardResponse;
    history?: HistoryResponse;
    rubric?: RubricResponse;
    /** GET /initiatives?entityRef=…: none unless given. */
    initiatives?: InitiativeListResponse;
  } = {},
) {
  return [
    http.get(`${READINESS_BASE_URL}/checks`, () =>
      HttpResponse.json(options.rubric ?? defaultRubric),
    ),
    http.get(
      `${READINESS_BASE_URL}/scorecards/:namespace/:kind/:name/history`,
      () => HttpResponse.json(options.history ?? paymentsApiHistory),
    ),
    http.get(`${READINESS_BASE_URL}/scorecards/:namespace/:kind/:name`, () =>
      HttpResponse.json(options.scorecard ?? paymentsApiResponse),
    ),
    ...initiativeHandlers({ entityList: options.initiatives }),
  ];
}

/**
 * GET /initiatives and below: `list` for the Readiness page and the Group
 * card, `entityList` for GET /initiatives?entityRef=… (none by default);
 * beta-by-march's detail, entities and history, paged as the backend pages.
 */
export function initiativeHandlers(
  options: {
    list?: InitiativeListResponse;
    entityList?: InitiativeListResponse;
  } = {},
) {
  const page = (request: Request, defaultLimit: number) => {
    const search = new URL(request.url).searchParams;
    return {
      offset: Number(search.get('offset') ?? 0),
      limit: Number(search.get('limit') ?? defaultLimit),
      owner: search.get('owner') ?? undefined,
    };
  };
  const notFound = (id: string) =>
    HttpResponse.json(
      errorBody(
        'NotFoundError',
        `No initiative "${id}" in readiness.initiatives`,
        404,
      ),
      { status: 404, statusText: 'Not Found' },
    );
  return [
    http.get(`${READINESS_BASE_URL}/initiatives`, ({ request }) => {
      const search = new URL(request.url).searchParams;
      if (search.get('entityRef')) {
        return HttpResponse.json(
          options.entityList ?? { ...initiativeList, initiatives: [] },
        );
      }
      const list = options.list ?? initiativeList;
      const owner = search.get('owner');
      if (!owner) return HttpResponse.json(list);
      // Each initiative's share of the team: that of beta-by-march's entities.
      const { total, remaining } = betaByMarchEntityPage({ owner, offset: 0, limit: 1 });
      const team = { inScope: total, done: total - remaining, remaining };
      return HttpResponse.json({
        ...list,
        initiatives: list.initiatives.map(summary => ({ ...summary, team })),
      });
    }),
    http.get(`${READINESS_BASE_URL}/initiatives/:id/history`, ({ params }) =>
      params.id === 'beta-by-march'
        ? HttpResponse.json(betaByMarchHistory)
        : notFound(String(params.id)),
    ),
    http.get(
      `${READINESS_BASE_URL}/initiatives/:id/entities`,
      ({ request, params }) => {
        const { owner, offset, limit } = page(request, 50);
        const body = betaByMarchEntityPage({ owner, offset, limit });
        return HttpResponse.json({ ...body, initiativeId: params.id });
      },
    ),
    http.get(
      `${READINESS_BASE_URL}/initiatives/:id/export.csv`,
      () =>
        new HttpResponse(
          'entityRef,kind,type,lifecycle,owner,system,domain,tier,done,remainingChecks\n',
          { headers: { 'Content-Type': 'text/csv' } },
        ),
    ),
    http.get(`${READINESS_BASE_URL}/initiatives/:id`, ({ request, params }) => {
      if (params.id !== 'beta-by-march') return notFound(String(params.id));
      const { offset, limit } = page(request, 100);
      return HttpResponse.json(betaByMarchDetail({ offset, limit }));
    }),
  ];
}

/** A 404 as the backend sends it for an unknown or hidden entity. */
export function notFoundHandler(path: string, entityRef: string) {
  return http.get(`${READINESS_BASE_URL}${path}`, () =>
    HttpResponse.json(
      errorBody(
        'NotFoundError',
        `No entity ${entityRef} found in the catalog`,
        404,
      ),
      { status: 404, statusText: 'Not Found' },
    ),
  );
}

/**
 * The organisation-level endpoints. `history: 'missing'` answers
 * GET /rollup/history with a 404, as backends without it do.
 */
export function rollupHandlers(
  options: {
    rollup?: RollupResponse;
    scorecards?: ScorecardListResponse;
    history?: RollupHistoryResponse | 'missing';
    rubric?: RubricResponse;
    csv?: string;
    filterValues?: FilterValuesResponse;
    summary?: SummaryResponse;
    initiatives?: InitiativeListResponse;
  } = {},
) {
  return [
    ...initiativeHandlers({ list: options.initiatives }),
    http.get(`${READINESS_BASE_URL}/checks`, () =>
      HttpResponse.json(options.rubric ?? defaultRubric),
    ),
    http.get(`${READINESS_BASE_URL}/rollup/history`, () =>
      options.history === 'missing'
        ? HttpResponse.json(errorBody('NotFoundError', 'Not Found', 404), {
            status: 404,
            statusText: 'Not Found',
          })
        : HttpResponse.json(options.history ?? rollupHistory),
    ),
    http.get(`${READINESS_BASE_URL}/rollup`, ({ request }) => {
      // Pages rows the way the backend does: a row is a group without a
      // parent among the groups, with the groups below it that follow it
      // (the fixture lists them in the server's order).
      const search = new URL(request.url).searchParams;
      const rollup = options.rollup ?? ownerRollup;
      const offset = Number(search.get('offset') ?? 0);
      const limit = Number(search.get('limit') ?? 100);
      const keys = new Set(rollup.groups.map(g => g.key));
      const rowStarts = rollup.groups.flatMap((g, i) =>
        g.parent && keys.has(g.parent) ? [] : [i],
      );
      return HttpResponse.json({
        ...rollup,
        groupBy: search.get('groupBy') ?? rollup.groupBy,
        groupCount: rollup.groups.length,
        rowCount: rowStarts.length,
        offset,
        groups: rollup.groups.slice(
          rowStarts[offset] ?? rollup.groups.length,
          rowStarts[offset + limit] ?? rollup.groups.length,
        ),
      });
    }),
    http.get(`${READINESS_BASE_URL}/scorecards`, () =>
      HttpResponse.json(options.scorecards ?? paymentsTeamScorecards),
    ),
    http.get(`${READINESS_BASE_URL}/summary`, () =>
      HttpResponse.json(options.summary ?? firstRunSummary),
    ),
    http.get(`${READINESS_BASE_URL}/filter-values`, () =>
      HttpResponse.json(options.filterValues ?? filterValues),
    ),
    http.get(`${READINESS_BASE_URL}/attention`, ({ request }) => {
      const search = new URL(request.url).searchParams;
      return HttpResponse.json(
        attentionResponse(search.get('list') as AttentionList, {
          offset: Number(search.get('offset') ?? 0),
          limit: Number(search.get('limit') ?? 25),
        }),
      );
    }),
    http.get(
      `${READINESS_BASE_URL}/export.csv`,
      () =>
        new HttpResponse(
          options.csv ??
            'entityRef,kind,type,lifecycle,owner,system,domain,tier,score,blockers,failingChecks,tierSince\n',
          { headers: { 'Content-Type': 'text/csv' } },
        ),
    ),
  ];
}
