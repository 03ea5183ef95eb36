import { dayOf, parseDay } from '@readiness-scorecards/plugin-readiness-common';
import type { ReadinessModuleInitiative } from '@readiness-scorecards/plugin-readiness-node';
import type { RecordedProgress } from './InitiativeProgressStore';

/**
 * The points modules measured before the plugin recorded them, for days
 * before today (today's point is the recompute's). Unreadable dates are
 * left out: the initiative itself was checked at start-up.
 */
export function measuredBeforeToday(
  initiatives: readonly ReadinessModuleInitiative[],
  now: Date,
): RecordedProgress[] {
  const today = dayOf(now);
  return initiatives.flatMap(({ initiative, measuredBefore = [] }) =>
    measuredBefore
      .filter(p => {
        const day = parseDay(p.date);
        return day !== undefined && day < today;
      })
      .map(p => ({
        initiativeId: initiative.id,
        day: p.date,
        inScope: p.inScope,
        done: p.done,
      })),
  );
}
