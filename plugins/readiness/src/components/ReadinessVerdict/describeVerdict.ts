import type { Scorecard } from '@readiness-scorecards/plugin-readiness-common';
import type { EntityAttention } from '../../api/types';
import type { TierSummary } from '../../api/types';
import { formatDays } from '../../lib/time';
import { tierTitle } from '../../lib/tiers';

/** The decision in a few words, with days overdue when it is. */
export function describeDecision(
  decision: Scorecard['decision'],
  attention?: Pick<EntityAttention, 'decisionState' | 'daysOverdue'>,
): string {
  const state = attention?.decisionState ?? decision.state;
  switch (state) {
    case 'overdue':
      return attention?.daysOverdue !== undefined
        ? `Decision overdue by ${formatDays(attention.daysOverdue)}`
        : 'Decision overdue';
    case 'undecided':
      return decision.due ? `Decision due ${decision.due}` : 'No decision and no due date';
    case 'invalid':
      return 'Decision unreadable';
    default:
      return `Decided: ${state}`;
  }
}

/** The parts of the verdict line, in reading order. */
export function verdictParts(input: {
  scorecard: Scorecard;
  attention?: EntityAttention;
  tiers: TierSummary[];
  /** Who must act, as a title people read. */
  actorTitle?: string;
}): string[] {
  const { scorecard, attention, tiers, actorTitle } = input;
  const parts = [
    scorecard.tier ? tierTitle(tiers, scorecard.tier) : 'No tier yet',
    describeDecision(scorecard.decision, attention),
  ];
  if (scorecard.nextTier) {
    const n = scorecard.blockers.length;
    parts.push(
      `${n} ${n === 1 ? 'blocker' : 'blockers'} to ${tierTitle(tiers, scorecard.nextTier)}`,
    );
  } else {
    parts.push('Top tier reached');
  }
  if (actorTitle) parts.push(`${actorTitle} must act`);
  return parts;
}

/** True when the decision gate belongs at the top: overdue, missing or unreadable. */
export function decisionNeedsAttention(
  decision: Scorecard['decision'],
  attention?: Pick<EntityAttention, 'decisionState'>,
): boolean {
  const state = attention?.decisionState ?? decision.state;
  return (
    state === 'overdue' ||
    state === 'invalid' ||
    (state === 'undecided' && !decision.due)
  );
}
