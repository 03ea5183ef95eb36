import type { RowAttention } from './rowAttention';

/** Per-group counts of what needs a decision or an action. */
export interface AttentionCounts {
  /** Undecided entities whose decision due date has passed. */
  overdueDecisions: number;
  /** Pilots older than oldPilotDays with no decision (and none overdue). */
  oldPilotsWithoutDecision: number;
  /** Entities whose lifecycle claims a tier above the one earned. */
  claimedAboveEarned: number;
  /** Entities with a waiver or dated evidence that drops within the window. */
  expiringSoon: number;
}

export function emptyAttentionCounts(): AttentionCounts {
  return {
    overdueDecisions: 0,
    oldPilotsWithoutDecision: 0,
    claimedAboveEarned: 0,
    expiringSoon: 0,
  };
}

export function addToAttentionCounts(counts: AttentionCounts, attention: RowAttention): void {
  if (attention.decisionState === 'overdue') counts.overdueDecisions += 1;
  if (attention.oldPilotWithoutDecision) counts.oldPilotsWithoutDecision += 1;
  if (attention.claimAboveTier) counts.claimedAboveEarned += 1;
  if (attention.expiring.length > 0) counts.expiringSoon += 1;
}
