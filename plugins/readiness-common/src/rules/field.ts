import { z } from 'zod';
import type { EntityView } from '../model/evaluation';
import type { JsonPrimitive } from '../model/rubric';
import { isRecord } from '../parsing/entityRefs';
import type { CompiledRule } from './types';
import type { RuleType } from './ruleType';
import {
  jsonPrimitive,
  nonEmptyString,
  strictObject,
} from './configSchemaParts';
import { code } from './describeParts';
import {
  evidenceValue,
  fail,
  invalid,
  ownValue,
  pass,
  placeholderProblem,
  showValue,
  staticFail,
} from './outcome';
import type { FormatProblem } from '../parsing/formats';

/** A placeholder in a field's value (or in one of its items, for a list). */
function fieldPlaceholder(
  value: unknown,
  expected: string,
): FormatProblem | undefined {
  if (typeof value === 'string') {
    return placeholderProblem(value, expected);
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem =
        typeof item === 'string'
          ? placeholderProblem(item, expected)
          : undefined;
      if (problem) {
        return problem;
      }
    }
  }
  return undefined;
}

/** A field of the entity, by dotted path (`spec.system`, `metadata.description`). */
export interface FieldRule {
  type: 'field';
  path: string;
  /** present: set at all; non-empty (default): not empty string/list/object; equals: one of `value`. */
  condition?: 'present' | 'non-empty' | 'equals';
  value?: JsonPrimitive | JsonPrimitive[];
}

export const fieldRuleType: RuleType<FieldRule> = {
  type: 'field',
  configSchema: () =>
    strictObject({
      type: z.literal('field'),
      path: nonEmptyString,
      condition: z.enum(['present', 'non-empty', 'equals']).optional(),
      value: z.union([jsonPrimitive, z.array(jsonPrimitive)]).optional(),
    }),
  validate: (rule, validation) => {
    if (!rule.path || rule.path.split('.').some(s => !s)) {
      validation.report(
        'path',
        `expected a dotted path such as spec.system, got ${JSON.stringify(
          rule.path,
        )}`,
      );
    }
    if (rule.condition === 'equals' && rule.value === undefined) {
      validation.report(
        'value',
        'expected a value (or a list of values) for condition equals',
      );
    }
  },
  compile: rule => compileFieldRule(rule),
  annotationKeys: () => [],
  describe: rule => {
    const condition = rule.condition ?? 'non-empty';
    if (condition === 'equals') {
      const values = Array.isArray(rule.value) ? rule.value : [rule.value];
      return `${code(rule.path)} is ${values
        .map(v => code(JSON.stringify(v)))
        .join(' or ')}`;
    }
    return `${code(rule.path)} ${
      condition === 'present' ? 'is set' : 'is set and not empty'
    }`;
  },
};

/** Reads a dotted path (`spec.system`) from the entity, never throwing. */
export function compileFieldReader(
  path: string,
): (view: EntityView) => unknown {
  const [root, ...rest] = path.split('.');
  return view => {
    let current: unknown;
    if (root === 'spec') {
      current = view.spec;
    } else if (root === 'metadata') {
      current = view.metadata;
    } else {
      current = isRecord(view.entity) ? ownValue(view.entity, root) : undefined;
    }
    for (const segment of rest) {
      if (!isRecord(current)) {
        return undefined;
      }
      current = ownValue(current, segment);
    }
    return current;
  };
}

function isEmpty(value: unknown): boolean {
  if (typeof value === 'string') {
    return value.trim() === '';
  }
  if (Array.isArray(value)) {
    return value.length === 0;
  }
  if (isRecord(value)) {
    return Object.keys(value).length === 0;
  }
  return false;
}

function normalise(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().toLowerCase() : value;
}

/** A field is present, non-empty, or equal to one of some values. */
export function compileFieldRule(rule: FieldRule): CompiledRule {
  const path = rule.path;
  const read = compileFieldReader(path);
  const condition = rule.condition ?? 'non-empty';
  let allowed: JsonPrimitive[] = [];
  if (Array.isArray(rule.value)) {
    allowed = rule.value;
  } else if (rule.value !== undefined) {
    allowed = [rule.value];
  }
  const allowedNormalised = new Set(allowed.map(normalise));
  const allowedText = allowed.map(v => JSON.stringify(v)).join(', ');
  const notSet = staticFail(`${path} is not set`);
  // The value is in the evidence; keeping it out of the message saves work.
  const setMessage = `${path} is set`;
  let realValue = `a real ${path}, not a placeholder`;
  if (condition === 'equals') {
    realValue = allowed.length === 1 ? allowedText : `one of ${allowedText}`;
  }
  return view => {
    const value = read(view);
    if (value === undefined || value === null) {
      return notSet;
    }
    const evidence = [{ source: path, value: evidenceValue(value) }];
    const placeholder = fieldPlaceholder(value, realValue);
    if (placeholder) {
      return invalid(path, value, placeholder, evidence);
    }
    if (condition === 'present') {
      return pass(setMessage, evidence);
    }
    if (condition === 'non-empty') {
      return isEmpty(value)
        ? fail(`${path} is empty`, evidence)
        : pass(setMessage, evidence);
    }
    return allowedNormalised.has(normalise(value))
      ? pass(`${path} is ${showValue(value)}`, evidence)
      : fail(
          `${path} is ${showValue(value)}, expected ${
            allowed.length === 1 ? allowedText : `one of ${allowedText}`
          }`,
          evidence,
        );
  };
}
