/** Numbers as people write them in annotations: `0.95`, `>= 95%`, `300ms`. */

export interface ParsedNumber {
  value: number;
  comparator?: string;
  unit?: string;
}

const NUMBER_RE =
  /^(>=|<=|==|!=|>|<|=)?\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*(%|[A-Za-z][A-Za-z/-]*)?$/;

export function parseNumberValue(value: string): ParsedNumber | undefined {
  const match = NUMBER_RE.exec(value.trim());
  if (!match) {
    return undefined;
  }
  const parsed = Number(match[2]);
  if (!Number.isFinite(parsed)) {
    return undefined;
  }
  const result: ParsedNumber = { value: parsed };
  if (match[1]) {
    result.comparator = match[1];
  }
  if (match[3]) {
    result.unit = match[3];
  }
  return result;
}

/**
 * Whether parseNumberValue accepts the value, without building the result:
 * the format check asks this for every entity.
 */
export function isNumberValue(value: string): boolean {
  const text = value.trim();
  if (!NUMBER_RE.test(text)) {
    return false;
  }
  // Without an exponent and in under 300 characters the number is finite;
  // otherwise let the full parse decide (1e999 is not a number here).
  if (text.length < 300 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
    return true;
  }
  return parseNumberValue(text) !== undefined;
}
