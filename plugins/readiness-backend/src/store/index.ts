export * from './ScorecardStore';
export { DatabaseScorecardStore } from './DatabaseScorecardStore';
export { CachedRollupRows } from './CachedRollupRows';
