/** Pilot purgatory: time in tier, claimed versus earned, overdue decisions, what expires next. */
export {
  PILOT_START_ANNOTATION,
  declaredPilotStartOf,
  pilotStartFixYaml,
} from './pilotStart';
export type { DeclaredPilotStart } from './pilotStart';
export { timeInTier, describeTimeInTier } from './timeInTier';
export {
  DEFAULT_LIFECYCLE_CLAIMS,
  claimedTierOf,
  claimExceedsTier,
  problemsOfLifecycleClaims,
} from './lifecycleClaims';
export type { LifecycleClaims } from './lifecycleClaims';
export { decisionStateAt, isUndecided } from './decisionDue';
export type { StoredDecision, DecisionStateNow } from './decisionDue';
export { findExpiringChecks } from './expiringChecks';
export type { ExpiringResult } from './expiringChecks';
export { attentionFactsOf, whoActsOf } from './attentionFacts';
export type { AttentionFacts } from './attentionFacts';
