import { ruleTypeNamed } from './ruleTypes';
import type { EvidenceRule } from './ruleTypes';
import type { CompiledRule, RuleCompileContext } from './types';

/** Compiles a (validated) evidence rule into a closure, by its rule type. */
export function compileRule(
  rule: EvidenceRule,
  context: RuleCompileContext = {},
): CompiledRule {
  const ruleType = ruleTypeNamed(rule.type);
  if (!ruleType) {
    throw new Error(`unknown evidence rule ${JSON.stringify(rule)}`);
  }
  return ruleType.compile(rule, {
    ...context,
    compileRule: inner => compileRule(inner, context),
  });
}
