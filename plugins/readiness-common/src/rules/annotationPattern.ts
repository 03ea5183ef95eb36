import type { AnnotationPatternRule } from '../model/rules';
import { compileKeysRule } from './annotationFormat';
import type { CompiledRule, RuleCompileContext } from './types';

/** Any of the keys is set and matches the regular expression (compiled once). */
export function compileAnnotationPatternRule(
  rule: AnnotationPatternRule,
  context: RuleCompileContext = {},
): CompiledRule {
  // Drop g/y: they make test() stateful across entities.
  const regex = new RegExp(
    rule.pattern,
    (rule.flags ?? '').replace(/[gy]/g, ''),
  );
  const expected = rule.expected ?? `a value matching /${rule.pattern}/`;
  const problem = { expected };
  return compileKeysRule(
    rule.keys,
    value => (regex.test(value) ? undefined : problem),
    expected,
    context,
  );
}
