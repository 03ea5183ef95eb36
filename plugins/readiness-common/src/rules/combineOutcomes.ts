/**
 * How the combinators (all, any) merge the outcomes of their parts: messages
 * without repeats, evidence with each source once, and static outcomes
 * combined once.
 */
import type { RuleOutcome } from '../model/evaluation';
import type { EvidenceItem } from '../model/scorecard';
import { isStatic, NO_EVIDENCE } from './outcome';

// These run for most checks of every entity, so they loop once and allocate
// little (the engine's budget is about 10 microseconds per entity).

function matches(
  outcome: RuleOutcome,
  status: RuleOutcome['status'] | undefined,
): boolean {
  return status === undefined || outcome.status === status;
}

/** Joins the messages of outcomes (with a status), dropping repeats; no arrays. */
export function joinMessages(
  outcomes: readonly RuleOutcome[],
  separator: string,
  status?: RuleOutcome['status'],
): string {
  let message = '';
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i];
    if (!matches(outcome, status)) {
      continue;
    }
    let repeat = false;
    for (let j = 0; j < i && !repeat; j++) {
      repeat =
        matches(outcomes[j], status) && outcomes[j].message === outcome.message;
    }
    if (!repeat) {
      message = message
        ? message + separator + outcome.message
        : outcome.message;
    }
  }
  return message;
}

function hasSource(evidence: readonly EvidenceItem[], source: string): boolean {
  for (let i = 0; i < evidence.length; i++) {
    if (evidence[i].source === source) return true;
  }
  return false;
}

/** All evidence, each source once. */
export function concatEvidence(
  outcomes: readonly RuleOutcome[],
): EvidenceItem[] {
  let evidence: EvidenceItem[] | undefined;
  for (let i = 0; i < outcomes.length; i++) {
    const items = outcomes[i].evidence;
    for (let j = 0; j < items.length; j++) {
      const item = items[j];
      if (!evidence) {
        evidence = [item];
      } else if (!hasSource(evidence, item.source)) {
        evidence.push(item);
      }
    }
  }
  return evidence ?? [];
}

/**
 * Remembers the combination of static outcomes (e.g. "none of these keys is
 * set" from every part): the same parts give the same result, so entities
 * missing the same evidence share one frozen outcome instead of rebuilding
 * messages for each.
 */
export function staticCombination(
  combine: (outcomes: RuleOutcome[]) => RuleOutcome,
): (outcomes: RuleOutcome[]) => RuleOutcome {
  let lastParts: RuleOutcome[] | undefined;
  let lastResult: RuleOutcome | undefined;
  return outcomes => {
    for (let i = 0; i < outcomes.length; i++) {
      if (!isStatic(outcomes[i])) {
        return combine(outcomes);
      }
    }
    if (lastParts && lastResult && lastParts.length === outcomes.length) {
      let same = true;
      for (let i = 0; i < outcomes.length && same; i++) {
        same = lastParts[i] === outcomes[i];
      }
      if (same) {
        return lastResult;
      }
    }
    const combined = combine(outcomes);
    lastParts = outcomes;
    lastResult = Object.freeze({ ...combined, evidence: NO_EVIDENCE });
    return lastResult;
  };
}
