import type { InitiativeTarget } from '../api';
import type { CompiledRubric } from '../engine';

/** An initiative's target against the rubric in force. */
export interface CompiledTarget {
  /** Index of the target tier in the rubric's tiers; absent for a list of checks. */
  tierRank?: number;
  /**
   * The checks the target asks for, in rubric order: a tier's blocker and
   * major checks of it and every lower tier (what reaching it takes), or
   * the listed checks.
   */
  checks: readonly string[];
}

/** Where one entity stands against a target. */
export interface TargetProgress {
  done: boolean;
  /** The target checks it still fails, in rubric order; none once done. */
  remainingChecks: string[];
}

/** The target's tier rank and checks; assumes a valid target (see problemsOfInitiativeTarget). */
export function compileTarget(target: InitiativeTarget, rubric: Pick<CompiledRubric, 'tiers' | 'checks'>): CompiledTarget {
  if (target.tier !== undefined) {
    const tierRank = rubric.tiers.findIndex(t => t.id === target.tier);
    return {
      tierRank,
      checks: rubric.checks
        .filter(c => c.severity !== 'minor' && c.tierIndex <= tierRank)
        .map(c => c.id),
    };
  }
  const listed = new Set(target.checks ?? []);
  return { checks: rubric.checks.filter(c => listed.has(c.id)).map(c => c.id) };
}

/**
 * Done means the stored tier reaches the target tier, or none of the
 * target checks fails. What remains comes from the stored failing checks,
 * so no entity is read again.
 */
export function progressAgainst(
  row: { tier: string | null; failingChecks: readonly string[] },
  target: CompiledTarget,
  tiers: readonly string[],
): TargetProgress {
  if (target.tierRank !== undefined) {
    const rank = row.tier === null ? -1 : tiers.indexOf(row.tier);
    if (rank >= target.tierRank) return { done: true, remainingChecks: [] };
    return { done: false, remainingChecks: failingOf(target.checks, row.failingChecks) };
  }
  const remainingChecks = failingOf(target.checks, row.failingChecks);
  return { done: remainingChecks.length === 0, remainingChecks };
}

function failingOf(checks: readonly string[], failing: readonly string[]): string[] {
  if (failing.length === 0) return [];
  return checks.filter(c => failing.includes(c));
}

/**
 * What is wrong with a target under the rubric: not exactly one of tier and
 * checks, a tier or check the rubric does not have. Empty when all is well.
 */
export function problemsOfInitiativeTarget(
  target: InitiativeTarget,
  rubric: Pick<CompiledRubric, 'tiers' | 'checks'>,
): string[] {
  const hasTier = target.tier !== undefined;
  const hasChecks = target.checks !== undefined;
  if (hasTier === hasChecks) {
    return ['expected exactly one of tier (a tier id) and checks (a list of check ids)'];
  }
  if (hasTier) {
    const tiers = rubric.tiers.map(t => t.id);
    return tiers.includes(target.tier!)
      ? []
      : [`tier "${target.tier}" is not a tier of the rubric; expected one of ${tiers.join(', ')}`];
  }
  if (target.checks!.length === 0) return ['checks: expected at least one check id'];
  const known = new Set(rubric.checks.map(c => c.id));
  return target.checks!
    .filter(id => !known.has(id))
    .map(id => `check "${id}" is not a check of the rubric`);
}
