import type { EvaluateOptions, EvaluationInput } from '../model/evaluation';
import type { CheckStatus, Scorecard } from '../model/scorecard';
import type { ExpiringCheck } from '../api/types';
import type { CompiledRubric } from '../engine/compileRubric';
import { evaluate } from '../engine/evaluate';
import { meetsTier } from '../engine/tiers';
import { DAY_MS, dayOf, formatDay } from '../parsing/dates';

export interface ExpiringResult {
  checks: ExpiringCheck[];
  /** The entity's tier at the end of the window, evaluated at that instant. */
  tierThen: string | null;
}

function holds(status: CheckStatus): boolean {
  return status !== 'not-applicable' && meetsTier(status);
}

/**
 * What drops next: evaluates the entity at `now + withinDays` and, for each
 * check that holds now but not then, finds the first day it stops holding
 * (binary search over whole days, each probe a full evaluation at that
 * instant). Pure: the caller passes `now` inside `input`.
 */
export function findExpiringChecks(
  compiled: CompiledRubric,
  input: EvaluationInput,
  current: Scorecard,
  withinDays: number,
  options: EvaluateOptions = {},
): ExpiringResult {
  const startDay = dayOf(input.now);
  const at = (day: number) =>
    evaluate(compiled, { ...input, now: new Date(day * DAY_MS) }, options);
  const future = at(startDay + withinDays);
  const dropping: number[] = [];
  for (let i = 0; i < current.checks.length; i++) {
    const now = current.checks[i];
    const then = future.checks[i];
    if (then && now.checkId === then.checkId && holds(now.status) && !holds(then.status)) {
      dropping.push(i);
    }
  }
  const checks = dropping.map(i => {
    const check = current.checks[i];
    // The check holds on startDay and not on startDay + withinDays.
    let low = startDay;
    let high = startDay + withinDays;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (holds(at(mid).checks[i].status)) low = mid;
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
  return { checks, tierThen: future.tier };
}
