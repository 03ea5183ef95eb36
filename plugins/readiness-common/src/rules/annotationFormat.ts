import { z } from 'zod';
import type { EvidenceItem } from '../model/scorecard';
import type { RuleOutcome } from '../model/evaluation';
import { compileFormat, describeFormat } from '../parsing/formats';
import type {
  FormatChecker,
  FormatProblem,
  SimpleFormat,
  ValueFormat,
} from '../parsing/formats';
import type { CompiledRule, RuleCompileContext } from './types';
import type { RuleType } from './ruleType';
import { nonEmptyString, strictObject, stringList } from './configSchemaParts';
import { keyList } from './describeParts';
import {
  annotationSource,
  evidenceValue,
  annotationReader,
  invalid,
  memoOf,
  notSet,
  pass,
  placeholderProblem,
  staticFail,
} from './outcome';

/** At least one of `keys` is set, and its value has the format. */
export interface AnnotationFormatRule {
  type: 'annotation-format';
  keys: string[];
  format: ValueFormat;
  /** For `enum`: the allowed values (case-insensitive). */
  values?: string[];
  /** For `key-value`: keys that must be present. */
  requiredKeys?: string[];
  /** For `key-value`: the format of some keys' values. */
  keyFormats?: Record<string, SimpleFormat>;
  /** For `key-value`: the format of every value (keyFormats win for their keys). */
  valueFormat?: SimpleFormat;
}

const SIMPLE_FORMATS = [
  'url',
  'date',
  'past-date',
  'number',
  'quantity',
  'duration',
  'cadence',
  'entity-ref',
  'user-ref',
  'text',
] as const satisfies readonly SimpleFormat[];

const simpleFormatSchema = z.enum(SIMPLE_FORMATS);

export const annotationFormatRuleType: RuleType<AnnotationFormatRule> = {
  type: 'annotation-format',
  // Only 'past-date' compares with the evaluation day.
  readsClock: rule =>
    [rule.format, rule.valueFormat, ...Object.values(rule.keyFormats ?? {})].includes(
      'past-date',
    ),
  configSchema: () =>
    strictObject({
      type: z.literal('annotation-format'),
      keys: stringList,
      format: z.enum([...SIMPLE_FORMATS, 'enum', 'key-value']),
      values: stringList.optional(),
      requiredKeys: z.array(nonEmptyString).optional(),
      keyFormats: z.record(z.string(), simpleFormatSchema).optional(),
      valueFormat: simpleFormatSchema.optional(),
    }),
  validate: (rule, validation) => {
    validation.requireNonEmptyList(rule.keys, 'keys');
    if (rule.format === 'enum') {
      validation.requireNonEmptyList(rule.values, 'values');
    }
    for (const [key, format] of Object.entries(rule.keyFormats ?? {})) {
      if (!(SIMPLE_FORMATS as readonly string[]).includes(format)) {
        validation.report(
          `keyFormats.${key}`,
          `expected one of ${SIMPLE_FORMATS.join(', ')}, got ${JSON.stringify(
            format,
          )}`,
        );
      }
    }
  },
  compile: (rule, context) => compileAnnotationFormatRule(rule, context),
  annotationKeys: rule => [...rule.keys],
  describe: rule => `${keyList(rule.keys)}: ${describeFormat(rule)}`,
};

/**
 * Shared by the format and pattern rules: any of the keys is set and its
 * value passes `check`; a set but malformed value makes the rule invalid.
 */
export function compileKeysRule(
  keys: readonly string[],
  check: FormatChecker,
  expected: string,
  context: RuleCompileContext = {},
): CompiledRule {
  const readers = keys.map(key => annotationReader(key, context.slotIndex));
  // With every key in the rubric's slots, values are read straight from
  // view.slots (one test per call instead of a reader call per key).
  const slotIndex = context.slotIndex;
  const slotOf = keys.map(key => slotIndex?.get(key) ?? -1);
  const allSlotted = slotIndex !== undefined && slotOf.every(slot => slot >= 0);
  const sources = keys.map(annotationSource);
  const missing = staticFail(notSet(keys));
  const nonString: FormatProblem = { expected: `${expected} (as a string)` };
  const setMessages = keys.map(key => `${key} is set`);
  return view => {
    let evidence: EvidenceItem[] | undefined;
    let good: string | undefined;
    let bad: RuleOutcome | undefined;
    const slots =
      allSlotted && view.slotIndex === slotIndex ? view.slots : undefined;
    for (let i = 0; i < keys.length; i++) {
      const value = slots ? slots[slotOf[i]] : readers[i](view);
      if (value === undefined) {
        continue;
      }
      // A literal of one item (most lists hold one) rather than [] + push,
      // which would reserve room for 17.
      const item = { source: sources[i], value: evidenceValue(value) };
      if (evidence) {
        evidence.push(item);
      } else {
        evidence = [item];
      }
      const problem =
        typeof value === 'string'
          ? placeholderProblem(value, expected) ??
            check(value, view.today, memoOf(view))
          : nonString;
      if (!problem) {
        good ??= setMessages[i];
      } else if (!bad) {
        bad = invalid(keys[i], value, problem, evidence);
      }
    }
    if (good) {
      return pass(good, evidence!);
    }
    return bad ?? missing;
  };
}

/** Any of the keys is set and has the format (url, date, enum, key=value...). */
export function compileAnnotationFormatRule(
  rule: AnnotationFormatRule,
  context: RuleCompileContext = {},
): CompiledRule {
  return compileKeysRule(
    rule.keys,
    compileFormat(rule),
    describeFormat(rule),
    context,
  );
}
