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
  const sources = keys.map(annotationSource);
  const missing = staticFail(notSet(keys));
  const nonString: FormatProblem = { expected: `${expected} (as a string)` };
  const setMessages = keys.map(key => `${key} is set`);
  return view => {
    let evidence: EvidenceItem[] | undefined;
    let good: string | undefined;
    let bad: RuleOutcome | undefined;
    for (let i = 0; i < keys.length; i++) {
      const value = readers[i](view);
      if (value === undefined) {
        continue;
      }
      (evidence ??= []).push({
        source: sources[i],
        value: evidenceValue(value),
      });
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
