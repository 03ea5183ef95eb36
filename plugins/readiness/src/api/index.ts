export { readinessApiRef } from './ReadinessApi';
export type { ReadinessApi } from './ReadinessApi';
export { ReadinessClient } from './ReadinessClient';
export type {
  CategorySummary,
  EntitySummary,
  HistoryOptions,
  HistoryPoint,
  HistoryResponse,
  ListScorecardsQuery,
  ReadinessFilters,
  RecomputeState,
  RollupGroup,
  RollupGroupBy,
  RollupHistoryPoint,
  RollupHistoryResponse,
  RollupPageRequest,
  RollupPointGroup,
  RollupPointTotal,
  RollupResponse,
  RubricCheckSummary,
  RubricResponse,
  ScorecardFilters,
  ScorecardListResponse,
  ScorecardResponse,
  StoredScorecardSummary,
  TierSummary,
} from './types';
