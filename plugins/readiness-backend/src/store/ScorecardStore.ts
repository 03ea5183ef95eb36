import type { Scorecard } from '@readiness-scorecards/plugin-readiness-common';

/** What the recompute hands to the store for one entity. */
export interface EntityScoreRecord {
  entityRef: string;
  kind: string;
  type?: string;
  lifecycle?: string;
  owner?: string;
  operationalOwner?: string;
  /** Owner group, its members and the operational owner, to fetch them in one go later. */
  relatedRefs?: string[];
  tags?: string[];
  system?: string;
  domain?: string;
  scorecard: Scorecard;
  /** Stable summary of the result; a row is written only when it changes. */
  fingerprint: string;
}

/** The latest stored result of one entity. */
export interface StoredEntityState {
  entityRef: string;
  kind: string;
  type?: string;
  lifecycle?: string;
  owner?: string;
  system?: string;
  domain?: string;
  tier: string | null;
  score: number;
  blockerCount: number;
  failingChecks: string[];
  fingerprint: string;
  scorecard: Scorecard;
  /** When the entity entered its current tier (or first scored). */
  tierSince: Date;
  /** When the result last changed. */
  changedAt: Date;
  /**
   * When the stored result was computed. Runs that find the same result
   * leave the row alone, so this is the last change too; when the last run
   * was is the recompute run record's business.
   */
  computedAt: Date;
}

/** The cheap part of a stored result: who owns it and since when. */
export interface StoredEntitySummary {
  owner?: string;
  operationalOwner?: string;
  relatedRefs: string[];
  tierSince: Date;
  computedAt: Date;
}

/** The columns rollups aggregate, one row per stored entity. */
export interface RollupRow {
  entityRef: string;
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
}

/** Filters on stored results; each list matches any of its values. */
export interface RollupFilter {
  kind?: string[];
  type?: string[];
  lifecycle?: string[];
}

/** One point of an entity's readiness over time. */
export interface HistoryPoint {
  recordedAt: Date;
  tier: string | null;
  score: number;
  blockerCount: number;
  failingChecks: string[];
}

export interface UpsertSummary {
  created: number;
  changed: number;
  unchanged: number;
}

/** Persistence of readiness results and their history. */
export interface ScorecardStore {
  /**
   * Stores a batch of results in one transaction. History rows are appended
   * only for entities that are new or whose fingerprint changed.
   */
  upsertResults(records: EntityScoreRecord[], now: Date): Promise<UpsertSummary>;

  getEntityState(entityRef: string): Promise<StoredEntityState | undefined>;

  /** Like getEntityState without the scorecard: one small row, no JSON. */
  /** Summaries of the given stored entities, keyed by entity ref; unknown refs are absent. */
  getEntitySummaries(entityRefs: string[]): Promise<Map<string, StoredEntitySummary>>;

  getHistory(
    entityRef: string,
    options?: { since?: Date; limit?: number },
  ): Promise<HistoryPoint[]>;

  /** The aggregation columns of every stored result that matches the filter. */
  listRollupRows(filter?: RollupFilter): Promise<RollupRow[]>;

  /**
   * Changes whenever a recompute wrote or deleted a row (from the newest
   * computed_at and the row count), so readers can cache what they derived
   * from the rows.
   */
  getVersion(): Promise<string>;

  /** Every history row, oldest first per entity, for rollups over time. */
  listAllHistory(): Promise<Array<HistoryPoint & { entityRef: string }>>;

  /** Lists every entity ref that has a stored result. */
  listEntityRefs(): Promise<string[]>;

  /** Removes the results and history of entities that left the catalog. */
  deleteEntities(entityRefs: string[]): Promise<number>;

  /** Removes history rows recorded before `cutoff`. */
  pruneHistory(cutoff: Date): Promise<number>;
}
