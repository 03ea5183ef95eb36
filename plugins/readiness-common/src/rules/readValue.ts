import type { EntityView, RuleOutcome } from '../model/evaluation';
import type { EvidenceItem } from '../model/scorecard';
import { parseKeyValueListMemo } from '../parsing/keyValue';
import type { KeyValuePairs } from '../parsing/keyValue';
import {
  annotationSource,
  evidenceValue,
  annotationReader,
  invalid,
  memoOf,
  placeholderProblem,
  staticFail,
} from './outcome';

/** A string value read from an annotation or from one key of its key=value list. */
export type ReadValue =
  | {
      ok: true;
      value: string;
      /** The name used in messages: `readiness/x` or `readiness/x date`. */
      name: string;
      evidence: EvidenceItem[];
      /** The whole key=value list, when `field` was given. */
      list?: KeyValuePairs;
    }
  | { ok: false; outcome: RuleOutcome };

/**
 * Reads `key` (and `field` inside it); a missing annotation fails, a
 * malformed one is invalid with `expected` in the message.
 */
export function compileValueReader(
  key: string,
  field: string | undefined,
  expected: string,
  slotIndex?: ReadonlyMap<string, number>,
): (view: EntityView) => ReadValue {
  const readAnnotation = annotationReader(key, slotIndex);
  const source = annotationSource(key);
  const fieldKey = field?.toLowerCase();
  const missing: ReadValue = {
    ok: false,
    outcome: staticFail(`${key} is not set`),
  };
  const fieldName = fieldKey ? `${key} ${fieldKey}` : key;
  const listExpected = fieldKey
    ? `key=value pairs with ${fieldKey}=<${expected}>`
    : expected;
  return view => {
    const value = readAnnotation(view);
    if (value === undefined) {
      return missing;
    }
    const evidence = [{ source, value: evidenceValue(value) }];
    if (typeof value !== 'string') {
      return {
        ok: false,
        outcome: invalid(
          key,
          value,
          { expected: `${listExpected} (as a string)` },
          evidence,
        ),
      };
    }
    const placeholder = placeholderProblem(value, listExpected);
    if (placeholder) {
      return {
        ok: false,
        outcome: invalid(key, value, placeholder, evidence),
      };
    }
    if (!fieldKey) {
      return { ok: true, value, name: key, evidence };
    }
    const parsed = parseKeyValueListMemo(value, memoOf(view));
    if (!parsed.ok) {
      return {
        ok: false,
        outcome: invalid(
          key,
          value,
          { expected: listExpected, detail: parsed.error },
          evidence,
        ),
      };
    }
    const item = parsed.values.get(fieldKey);
    if (item === undefined || item === '') {
      return {
        ok: false,
        outcome: invalid(
          key,
          value,
          { expected: listExpected, detail: `${fieldKey} is missing` },
          evidence,
        ),
      };
    }
    return {
      ok: true,
      value: item,
      name: fieldName,
      evidence,
      list: parsed.values,
    };
  };
}
