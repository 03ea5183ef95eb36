import type { Scorecard } from '@readiness-scorecards/plugin-readiness-common';
import type { GroupHierarchy } from '../catalog/GroupHierarchy';
import type { EntityScoreRecord, ResultSummary } from '../store';

/** What happened to one entity's stored result in a recompute. */
export interface ScorecardChange {
  entityRef: string;
  change: 'created' | 'changed' | 'deleted';
  /** Owner group ref: the new result's, or the removed one's. */
  owner?: string;
  /**
   * The stored result before, as the store keeps it (no messages or
   * evidence); absent for `created`.
   */
  previous?: ResultSummary;
  /** The stored result now; absent for `deleted`. */
  current?: Scorecard;
}

/** One stored page of a recompute (or the removals at its end). */
export interface RecomputeBatch {
  now: Date;
  /** Every result the page stored, changed or not (empty for removals). */
  results: EntityScoreRecord[];
  /** The results that were new, changed (fingerprint differs) or removed. */
  changes: ScorecardChange[];
}

/** A recompute that stored every page and removed what left the catalog. */
export interface FinishedRecompute {
  now: Date;
  /** Every group and its parent as the recompute read them: no catalog read of its own. */
  groups: GroupHierarchy;
}

/**
 * Told about every page after it was stored, so it hears of each change
 * exactly once, however often the recompute runs, and about the end of a
 * run that read the whole catalog. A listener that throws is logged and
 * does not stop the recompute.
 */
export interface RecomputeListener {
  name: string;
  onBatch?(batch: RecomputeBatch): Promise<void>;
  onRunFinished?(run: FinishedRecompute): Promise<void>;
}
