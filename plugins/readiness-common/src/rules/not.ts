import { z } from 'zod';
import type { CompiledRule } from './types';
import type { EvidenceRule } from './ruleTypes';
import type { RuleType } from './ruleType';
import { nonEmptyString, strictObject } from './configSchemaParts';

/** The inner rule does not hold. */
export interface NotRule {
  type: 'not';
  rule: EvidenceRule;
  /** Message when the inner rule passes (so this one fails). */
  message?: string;
}

export const notRuleType: RuleType<NotRule> = {
  type: 'not',
  configSchema: evidenceRule =>
    strictObject({
      type: z.literal('not'),
      rule: evidenceRule,
      message: nonEmptyString.optional(),
    }),
  validate: (rule, validation) => validation.validateRule(rule.rule, 'rule'),
  compile: (rule, compilation) =>
    compileNotRule(rule, compilation.compileRule(rule.rule)),
  annotationKeys: (rule, keysOf) => keysOf(rule.rule),
  describe: (rule, { indent, describeRule }) =>
    `not: ${describeRule(rule.rule, indent)}`,
  children: rule => [rule.rule],
};

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
