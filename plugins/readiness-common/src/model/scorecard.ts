/**
 * The scorecard: what the engine returns for one entity, and what the REST
 * API, the pages and the CLI exchange. Plain JSON, no classes.
 */

/** How much a failing check matters. */
export type Severity = 'blocker' | 'major' | 'minor';

/** Outcome of one check for one entity. */
export type CheckStatus =
  | 'pass'
  | 'fail'
  | 'warn'
  | 'waived'
  | 'not-applicable'
  | 'invalid';

/** A piece of evidence the engine looked at (an annotation, a link, a field). */
export interface EvidenceItem {
  /** Where it was found, e.g. `metadata.annotations["readiness/runbook"]`. */
  source: string;
  value: string;
}

/** The YAML that closes a gap. */
export interface CheckFix {
  /** A snippet to merge into catalog-info.yaml, starting at `metadata:` or `spec:`. */
  yaml: string;
  /** Documentation for the check. */
  docUrl?: string;
}

export interface WaiverInfo {
  until: string;
  approver: string;
  reason: string;
  /** valid, expired, too-long, approver-in-owning-group... */
  state:
    | 'valid'
    | 'expiring'
    | 'expired'
    | 'too-long'
    | 'malformed'
    | 'unknown-check';
  message: string;
  /** The annotation that holds the waiver, e.g. `readiness/waiver.runbook`. */
  annotation?: string;
  /** Days until `until` (0 on the last day); absent when `until` is unreadable. */
  daysLeft?: number;
  /** True when the approver is a member of the owning group (flagged, still counts). */
  approverInOwningGroup?: boolean;
  /** False when the check passes or does not apply, so the waiver was not used. */
  applied?: boolean;
}

/** A `readiness/waiver.<id>` annotation whose id is not a check of the rubric. */
export interface UnknownWaiver {
  annotation: string;
  checkId: string;
  value: string;
  state: 'unknown-check';
  message: string;
}

export interface CheckResult {
  checkId: string;
  title: string;
  category: string;
  tier: string;
  severity: Severity;
  status: CheckStatus;
  /** What is wrong (or right), in a sentence a person can act on. */
  message: string;
  evidence: EvidenceItem[];
  /** Entity ref of who must act: the owner group or the operational owner. */
  actor?: string;
  /**
   * Why `actor` is not who the rubric names: the operational owner is named
   * but not in the catalog, so the owning team acts.
   */
  actorNote?: string;
  /** Present when the check does not pass. */
  fix?: CheckFix;
  waiver?: WaiverInfo;
  /** True when the result could not be verified (e.g. offline CLI without a catalog). */
  unverifiable?: boolean;
}

export interface CategoryScore {
  category: string;
  title: string;
  /** 0..100 */
  score: number;
  passed: number;
  applicable: number;
}

export interface DecisionGate {
  state: 'ship' | 'kill' | 'extend' | 'undecided' | 'overdue' | 'invalid';
  due?: string;
  message: string;
}

export interface Scorecard {
  /** e.g. component:default/payments-api */
  entityRef: string;
  /** ISO timestamp of `now` used for the evaluation. */
  evaluatedAt: string;
  /** Highest tier reached, or null when not even the first tier is reached. */
  tier: string | null;
  /** The tier after `tier`, or null at the top. */
  nextTier: string | null;
  /** Ids of the checks that block `nextTier` (blockers first). */
  blockers: string[];
  /** Weighted score 0..100, one decimal. */
  score: number;
  categories: CategoryScore[];
  checks: CheckResult[];
  /** Owner group ref from spec.owner, as written in the entity. */
  owner?: string;
  operationalOwner?: string;
  /** False when `operationalOwner` is named but not in the catalog (absent offline or when found). */
  operationalOwnerFound?: boolean;
  decision: DecisionGate;
  /** Waivers naming a check the rubric does not have (typo, removed or disabled check). */
  unknownWaivers?: UnknownWaiver[];
  /**
   * False when no check of the rubric applies to the entity (e.g. a Group):
   * then tier is null and score 0, and callers may skip the entity.
   */
  inScope?: boolean;
}
