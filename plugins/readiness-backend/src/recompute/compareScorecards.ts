/** What a comparison reads of a result: a scorecard or a stored summary. */
export interface TierAndBlockers {
  tier: string | null;
  blockers: readonly string[];
}

/** How a result moved between two recomputes. */
export interface ScorecardComparison {
  /** True when the new tier is below the previous one. */
  tierDropped: boolean;
  /** True when the new tier is above the previous one. */
  tierRose: boolean;
  /**
   * Checks that block the next tier now and did not before, unless the tier
   * rose (then the next tier is a new one and its blockers are not news).
   */
  newBlockers: string[];
}

/**
 * Compares two results of the same entity (a scorecard, or the summary the
 * store keeps of one); tiers are lowest first.
 */
export function compareScorecards(
  previous: TierAndBlockers | undefined,
  current: TierAndBlockers | undefined,
  tiers: string[],
): ScorecardComparison {
  if (!previous || !current) {
    return { tierDropped: false, tierRose: false, newBlockers: [] };
  }
  const rank = (tier: string | null) =>
    tier === null ? -1 : tiers.indexOf(tier);
  const before = rank(previous.tier);
  const after = rank(current.tier);
  const tierRose = after > before;
  const known = new Set(previous.blockers);
  return {
    tierDropped: after < before,
    tierRose,
    newBlockers: tierRose ? [] : current.blockers.filter(b => !known.has(b)),
  };
}
