import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { ReadinessApi } from './ReadinessApi';
import type {
  AttentionQuery,
  AttentionResponse,
  FilterValuesResponse,
  HistoryOptions,
  InitiativeEntitiesQuery,
  InitiativeEntitiesResponse,
  InitiativeHistoryResponse,
  InitiativeListResponse,
  InitiativeQuery,
  InitiativeResponse,
  ListInitiativesQuery,
  HistoryResponse,
  ListScorecardsQuery,
  ReadinessFilters,
  RollupGroupBy,
  RollupHistoryResponse,
  RollupPageRequest,
  RollupSortRequest,
  RollupResponse,
  RubricResponse,
  ScorecardFilters,
  ScorecardListResponse,
  ScorecardResponse,
  SummaryResponse,
} from './types';

/** Filter parameters, in the order they go into the query string. */
const FILTER_KEYS = [
  'kind',
  'type',
  'lifecycle',
  'tag',
  'owner',
  'system',
  'domain',
  'tier',
] as const;

/**
 * The default {@link ReadinessApi}: plain HTTP against the readiness backend.
 * Requests go through the app's fetchApi so the user's Backstage token is sent;
 * the backend scores the entity as that user sees it.
 *
 * @public
 */
export class ReadinessClient implements ReadinessApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getScorecard(
    entityRef: string | CompoundEntityRef,
  ): Promise<ScorecardResponse> {
    return this.get<ScorecardResponse>(entityPath(entityRef));
  }

  async getHistory(
    entityRef: string | CompoundEntityRef,
    options: HistoryOptions = {},
  ): Promise<HistoryResponse> {
    const query = new URLSearchParams();
    if (options.since) {
      query.set('since', options.since.toISOString());
    }
    if (options.limit !== undefined) {
      query.set('limit', String(options.limit));
    }
    const search = query.toString();
    return this.get<HistoryResponse>(
      `${entityPath(entityRef)}/history${search ? `?${search}` : ''}`,
    );
  }

  async getRubric(): Promise<RubricResponse> {
    return this.get<RubricResponse>('/checks');
  }

  async getRollup(
    groupBy: RollupGroupBy,
    filters: ReadinessFilters = {},
    page?: RollupPageRequest,
    sort?: RollupSortRequest,
  ): Promise<RollupResponse> {
    const query = filterQuery(filters);
    query.set('groupBy', groupBy);
    if (page) {
      query.set('offset', String(page.offset));
      query.set('limit', String(page.limit));
    }
    if (sort?.sort) query.set('sort', sort.sort);
    if (sort?.order) query.set('order', sort.order);
    return this.get<RollupResponse>(`/rollup?${query}`);
  }

  async getRollupHistory(
    groupBy: RollupGroupBy,
    filters: ReadinessFilters = {},
    page?: RollupPageRequest,
  ): Promise<RollupHistoryResponse> {
    const query = filterQuery(filters);
    query.set('groupBy', groupBy);
    if (page) {
      query.set('offset', String(page.offset));
      query.set('limit', String(page.limit));
    }
    return this.get<RollupHistoryResponse>(`/rollup/history?${query}`);
  }

  async listScorecards(
    options: ListScorecardsQuery = {},
  ): Promise<ScorecardListResponse> {
    const query = filterQuery(options);
    if (options.offset !== undefined) {
      query.set('offset', String(options.offset));
    }
    if (options.limit !== undefined) {
      query.set('limit', String(options.limit));
    }
    return this.get<ScorecardListResponse>(withQuery('/scorecards', query));
  }

  async getSummary(filters: ReadinessFilters = {}): Promise<SummaryResponse> {
    return this.get<SummaryResponse>(withQuery('/summary', filterQuery(filters)));
  }

  async getFilterValues(): Promise<FilterValuesResponse> {
    return this.get<FilterValuesResponse>('/filter-values');
  }

  async listAttention(query: AttentionQuery): Promise<AttentionResponse> {
    const params = filterQuery(query);
    params.set('list', query.list);
    if (query.sort) params.set('sort', query.sort);
    if (query.order) params.set('order', query.order);
    if (query.withinDays !== undefined) {
      params.set('withinDays', String(query.withinDays));
    }
    if (query.offset !== undefined) params.set('offset', String(query.offset));
    if (query.limit !== undefined) params.set('limit', String(query.limit));
    return this.get<AttentionResponse>(withQuery('/attention', params));
  }

  async listInitiatives(
    query: ListInitiativesQuery = {},
  ): Promise<InitiativeListResponse> {
    const params = new URLSearchParams();
    if (query.entityRef) params.set('entityRef', query.entityRef);
    for (const owner of query.owner ?? []) {
      if (owner) params.append('owner', owner);
    }
    return this.get<InitiativeListResponse>(withQuery('/initiatives', params));
  }

  async getInitiative(
    id: string,
    page: InitiativeQuery = {},
  ): Promise<InitiativeResponse> {
    return this.get<InitiativeResponse>(
      withQuery(initiativePath(id), pageQuery(page)),
    );
  }

  async listInitiativeEntities(
    id: string,
    query: InitiativeEntitiesQuery = {},
  ): Promise<InitiativeEntitiesResponse> {
    const params = pageQuery(query);
    for (const owner of query.owner ?? []) {
      if (owner) params.append('owner', owner);
    }
    return this.get<InitiativeEntitiesResponse>(
      withQuery(`${initiativePath(id)}/entities`, params),
    );
  }

  async getInitiativeHistory(id: string): Promise<InitiativeHistoryResponse> {
    return this.get<InitiativeHistoryResponse>(`${initiativePath(id)}/history`);
  }

  async exportInitiativeCsv(id: string): Promise<Blob> {
    const baseUrl = await this.discoveryApi.getBaseUrl('readiness');
    const response = await this.fetchApi.fetch(
      `${baseUrl}${initiativePath(id)}/export.csv`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.blob();
  }

  async getExportUrl(filters: ScorecardFilters = {}): Promise<string> {
    const baseUrl = await this.discoveryApi.getBaseUrl('readiness');
    return `${baseUrl}${withQuery('/export.csv', filterQuery(filters))}`;
  }

  async exportCsv(filters: ScorecardFilters = {}): Promise<Blob> {
    const response = await this.fetchApi.fetch(
      await this.getExportUrl(filters),
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.blob();
  }

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('readiness');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      // Keeps the backend's { error: { name, message } } as error.cause, so
      // panels can show what the server said, not only the status line.
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}

/**
 * `/scorecards/{namespace}/{kind}/{name}`. The kind is lower-cased because
 * catalog refs are case-insensitive and one spelling keeps URLs stable.
 */
function entityPath(entityRef: string | CompoundEntityRef): string {
  const { kind, namespace, name } =
    typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
  return [
    '/scorecards',
    encodeURIComponent(namespace),
    encodeURIComponent(kind.toLocaleLowerCase('en-US')),
    encodeURIComponent(name),
  ].join('/');
}

/** Repeated query parameters (`kind=A&kind=B`), empty values left out. */
function filterQuery(filters: ScorecardFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    for (const value of filters[key] ?? []) {
      if (value) {
        query.append(key, value);
      }
    }
  }
  return query;
}

function initiativePath(id: string): string {
  return `/initiatives/${encodeURIComponent(id)}`;
}

/** `offset` and `limit` when given. */
function pageQuery(page: { offset?: number; limit?: number }): URLSearchParams {
  const query = new URLSearchParams();
  if (page.offset !== undefined) query.set('offset', String(page.offset));
  if (page.limit !== undefined) query.set('limit', String(page.limit));
  return query;
}

function withQuery(path: string, query: URLSearchParams): string {
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
