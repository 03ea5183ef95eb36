import type { CheckResult, CheckStatus } from '../model/scorecard';
import type { CompiledRubric } from './compileRubric';

/** Statuses that let a blocker or major check count as met for its tier. */
export function meetsTier(status: CheckStatus): boolean {
  return (
    status === 'pass' ||
    status === 'warn' ||
    status === 'waived' ||
    status === 'not-applicable'
  );
}

export interface TierOutcome {
  tier: string | null;
  nextTier: string | null;
  blockers: string[];
}

/**
 * An entity reaches a tier when every blocker and major check of that tier
 * and all lower tiers passes, warns or is validly waived; minor checks are
 * advisory. `results` are in the rubric's check order.
 */
export function computeTiers(
  compiled: CompiledRubric,
  results: readonly CheckResult[],
): TierOutcome {
  return tiersOfStatuses(
    compiled,
    results.map(r => r.status),
  );
}

/** computeTiers over the statuses alone (in rubric check order): the engine's fast path. */
export function tiersOfStatuses(
  compiled: CompiledRubric,
  statuses: readonly CheckStatus[],
): TierOutcome {
  const tierCount = compiled.tiers.length;
  // Lowest tier index with an unmet blocking check.
  let firstUnmet = tierCount;
  const checks = compiled.checks;
  for (let i = 0; i < statuses.length; i++) {
    const check = checks[i];
    if (
      check.severity !== 'minor' &&
      check.tierIndex < firstUnmet &&
      !meetsTier(statuses[i])
    ) {
      firstUnmet = check.tierIndex;
    }
  }
  const reached = firstUnmet - 1;
  const next = firstUnmet < tierCount ? firstUnmet : -1;
  const blockers: string[] = [];
  if (next >= 0) {
    // Blockers first, then majors, each in rubric order.
    for (let i = 0; i < statuses.length; i++) {
      const check = checks[i];
      if (
        check.tierIndex === next &&
        check.severity === 'blocker' &&
        !meetsTier(statuses[i])
      ) {
        blockers.push(check.id);
      }
    }
    for (let i = 0; i < statuses.length; i++) {
      const check = checks[i];
      if (
        check.tierIndex === next &&
        check.severity === 'major' &&
        !meetsTier(statuses[i])
      ) {
        blockers.push(check.id);
      }
    }
  }
  return {
    tier: reached >= 0 ? compiled.tiers[reached].id : null,
    nextTier: next >= 0 ? compiled.tiers[next].id : null,
    blockers,
  };
}
