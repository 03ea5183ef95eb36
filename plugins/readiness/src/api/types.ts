/**
 * The readiness backend's REST API types. They are generated from
 * plugins/readiness-backend/src/schema/openapi.yaml into
 * @readiness-scorecards/plugin-readiness-common and re-exported here for the
 * plugin's components and public API; only the client's own options are
 * declared here.
 */
import type { HistoryQuery } from '@readiness-scorecards/plugin-readiness-common';

export type {
  AttentionCounts,
  AttentionItem,
  AttentionList,
  AttentionQuery,
  AttentionResponse,
  AttentionSort,
  CategorySummary,
  CommonGap,
  DecisionState,
  EntityAttention,
  EntitySummary,
  ExpiringCheck,
  FilterValuesResponse,
  FirstRunSummary,
  HistoryPoint,
  HistoryResponse,
  Initiative,
  InitiativeEntitiesQuery,
  InitiativeEntitiesResponse,
  InitiativeEntity,
  InitiativeHistoryPoint,
  InitiativeHistoryResponse,
  InitiativeListResponse,
  InitiativeProgress,
  InitiativeQuery,
  InitiativeResponse,
  InitiativeScope,
  InitiativeState,
  InitiativeSummary,
  InitiativeTarget,
  InitiativeTeamProgress,
  InitiativeTeamShare,
  ListInitiativesQuery,
  ListScorecardsQuery,
  ReadinessFilters,
  RecomputeState,
  RemainingCheck,
  RollupGroup,
  RollupGroupBy,
  RollupHistoryPoint,
  RollupHistoryResponse,
  RollupPageRequest,
  RollupPointGroup,
  RollupPointTotal,
  RollupResponse,
  RollupSort,
  RollupSortOrder,
  RollupSortRequest,
  RubricCheckSummary,
  RubricResponse,
  ScorecardFilters,
  ScorecardListResponse,
  ScorecardResponse,
  StoredScorecardSummary,
  SummaryResponse,
  TierCount,
  TierSinceSource,
  TierSummary,
  TimeInTier,
} from '@readiness-scorecards/plugin-readiness-common';

/** Options of ReadinessApi.getHistory: the query of GET .../history, `since` as a Date. */
export type HistoryOptions = Omit<HistoryQuery, 'since'> & {
  /** Only points recorded at or after this instant. */
  since?: Date;
};
