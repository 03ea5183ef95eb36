/**
 * `key=value; key=value` lists, the structured annotation values of the
 * readiness scheme (annotation values must be strings in Backstage).
 */

export type KeyValueResult =
  | { ok: true; values: ReadonlyMap<string, string> }
  | { ok: false; error: string };

/**
 * Parses `key=value` pairs separated by `;`. Keys are lowercased; values are
 * trimmed and may contain `=` (URLs with queries). Empty segments (a trailing
 * `;`) are ignored.
 */
export function parseKeyValueList(value: string): KeyValueResult {
  const values = new Map<string, string>();
  const segments = value.split(';');
  for (const segment of segments) {
    const trimmed = segment.trim();
    if (trimmed === '') {
      continue;
    }
    const eq = trimmed.indexOf('=');
    if (eq <= 0) {
      return {
        ok: false,
        error:
          eq === 0
            ? `"${trimmed}" has no key before "="`
            : `"${trimmed}" is not a key=value pair`,
      };
    }
    const key = trimmed.slice(0, eq).trim().toLowerCase();
    const item = trimmed.slice(eq + 1).trim();
    if (values.has(key)) {
      return { ok: false, error: `key "${key}" appears twice` };
    }
    values.set(key, item);
  }
  if (values.size === 0) {
    return { ok: false, error: 'no key=value pair' };
  }
  return { ok: true, values };
}

/**
 * parseKeyValueList with a memo (a Map owned by one evaluation), for values
 * that several rules of a rubric read.
 */
export function parseKeyValueListMemo(
  value: string,
  memo: Map<unknown, unknown> | undefined,
): KeyValueResult {
  if (!memo) {
    return parseKeyValueList(value);
  }
  let result = memo.get(value) as KeyValueResult | undefined;
  if (!result) {
    result = parseKeyValueList(value);
    memo.set(value, result);
  }
  return result;
}
