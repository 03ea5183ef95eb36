/**
 * msw handlers that answer like the readiness backend, so components are
 * tested through the real ReadinessClient and the real HTTP shapes.
 */
import { http, HttpResponse } from 'msw';
import type {
  HistoryResponse,
  RubricResponse,
  ScorecardResponse,
} from '../api/types';
import {
  defaultRubric,
  paymentsApiHistory,
  paymentsApiResponse,
} from './fixtures';

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
