/**
 * Calendar dates as day numbers (days since 1970-01-01, UTC). Evidence dates
 * are plain YYYY-MM-DD strings; working in whole UTC days keeps ages exact
 * and independent of the machine's time zone.
 */

export const DAY_MS = 86_400_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/**
 * The day number of a `YYYY-MM-DD` string (surrounding spaces allowed), or
 * undefined when it is not a real date. Hand-parsed: it runs for every dated
 * piece of evidence of every entity.
 */
export function parseDay(value: string): number | undefined {
  const text = value.length === 10 ? value : value.trim();
  if (
    text.length !== 10 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45
  ) {
    return undefined;
  }
  const year =
    digit(text, 0) * 1000 +
    digit(text, 1) * 100 +
    digit(text, 2) * 10 +
    digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (!(month >= 1 && month <= 12 && day >= 1)) {
    return undefined; // also NaN from a non-digit
  }
  const monthDays =
    month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (!(day <= monthDays) || Number.isNaN(year)) {
    return undefined;
  }
  return daysFromCivil(year, month, day);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy =
    Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The UTC day number of an instant. */
export function dayOf(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * `YYYY-MM-DD` of a day number, by arithmetic (Howard Hinnant's
 * civil_from_days) rather than a Date: it runs for every dated piece of
 * evidence of every entity.
 */
export function formatDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe -
      Math.floor(doe / 1460) +
      Math.floor(doe / 36524) -
      Math.floor(doe / 146096)) /
      365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(m)}-${pad2(d)}`;
}

/** "1 day" / "3 days". */
export function pluralDays(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}
