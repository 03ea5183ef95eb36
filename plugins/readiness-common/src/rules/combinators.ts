import type { RuleOutcome } from '../model/evaluation';
import type { NotRule } from '../model/rules';
import type { EvidenceItem } from '../model/scorecard';
import type { CompiledRule } from './types';
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
function joinMessages(
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
function concatEvidence(outcomes: readonly RuleOutcome[]): EvidenceItem[] {
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
function staticCombination(
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

function evaluateAll(
  rules: readonly CompiledRule[],
  view: Parameters<CompiledRule>[0],
  env: Parameters<CompiledRule>[1],
): RuleOutcome[] {
  // Sized up front: one allocation instead of a growing list.
  const outcomes: RuleOutcome[] = new Array(rules.length);
  for (let i = 0; i < rules.length; i++) {
    outcomes[i] = rules[i](view, env);
  }
  return outcomes;
}

/**
 * Every rule must hold. The worst status wins (invalid > fail > warn >
 * pass), and the message lists what is wrong, so one run shows every gap.
 */
export function compileAllRule(rules: CompiledRule[]): CompiledRule {
  const combine = staticCombination(combineAll);
  return (view, env) => combine(evaluateAll(rules, view, env));
}

function combineAll(outcomes: RuleOutcome[]): RuleOutcome {
  let invalids = 0;
  let fails = 0;
  let warns = 0;
  let unverifiableFails = 0;
  let problem: RuleOutcome['problem'];
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i];
    if (outcome.status === 'invalid') {
      invalids++;
      problem = outcome.problem;
    } else if (outcome.status === 'fail') {
      fails++;
      if (outcome.unverifiable) unverifiableFails++;
    } else if (outcome.status === 'warn') {
      warns++;
    }
  }
  const evidence = concatEvidence(outcomes);
  if (invalids > 0 || fails > 0) {
    const result: RuleOutcome = {
      status: invalids > 0 ? 'invalid' : 'fail',
      message:
        invalids > 0 && fails > 0
          ? `${joinMessages(outcomes, '; ', 'invalid')}; ${joinMessages(
              outcomes,
              '; ',
              'fail',
            )}`
          : joinMessages(outcomes, '; ', invalids > 0 ? 'invalid' : 'fail'),
      evidence,
    };
    if (invalids === 0 && unverifiableFails === fails) {
      result.unverifiable = true;
    }
    if (invalids === 1 && problem) {
      result.problem = problem;
    }
    return result;
  }
  if (warns > 0) {
    return {
      status: 'warn',
      message: joinMessages(outcomes, '; ', 'warn'),
      evidence,
    };
  }
  return { status: 'pass', message: joinMessages(outcomes, '; '), evidence };
}

/**
 * At least one rule must hold. The first passing alternative wins; otherwise a
 * malformed value beats a missing one (it is the more useful message), and
 * alternatives about the same value are merged: `is "x", expected A, or B`.
 */
export function compileAnyRule(rules: CompiledRule[]): CompiledRule {
  const combine = staticCombination(combineAny);
  return (view, env) => {
    // Stop at the first passing alternative: its evidence is what satisfied
    // the check, and the rest need not run.
    let outcomes: RuleOutcome[] | undefined;
    for (let i = 0; i < rules.length; i++) {
      const outcome = rules[i](view, env);
      if (outcome.status === 'pass') {
        return outcome;
      }
      // Sized once, on the first alternative that does not pass.
      (outcomes ??= new Array(rules.length))[i] = outcome;
    }
    return combine(outcomes ?? []);
  };
}

function combineAny(outcomes: RuleOutcome[]): RuleOutcome {
  let warned: RuleOutcome | undefined;
  let invalids = 0;
  let unverifiable = false;
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i];
    if (outcome.status === 'warn') {
      warned ??= outcome;
    } else if (outcome.status === 'invalid') {
      invalids++;
    } else if (outcome.unverifiable) {
      unverifiable = true;
    }
  }
  const evidence = concatEvidence(outcomes);
  if (warned) {
    return { status: 'warn', message: warned.message, evidence };
  }
  if (invalids > 0) {
    return {
      status: 'invalid',
      message: mergeInvalid(outcomes.filter(o => o.status === 'invalid')),
      evidence,
    };
  }
  const result: RuleOutcome = {
    status: 'fail',
    message: joinMessages(outcomes, ', and '),
    evidence,
  };
  if (unverifiable) {
    result.unverifiable = true;
  }
  return result;
}

function mergeInvalid(invalids: RuleOutcome[]): string {
  const first = invalids[0].problem;
  if (
    first &&
    invalids.every(
      o =>
        o.problem?.source === first.source && o.problem.found === first.found,
    )
  ) {
    const expected = [
      ...new Set(
        invalids.map(({ problem }) =>
          problem!.detail
            ? `${problem!.expected} (${problem!.detail})`
            : problem!.expected,
        ),
      ),
    ];
    return `${first.source} ${first.found}, expected ${expected.join(', or ')}`;
  }
  return joinMessages(invalids, '; ');
}

/** The rule must not hold; an invalid inner outcome stays invalid. */
export function compileNotRule(
  rule: NotRule,
  inner: CompiledRule,
): CompiledRule {
  return (view, env) => {
    const outcome = inner(view, env);
    switch (outcome.status) {
      case 'pass':
      case 'warn':
        return {
          status: 'fail',
          message:
            rule.message ?? `expected the opposite of: ${outcome.message}`,
          evidence: outcome.evidence,
        };
      case 'invalid':
        return outcome;
      default:
        if (outcome.unverifiable) {
          return outcome;
        }
        return {
          status: 'pass',
          message: `not: ${outcome.message}`,
          evidence: outcome.evidence,
        };
    }
  };
}
