/**
 * Production-readiness scorecards on Backstage entity pages.
 *
 * This entry point serves apps on the legacy frontend system; the new
 * frontend system uses `@readiness-scorecards/plugin-readiness/alpha`.
 *
 * @packageDocumentation
 */
export {
  readinessPlugin,
  EntityReadinessContent,
  EntityReadinessCard,
  EntityGroupReadinessCard,
  ReadinessPage,
} from './plugin';
export { initiativeRouteRef, rootRouteRef } from './routes';
export { isReadinessAvailable } from './lib/isReadinessAvailable';
export { readinessApiRef, ReadinessClient } from './api';
export type {
  ReadinessApi,
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
} from './api';
export type { ReadinessCardProps } from './components/ReadinessCard';
export type { GroupReadinessCardProps } from './components/GroupReadinessCard';
