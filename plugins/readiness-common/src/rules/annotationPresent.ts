import { z } from 'zod';
import type { EvidenceItem } from '../model/scorecard';
import type { RuleOutcome } from '../model/evaluation';
import type { CompiledRule, RuleCompileContext } from './types';
import type { RuleType } from './ruleType';
import { strictObject, stringList } from './configSchemaParts';
import { keyList } from './describeParts';
import {
  annotationSource,
  evidenceValue,
  annotationReader,
  invalid,
  notSet,
  pass,
  placeholderProblem,
  staticFail,
} from './outcome';

/** At least one of `keys` is set to a non-empty string. */
export interface AnnotationPresentRule {
  type: 'annotation';
  keys: string[];
}

export const annotationRuleType: RuleType<AnnotationPresentRule> = {
  type: 'annotation',
  configSchema: () =>
    strictObject({ type: z.literal('annotation'), keys: stringList }),
  validate: (rule, validation) =>
    validation.requireNonEmptyList(rule.keys, 'keys'),
  compile: (rule, context) => compileAnnotationPresentRule(rule, context),
  annotationKeys: rule => [...rule.keys],
  describe: rule => `${keyList(rule.keys)} set (non-empty)`,
};

const REAL_VALUE = 'a real value, not a placeholder';

/** Any of the keys holds a non-empty string (ecosystem annotations count). */
export function compileAnnotationPresentRule(
  rule: AnnotationPresentRule,
  context: RuleCompileContext = {},
): CompiledRule {
  const keys = rule.keys;
  const readers = keys.map(key => annotationReader(key, context.slotIndex));
  // With every key in the rubric's slots, values are read straight from
  // view.slots (one test per call instead of a reader call per key).
  const slotIndex = context.slotIndex;
  const slotOf = keys.map(key => slotIndex?.get(key) ?? -1);
  const allSlotted = slotIndex !== undefined && slotOf.every(slot => slot >= 0);
  const sources = keys.map(annotationSource);
  const missing = staticFail(notSet(keys));
  const setMessages = keys.map(key => `${key} is set`);
  return view => {
    let evidence: EvidenceItem[] | undefined;
    // Index of the first key set, and the list when several are.
    let first = -1;
    let several: string | undefined;
    let bad: RuleOutcome | undefined;
    const slots =
      allSlotted && view.slotIndex === slotIndex ? view.slots : undefined;
    for (let i = 0; i < keys.length; i++) {
      const value = slots ? slots[slotOf[i]] : readers[i](view);
      if (value === undefined) {
        continue;
      }
      // A literal of one item (most lists hold one) rather than [] + push.
      const item = { source: sources[i], value: evidenceValue(value) };
      if (evidence) {
        evidence.push(item);
      } else {
        evidence = [item];
      }
      const placeholder =
        typeof value === 'string'
          ? placeholderProblem(value, REAL_VALUE)
          : undefined;
      if (placeholder) {
        bad ??= invalid(keys[i], value, placeholder, evidence);
      } else if (typeof value === 'string' && value.trim() !== '') {
        if (first < 0) {
          first = i;
        } else {
          several = `${several ?? keys[first]}, ${keys[i]}`;
        }
      } else if (!bad) {
        bad = invalid(
          keys[i],
          value,
          { expected: 'a non-empty string' },
          evidence,
        );
      }
    }
    if (first >= 0) {
      return pass(
        several ? `${several} are set` : setMessages[first],
        evidence!,
      );
    }
    if (bad) {
      return bad;
    }
    return missing;
  };
}
