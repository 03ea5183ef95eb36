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
