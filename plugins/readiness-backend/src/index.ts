/**
 * Backend plugin for production-readiness scorecards.
 *
 * The default export is the plugin (`backend.add(import(...))`); the rest is
 * the contract of the change events it publishes. Storage stays internal.
 *
 * @packageDocumentation
 */
export { readinessPlugin as default } from './plugin';
export { READINESS_SCORECARD_CHANGED_TOPIC } from './events/ScorecardChangedEvent';
export type {
  ScorecardChangedEvent,
  ScorecardEventSnapshot,
} from './events/ScorecardChangedEvent';
