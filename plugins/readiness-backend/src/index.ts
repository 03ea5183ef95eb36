/**
 * Backend plugin for production-readiness scorecards.
 *
 * @packageDocumentation
 */
export { readinessPlugin as default } from './plugin';
export type { ScorecardStore } from './store';
export { READINESS_SCORECARD_CHANGED_TOPIC } from './events/ScorecardChangedEvent';
export type {
  ScorecardChangedEvent,
  ScorecardEventSnapshot,
} from './events/ScorecardChangedEvent';
