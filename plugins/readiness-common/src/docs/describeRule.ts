import type { CheckDefinition } from '../model/rubric';
import { ruleTypeNamed } from '../rules/ruleTypes';
import type { EvidenceRule } from '../rules/ruleTypes';

export { annotationKeysOf } from '../rules/annotationKeysOf';

/**
 * A rule in words (markdown), for the annotation reference and the UI.
 * Combinations become nested lists.
 */
export function describeRule(
  rule: EvidenceRule,
  check?: Pick<CheckDefinition, 'freshness'>,
  indent = '',
): string {
  const ruleType = ruleTypeNamed(rule.type);
  if (!ruleType) {
    return 'unknown rule';
  }
  return ruleType.describe(rule, {
    check,
    indent,
    describeRule: (inner, innerIndent) =>
      describeRule(inner, check, innerIndent),
  });
}
