/**
 * Value formats for annotations. A format is compiled once into a checker
 * that returns undefined for a good value, or a problem saying what was
 * expected (the text of `invalid` messages).
 */
import { formatDay } from './dates';
import { parseDay } from './dates';
import { parseCadenceDays, parseDurationDays } from './duration';
import { parseRef } from './entityRefs';
import { parseKeyValueListMemo } from './keyValue';
import type { KeyValueMemo } from './keyValue';
import { isNumberValue, isQuantityValue } from './numbers';
import { quoteText } from './showText';

/** Value formats an annotation (or a key of a key=value list) can be checked against. */
export type SimpleFormat =
  /** an http(s) URL */
  | 'url'
  /** a calendar date YYYY-MM-DD */
  | 'date'
  /** a date YYYY-MM-DD not after tomorrow (something that happened) */
  | 'past-date'
  /** a number, optionally with a metric, a comparator and a unit: `0.95`, `>= 95%`, `p99 < 2s` */
  | 'number'
  /** a number with a unit or percent: `99.9%`, `300ms`, `p99 < 2s` */
  | 'quantity'
  /** a duration: `30d`, `12h`, `2w`, `P1M` */
  | 'duration'
  /** a review cadence: daily, weekly, monthly, quarterly, yearly, or a duration */
  | 'cadence'
  /** an entity ref such as `component:default/payments` */
  | 'entity-ref'
  /** a User entity ref such as `user:default/jane` (kind defaults to user) */
  | 'user-ref'
  /** any non-empty text */
  | 'text';

export type ValueFormat = SimpleFormat | 'enum' | 'key-value';

export interface FormatProblem {
  /** What a valid value looks like: "a date YYYY-MM-DD". */
  expected: string;
  /** The offending part when it is not the whole value: `date="last year"`. */
  found?: string;
  /** Why the value is wrong when the shape alone does not say it. */
  detail?: string;
}

/**
 * `today` is the evaluation day number (for dates that must not be in the
 * future); `memo` an optional per-evaluation cache of parsed values.
 */
export type FormatChecker = (
  value: string,
  today: number,
  memo?: KeyValueMemo,
) => FormatProblem | undefined;

export interface FormatSpec {
  format: ValueFormat;
  values?: string[];
  requiredKeys?: string[];
  keyFormats?: Record<string, SimpleFormat>;
  /** For `key-value`: the format of every value (keyFormats win for their keys). */
  valueFormat?: SimpleFormat;
}

