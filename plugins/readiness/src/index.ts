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
} from './plugin';
export { isReadinessAvailable } from './lib/isReadinessAvailable';
export { readinessApiRef, ReadinessClient } from './api';
export type {
  ReadinessApi,
  CategorySummary,
  EntitySummary,
  HistoryOptions,
  HistoryPoint,
  HistoryResponse,
  RubricCheckSummary,
  RubricResponse,
  ScorecardResponse,
  TierSummary,
} from './api';
export type { ReadinessCardProps } from './components/ReadinessCard';
