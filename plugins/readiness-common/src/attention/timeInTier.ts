import { DAY_MS, dayOf, parseDay } from '../parsing/dates';

// Where "since when" comes from (TierSinceSource): `declared`, the pilot
// start in the catalog (`readiness/pilot-start`); `recorded`, the recompute
// that saw the tier change; `first-record`, the first recompute that scored
// the entity, so the tier was held at least since then. `days` counts whole
// days from `since` to `now`.
import type { TimeInTier } from '../api/types';

/**
 * How long an entity has held its tier. A declared pilot start counts while
 * the entity has not gone beyond the first tier (it is a pilot, or not even
 * that); it never counts for later tiers.
 */
export function timeInTier(input: {
  tier: string | null;
  /** Tier ids, lowest first. */
  tiers: readonly string[];
  tierSince: Date;
  /** True when `tierSince` is the entity's first record (tier never changed since). */
  firstRecord: boolean;
  /** A valid declared pilot start, YYYY-MM-DD. */
  declaredPilotStart?: string;
  now: Date;
}): TimeInTier {
  const { tier, tiers, now } = input;
  const inPilot = tier === null || tier === tiers[0];
  const declaredDay =
    inPilot && input.declaredPilotStart
      ? parseDay(input.declaredPilotStart)
      : undefined;
  if (declaredDay !== undefined) {
    return {
      since: new Date(declaredDay * DAY_MS).toISOString(),
      source: 'declared',
      days: Math.max(0, dayOf(now) - declaredDay),
    };
  }
  return {
    since: input.tierSince.toISOString(),
    source: input.firstRecord ? 'first-record' : 'recorded',
    days: Math.max(0, dayOf(now) - dayOf(input.tierSince)),
  };
}

/**
 * Words for time in tier that never read "today" or "0 days" for a tier
 * first seen at the first record: "since at least 2026-11-21 (first record)".
 */
export function describeTimeInTier(time: TimeInTier, tierTitle: string): string {
  const date = time.since.slice(0, 10);
  switch (time.source) {
    case 'first-record':
      return `${tierTitle} since at least ${date} (first record)`;
    case 'declared':
      return `${tierTitle} since ${date} (declared pilot start, ${plural(time.days)})`;
    default:
      return time.days === 0
        ? `${tierTitle} since ${date} (today)`
        : `${tierTitle} since ${date} (${plural(time.days)})`;
  }
}

function plural(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}
