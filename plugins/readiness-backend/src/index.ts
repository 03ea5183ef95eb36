/**
 * Backend plugin for production-readiness scorecards.
 *
 * @packageDocumentation
 */
export { readinessPlugin as default } from './plugin';
export type { ScorecardStore } from './store';
