/**
 * Small helpers shared by the rule evaluators: reading values defensively
 * (the entity may be any JSON shape) and wording messages consistently.
 */
import type { EntityView, RuleOutcome } from '../model/evaluation';
import type { EvidenceItem } from '../model/scorecard';
import type { FormatProblem } from '../parsing/formats';
import type { KeyValueMemo } from '../parsing/keyValue';
import { quoteText } from '../parsing/showText';
import { findPlaceholder, placeholderDetail } from '../parsing/placeholders';

const hasOwn = Object.prototype.hasOwnProperty;

/** An own property of a record-like object, or undefined. */
export function ownValue(
  record: Readonly<Record<string, unknown>>,
  key: string,
): unknown {
  return hasOwn.call(record, key) ? record[key] : undefined;
}

/** An annotation value, own properties only (garbage input may carry anything). */
export function getAnnotation(view: EntityView, key: string): unknown {
  const annotations = view.annotations;
  const value = annotations[key];
  // Most lookups miss (checks list many alternative keys), so the own-property
  // test only runs for hits.
  return value === undefined || hasOwn.call(annotations, key)
    ? value
    : undefined;
}

/** An annotation, through the view's slots when the key has one (see annotationReader). */
export function readAnnotation(view: EntityView, key: string): unknown {
  const slot = view.slotIndex?.get(key);
  return slot === undefined ? getAnnotation(view, key) : view.slots![slot];
}

/** Reads one annotation, through its slot when the view has one. */
export type AnnotationReader = (view: EntityView) => unknown;

/**
 * A reader for one annotation key. With a slot index (a compiled rubric),
 * it reads `view.slots[slot]` (an array load instead of a property lookup on
 * objects of many shapes); otherwise the annotations themselves.
 */
export function annotationReader(
  key: string,
  slotIndex: ReadonlyMap<string, number> | undefined,
): AnnotationReader {
  const slot = slotIndex?.get(key);
  if (slot === undefined) {
    return view => getAnnotation(view, key);
  }
  return view =>
    view.slotIndex === slotIndex ? view.slots![slot] : getAnnotation(view, key);
}

/** The evaluation's key=value memo, created on first use. */
export function memoOf(view: EntityView): KeyValueMemo {
  return (view.memo ??= {}) as KeyValueMemo;
}

export function annotationSource(key: string): string {
  return `metadata.annotations["${key}"]`;
}

/** A value as shown in messages: quoted, truncated, typed when not a string. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    return quoteText(value);
  }
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (typeof value === 'object') {
    return 'an object';
  }
  return `${String(value)} (a ${typeof value})`;
}

/** A value as stored in evidence: strings as-is (truncated), others as JSON. */
export function evidenceValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') {
    text = value;
  } else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 500 ? `${text.slice(0, 500)}...` : text;
}

/** The evidence list of static outcomes; also how combinations recognise them. */
export const NO_EVIDENCE: EvidenceItem[] = Object.freeze(
  [],
) as unknown as EvidenceItem[];

export function isStatic(outcome: RuleOutcome): boolean {
  return outcome.evidence === NO_EVIDENCE;
}

/**
 * A frozen outcome for a fixed situation (a key not set), made once per rule
 * at compile time instead of once per entity. `evaluate` copies its fields.
 */
export function staticFail(message: string): RuleOutcome {
  return Object.freeze({ status: 'fail', message, evidence: NO_EVIDENCE });
}

export function pass(message: string, evidence: EvidenceItem[]): RuleOutcome {
  return { status: 'pass', message, evidence };
}

export function warn(message: string, evidence: EvidenceItem[]): RuleOutcome {
  return { status: 'warn', message, evidence };
}

export function fail(message: string, evidence: EvidenceItem[]): RuleOutcome {
  return { status: 'fail', message, evidence };
}

/** `<name> is "<value>", expected <what>` (or `<name> has <part>, expected <what>`). */
export function invalid(
  name: string,
  value: unknown,
  problem: FormatProblem,
  evidence: EvidenceItem[],
): RuleOutcome {
  const found = problem.found ?? showValue(value);
  const what = problem.found ? `has ${found}` : `is ${found}`;
  const detail = problem.detail ? ` (${problem.detail})` : '';
  return {
    status: 'invalid',
    message: `${name} ${what}${detail}, expected ${problem.expected}`,
    evidence,
    problem: problem.detail
      ? {
          source: name,
          found: what,
          expected: problem.expected,
          detail: problem.detail,
        }
      : { source: name, found: what, expected: problem.expected },
  };
}

export function notSet(keys: readonly string[]): string {
  return keys.length === 1
    ? `${keys[0]} is not set`
    : `none of ${keys.join(', ')} is set`;
}

/** Rounds for display: 45, 136.5. */
export function showDays(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return rounded === 1 ? '1 day' : `${rounded} days`;
}

/**
 * The problem of a value that is (or holds) a placeholder such as `<system>`,
 * `TODO` or `${{ values.name }}`; undefined for a real value. `expected` is
 * what the rule wants instead.
 */
export function placeholderProblem(
  value: string,
  expected: string,
): FormatProblem | undefined {
  const placeholder = findPlaceholder(value);
  return placeholder === undefined
    ? undefined
    : { expected, detail: placeholderDetail(value, placeholder) };
}
