import type { z } from 'zod';
import type { RubricIssue } from '../engine/validateRubric';
import { clipText, quoteText } from '../parsing/showText';

/** `a.b[0].c` from a zod path. */
export function joinPath(
  root: string,
  path: readonly (string | number)[],
): string {
  let out = root;
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
  }
  return out;
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let current = input;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A config value in a message: JSON, cut short; NaN and Infinity by name. */
function show(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return String(value);
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return clipText(text);
}

/**
 * Turns zod issues into `<key path>: expected ..., got ...` lines a platform
 * engineer can act on from the start-up log.
 */
export function formatZodIssues(
  error: z.ZodError,
  input: unknown,
  root: string,
): RubricIssue[] {
  return error.issues.map(issue => {
    const path = joinPath(root, issue.path);
    const got = () => show(valueAt(input, issue.path));
    switch (issue.code) {
      case 'invalid_enum_value':
        return {
          path,
          message: `expected one of ${issue.options.join(', ')}, got ${show(
            issue.received,
          )}`,
        };
      case 'invalid_type':
        if (issue.message.startsWith('expected')) {
          // A message of ours (e.g. from .int()), clearer than zod's.
          return { path, message: `${issue.message}, got ${got()}` };
        }
        if (issue.received === 'nan') {
          return { path, message: `expected a number, got NaN` };
        }
        return {
          path,
          message:
            issue.received === 'undefined'
              ? `is required (expected ${issue.expected})`
              : `expected ${issue.expected}, got ${issue.received} ${got()}`,
        };
      case 'invalid_literal':
        return {
          path,
          message: `expected ${show(issue.expected)}, got ${got()}`,
        };
      case 'invalid_union_discriminator':
        // The path already ends at the discriminator (`type`).
        return {
          path,
          message: `expected one of ${issue.options
            .map(String)
            .join(', ')}, got ${got()}`,
        };
      case 'unrecognized_keys':
        return {
          path,
          message: `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys
            .map(k => quoteText(k))
            .join(', ')}, ${issue.message}`,
        };
      case 'invalid_union':
        return {
          path,
          message: `expected a string, number, boolean or null (or a list of them), got ${got()}`,
        };
      default:
        return { path, message: `${issue.message}, got ${got()}` };
    }
  });
}
