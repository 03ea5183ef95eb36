/**
 * Claimed versus earned: `spec.lifecycle` says what a service claims to be
 * (production, say); its tier says what it has earned. The mapping from
 * lifecycle values to the tier they claim is configurable.
 */

/** Lifecycle value (lowercase) to the tier id it claims. */
export type LifecycleClaims = Readonly<Record<string, string>>;

/** `production` claims the `production` tier; other lifecycles claim nothing. */
export const DEFAULT_LIFECYCLE_CLAIMS: LifecycleClaims = Object.freeze({
  production: 'production',
});

/** The tier a lifecycle value claims, or undefined. */
export function claimedTierOf(
  lifecycle: string | undefined,
  claims: LifecycleClaims,
): string | undefined {
  if (!lifecycle) return undefined;
  const key = lifecycle.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(claims, key) ? claims[key] : undefined;
}

/**
 * True when the claimed tier is above the tier earned (`null`: not even the
 * first tier): the entity runs as production without meeting production
 * criteria. A claim of a tier the rubric does not have claims nothing.
 */
export function claimExceedsTier(
  claimed: string | undefined,
  tier: string | null,
  tiers: readonly string[],
): boolean {
  if (!claimed) return false;
  const claimedRank = tiers.indexOf(claimed);
  if (claimedRank < 0) return false;
  const earnedRank = tier === null ? -1 : tiers.indexOf(tier);
  return earnedRank < claimedRank;
}

/**
 * Checks a configured mapping against the rubric's tiers; returns a message
 * per lifecycle that claims an unknown tier (empty when all is well).
 */
export function problemsOfLifecycleClaims(
  claims: LifecycleClaims,
  tiers: readonly string[],
): string[] {
  return Object.entries(claims)
    .filter(([, tier]) => !tiers.includes(tier))
    .map(
      ([lifecycle, tier]) =>
        `lifecycle "${lifecycle}" claims tier "${tier}", expected one of ${tiers.join(', ')}`,
    );
}
