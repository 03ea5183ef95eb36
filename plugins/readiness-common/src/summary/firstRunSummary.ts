/**
 * What a platform team learns from the first scoring of a real catalog,
 * before any history exists: how many entities sit in each tier, which
 * checks fail most often, and how many entities say they are in production
 * (spec.lifecycle) without reaching the top tier. Pure: the CLI prints it,
 * the backend and the Readiness page can compute it from the same scorecards.
 */
import type { CompiledRubric } from '../engine/compileRubric';
import { meetsTier } from '../engine/tiers';
import type { Scorecard } from '../model/scorecard';

/** One scored entity: its scorecard and the lifecycle it declares. */
export interface SummaryInput {
  scorecard: Scorecard;
  /** spec.lifecycle as written (`production`, `experimental`...), if any. */
  lifecycle?: string;
}

export interface TierCount {
  /** A tier id of the rubric, or `none` (not even the first tier). */
  tier: string;
  entities: number;
}

export interface CommonGap {
  checkId: string;
  title: string;
  tier: string;
  /** Entities where the check applies and is not met (fail or invalid). */
  entities: number;
  /** Of those, how many hold malformed evidence or a placeholder (invalid). */
  invalid: number;
}

export interface FirstRunSummary {
  entities: number;
  /** Every tier of the rubric, lowest first, then `none`; zero counts included. */
  byTier: TierCount[];
  /** The most common gaps, most entities first (ties: rubric order). */
  commonGaps: CommonGap[];
  /** Entities whose spec.lifecycle is production but that do not reach the top tier. */
  declaredProductionBelowTop: {
    entities: number;
    topTier: string;
    /** Their entity refs, sorted, at most `maxRefs`. */
    entityRefs: string[];
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
  for (const { scorecard, lifecycle } of inputs) {
    const tier = scorecard.tier ?? NO_TIER;
    tierCounts.set(tier, (tierCounts.get(tier) ?? 0) + 1);
    for (const check of scorecard.checks) {
      if (meetsTier(check.status)) continue;
      const gap = gaps.get(check.checkId) ?? { failing: 0, invalid: 0 };
      gap.failing++;
      if (check.status === 'invalid') gap.invalid++;
      gaps.set(check.checkId, gap);
    }
    if (
      lifecycle?.trim().toLowerCase() === 'production' &&
      scorecard.tier !== topTier
    ) {
      belowTop.push(scorecard.entityRef);
    }
  }
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
        invalid: gap.invalid,
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
