import type { TierSummary } from '../api/types';

/**
 * The default rubric's tiers, used only when GET /checks fails: the rubric in
 * force (app-config) may name and order tiers differently.
 */
export const FALLBACK_TIERS: TierSummary[] = [
  { id: 'pilot', title: 'Pilot' },
  { id: 'beta', title: 'Beta' },
  { id: 'production', title: 'Production' },
];

/** The tier's title from the rubric, or its id when the rubric does not know it. */
export function tierTitle(tiers: TierSummary[], tierId: string): string {
  return tiers.find(t => t.id === tierId)?.title ?? tierId;
}

/** Position of a tier, lowest first; -1 for no tier or a tier the rubric lacks. */
export function tierIndex(tiers: TierSummary[], tierId: string | null): number {
  if (tierId === null) {
    return -1;
  }
  return tiers.findIndex(t => t.id === tierId);
}

/** True when the tier is the highest of the rubric (nothing left to reach). */
export function isTopTier(
  tiers: TierSummary[],
  tierId: string | null,
): boolean {
  return (
    tierId !== null && tiers.length > 0 && tiers[tiers.length - 1].id === tierId
  );
}
