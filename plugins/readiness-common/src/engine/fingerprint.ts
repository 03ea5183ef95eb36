import type { Scorecard } from '../model/scorecard';

/**
 * A stable string of what matters for history: entity, tier, score, the
 * decision state and each check's status (with its waiver state, so a waiver
 * turning `expiring` counts as a change), checks sorted by id. Messages,
 * evidence and `evaluatedAt` are left out, so the backend writes a snapshot
 * only when the result changes.
 *
 * The entity ref is the scorecard's, which the engine builds with
 * `stringifyEntityRef` (lowercase), so equal entities give equal strings.
 */
export function scorecardFingerprint(scorecard: Scorecard): string {
  const parts: string[] = [];
  for (const check of scorecard.checks) {
    parts.push(
      check.waiver?.applied
        ? `${check.checkId}=${check.status}/${check.waiver.state}`
        : `${check.checkId}=${check.status}`,
    );
  }
  parts.sort();
  return `${scorecard.entityRef.toLowerCase()}|tier=${scorecard.tier ?? '-'}|score=${scorecard.score.toFixed(1)}|decision=${scorecard.decision.state}|${parts.join('|')}`;
}
