/**
 * Numbers as people write them in annotations and in vendors' docs: `0.95`,
 * `>= 95%`, `300ms`, `p99 < 2s`, `>= 99.9% availability`, `at least 1,000
 * req/s`. A metric name may come before a comparator and words may follow
 * the unit; the number itself is what thresholds compare.
 */

export interface ParsedNumber {
  value: number;
  comparator?: string;
  unit?: string;
  /** The metric named before the comparator: `p99` in `p99 < 2s`. */
  metric?: string;
}

/**
 * Longer than this is not a number someone wrote; the cap also bounds the
 * match: NUMBER_RE is polynomial in the worst case (its optional spaces and
 * words), which on at most 120 characters stays cheap.
 */
export const NUMBER_MAX_LENGTH = 120;
const MAX_LENGTH = NUMBER_MAX_LENGTH;

/** Built from parts for reading; exported for the regex complexity test. */
export const NUMBER_RE = new RegExp(
  [
    '^',
    // A metric before a comparator: "p99 <", "error rate <=", "NPS >=".
    '(?:([A-Za-z][\\w.-]*(?: [A-Za-z][\\w.-]*){0,2}) *(?=[<>=≥≤!]|at (?:least|most) ))?',
    '(>=|<=|==|!=|≥|≤|>|<|=|at least|at most)?',
    ' *',
    '([-+]?(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d*)?|\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)',
    ' *',
    '(%|[A-Za-z][A-Za-z/-]*)?',
    // Words after the unit: "availability", "of requests", "(rolling 30d)".
    '(?: +[A-Za-z(][\\w .,/()-]{0,60})?',
    '$',
  ].join(''),
);

const COMPARATOR_WORDS: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  'at least': '>=',
  'at most': '<=',
};

export function parseNumberValue(value: string): ParsedNumber | undefined {
  const text = value.trim().replace(/\s+/g, ' ');
  if (text.length > MAX_LENGTH) {
    return undefined;
  }
  const match = NUMBER_RE.exec(text);
  if (!match) {
    return undefined;
  }
  const parsed = Number(match[3].replace(/,/g, ''));
  if (!Number.isFinite(parsed)) {
    return undefined;
  }
  const result: ParsedNumber = { value: parsed };
  if (match[2]) {
    result.comparator = COMPARATOR_WORDS[match[2]] ?? match[2];
  }
  if (match[4]) {
    result.unit = match[4];
  }
  if (match[1]) {
    result.metric = match[1];
  }
  return result;
}

/** Whether parseNumberValue accepts the value (the format check asks this for every entity). */
export function isNumberValue(value: string): boolean {
  return parseNumberValue(value) !== undefined;
}

/** A number with a unit or a percent: `99.9%`, `300ms`, `p99 < 2s` (what an objective needs). */
export function isQuantityValue(value: string): boolean {
  return parseNumberValue(value)?.unit !== undefined;
}
