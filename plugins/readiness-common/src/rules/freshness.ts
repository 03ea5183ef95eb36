import type { FreshnessRule } from '../model/rules';
import { formatDay, parseDay } from '../parsing/dates';
import { parseCadenceDays } from '../parsing/duration';
import { describeSimpleFormat } from '../parsing/formats';
import { quoteText } from '../parsing/showText';
import { compileValueReader } from './readValue';
import type { CompiledRule, RuleCompileContext } from './types';
import { invalid, pass, showDays, warn, fail } from './outcome';

const DEFAULT_WARN_AT = 0.8;

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
