import { z } from 'zod';
import { compileKeysRule } from './annotationFormat';
import type { CompiledRule, RuleCompileContext } from './types';
import type { RuleType } from './ruleType';
import { nonEmptyString, strictObject, stringList } from './configSchemaParts';
import { code, keyList } from './describeParts';

/** At least one of `keys` is set, and its value matches a regular expression. */
export interface AnnotationPatternRule {
  type: 'annotation-pattern';
  keys: string[];
  pattern: string;
  flags?: string;
  /** What a person should write, used in messages: `0.004 USD @ 50000/day`. */
  expected?: string;
}

export const annotationPatternRuleType: RuleType<AnnotationPatternRule> = {
  type: 'annotation-pattern',
  configSchema: () =>
    strictObject({
      type: z.literal('annotation-pattern'),
      keys: stringList,
      pattern: nonEmptyString,
      flags: z
        .string()
        .regex(/^[dimsuv]*$/, 'expected regex flags among d, i, m, s, u, v')
        .optional(),
      expected: nonEmptyString.optional(),
    }),
  validate: (rule, validation) => {
    validation.requireNonEmptyList(rule.keys, 'keys');
    try {
      RegExp(rule.pattern, rule.flags);
    } catch (error) {
      validation.report(
        'pattern',
        `invalid regular expression ${JSON.stringify(rule.pattern)}${
          rule.flags ? ` with flags ${JSON.stringify(rule.flags)}` : ''
        } (${
          error instanceof Error ? error.message : String(error)
        }), expected a valid JavaScript regular expression`,
      );
    }
  },
  compile: (rule, context) => compileAnnotationPatternRule(rule, context),
  annotationKeys: rule => [...rule.keys],
  describe: rule =>
    `${keyList(rule.keys)}: ${
      rule.expected ?? `matches ${code(`/${rule.pattern}/`)}`
    }`,
};

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
