import { z } from 'zod';
import type { EvidenceItem } from '../model/scorecard';
import type { RuleOutcome } from '../model/evaluation';
import type { CompiledRule, RuleCompileContext } from './types';
import type { RuleType } from './ruleType';
import { nonEmptyString, strictObject, stringList } from './configSchemaParts';
import { code } from './describeParts';
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
  /** The plugin that documents a key, named in the evidence and the docs. */
  plugins?: Record<string, string>;
}

export const annotationRuleType: RuleType<AnnotationPresentRule> = {
  type: 'annotation',
  configSchema: () =>
    strictObject({
      type: z.literal('annotation'),
      keys: stringList,
      plugins: z.record(z.string(), nonEmptyString).optional(),
    }),
  validate: (rule, validation) => {
    validation.requireNonEmptyList(rule.keys, 'keys');
    for (const key of Object.keys(rule.plugins ?? {})) {
      if (!rule.keys.includes(key)) {
        validation.report(
          `plugins.${key}`,
          `names a plugin for a key the rule does not read, expected one of ${rule.keys.join(
            ', ',
          )}`,
        );
      }
    }
  },
  compile: (rule, context) => compileAnnotationPresentRule(rule, context),
  annotationKeys: rule => [...rule.keys],
  describe: rule => {
    const plugins = rule.plugins ?? {};
    const keys = rule.keys.map(key =>
      plugins[key] ? `${code(key)} (${plugins[key]})` : code(key),
    );
    return `${
      keys.length === 1 ? keys[0] : `any of ${keys.join(', ')}`
    } set (non-empty)`;
  },
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
  const plugins = rule.plugins ?? {};
  const named = (key: string) =>
    plugins[key] ? `${key} (${plugins[key]} plugin)` : key;
  const setMessages = keys.map(key => `${named(key)} is set`);
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
          several = `${several ?? named(keys[first])}, ${named(keys[i])}`;
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
