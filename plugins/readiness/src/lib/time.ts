const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `since` to `now`, never negative (clocks drift). */
export function daysBetween(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MS));
}

/** "1 day", "143 days". */
export function formatDays(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** An ISO timestamp or date as a date people read, e.g. "21 Nov 2026". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * Days from `now` until a YYYY-MM-DD date (0 on the day itself, negative once
 * past), counted in UTC like the engine; undefined for an unreadable date.
 */
export function daysUntil(date: string, now: Date): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) {
    return undefined;
  }
  const target = Date.UTC(+match[1], +match[2] - 1, +match[3]);
  const today = Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate(),
  );
  return Math.round((target - today) / DAY_MS);
}
