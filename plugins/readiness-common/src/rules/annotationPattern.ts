import type { AnnotationPatternRule } from '../model/rules';
import { compileKeysRule } from './annotationFormat';
import type { CompiledRule, RuleCompileContext } from './types';

/**
 * The longest value matched against a pattern. Rubric patterns come from
 * config and may backtrack badly on long input (a pattern with two `\s*` in
 * a row is quadratic), so a longer value is invalid without running the
 * regex: one huge annotation cannot stall a recompute.
 */
export const MAX_PATTERN_INPUT = 1000;

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
  const tooLong = {
    expected,
    detail: `longer than ${MAX_PATTERN_INPUT} characters`,
  };
  return compileKeysRule(
    rule.keys,
    value => {
      if (value.length > MAX_PATTERN_INPUT) return tooLong;
      return regex.test(value) ? undefined : problem;
    },
    expected,
    context,
  );
}
