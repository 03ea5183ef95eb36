/** The events-service topic the readiness plugin publishes result changes on. */
export const READINESS_SCORECARD_CHANGED_TOPIC = 'readiness.scorecard.changed';

/** The part of a result an event carries. */
export interface ScorecardEventSnapshot {
  /** Highest tier reached, or null below the first tier. */
  tier: string | null;
  nextTier: string | null;
  /** Weighted score 0..100. */
  score: number;
  /** Checks that block `nextTier`. */
  blockers: string[];
  /** Every check that fails or is invalid, blocking or not. */
  failingChecks: string[];
}

/**
 * The payload of `readiness.scorecard.changed`: one event per entity whose
 * stored result was created, changed or removed by a recompute. Plain JSON.
 */
export interface ScorecardChangedEvent {
  entityRef: string;
  change: 'created' | 'changed' | 'deleted';
  /** Owner group ref, when the entity has one. */
  owner?: string;
  /** ISO timestamp of the recompute. */
  computedAt: string;
  /** Null for `created`. */
  previous: ScorecardEventSnapshot | null;
  /** Null for `deleted`. */
  current: ScorecardEventSnapshot | null;
  /** The tier is lower than before. */
  tierDropped: boolean;
  /** Checks that block the next tier now and did not before (empty when the tier rose). */
  newBlockers: string[];
}
