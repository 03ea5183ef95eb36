/**
 * `key=value; key=value` lists, the structured annotation values of the
 * readiness scheme (annotation values must be strings in Backstage).
 */

import { isSpace } from './entityRefs';
import { quoteText } from './showText';

export type KeyValueResult =
  | { ok: true; values: ReadonlyMap<string, string> }
  | { ok: false; error: string };

/**
 * The pairs of a parsed list, for the engine: a few pairs in two short lists
 * searched in order (cheaper than a Map for the usual two to four pairs),
 * with a Map once a list grows long. Read-only once built.
 */
export class KeyValuePairs {
  private readonly keys: string[];
  private readonly items: string[];
  private count = 0;
  private index: Map<string, string> | undefined;

  /** `capacity`: the most pairs the list can hold (sized once, no growing). */
  constructor(capacity: number) {
    this.keys = new Array(capacity);
    this.items = new Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  get(key: string): string | undefined {
    if (this.index) {
      return this.index.get(key);
    }
    const keys = this.keys;
    for (let i = 0; i < this.count; i++) {
      if (keys[i] === key) return this.items[i];
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Adds a pair (the key must be new, and within the capacity). */
  add(key: string, item: string): void {
    this.keys[this.count] = key;
    this.items[this.count] = item;
    this.count++;
    if (this.index) {
      this.index.set(key, item);
    } else if (this.count > 8) {
      // Long lists: a Map keeps lookups (and the duplicate test) cheap.
      this.index = this.toMap();
    }
  }

  toMap(): Map<string, string> {
    const map = new Map<string, string>();
    for (let i = 0; i < this.count; i++) {
      map.set(this.keys[i], this.items[i]);
    }
    return map;
  }
}

export type KeyValuePairsResult =
  | { ok: true; values: KeyValuePairs }
  | { ok: false; error: string };

/**
 * Parses `key=value` pairs separated by `;`. Keys are lowercased; values are
 * trimmed and may contain `=` (URLs with queries). Empty segments (a trailing
 * `;`) are ignored.
 */
export function parseKeyValueList(value: string): KeyValueResult {
  const parsed = parseKeyValuePairs(value);
  return parsed.ok ? { ok: true, values: parsed.values.toMap() } : parsed;
}

/** parseKeyValueList as the engine uses it: the pairs without a Map. */
export function parseKeyValuePairs(value: string): KeyValuePairsResult {
  // Hand-scanned (no split, no trimmed copies): it runs for several
  // annotations of every entity. Same result as splitting on ";" and
  // trimming each segment, key and value.
  let segments = 1;
  for (let at = value.indexOf(';'); at >= 0; at = value.indexOf(';', at + 1)) {
    segments++;
  }
  const values = new KeyValuePairs(segments);
  const length = value.length;
  let pos = 0;
  while (pos <= length) {
    let end = value.indexOf(';', pos);
    if (end < 0) end = length;
    let start = pos;
    pos = end + 1;
    while (start < end && isSpace(value.charCodeAt(start))) start++;
    while (end > start && isSpace(value.charCodeAt(end - 1))) end--;
    if (start === end) {
      continue;
    }
    const eq = value.indexOf('=', start);
    if (eq < 0 || eq >= end) {
      return {
        ok: false,
        error: `${quoteText(value.slice(start, end))} is not a key=value pair`,
      };
    }
    if (eq === start) {
      return {
        ok: false,
        error: `${quoteText(value.slice(start, end))} has no key before "="`,
      };
    }
    let keyEnd = eq;
    while (isSpace(value.charCodeAt(keyEnd - 1))) keyEnd--;
    const key = value.slice(start, keyEnd).toLowerCase();
    let itemStart = eq + 1;
    while (itemStart < end && isSpace(value.charCodeAt(itemStart))) itemStart++;
    if (values.has(key)) {
      return { ok: false, error: `key ${quoteText(key)} appears twice` };
    }
    values.add(key, value.slice(itemStart, end));
  }
  if (values.size === 0) {
    return { ok: false, error: 'no key=value pair' };
  }
  return { ok: true, values };
}

/** A one-entry memo owned by one evaluation: the last list parsed. */
export interface KeyValueMemo {
  value?: string;
  result?: KeyValuePairsResult;
}

/**
 * parseKeyValuePairs with a one-entry memo: the rules that read the same
 * list (a format check, then a freshness check) run one after the other.
 */
export function parseKeyValueListMemo(
  value: string,
  memo: KeyValueMemo | undefined,
): KeyValuePairsResult {
  if (!memo) {
    return parseKeyValuePairs(value);
  }
  if (memo.value !== value || !memo.result) {
    memo.value = value;
    memo.result = parseKeyValuePairs(value);
  }
  return memo.result;
}
