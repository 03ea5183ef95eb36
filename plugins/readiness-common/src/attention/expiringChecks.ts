import type { EvaluateOptions, EvaluationInput } from '../model/evaluation';
import type { CheckStatus, Scorecard } from '../model/scorecard';
import type { ExpiringCheck } from '../api/types';
import type { CompiledRubric } from '../engine/compileRubric';
import { statusesAt } from '../engine/statusesAt';
import { meetsTier, tiersOfStatuses } from '../engine/tiers';
import { DAY_MS, dayOf, formatDay } from '../parsing/dates';

export interface ExpiringResult {
  checks: ExpiringCheck[];
  /**
   * The entity's tier at the end of the window once those checks have
   * dropped (the other checks as they are now).
   */
  tierThen: string | null;
}

function holds(status: CheckStatus): boolean {
  return status !== 'not-applicable' && meetsTier(status);
}

/**
 * What drops next: for each check that holds now and can stop holding with
 * time alone (a waiver, or a rule that reads the clock: ages, deadlines),
 * looks at `now + withinDays`; for each that no longer holds then, finds
 * the first day it stops holding (binary search over whole days). Checks
 * that cannot change with time are never re-evaluated, so an entity with
 * none costs nothing here. Pure: the caller passes `now` inside `input`.
 */
export function findExpiringChecks(
  compiled: CompiledRubric,
  input: EvaluationInput,
  current: Scorecard,
  withinDays: number,
  options: EvaluateOptions = {},
): ExpiringResult {
  const candidates: number[] = [];
  current.checks.forEach((check, i) => {
    if (
      holds(check.status) &&
      (check.status === 'waived' || compiled.checks[i]?.readsClock)
    ) {
      candidates.push(i);
    }
  });
  if (candidates.length === 0) return { checks: [], tierThen: current.tier };
  const startDay = dayOf(input.now);
  const at = (day: number, indexes: readonly number[]) =>
    statusesAt(compiled, { ...input, now: new Date(day * DAY_MS) }, indexes, options);
  const future = at(startDay + withinDays, candidates);
  const dropping = candidates.filter((_, k) => !holds(future[k]));
  if (dropping.length === 0) return { checks: [], tierThen: current.tier };
  const checks = dropping.map(i => {
    const check = current.checks[i];
    // The check holds on startDay and not on startDay + withinDays.
    let low = startDay;
    let high = startDay + withinDays;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (holds(at(mid, [i])[0])) low = mid;
      else high = mid;
    }
    return {
      checkId: check.checkId,
      severity: check.severity,
      checkTier: check.tier,
      kind: check.status === 'waived' ? ('waiver' as const) : ('evidence' as const),
      dropsOn: formatDay(high),
    };
  });
  const statusesThen = current.checks.map(check => check.status);
  candidates.forEach((i, k) => {
    statusesThen[i] = future[k];
  });
  return { checks, tierThen: tiersOfStatuses(compiled, statusesThen).tier };
}
