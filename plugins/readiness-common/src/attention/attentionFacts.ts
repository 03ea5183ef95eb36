import type { EvaluateOptions, EvaluationInput } from '../model/evaluation';
import type { Scorecard } from '../model/scorecard';
import type { CompiledRubric } from '../engine/compileRubric';
import { declaredPilotStartOf } from './pilotStart';
import type { ExpiringCheck } from '../api/types';
import { findExpiringChecks } from './expiringChecks';
import type { StoredDecision } from './decisionDue';

/**
 * What the organisation-wide "needs attention" views need of one entity
 * beyond its tier and score, worked out when it is scored and stored beside
 * its result. Every date is absolute, so the facts stay true as days pass
 * (readers compare them with their own `now`).
 */
export interface AttentionFacts {
  decision: StoredDecision;
  /** The operational owner as normalised from the annotation. */
  operationalOwner?: string;
  /** False when the operational owner is named but not in the catalog. */
  operationalOwnerFound?: boolean;
  /** A valid declared pilot start, YYYY-MM-DD. */
  pilotStart?: string;
  /** Checks that hold now and drop within the window, with the day each drops. */
  expiring: ExpiringCheck[];
  /** The tier at the end of the window (set when something drops). */
  tierThen?: string | null;
}

/** The attention facts of a scored entity; `related` decides whether people could be looked up. */
export function attentionFactsOf(
  compiled: CompiledRubric,
  input: EvaluationInput,
  scorecard: Scorecard,
  expiringWithinDays: number,
  options: EvaluateOptions = {},
): AttentionFacts {
  const pilotStart = declaredPilotStartOf(input.entity, input.now);
  const expiring = findExpiringChecks(
    compiled,
    input,
    scorecard,
    expiringWithinDays,
    options,
  );
  return {
    decision: {
      state: scorecard.decision.state,
      ...(scorecard.decision.due ? { due: scorecard.decision.due } : {}),
    },
    ...(scorecard.operationalOwner
      ? {
          operationalOwner: scorecard.operationalOwner,
          ...(input.related
            ? { operationalOwnerFound: Boolean(input.related.operationalOwner) }
            : {}),
        }
      : {}),
    ...(pilotStart.state === 'valid' ? { pilotStart: pilotStart.date } : {}),
    expiring: expiring.checks,
    ...(expiring.checks.length > 0 ? { tierThen: expiring.tierThen } : {}),
  };
}

/** Who acts for an entity: its operational owner when it exists, else the owner group. */
export function whoActsOf(facts: {
  owner?: string;
  operationalOwner?: string;
  operationalOwnerFound?: boolean;
}): { ref?: string; note?: string } {
  if (facts.operationalOwner && facts.operationalOwnerFound !== false) {
    return { ref: facts.operationalOwner };
  }
  if (facts.operationalOwner) {
    return {
      ref: facts.owner,
      note: `${facts.operationalOwner} (named operational owner) was not found in the catalog; the owning team acts`,
    };
  }
  return { ref: facts.owner };
}

