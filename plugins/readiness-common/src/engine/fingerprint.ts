import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { Scorecard } from '../model/scorecard';

/**
 * A stable string of what matters for history: entity, tier, score, the
 * decision state and each check's status (with its waiver state, so a waiver
 * turning `expiring` counts as a change). Messages, evidence and
 * `evaluatedAt` are left out, so the backend writes a snapshot only when the
 * result changes.
 *
 * Checks appear in rubric order (the order of `scorecard.checks`), which is
 * fixed for a rubric; reordering the rubric changes the string once. The
 * entity ref goes through `parseEntityRef` and `stringifyEntityRef`, so
 * refs that name the same entity give the same string.
 */
function normalisedRef(ref: string): string {
  try {
    return stringifyEntityRef(parseEntityRef(ref));
  } catch {
    return ref.toLowerCase();
  }
}

export function scorecardFingerprint(scorecard: Scorecard): string {
  let text = `${normalisedRef(scorecard.entityRef)}|tier=${
    scorecard.tier ?? '-'
  }|score=${scorecard.score.toFixed(1)}|decision=${scorecard.decision.state}`;
  for (const check of scorecard.checks) {
    text += `|${check.checkId}=${check.status}`;
    if (check.waiver?.applied) {
      text += `/${check.waiver.state}`;
    }
  }
  return text;
}
