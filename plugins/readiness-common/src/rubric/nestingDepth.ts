import type { RubricIssue } from '../engine/validateRubric';
import { joinPath } from './formatZodIssues';

/**
 * The deepest nesting a rubric config may have. Real rubrics nest a few
 * levels (checks.<id>.evidence.rules[0].rule); a deeper value is a mistake or
 * an attack, and left to the recursive schema it would overflow the stack.
 */
export const MAX_CONFIG_DEPTH = 32;

/**
 * The first place where the config nests deeper than `MAX_CONFIG_DEPTH`
 * objects and lists, found without recursion; undefined when it does not.
 */
export function findTooDeepNesting(
  value: unknown,
  root: string,
): RubricIssue | undefined {
  const stack: Array<{ value: unknown; path: (string | number)[] }> = [
    { value, path: [] },
  ];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value !== 'object' || item.value === null) {
      continue;
    }
    if (item.path.length > MAX_CONFIG_DEPTH) {
      return {
        path: joinPath(root, item.path),
        message: `nested more than ${MAX_CONFIG_DEPTH} levels deep, expected at most ${MAX_CONFIG_DEPTH} levels of objects and lists`,
      };
    }
    const entries: Array<[string | number, unknown]> = Array.isArray(item.value)
      ? item.value.map((v, i) => [i, v])
      : Object.entries(item.value);
    for (const [key, child] of entries) {
      stack.push({ value: child, path: [...item.path, key] });
    }
  }
  return undefined;
}
