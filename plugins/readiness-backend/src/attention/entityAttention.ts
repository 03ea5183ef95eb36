import { Entity } from '@backstage/catalog-model';
import {
  claimedTierOf,
  claimExceedsTier,
  CompiledRubric,
  declaredPilotStartOf,
  decisionStateAt,
  EntityAttention,
  findExpiringChecks,
  RelatedEntities,
  Scorecard,
  timeInTier,
  whoActsOf,
} from '@readiness-scorecards/plugin-readiness-common';
import type { RollupRow } from '../store';
import type { AttentionSettings } from './attentionConfig';

/**
 * Works the verdict out from the live scorecard (so it agrees with the
 * checks on the tab) and the stored row (since when). Without a stored row
 * the tier is held since this evaluation at least: "first record".
 */
export function entityAttentionOf(input: {
  compiled: CompiledRubric;
  entity: Entity;
  related: RelatedEntities;
  scorecard: Scorecard;
  stored?: Pick<RollupRow, 'tier' | 'tierSince' | 'tierFirstRecord'>;
  settings: AttentionSettings;
  tiers: readonly string[];
  now: Date;
}): EntityAttention {
  const { scorecard, settings, tiers, now, stored } = input;
  const declared = declaredPilotStartOf(input.entity, now);
  // A stored tier other than the live one changed since the last recompute.
  const sameTier = stored !== undefined && stored.tier === scorecard.tier;
  const time = timeInTier({
    tier: scorecard.tier,
    tiers,
    tierSince: sameTier ? stored.tierSince : now,
    firstRecord: sameTier ? stored.tierFirstRecord ?? false : !stored,
    declaredPilotStart: declared.state === 'valid' ? declared.date : undefined,
    now,
  });
  const decision = decisionStateAt(scorecard.decision, now);
  const claimedTier = claimedTierOf(
    typeof input.entity.spec?.lifecycle === 'string' ? input.entity.spec.lifecycle : undefined,
    settings.lifecycleClaims,
  );
  const who = whoActsOf({
    owner: scorecard.owner,
    operationalOwner: scorecard.operationalOwner,
    operationalOwnerFound: scorecard.operationalOwnerFound,
  });
  const expiring = findExpiringChecks(
    input.compiled,
    { entity: input.entity, related: input.related, now },
    scorecard,
    settings.expiringWithinDays,
  );
  return {
    timeInTier: time,
    ...(declared.state === 'valid'
      ? { pilotStart: { state: 'valid' as const, date: declared.date } }
      : {}),
    ...(declared.state === 'invalid'
      ? { pilotStart: { state: 'invalid' as const, message: declared.message } }
      : {}),
    ...(claimedTier ? { claimedTier } : {}),
    claimAboveTier: claimExceedsTier(claimedTier, scorecard.tier, tiers),
    decisionState: decision.state,
    ...(decision.daysOverdue !== undefined ? { daysOverdue: decision.daysOverdue } : {}),
    ...(who.ref ? { whoActs: who.ref } : {}),
    ...(who.note ? { whoActsNote: who.note } : {}),
    expiring: expiring.checks,
    withinDays: settings.expiringWithinDays,
  };
}
