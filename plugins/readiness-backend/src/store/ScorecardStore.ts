import type {
  AttentionFacts,
  CheckStatus,
  Scorecard,
} from '@readiness-scorecards/plugin-readiness-common';

/** What the recompute hands to the store for one entity. */
export interface EntityScoreRecord {
  entityRef: string;
  /** metadata.title when set; not part of the result (a new title alone adds no history). */
  title?: string;
  kind: string;
  type?: string;
  lifecycle?: string;
  owner?: string;
  tags?: string[];
  system?: string;
  domain?: string;
  scorecard: Scorecard;
  /** What the "needs attention" views need beyond the scorecard (stored as JSON). */
  attention?: AttentionFacts;
  /** Stable summary of the result; a row is written only when it changes. */
  fingerprint: string;
}

/** What the store tells about one stored result, without its messages. */
export interface ResultSummary {
  /** Highest tier reached, or null below the first tier. */
  tier: string | null;
  nextTier: string | null;
  /** Weighted score 0..100. */
  score: number;
  /** Checks that block `nextTier`, blockers first. */
  blockers: string[];
  /** Every check that fails or is invalid, blocking or not. */
  failingChecks: string[];
}

/**
 * The latest stored result of one entity. Results are stored compactly (a
 * status per check); tier and score are as stored, the next tier, its
 * blockers and `checks` come from the statuses under the rubric in force.
 */
export interface StoredEntityState extends ResultSummary {
  entityRef: string;
  kind: string;
  type?: string;
  lifecycle?: string;
  owner?: string;
  system?: string;
  domain?: string;
  tags: string[];
  blockerCount: number;
  /** Every check of the rubric in force, in its order; checks the stored result lacks do not apply. */
  checks: Array<{ checkId: string; status: CheckStatus }>;
  fingerprint: string;
  /** When the entity entered its current tier (or first scored). */
  tierSince: Date;
  /**
   * When the result last changed. Runs that find the same result leave the
   * row alone; when the last run was is the recompute run record's business.
   */
  changedAt: Date;
}

/** The columns rollups aggregate, one row per stored entity. */
export interface RollupRow {
  entityRef: string;
  /** metadata.title when the entity had one when last scored. */
  title?: string;
  kind: string;
  type?: string;
  lifecycle?: string;
  owner?: string;
  system?: string;
  domain?: string;
  tags: string[];
  tier: string | null;
  score: number;
  blockerCount: number;
  failingChecks: string[];
  categoryScores: Record<string, number>;
  tierSince: Date;
  /** True while the tier has been held since the entity's first stored result. */
  tierFirstRecord?: boolean;
  /** The attention facts stored with the result; absent until it is next scored. */
  attention?: AttentionFacts;
  /** When the result last changed. */
  changedAt: Date;
}

/** Filters on stored results; each list matches any of its values. */
export interface RollupFilter {
  kind?: string[];
  type?: string[];
  lifecycle?: string[];
}

/**
 * One point of an entity's readiness over time: a result and when it began.
 * Points of superseded results know only their failing checks.
 */
export interface HistoryPoint {
  recordedAt: Date;
  tier: string | null;
  score: number;
  blockerCount: number;
  failingChecks: string[];
}

/** A stored result as it was before a write replaced or removed it. */
export interface PreviousResult {
  entityRef: string;
  owner?: string;
  summary: ResultSummary;
}

export interface UpsertSummary {
  created: number;
  changed: number;
  unchanged: number;
  /** The entities that had no stored result before. */
  createdRefs: string[];
  /** The stored result each changed entity had before, by entity ref. */
  replaced: Map<string, PreviousResult>;
}

/** Persistence of readiness results and their history. */
export interface ScorecardStore {
  /**
   * Stores a batch of results, a transaction per chunk. Rows whose
   * fingerprint is unchanged are left alone; a changed result appends the
   * one it replaces to the row's history. Says which results were new and
   * what each changed one replaced, read in the same statement that
   * compared the fingerprints.
   */
  upsertResults(
    records: EntityScoreRecord[],
    now: Date,
  ): Promise<UpsertSummary>;

  getEntityState(entityRef: string): Promise<StoredEntityState | undefined>;

  /**
   * The entity's superseded results, then its current one, oldest first;
   * with `since`, the points that began at or after it; at most `limit`.
   */
  getHistory(
    entityRef: string,
    options?: { since?: Date; limit?: number },
  ): Promise<HistoryPoint[]>;

  /** The aggregation columns of every stored result that matches the filter. */
  listRollupRows(filter?: RollupFilter): Promise<RollupRow[]>;

  /**
   * Changes whenever a recompute wrote or deleted a row (from the newest
   * changed_at and the row count), so readers can cache what they derived
   * from the rows.
   */
  getVersion(): Promise<string>;

  /** Every entity's history points (as getHistory), oldest first per entity, for rollups over time. */
  listAllHistory(): Promise<Array<HistoryPoint & { entityRef: string }>>;

  /** Lists every entity ref that has a stored result. */
  listEntityRefs(): Promise<string[]>;

  /**
   * Removes the results and history of entities that left the catalog, and
   * says what the removed results were.
   */
  deleteEntities(entityRefs: string[]): Promise<PreviousResult[]>;

  /** Removes superseded results that began before `cutoff`; current results stay. */
  pruneHistory(cutoff: Date): Promise<number>;
}
