/**
 * Shapes of the "needs attention" part of the readiness backend's REST API
 * (GET /attention, the attention counts of rollup groups, the verdict of a
 * scorecard response; plugins/readiness-backend/src/schema/openapi.yaml).
 * Kept apart from types.ts so the generated wire types can replace both.
 */
import type { Severity } from '@readiness-scorecards/plugin-readiness-common';
import type {
  RecomputeState,
  ScorecardFilters,
  ScorecardResponse,
} from './types';

/** The lists of GET /attention. */
export type AttentionList =
  | 'overdue-decisions'
  | 'old-pilots'
  | 'claimed-above-earned'
  | 'expiring';

export const ATTENTION_LISTS: readonly AttentionList[] = [
  'overdue-decisions',
  'old-pilots',
  'claimed-above-earned',
  'expiring',
];

export type AttentionSort =
  | 'urgency'
  | 'entity'
  | 'owner'
  | 'whoActs'
  | 'tier'
  | 'daysOverdue'
  | 'daysInTier'
  | 'blockers'
  | 'dropsOn';

export type DecisionState =
  | 'ship'
  | 'kill'
  | 'extend'
  | 'undecided'
  | 'overdue'
  | 'invalid';

/** declared (readiness/pilot-start), recorded, or first-record ("since at least"). */
export type TierSinceSource = 'declared' | 'recorded' | 'first-record';

export interface TimeInTier {
  since: string;
  source: TierSinceSource;
  days: number;
}

/** A check that holds now and stops holding within the window. */
export interface ExpiringCheck {
  checkId: string;
  severity: Severity;
  checkTier: string;
  kind: 'waiver' | 'evidence';
  /** The first day (YYYY-MM-DD) it no longer holds. */
  dropsOn: string;
}

/** One entry of an attention list. */
export interface AttentionItem {
  entityRef: string;
  kind: string;
  type?: string;
  lifecycle?: string;
  owner?: string;
  ownerTitle?: string;
  operationalOwner?: string;
  whoActs?: string;
  whoActsNote?: string;
  tier: string | null;
  score: number;
  blockerCount: number;
  decisionState?: DecisionState;
  decisionDue?: string;
  daysOverdue?: number;
  timeInTier: TimeInTier;
  claimedTier?: string;
  claimAboveTier: boolean;
  expiring: ExpiringCheck[];
  tierThen?: string | null;
}

/** GET /attention */
export interface AttentionResponse {
  list: AttentionList;
  total: number;
  offset: number;
  limit: number;
  sort: AttentionSort;
  order: 'asc' | 'desc';
  withinDays: number;
  oldPilotDays: number;
  evaluatedAt: string;
  counts: Record<AttentionList, number>;
  items: AttentionItem[];
  recompute?: RecomputeState;
}

export interface AttentionQuery extends ScorecardFilters {
  list: AttentionList;
  sort?: AttentionSort;
  order?: 'asc' | 'desc';
  withinDays?: number;
  offset?: number;
  limit?: number;
}

/** The attention counts every rollup group carries. */
export interface RollupGroupAttention {
  overdueDecisions?: number;
  oldPilotsWithoutDecision?: number;
  claimedAboveEarned?: number;
  expiringSoon?: number;
}

/** The entity's verdict beyond its scorecard (ScorecardResponse.attention). */
export interface EntityAttention {
  timeInTier: TimeInTier;
  pilotStart?: { state: 'valid' | 'invalid'; date?: string; message?: string };
  claimedTier?: string;
  claimAboveTier: boolean;
  decisionState?: DecisionState;
  daysOverdue?: number;
  whoActs?: string;
  whoActsNote?: string;
  expiring: ExpiringCheck[];
  withinDays: number;
}

/** A scorecard response with its verdict (absent from older backends). */
export type ScorecardWithAttention = ScorecardResponse & {
  attention?: EntityAttention;
};

/** What newer backends add to each row of GET /scorecards (and the CSV). */
export interface StoredSummaryAttention {
  tierSinceSource?: TierSinceSource;
  decisionState?: DecisionState;
  daysOverdue?: number;
  claimedTier?: string;
  whoActs?: string;
}
