import {
  meetsTier,
  Scorecard,
} from '@readiness-scorecards/plugin-readiness-common';

/** One check that keeps an entity from a tier, as an assistant relays it. */
export interface Gap {
  checkId: string;
  title: string;
  tier: string;
  severity: string;
  status: string;
  /** What is wrong, in a sentence. Left out of stored results (see describeGaps). */
  message?: string;
  /** YAML to merge into catalog-info.yaml that closes the gap. */
  fixYaml?: string;
  docUrl?: string;
}

export interface GapSummary {
  tier: string | null;
  nextTier: string | null;
  score: number;
  /** The tier the gaps are counted against. */
  targetTier: string;
  reachesTarget: boolean;
  /** Blocker and major checks of the target tier and the tiers below it that are not met. */
  blocking: Gap[];
  /** Minor checks that fail: advice, they block no tier. */
  advisory: Array<{ checkId: string; title: string; tier: string }>;
  /** One sentence saying where the entity is and what it needs. */
  summary: string;
}

/**
 * What keeps an entity from `targetTier` (by default its next tier, or the
 * top tier when it has reached it). With `withMessages` false, check messages
 * are left out: stored results were computed with the plugin's own
 * credentials, and their messages may name related entities the caller
 * cannot read; titles and fixes come from the rubric and the entity itself.
 */
export function describeGaps(
  entityRef: string,
  scorecard: Scorecard,
  tiers: string[],
  options: { targetTier?: string; withMessages: boolean },
): GapSummary {
  const targetTier =
    options.targetTier ?? scorecard.nextTier ?? tiers[tiers.length - 1];
  const targetIndex = tiers.indexOf(targetTier);
  const failing = scorecard.checks.filter(c => !meetsTier(c.status));
  const blocking = failing
    .filter(c => c.severity !== 'minor' && tiers.indexOf(c.tier) <= targetIndex)
    .sort(
      (a, b) =>
        tiers.indexOf(a.tier) - tiers.indexOf(b.tier) ||
        severityRank(a.severity) - severityRank(b.severity),
    )
    .map(c => ({
      checkId: c.checkId,
      title: c.title,
      tier: c.tier,
      severity: c.severity,
      status: c.status,
      ...(options.withMessages ? { message: c.message } : {}),
      ...(c.fix?.yaml ? { fixYaml: c.fix.yaml } : {}),
      ...(c.fix?.docUrl ? { docUrl: c.fix.docUrl } : {}),
    }));
  const advisory = failing
    .filter(c => c.severity === 'minor')
    .map(c => ({ checkId: c.checkId, title: c.title, tier: c.tier }));
  const name = entityRef.replace(/^[^:]*:(default\/)?/, '');
  const where = scorecard.tier
    ? `${name} is at ${scorecard.tier} (score ${scorecard.score})`
    : `${name} has not reached the first tier (score ${scorecard.score})`;
  const summary =
    blocking.length === 0
      ? `${where}; nothing blocks ${targetTier}.`
      : `${where}; ${blocking.length} check${
          blocking.length === 1 ? '' : 's'
        } block${blocking.length === 1 ? 's' : ''} ${targetTier}: ${blocking
          .map(g => g.checkId)
          .join(', ')}.`;
  return {
    tier: scorecard.tier,
    nextTier: scorecard.nextTier,
    score: scorecard.score,
    targetTier,
    reachesTarget: blocking.length === 0,
    blocking,
    advisory,
    summary,
  };
}

const SEVERITY_ORDER = ['blocker', 'major', 'minor'];

function severityRank(severity: string): number {
  return SEVERITY_ORDER.indexOf(severity);
}
