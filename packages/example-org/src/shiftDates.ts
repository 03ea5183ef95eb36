/**
 * The example organisation's dated evidence (runbook reviews, security
 * reviews, waivers, decision due dates) was written on one reference day.
 * Moving every date by the days that have passed since keeps each piece of
 * evidence exactly as old, as fresh or as overdue as it was on that day, so
 * the demo and the tests built on it show the same states on any date.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** The day the example organisation's dates were written for (examples/README.md). */
export const EXAMPLE_DATES_WRITTEN_ON = '2026-11-21';

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Whole days from `writtenOn` (YYYY-MM-DD) to the UTC day of `now`; negative before it. */
export function daysSince(writtenOn: string, now: Date): number {
  const start = Date.parse(`${writtenOn}T00:00:00Z`);
  if (Number.isNaN(start)) {
    throw new TypeError(`not a date: ${writtenOn} (expected YYYY-MM-DD)`);
  }
  return Math.round((utcDay(now) - start) / DAY_MS);
}

/** A real calendar day: rejects 2026-02-30 and 2026-13-45, which Date.UTC would roll over. */
function calendarDay(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : undefined;
}

/**
 * Moves every valid YYYY-MM-DD date in `text` by `days`. Malformed dates
 * (the examples carry some on purpose, e.g. "2026-13-45") are left as they
 * are, so they stay malformed.
 */
export function shiftDatesInText(text: string, days: number): string {
  if (days === 0) return text;
  return text.replace(ISO_DATE, (match, year, month, day) => {
    const time = calendarDay(Number(year), Number(month), Number(day));
    if (time === undefined) return match;
    return new Date(time + days * DAY_MS).toISOString().slice(0, 10);
  });
}
