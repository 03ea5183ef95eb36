import {
  claimedTierOf,
  claimExceedsTier,
  dayOf,
  decisionStateAt,
  DecisionStateNow,
  ExpiringCheck,
  isUndecided,
  parseDay,
  TimeInTier,
  timeInTier,
  whoActsOf,
} from '@readiness-scorecards/plugin-readiness-common';
import type { RollupRow } from '../store';
import type { AttentionSettings } from './attentionConfig';

/** What needs a decision or an action about one stored result, at `now`. */
export interface RowAttention {
  /** Absent for results stored before attention facts were. */
  decisionState?: DecisionStateNow;
  decisionDue?: string;
  daysOverdue?: number;
  timeInTier: TimeInTier;
  claimedTier?: string;
  /** spec.lifecycle claims a tier above the one earned. */
  claimAboveTier: boolean;
  /** In the first tier (or below) for at least oldPilotDays, undecided and not overdue. */
  oldPilotWithoutDecision: boolean;
  /** Checks that drop after today and within the window, soonest first. */
  expiring: ExpiringCheck[];
  /** The tier once they dropped (when something drops). */
  tierThen?: string | null;
  whoActs?: string;
  /** Why whoActs is not the named operational owner. */
  whoActsNote?: string;
}

export interface RowAttentionContext {
  settings: AttentionSettings;
  /** Tier ids, lowest first. */
  tiers: readonly string[];
  now: Date;
  /** Window of expiring checks; at most what the recompute looked ahead (settings). */
  withinDays?: number;
}

/** Pure: the row's attention at `now`, from its stored facts and the settings. */
export function attentionOfRow(row: RollupRow, context: RowAttentionContext): RowAttention {
  const { settings, tiers, now } = context;
  const facts = row.attention;
  const time = timeInTier({
    tier: row.tier,
    tiers,
    tierSince: row.tierSince,
    firstRecord: row.tierFirstRecord ?? false,
    declaredPilotStart: facts?.pilotStart,
    now,
  });
  const decision = facts ? decisionStateAt(facts.decision, now) : undefined;
  const claimedTier = claimedTierOf(row.lifecycle, settings.lifecycleClaims);
  const inPilot = row.tier === null || row.tier === tiers[0];
  const oldPilotWithoutDecision =
    inPilot &&
    decision !== undefined &&
    decision.state !== 'overdue' &&
    isUndecided(decision.state) &&
    time.days >= settings.oldPilotDays;
  const today = dayOf(now);
  const lastDay = today + Math.min(context.withinDays ?? settings.expiringWithinDays, settings.expiringWithinDays);
  const expiring = (facts?.expiring ?? [])
    .filter(check => {
      const day = parseDay(check.dropsOn);
      return day !== undefined && day > today && day <= lastDay;
    })
    .sort((a, b) => a.dropsOn.localeCompare(b.dropsOn) || a.checkId.localeCompare(b.checkId));
  const who = whoActsOf({
    owner: row.owner,
    operationalOwner: facts?.operationalOwner,
    operationalOwnerFound: facts?.operationalOwnerFound,
  });
  return {
    ...(decision ? { decisionState: decision.state } : {}),
    ...(facts?.decision.due ? { decisionDue: facts.decision.due } : {}),
    ...(decision?.daysOverdue !== undefined ? { daysOverdue: decision.daysOverdue } : {}),
    timeInTier: time,
    ...(claimedTier ? { claimedTier } : {}),
    claimAboveTier: claimExceedsTier(claimedTier, row.tier, tiers),
    oldPilotWithoutDecision,
    expiring,
    ...(expiring.length > 0 && facts?.tierThen !== undefined ? { tierThen: facts.tierThen } : {}),
    ...(who.ref ? { whoActs: who.ref } : {}),
    ...(who.note ? { whoActsNote: who.note } : {}),
  };
}
