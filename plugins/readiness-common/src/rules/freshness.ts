import { z } from 'zod';
import { formatDay, parseDay } from '../parsing/dates';
import { parseCadenceDays } from '../parsing/duration';
import { describeSimpleFormat } from '../parsing/formats';
import { quoteText } from '../parsing/showText';
import { compileValueReader } from './readValue';
import type { CompiledRule, RuleCompileContext } from './types';
import type { RuleType } from './ruleType';
import { days, nonEmptyString, share, strictObject } from './configSchemaParts';
import { code } from './describeParts';
import { invalid, pass, showDays, warn, fail } from './outcome';

const DEFAULT_WARN_AT = 0.8;

/** A dated piece of evidence is recent enough. */
export interface FreshnessRule {
  type: 'freshness';
  key: string;
  /** When the annotation is a key=value list, the key holding the date. */
  field?: string;
  /** Window in days; defaults to the check's `freshness.maxAgeDays`. */
  maxAgeDays?: number;
  /**
   * Window read from the evidence itself: the cadence in another key of the
   * same key=value list, times a factor (e.g. last review within 1.5 x cadence).
   */
  windowFrom?: { field: string; factor: number };
  /** Share of the window after which the check warns; default the check's or 0.8. */
  warnAt?: number;
}

export const freshnessRuleType: RuleType<FreshnessRule> = {
  readsClock: () => true,
  type: 'freshness',
  configSchema: () =>
    strictObject({
      type: z.literal('freshness'),
      key: nonEmptyString,
      field: nonEmptyString.optional(),
      maxAgeDays: days.optional(),
      windowFrom: strictObject({
        field: nonEmptyString,
        factor: z.number().positive('expected a factor > 0'),
      }).optional(),
      warnAt: share.optional(),
    }),
  validate: (rule, validation) => {
    if (
      rule.maxAgeDays === undefined &&
      !rule.windowFrom &&
      !validation.check.freshness
    ) {
      validation.report(
        'maxAgeDays',
        "expected a window: maxAgeDays here, windowFrom, or the check's freshness.maxAgeDays",
      );
    }
    if (rule.maxAgeDays !== undefined && !(rule.maxAgeDays > 0)) {
      validation.report(
        'maxAgeDays',
        `expected a number of days > 0, got ${rule.maxAgeDays}`,
      );
    }
    if (rule.windowFrom && !rule.field) {
      validation.report(
        'windowFrom',
        'expected field to be set too: windowFrom reads another key of the same key=value list',
      );
    }
  },
  compile: (rule, context) => compileFreshnessRule(rule, context),
  annotationKeys: rule => [rule.key],
  describe: (rule, { check }) => {
    const where = rule.field
      ? `${code(rule.key)} holds ${code(`${rule.field}=YYYY-MM-DD`)}`
      : `${code(rule.key)} is a date YYYY-MM-DD`;
    const windowDays = rule.maxAgeDays ?? check?.freshness?.maxAgeDays;
    const window = rule.windowFrom
      ? `within ${rule.windowFrom.factor} x its ${code(rule.windowFrom.field)}`
      : `within ${windowDays} days`;
    const warnAt = rule.warnAt ?? check?.freshness?.warnAt ?? DEFAULT_WARN_AT;
    return `${where} ${window} (warns after ${Math.round(
      warnAt * 100,
    )}% of the window; a date after tomorrow is invalid)`;
  },
};

/**
 * Dated evidence is recent: warns after `warnAt` of the window, fails past
 * it, and is invalid when unreadable or in the future beyond tomorrow (a
 * day of slack for time zones).
 */
export function compileFreshnessRule(
  rule: FreshnessRule,
  context: RuleCompileContext,
): CompiledRule {
  const fixedWindow = rule.maxAgeDays ?? context.freshness?.maxAgeDays;
  const warnAt = rule.warnAt ?? context.freshness?.warnAt ?? DEFAULT_WARN_AT;
  // A plain key holds "a date YYYY-MM-DD"; a key=value list "date=<YYYY-MM-DD>".
  const read = compileValueReader(
    rule.key,
    rule.field,
    rule.field ? 'YYYY-MM-DD' : describeSimpleFormat('date'),
    context.slotIndex,
  );
  const dateProblem = { expected: describeSimpleFormat('date') };
  const windowFrom = rule.windowFrom
    ? {
        field: rule.windowFrom.field.toLowerCase(),
        factor: rule.windowFrom.factor,
      }
    : undefined;
  return view => {
    const read_ = read(view);
    if (!read_.ok) {
      return read_.outcome;
    }
    const { value, name, evidence } = read_;
    const day = parseDay(value);
    if (day === undefined) {
      return invalid(name, value, dateProblem, evidence);
    }
    const today = view.today;
    if (day > today + 1) {
      return invalid(
        name,
        value,
        {
          expected: `a date not after tomorrow (${formatDay(today + 1)})`,
          detail: 'a date in the future',
        },
        evidence,
      );
    }
    let window = fixedWindow ?? Infinity;
    let windowText = '';
    if (windowFrom) {
      const cadenceText = read_.list?.get(windowFrom.field);
      const cadence =
        cadenceText === undefined ? undefined : parseCadenceDays(cadenceText);
      if (cadence === undefined) {
        return invalid(
          rule.key,
          cadenceText ?? '',
          {
            expected: describeSimpleFormat('cadence'),
            found: `${windowFrom.field}=${quoteText(cadenceText ?? '')}`,
          },
          evidence,
        );
      }
      window = cadence * windowFrom.factor;
      windowText = ` (${windowFrom.factor} x ${windowFrom.field} ${cadenceText})`;
    }
    const age = Math.max(0, today - day);
    const date = value.trim(); // already checked to be YYYY-MM-DD
    const ago = age === 0 ? 'today' : `${showDays(age)} ago`;
    if (age > window) {
      return fail(
        `${name} is ${date}, ${ago}; expected within ${showDays(
          window,
        )}${windowText}`,
        evidence,
      );
    }
    if (age >= window * warnAt) {
      const left = Math.max(0, Math.ceil(window - age));
      return warn(
        `${name} is ${date}, ${ago}; stale after ${showDays(
          window,
        )}${windowText}, in ${showDays(left)}`,
        evidence,
      );
    }
    return pass(
      `${name} is ${date}, ${ago} (window ${showDays(window)}${windowText})`,
      evidence,
    );
  };
}
