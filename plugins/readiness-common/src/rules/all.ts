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

/** Every rule holds. */
export interface AllRule {
  type: 'all';
  rules: EvidenceRule[];
}

export const allRuleType: RuleType<AllRule> = {
  type: 'all',
  configSchema: evidenceRule =>
    strictObject({
      type: z.literal('all'),
      rules: z.array(evidenceRule).min(1, 'expected a non-empty list'),
    }),
  validate: (rule, validation) => {
    validation.requireNonEmptyList(rule.rules, 'rules');
    rule.rules.forEach((r, i) => validation.validateRule(r, `rules[${i}]`));
  },
  compile: (rule, compilation) =>
    compileAllRule(rule.rules.map(r => compilation.compileRule(r))),
  annotationKeys: (rule, keysOf) => [...new Set(rule.rules.flatMap(keysOf))],
  describe: (rule, { indent, describeRule }) =>
    `all of:\n${rule.rules
      .map(r => `${indent}  - ${describeRule(r, `${indent}  `)}`)
      .join('\n')}`,
  children: rule => rule.rules,
};

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