// The path may hold anything but spaces and control characters.
const URL_RE =
  // eslint-disable-next-line no-control-regex
  /^https?:\/\/(?:[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:[/?#][^\s\u0000-\u001f\u007f-\u009f]*)?$/;

export function isHttpUrl(value: string): boolean {
  return URL_RE.test(value.trim());
}

const SIMPLE_EXPECTED: Record<SimpleFormat, string> = {
  url: 'a URL starting with https://',
  date: 'a date YYYY-MM-DD',
  'past-date': 'a date YYYY-MM-DD not after tomorrow',
  number: 'a number such as 0.95, 95%, >= 99.9% or p99 < 2s',
  quantity: 'a number with a unit or percent, such as 99.9%, 300ms or p99 < 2s',
  duration: 'a duration such as 30d, 12h, 2w or P1M',
  cadence:
    'a cadence such as weekly, monthly or quarterly, or a duration such as 30d',
  'entity-ref': 'an entity ref such as component:default/payments',
  'user-ref': 'a user ref such as user:default/jane',
  text: 'a non-empty text',
};

/** How a value of the format is shown inside a key=value template. */
const PLACEHOLDER: Record<SimpleFormat, string> = {
  url: 'https://...',
  date: 'YYYY-MM-DD',
  'past-date': 'YYYY-MM-DD',
  number: '<number>',
  quantity: '<number><unit>',
  duration: '<duration>',
  cadence: 'monthly',
  'entity-ref': '<kind>:<namespace>/<name>',
  'user-ref': 'user:default/<name>',
  text: '<text>',
};

export function describeSimpleFormat(format: SimpleFormat): string {
  return SIMPLE_EXPECTED[format];
}

function simpleChecker(format: SimpleFormat): FormatChecker {
  const expected = SIMPLE_EXPECTED[format];
  const problem: FormatProblem = { expected };
  switch (format) {
    case 'url':
      return value => (URL_RE.test(value.trim()) ? undefined : problem);
    case 'date':
      return value => (parseDay(value) === undefined ? problem : undefined);
    case 'past-date':
      return (value, today) => {
        const day = parseDay(value);
        if (day === undefined) {
          return problem;
        }
        return day > today + 1
          ? {
              expected: `a date not after tomorrow (${formatDay(today + 1)})`,
              detail: 'a date in the future',
            }
          : undefined;
      };
    case 'number':
      return value => (isNumberValue(value) ? undefined : problem);
    case 'quantity':
      return value => (isQuantityValue(value) ? undefined : problem);
    case 'duration':
      return value => (parseDurationDays(value) ? undefined : problem);
    case 'cadence':
      return value => (parseCadenceDays(value) ? undefined : problem);
    case 'entity-ref':
      return value => (parseRef(value) ? undefined : problem);
    case 'user-ref':
      return value =>
        parseRef(value, { kind: 'user' })?.kind.toLowerCase() === 'user'
          ? undefined
          : problem;
    case 'text':
      return value => (value.trim() ? undefined : problem);
    default:
      return assertNever(format);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown format ${String(value)}`);
}

/** The expectation text of a format, for messages and docs. */
export function describeFormat(spec: FormatSpec): string {
  switch (spec.format) {
    case 'enum':
      return `one of ${(spec.values ?? []).join(', ')}`;
    case 'key-value':
      return keyValueTemplate(spec);
    default:
      return SIMPLE_EXPECTED[spec.format];
  }
}

function keyValueTemplate(spec: FormatSpec): string {
  const keys = spec.requiredKeys ?? [];
  if (keys.length === 0) {
    return spec.valueFormat
      ? `key=value pairs separated by ";", each value ${
          SIMPLE_EXPECTED[spec.valueFormat]
        } (availability=99.9%; latency-p99=300ms)`
      : 'key=value pairs separated by ";"';
  }
  const formats = spec.keyFormats ?? {};
  const parts = keys.map(
    key => `${key}=${PLACEHOLDER[formats[key] ?? 'text']}`,
  );
  return `"${parts.join('; ')}"`;
}

export function compileFormat(spec: FormatSpec): FormatChecker {
  switch (spec.format) {
    case 'enum': {
      const allowed = new Set((spec.values ?? []).map(v => v.toLowerCase()));
      const problem: FormatProblem = { expected: describeFormat(spec) };
      return value =>
        allowed.has(value.trim().toLowerCase()) ? undefined : problem;
    }
    case 'key-value':
      return compileKeyValue(spec);
    default:
      return simpleChecker(spec.format);
  }
}

function compileKeyValue(spec: FormatSpec): FormatChecker {
  const expected = keyValueTemplate(spec);
  const required = (spec.requiredKeys ?? []).map(k => k.toLowerCase());
  const keyCheckers = Object.entries(spec.keyFormats ?? {}).map(
    ([key, format]) => ({
      key: key.toLowerCase(),
      check: simpleChecker(format),
    }),
  );
  const keyed = new Set(keyCheckers.map(c => c.key));
  const everyValue = spec.valueFormat
    ? simpleChecker(spec.valueFormat)
    : undefined;
  return (value, today, memo) => {
    const parsed = parseKeyValueListMemo(value, memo);
    if (!parsed.ok) {
      return { expected, detail: parsed.error };
    }
    let missing: string[] | undefined;
    for (let i = 0; i < required.length; i++) {
      if (!parsed.values.get(required[i])) {
        (missing ??= []).push(required[i]);
      }
    }
    if (missing) {
      return {
        expected,
        detail: `${missing.join(' and ')} ${
          missing.length === 1 ? 'is' : 'are'
        } missing`,
      };
    }
    for (let i = 0; i < keyCheckers.length; i++) {
      const { key, check } = keyCheckers[i];
      const item = parsed.values.get(key);
      if (item === undefined) {
        continue;
      }
      const problem = check(item, today);
      if (problem) {
        return {
          expected: problem.expected,
          found: `${key}=${quoteText(item)}`,
          detail: problem.detail,
        };
      }
    }
    if (everyValue) {
      for (const [key, item] of parsed.values.toMap()) {
        const problem = keyed.has(key) ? undefined : everyValue(item, today);
        if (problem) {
          return {
            expected: problem.expected,
            found: `${key}=${quoteText(item)}`,
            detail: problem.detail,
          };
        }
      }
    }
    return undefined;
  };
}
