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
export { rootRouteRef } from './routes';
export { isReadinessAvailable } from './lib/isReadinessAvailable';
export { readinessApiRef, ReadinessClient } from './api';
export type {
  ReadinessApi,
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
} from './api';
// Part of ReadinessApi's signatures, not (yet) re-exported by ./api.
export type { RecomputeState, RollupPageRequest } from './api/types';
export type { ReadinessCardProps } from './components/ReadinessCard';
export type { GroupReadinessCardProps } from './components/GroupReadinessCard';
