import { createApiRef } from '@backstage/core-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
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

/**
 * Reads readiness scorecards from the readiness backend, with the signed-in
 * user's credentials: an entity they cannot see in the catalog is a 404.
 *
 * @public
 */
export interface ReadinessApi {
  /** The live scorecard of an entity, with its people and stored tier age. */
  getScorecard(
    entityRef: string | CompoundEntityRef,
  ): Promise<ScorecardResponse>;
  /** The entity's tier and score over time, oldest first. */
  getHistory(
    entityRef: string | CompoundEntityRef,
    options?: HistoryOptions,
  ): Promise<HistoryResponse>;
  /** The rubric in force: tiers (lowest first), categories and checks. */
  getRubric(): Promise<RubricResponse>;
  /** Readiness across the organisation, grouped by one dimension. */
  getRollup(
    groupBy: RollupGroupBy,
    filters?: ReadinessFilters,
    page?: RollupPageRequest,
    sort?: RollupSortRequest,
  ): Promise<RollupResponse>;
  /**
   * The organisation's readiness over time. Rejects with a ResponseError of
   * status 404 when the backend does not serve it.
   */
  getRollupHistory(
    groupBy: RollupGroupBy,
    filters?: ReadinessFilters,
    page?: RollupPageRequest,
  ): Promise<RollupHistoryResponse>;
  /** One page of stored results, lowest tier first. */
  listScorecards(options?: ListScorecardsQuery): Promise<ScorecardListResponse>;
  /** The URL of GET /export.csv with these filters (it needs credentials). */
  getExportUrl(filters?: ScorecardFilters): Promise<string>;
  /** The CSV export, fetched with the user's credentials. */
  exportCsv(filters?: ScorecardFilters): Promise<Blob>;
  /**
   * Entities per tier, the most common gaps and production declared but not
   * reached, over the stored results: what the Readiness page shows before
   * any history exists (the same summary `readiness lint` prints).
   */
  getSummary(filters?: ReadinessFilters): Promise<SummaryResponse>;
  /** The values each filter can take among what the user may read, for suggestions. */
  getFilterValues(): Promise<FilterValuesResponse>;
  /**
   * One page of one "needs attention" list (overdue decisions, old pilots,
   * claimed above earned, expiring), with the size of every list.
   */
  listAttention(query: AttentionQuery): Promise<AttentionResponse>;
  /**
   * Every initiative (readiness.initiatives) with its progress and state;
   * with `entityRef`, only the entity's initiatives, each with its own progress.
   */
  listInitiatives(
    query?: ListInitiativesQuery,
  ): Promise<InitiativeListResponse>;
  /** One initiative, the checks that remain and one page of teams, most remaining work first. */
  getInitiative(
    id: string,
    page?: InitiativeQuery,
  ): Promise<InitiativeResponse>;
  /** One page of an initiative's entities, remaining work first (`owner` for a team). */
  listInitiativeEntities(
    id: string,
    query?: InitiativeEntitiesQuery,
  ): Promise<InitiativeEntitiesResponse>;
  /** An initiative's burn-up, a point per day, with the needed pace. */
  getInitiativeHistory(id: string): Promise<InitiativeHistoryResponse>;
  /** An initiative's entities as CSV, fetched with the user's credentials. */
  exportInitiativeCsv(id: string): Promise<Blob>;
}

/**
 * The reference apps and tests use to provide or replace the readiness client.
 * Created with core-plugin-api so the same ref works in the legacy and the new
 * frontend system.
 *
 * @public
 */
export const readinessApiRef = createApiRef<ReadinessApi>({
  id: 'plugin.readiness.service',
});
