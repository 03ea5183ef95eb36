import { z } from 'zod';
import { parseNumberValue } from '../parsing/numbers';
import { describeSimpleFormat } from '../parsing/formats';
import { compileValueReader } from './readValue';
import type { CompiledRule, RuleCompileContext } from './types';
import type { RuleType } from './ruleType';
import { nonEmptyString, strictObject } from './configSchemaParts';
import { code } from './describeParts';
import { fail, invalid, pass } from './outcome';

const COMPARATORS = ['>', '>=', '<', '<=', '==', '!='] as const;

export type Comparator = (typeof COMPARATORS)[number];

/** A numeric annotation (or key of a key=value list) compared to a threshold. */
export interface NumberThresholdRule {
  type: 'number-threshold';
  key: string;
  field?: string;
  operator: Comparator;
  value: number;
}

export const numberThresholdRuleType: RuleType<NumberThresholdRule> = {
  type: 'number-threshold',
  configSchema: () =>
    strictObject({
      type: z.literal('number-threshold'),
      key: nonEmptyString,
      field: nonEmptyString.optional(),
      operator: z.enum(COMPARATORS),
      value: z.number(),
    }),
  validate: (rule, validation) => {
    if (!Number.isFinite(rule.value)) {
      validation.report('value', `expected a finite number, got ${rule.value}`);
    }
  },
  compile: (rule, context) => compileNumberThresholdRule(rule, context),
  annotationKeys: rule => [rule.key],
  describe: rule =>
    `${code(rule.field ? `${rule.key} ${rule.field}` : rule.key)} is a number ${
      rule.operator
    } ${rule.value}`,
};

const COMPARE: Record<Comparator, (a: number, b: number) => boolean> = {
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

/** A number in an annotation (or a key of its list) compared to a threshold. */
export function compileNumberThresholdRule(
  rule: NumberThresholdRule,
  context: RuleCompileContext = {},
): CompiledRule {
  const compare = COMPARE[rule.operator];
  const threshold = `${rule.operator} ${rule.value}`;
  const read = compileValueReader(
    rule.key,
    rule.field,
    'a number',
    context.slotIndex,
  );
  const problem = { expected: describeSimpleFormat('number') };
  return view => {
    const read_ = read(view);
    if (!read_.ok) {
      return read_.outcome;
    }
    const parsed = parseNumberValue(read_.value);
    if (!parsed) {
      return invalid(read_.name, read_.value, problem, read_.evidence);
    }
    return compare(parsed.value, rule.value)
      ? pass(
          `${read_.name} is ${parsed.value}, meets ${threshold}`,
          read_.evidence,
        )
      : fail(
          `${read_.name} is ${parsed.value}, expected ${threshold}`,
          read_.evidence,
        );
  };
}
