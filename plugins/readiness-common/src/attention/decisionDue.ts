import { dayOf, parseDay } from '../parsing/dates';
import type { DecisionGate } from '../model/scorecard';

/** A decision as stored: its gate state when scored and its due date. */
export interface StoredDecision {
  state: DecisionGate['state'];
  due?: string;
}

export type DecisionStateNow = DecisionGate['state'];

/**
 * The decision's state at `now`: an undecided decision whose due date has
 * passed is overdue, even when it was scored before the date passed.
 */
export function decisionStateAt(
  decision: StoredDecision,
  now: Date,
): { state: DecisionStateNow; daysOverdue?: number } {
  const decided =
    decision.state === 'ship' ||
    decision.state === 'kill' ||
    decision.state === 'extend' ||
    decision.state === 'invalid';
  if (decided || !decision.due) return { state: decision.state };
  const dueDay = parseDay(decision.due);
  if (dueDay === undefined) return { state: decision.state };
  const late = dayOf(now) - dueDay;
  return late > 0
    ? { state: 'overdue', daysOverdue: late }
    : { state: 'undecided' };
}

/** True when nothing was decided (ship, kill or extend). */
export function isUndecided(state: DecisionStateNow): boolean {
  return state === 'undecided' || state === 'overdue' || state === 'invalid';
}
