import type { Entity } from '@backstage/catalog-model';
import type {
  CheckResult,
  CheckStatus,
  Scorecard,
  Severity,
} from '@readiness-scorecards/plugin-readiness-common';

/** Statuses that ask the owner to act: shown in full, with the fix. */
const GAP_STATUSES: CheckStatus[] = ['fail', 'invalid', 'warn'];

export function isGap(check: CheckResult): boolean {
  return GAP_STATUSES.includes(check.status);
}

const SEVERITY_ORDER: Record<Severity, number> = {
  blocker: 0,
  major: 1,
  minor: 2,
};

const STATUS_ORDER: Partial<Record<CheckStatus, number>> = {
  fail: 0,
  invalid: 1,
  warn: 2,
};

/** Most urgent first: by severity, then failing before invalid before warning. */
export function byUrgency(a: CheckResult, b: CheckResult): number {
  return (
    (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9) ||
    (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9)
  );
}

export interface PartitionedChecks {
  /** Checks that block the next tier, in the scorecard's order (blockers first). */
  blockers: CheckResult[];
  /** Blocker ids the scorecard names but whose check result is missing. */
  unknownBlockerIds: string[];
  /** Every other gap, most urgent first. */
  otherGaps: CheckResult[];
  passing: CheckResult[];
  waived: CheckResult[];
  notApplicable: CheckResult[];
}

/** Splits the checks into what the page shows first and what it tucks away. */
export function partitionChecks(scorecard: Scorecard): PartitionedChecks {
  const byId = new Map(scorecard.checks.map(c => [c.checkId, c]));
  const blockers: CheckResult[] = [];
  const unknownBlockerIds: string[] = [];
  for (const id of scorecard.blockers) {
    const check = byId.get(id);
    if (check) {
      blockers.push(check);
    } else {
      unknownBlockerIds.push(id);
    }
  }
  const blockerIds = new Set(scorecard.blockers);
  return {
    blockers,
    unknownBlockerIds,
    otherGaps: scorecard.checks
      .filter(c => isGap(c) && !blockerIds.has(c.checkId))
      .sort(byUrgency),
    passing: scorecard.checks.filter(c => c.status === 'pass'),
    waived: scorecard.checks.filter(
      c => c.status === 'waived' && !blockerIds.has(c.checkId),
    ),
    notApplicable: scorecard.checks.filter(c => c.status === 'not-applicable'),
  };
}

/**
 * True for an entity nobody has started on: every check that applies fails
 * outright and no `readiness/*` annotation exists. Such an entity gets a
 * get-started block rather than a wall of red.
 */
export function hasNoReadinessEvidence(
  scorecard: Scorecard,
  entity: Entity,
): boolean {
  const applicable = scorecard.checks.filter(
    c => c.status !== 'not-applicable',
  );
  const annotations = Object.keys(entity.metadata.annotations ?? {});
  return (
    applicable.length > 0 &&
    applicable.every(c => c.status === 'fail') &&
    !annotations.some(key => key.startsWith('readiness/'))
  );
}

/**
 * True when no check of the rubric applies to the entity. The engine says so
 * with `inScope: false`; a scorecard without that field and with neither a
 * tier nor a next tier means the same.
 */
export function isOutOfScope(scorecard: Scorecard): boolean {
  const { inScope } = scorecard as { inScope?: boolean };
  if (inScope !== undefined) {
    return !inScope;
  }
  return scorecard.tier === null && scorecard.nextTier === null;
}
