/**
 * What a platform team learns from the first scoring of a real catalog,
 * before any history exists: how many entities sit in each tier, which
 * checks fail most often, and how many entities say they are in production
 * (spec.lifecycle) without reaching the top tier. Pure: the CLI computes it
 * from the scorecards it evaluates, the backend from the stored results
 * (GET /summary), and the Readiness page shows it before any history exists.
 */
import type { CompiledRubric } from '../engine/compileRubric';
import { meetsTier } from '../engine/tiers';
import type { FirstRunSummary } from '../api/types';
import type { Scorecard } from '../model/scorecard';

/** One scored entity, as much of it as the summary needs. */
export interface SummaryInput {
  entityRef: string;
  /** The tier reached, or null. */
  tier: string | null;
  /** spec.lifecycle as written (`production`, `experimental`...), if any. */
  lifecycle?: string;
  /** Checks that apply and are not met (fail or invalid). */
  failingChecks: readonly string[];
  /** Of those, the ones with malformed evidence or a placeholder (invalid), when known. */
  invalidChecks?: readonly string[];
}

/** A scorecard as the summary reads it. */
export function summaryInputOf(
  scorecard: Scorecard,
  lifecycle?: string,
): SummaryInput {
  const failing = scorecard.checks.filter(c => !meetsTier(c.status));
  return {
    entityRef: scorecard.entityRef,
    tier: scorecard.tier,
    lifecycle,
    failingChecks: failing.map(c => c.checkId),
    invalidChecks: failing
      .filter(c => c.status === 'invalid')
      .map(c => c.checkId),
  };
}

export interface FirstRunSummaryOptions {
  /** How many common gaps to list (default 5). */
  maxGaps?: number;
  /** How many entity refs to list for declared-production (default 10). */
  maxRefs?: number;
}

export const NO_TIER = 'none';

export function summarizeFirstRun(
  compiled: CompiledRubric,
  inputs: readonly SummaryInput[],
  options: FirstRunSummaryOptions = {},
): FirstRunSummary {
  const maxGaps = options.maxGaps ?? 5;
  const maxRefs = options.maxRefs ?? 10;
  const tierIds = compiled.tiers.map(t => t.id);
  const topTier = tierIds[tierIds.length - 1];
  const tierCounts = new Map<string, number>(
    [...tierIds, NO_TIER].map(id => [id, 0]),
  );
  const gaps = new Map<string, { failing: number; invalid: number }>();
  const belowTop: string[] = [];
  for (const input of inputs) {
    const tier = input.tier ?? NO_TIER;
    tierCounts.set(tier, (tierCounts.get(tier) ?? 0) + 1);
    const invalid = new Set(input.invalidChecks ?? []);
    for (const checkId of input.failingChecks) {
      const gap = gaps.get(checkId) ?? { failing: 0, invalid: 0 };
      gap.failing++;
      if (invalid.has(checkId)) gap.invalid++;
      gaps.set(checkId, gap);
    }
    if (
      input.lifecycle?.trim().toLowerCase() === 'production' &&
      input.tier !== topTier
    ) {
      belowTop.push(input.entityRef);
    }
  }
  const invalidKnown = inputs.some(i => i.invalidChecks !== undefined);
  const order = new Map(compiled.checks.map((c, i) => [c.id, i]));
  const commonGaps = [...gaps.entries()]
    .filter(([id]) => compiled.checksById.has(id))
    .sort(
      ([a, x], [b, y]) =>
        y.failing - x.failing || order.get(a)! - order.get(b)!,
    )
    .slice(0, maxGaps)
    .map(([checkId, gap]) => {
      const check = compiled.checksById.get(checkId)!;
      return {
        checkId,
        title: check.title,
        tier: check.tier,
        entities: gap.failing,
        // Stored results do not say which gaps are invalid: then unknown, not 0.
        ...(invalidKnown ? { invalid: gap.invalid } : {}),
      };
    });
  return {
    entities: inputs.length,
    byTier: [...tierCounts.entries()].map(([tier, entities]) => ({
      tier,
      entities,
    })),
    commonGaps,
    declaredProductionBelowTop: {
      entities: belowTop.length,
      topTier,
      entityRefs: belowTop.sort().slice(0, maxRefs),
    },
  };
}
