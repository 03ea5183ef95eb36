import type { TierSinceSource } from '../../api/types';
import type { TierSummary } from '../../api/types';
import { daysBetween, formatDate, formatDays } from '../../lib/time';
import { isTopTier, tierTitle } from '../../lib/tiers';

/**
 * How long the entity has been where it is, in the words a lead scanning for
 * pilot purgatory needs: "Stuck in Pilot for 143 days".
 */
export function describeTierAge(options: {
  tiers: TierSummary[];
  tier: string | null;
  /** ISO timestamp of when the entity entered its tier (from the stored snapshot). */
  tierSince?: string;
  /**
   * Where tierSince comes from (the verdict of newer backends): a tier first
   * seen at the first recompute reads "since at least", a declared pilot
   * start says so.
   */
  source?: TierSinceSource;
  /** Days in the tier as the backend counted them at the response (wins over `now`). */
  days?: number;
  now: Date;
}): string {
  const { tiers, tier, tierSince, now, source } = options;
  const since = tierSince ? new Date(tierSince) : undefined;
  const days =
    options.days ??
    (since && !Number.isNaN(since.getTime())
      ? daysBetween(since, now)
      : undefined);

  if (tier === null) {
    const first = tiers[0] ? tiers[0].title : 'the first tier';
    if (days === undefined) return `Not yet reached ${first}.`;
    const date = formatDate(tierSince!);
    // The first record says only that it was below since then at least.
    if (source === 'first-record') {
      return `Not yet reached ${first}; below it since at least ${date} (first record).`;
    }
    if (source === 'declared') {
      return `Not yet reached ${first}, ${formatDays(days)} after the declared pilot start on ${date}.`;
    }
    if (days === 0) return `Not yet reached ${first}; below it since today.`;
    return `Not yet reached ${first}; below it since ${date} (${formatDays(days)}).`;
  }

  const title = tierTitle(tiers, tier);
  if (days !== undefined && source === 'first-record') {
    return `In ${title} since at least ${formatDate(tierSince!)} (first record).`;
  }
  if (days !== undefined && source === 'declared') {
    return `In ${title} for ${formatDays(days)}, since the declared pilot start on ${formatDate(tierSince!)}.`;
  }
  if (days === undefined) {
    // No stored snapshot yet: the scheduled recompute has not seen the entity.
    return `In ${title}; how long it has been here is known after the next scheduled recompute.`;
  }
  if (isTopTier(tiers, tier)) {
    return `In ${title} since ${formatDate(tierSince!)} (${formatDays(days)}).`;
  }
  if (days === 0) {
    return `Reached ${title} today.`;
  }
  return `Stuck in ${title} for ${formatDays(days)}.`;
}
