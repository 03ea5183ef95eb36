export { readinessApiRef } from './ReadinessApi';
export type { ReadinessApi } from './ReadinessApi';
export { ReadinessClient } from './ReadinessClient';
export type {
  CategorySummary,
  EntitySummary,
  HistoryOptions,
  HistoryPoint,
  HistoryResponse,
  ListScorecardsOptions,
  ReadinessFilters,
  RollupGroup,
  RollupGroupBy,
  RollupHistoryPoint,
  RollupHistoryResponse,
  RollupResponse,
  RubricCheckSummary,
  RubricResponse,
  ScorecardFilters,
  ScorecardListResponse,
  ScorecardResponse,
  StoredScorecardSummary,
  TierSummary,
} from './types';
