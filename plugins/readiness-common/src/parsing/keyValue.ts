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

/** A one-entry memo owned by one evaluation: the last list parsed. */
export interface KeyValueMemo {
  value?: string;
  result?: KeyValueResult;
}

/**
 * parseKeyValueList with a one-entry memo: the rules that read the same list
 * (a format check, then a freshness check) run one after the other.
 */
export function parseKeyValueListMemo(
  value: string,
  memo: KeyValueMemo | undefined,
): KeyValueResult {
  if (!memo) {
    return parseKeyValueList(value);
  }
  if (memo.value !== value || !memo.result) {
    memo.value = value;
    memo.result = parseKeyValueList(value);
  }
  return memo.result;
}
