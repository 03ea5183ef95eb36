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
