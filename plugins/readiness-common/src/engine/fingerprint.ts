import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { Scorecard } from '../model/scorecard';

function normalisedRef(ref: string): string {
  try {
    return stringifyEntityRef(parseEntityRef(ref));
  } catch {
    return ref;
  }
}

/**
 * A stable string of what matters for history: entity, tier, score, the
 * decision state and each check's status (with its waiver state, so a waiver
 * turning `expiring` counts as a change). Messages, evidence and
 * `evaluatedAt` are left out, so the backend writes a snapshot only when
 * the result changes.
 */
export function scorecardFingerprint(scorecard: Scorecard): string {
  const checks = scorecard.checks
    .map(check => {
      const waiver = check.waiver?.applied ? `/${check.waiver.state}` : '';
      return `${check.checkId}=${check.status}${waiver}`;
    })
    .sort();
  return [
    normalisedRef(scorecard.entityRef),
    `tier=${scorecard.tier ?? '-'}`,
    `score=${scorecard.score.toFixed(1)}`,
    `decision=${scorecard.decision.state}`,
    ...checks,
  ].join('|');
}
