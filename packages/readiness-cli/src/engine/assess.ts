import type { Entity } from '@backstage/catalog-model';
import {
  computeTiers,
  evaluate,
  meetsTier,
} from '@readiness-scorecards/plugin-readiness-common';
import type {
  CheckResult,
  CompiledRubric,
  RelatedEntities,
  Scorecard,
  TierDefinition,
} from '@readiness-scorecards/plugin-readiness-common';
import type { SourceEntity } from '../io/readEntities';

export interface ScoreOptions {
  now: Date;
  /** Offline, waivers cannot be checked against the catalog; trust them anyway. */
  trustWaiversOffline?: boolean;
}

/**
 * The CLI's scoring: the engine, as the backend calls it. `related` undefined
 * means offline (no catalog): catalog checks come back unverifiable.
 */
export function scoreEntity(
  compiled: CompiledRubric,
  entity: Entity,
  related: RelatedEntities | undefined,
  options: ScoreOptions,
): Scorecard {
  return evaluate(
    compiled,
    { entity, related, now: options.now },
    { trustWaiversOffline: options.trustWaiversOffline },
  );
}

/** A scorecard read against the tier the run asks for. */
export interface Assessment {
  source: SourceEntity;
  scorecard: Scorecard;
  /** Checks (blocker, major) at or below the target that fail, blockers first. */
  gaps: CheckResult[];
  /** Checks at or below the target the CLI could not verify without the catalog. */
  unverifiable: CheckResult[];
  /** Minor failures and warnings (stale evidence, expiring waivers) at or below the target. */
  advisories: CheckResult[];
  /** Tier reached if every unverifiable check passed; equals scorecard.tier when none. */
  tierIfVerified: string | null;
  reachesTarget: boolean;
}

const SEVERITY_ORDER = { blocker: 0, major: 1, minor: 2 } as const;

function byImportance(compiled: CompiledRubric) {
  const tierIndex = (id: string) => compiled.tiers.findIndex(t => t.id === id);
  return (a: CheckResult, b: CheckResult) =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    tierIndex(a.tier) - tierIndex(b.tier);
}

/**
 * Splits a scorecard into what blocks the target tier, what could not be
 * verified and what is advisory. Unverifiable checks never count as passed:
 * with `strict` they block; otherwise they are reported apart and do not
 * decide the exit code (offline, the owner-group check could never pass).
 */
export function assess(
  compiled: CompiledRubric,
  source: SourceEntity,
  scorecard: Scorecard,
  target: TierDefinition,
  strict: boolean,
): Assessment {
  const targetIndex = compiled.tiers.findIndex(t => t.id === target.id);
  const inReach = scorecard.checks.filter(
    c => compiled.checksById.get(c.checkId)!.tierIndex <= targetIndex,
  );
  const failing = inReach.filter(c => !meetsTier(c.status));
  const unverifiable = failing.filter(c => c.unverifiable);
  const blocking = failing.filter(c => c.severity !== 'minor');
  const gaps = blocking.filter(c => strict || !c.unverifiable);
  const advisories = inReach.filter(
    c =>
      !c.unverifiable &&
      ((c.severity === 'minor' && !meetsTier(c.status)) || c.status === 'warn'),
  );
  const sort = byImportance(compiled);
  const tierIfVerified =
    unverifiable.length > 0
      ? computeTiers(
          compiled,
          scorecard.checks.map(c =>
            c.unverifiable ? { ...c, status: 'pass' as const } : c,
          ),
        ).tier
      : scorecard.tier;
  return {
    source,
    scorecard,
    gaps: gaps.sort(sort),
    unverifiable: unverifiable.sort(sort),
    advisories: advisories.sort(sort),
    tierIfVerified,
    reachesTarget: gaps.length === 0,
  };
}
