import type { AnnotationFormatRule } from '../model/rules';
import type { EvidenceItem } from '../model/scorecard';
import type { RuleOutcome } from '../model/evaluation';
import { compileFormat, describeFormat } from '../parsing/formats';
import type { FormatChecker, FormatProblem } from '../parsing/formats';
import type { CompiledRule, RuleCompileContext } from './types';
import {
  annotationSource,
  evidenceValue,
  annotationReader,
  invalid,
  memoOf,
  notSet,
  pass,
  staticFail,
} from './outcome';

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
          ? check(value, view.today, memoOf(view))
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
