/**
 * Shapes of the readiness backend's REST API (plugins/readiness-backend/src/schema/openapi.yaml).
 * The scorecard itself is the engine's type from -common; everything around
 * it is declared here because the spec, not the engine, defines it.
 */
import type {
  Scorecard,
  Severity,
} from '@readiness-scorecards/plugin-readiness-common';

/** A catalog entity as the backend summarises it (Group or User). */
export interface EntitySummary {
  entityRef: string;
  title?: string;
  email?: string;
  /** Members of a group, when the summary is of the owner group. */
  members?: EntitySummary[];
}

/** GET /scorecards/{namespace}/{kind}/{name} */
export interface ScorecardResponse {
  scorecard: Scorecard;
  /** The owner group and the operational owner, as the caller sees them. */
  people: {
    ownerGroup?: EntitySummary;
    operationalOwner?: EntitySummary;
  };
  /** What the last scheduled recompute stored; empty before the first run. */
  stored: {
    /** ISO timestamp: when the entity entered its current tier. */
    tierSince?: string;
    /** ISO timestamp of the last scheduled computation. */
    computedAt?: string;
  };
}

/** One change of an entity's readiness. */
export interface HistoryPoint {
  recordedAt: string;
  tier: string | null;
  score: number;
  blockerCount: number;
  failingChecks: string[];
}

/** GET /scorecards/{namespace}/{kind}/{name}/history, oldest first. */
export interface HistoryResponse {
  entityRef: string;
  points: HistoryPoint[];
}

export interface TierSummary {
  id: string;
  title: string;
  description?: string;
}

export interface CategorySummary {
  id: string;
  title: string;
  description?: string;
}

/** A check of the rubric, as people read it. */
export interface RubricCheckSummary {
  id: string;
  title: string;
  description: string;
  category: string;
  tier: string;
  severity: Severity;
  /** Which entities the check applies to, in words. */
  appliesTo: string;
}

/** GET /checks: the rubric in force. Tiers are ordered lowest first. */
export interface RubricResponse {
  tiers: TierSummary[];
  categories: CategorySummary[];
  /** How much a passing check of each severity weighs in the score. */
  weights: Record<Severity, number>;
  checks: RubricCheckSummary[];
}

/** Options of GET .../history. */
export interface HistoryOptions {
  /** Only points recorded at or after this instant. */
  since?: Date;
  /** At most this many points (1..5000). */
  limit?: number;
}

/** Dimensions GET /rollup groups by. */
export type RollupGroupBy =
  | 'owner'
  | 'system'
  | 'domain'
  | 'lifecycle'
  | 'type';

/**
 * Filters shared by GET /rollup, GET /scorecards and GET /export.csv. Each
 * list matches any of its values; lists combine with AND.
 */
export interface ReadinessFilters {
  /** Entity kinds: Component, Resource, API. */
  kind?: string[];
  /** spec.type values. */
  type?: string[];
  /** spec.lifecycle values. */
  lifecycle?: string[];
  /** metadata.tags. */
  tag?: string[];
  /** Owner group refs; includes the groups below them. */
  owner?: string[];
}

/** Filters of GET /scorecards and GET /export.csv beyond the rollup's. */
export interface ScorecardFilters extends ReadinessFilters {
  /** System refs, e.g. system:default/checkout. */
  system?: string[];
  /** Domain refs, e.g. domain:default/payments. */
  domain?: string[];
  /** Tier ids, or "none" for entities below the first tier. */
  tier?: string[];
}

/** Options of GET /scorecards. */
export interface ListScorecardsOptions extends ScorecardFilters {
  offset?: number;
  /** 1..1000. */
  limit?: number;
}

/** One group of GET /rollup (or the total over all of them). */
export interface RollupGroup {
  /** The group's value, e.g. group:default/payments-team, or "(none)". */
  key: string;
  title?: string;
  entityCount: number;
  /** Entities per tier id, and "none" for below the first tier. */
  tiers: Record<string, number>;
  meanScore: number;
  openBlockers: number;
  /** Entities below the top tier for longer than stuckAfterDays. */
  stuckBelowTop: number;
  topFailingChecks: Array<{ checkId: string; count: number }>;
  /** Mean score per category id. */
  categoryScores: Record<string, number>;
}

/** GET /rollup */
export interface RollupResponse {
  groupBy: RollupGroupBy;
  /** Tier ids, lowest first. */
  tiers: string[];
  stuckAfterDays: number;
  total: RollupGroup;
  /** Groups in all; `groups` is the page asked for, from `offset`. */
  groupCount: number;
  offset: number;
  recompute?: RecomputeState;
  groups: RollupGroup[];
}

/** A page of rollup groups, in key order. */
export interface RollupPageRequest {
  offset: number;
  limit: number;
}

/** Whether the stored results behind rollups and lists are current. */
export interface RecomputeState {
  stale: boolean;
  staleReason?: 'last-run-failed' | 'no-recent-success';
  running: boolean;
  lastSucceededAt?: string;
  lastFailedAt?: string;
}

/** One row of GET /scorecards: what the last recompute stored. */
export interface StoredScorecardSummary {
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
  /** ISO timestamp: when the entity entered its current tier. */
  tierSince: string;
}

/** GET /scorecards: one page, sorted lowest tier first, then score, then ref. */
export interface ScorecardListResponse {
  /** Matching entities the caller may read, over all pages. */
  total: number;
  offset: number;
  recompute?: RecomputeState;
  items: StoredScorecardSummary[];
}

/** One day of GET /rollup/history. */
export interface RollupHistoryPoint {
  /** YYYY-MM-DD */
  date: string;
  total: Pick<RollupGroup, 'entityCount' | 'meanScore' | 'tiers'>;
}

/**
 * GET /rollup/history: the organisation's readiness over time. Not served by
 * every backend version; a 404 means the backend has no history yet.
 */
export interface RollupHistoryResponse {
  groupBy: RollupGroupBy;
  /** Distinct groups over all points; each point holds the page asked for. */
  groupCount?: number;
  points: RollupHistoryPoint[];
}
