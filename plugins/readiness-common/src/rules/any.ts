import { z } from 'zod';
import type { RuleOutcome } from '../model/evaluation';
import type { CompiledRule } from './types';
import type { EvidenceRule } from './ruleTypes';
import type { RuleType } from './ruleType';
import { strictObject } from './configSchemaParts';
import {
  concatEvidence,
  joinMessages,
  staticCombination,
} from './combineOutcomes';

/** At least one rule holds. */
export interface AnyRule {
  type: 'any';
  rules: EvidenceRule[];
}

export const anyRuleType: RuleType<AnyRule> = {
  type: 'any',
  configSchema: evidenceRule =>
    strictObject({
      type: z.literal('any'),
      rules: z.array(evidenceRule).min(1, 'expected a non-empty list'),
    }),
  validate: (rule, validation) => {
    validation.requireNonEmptyList(rule.rules, 'rules');
    rule.rules.forEach((r, i) => validation.validateRule(r, `rules[${i}]`));
  },
  compile: (rule, compilation) =>
    compileAnyRule(rule.rules.map(r => compilation.compileRule(r))),
  annotationKeys: (rule, keysOf) => [...new Set(rule.rules.flatMap(keysOf))],
  describe: (rule, { indent, describeRule }) =>
    `any of:\n${rule.rules
      .map(r => `${indent}  - ${describeRule(r, `${indent}  `)}`)
      .join('\n')}`,
  children: rule => rule.rules,
};

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
