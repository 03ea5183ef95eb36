export { readinessApiRef } from './ReadinessApi';
export type { ReadinessApi } from './ReadinessApi';
export { ReadinessClient } from './ReadinessClient';
export type {
  CategorySummary,
  EntitySummary,
  HistoryOptions,
  HistoryPoint,
  HistoryResponse,
  RubricCheckSummary,
  RubricResponse,
  ScorecardResponse,
  TierSummary,
} from './types';
