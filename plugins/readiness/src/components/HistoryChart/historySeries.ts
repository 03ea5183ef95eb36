import type { HistoryPoint, TierSummary } from '../../api/types';
import { tierIndex } from '../../lib/tiers';

export interface SeriesPoint {
  /** Epoch milliseconds, for a time axis. */
  time: number;
  /** 0 = no tier, 1 = first tier, ...; a step line over this reads as the tier path. */
  tierLevel: number;
  tier: string | null;
  score: number;
  blockerCount: number;
}

/**
 * The chart's points, oldest first. History holds one point per change, so
 * the last known state is carried forward to `now`: without it a tier reached
 * months ago would end the line months ago.
 */
export function toSeries(
  points: HistoryPoint[],
  tiers: TierSummary[],
  now: Date,
): SeriesPoint[] {
  const series = points
    .map(p => ({
      time: new Date(p.recordedAt).getTime(),
      tierLevel: tierIndex(tiers, p.tier) + 1,
      tier: p.tier,
      score: p.score,
      blockerCount: p.blockerCount,
    }))
    .filter(p => !Number.isNaN(p.time))
    .sort((a, b) => a.time - b.time);
  const last = series[series.length - 1];
  if (last && last.time < now.getTime()) {
    series.push({ ...last, time: now.getTime() });
  }
  return series;
}
