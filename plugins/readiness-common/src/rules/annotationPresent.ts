import type { AnnotationPresentRule } from '../model/rules';
import type { EvidenceItem } from '../model/scorecard';
import type { RuleOutcome } from '../model/evaluation';
import type { CompiledRule, RuleCompileContext } from './types';
import {
  annotationSource,
  evidenceValue,
  fail,
  annotationReader,
  invalid,
  notSet,
  pass,
} from './outcome';

/** Any of the keys holds a non-empty string (ecosystem annotations count). */
export function compileAnnotationPresentRule(
  rule: AnnotationPresentRule,
  context: RuleCompileContext = {},
): CompiledRule {
  const keys = rule.keys;
  const readers = keys.map(key => annotationReader(key, context.slotIndex));
  const sources = keys.map(annotationSource);
  const missing = notSet(keys);
  return view => {
    let evidence: EvidenceItem[] | undefined;
    let found: string[] | undefined;
    let bad: RuleOutcome | undefined;
    for (let i = 0; i < keys.length; i++) {
      const value = readers[i](view);
      if (value === undefined) {
        continue;
      }
      (evidence ??= []).push({ source: sources[i], value: evidenceValue(value) });
      if (typeof value === 'string' && value.trim() !== '') {
        (found ??= []).push(keys[i]);
      } else if (!bad) {
        bad = invalid(
          keys[i],
          value,
          { expected: 'a non-empty string' },
          evidence,
        );
      }
    }
    if (found) {
      return pass(`${found.join(', ')} ${found.length === 1 ? 'is' : 'are'} set`, evidence!);
    }
    if (bad) {
      return bad;
    }
    return fail(missing, []);
  };
}
