/** Durations and review cadences, in days. */

const UNIT_DAYS: Record<string, number> = {
  ms: 1 / 86_400_000,
  s: 1 / 86_400,
  sec: 1 / 86_400,
  m: 1 / 1_440,
  min: 1 / 1_440,
  h: 1 / 24,
  hr: 1 / 24,
  d: 1,
  day: 1,
  days: 1,
  w: 7,
  wk: 7,
  week: 7,
  weeks: 7,
  mo: 30,
  month: 30,
  months: 30,
  y: 365,
  yr: 365,
  year: 365,
  years: 365,
};

const SIMPLE_RE = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/;
const ISO_RE =
  /^p(?:(\d+(?:\.\d+)?)y)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)w)?(?:(\d+(?:\.\d+)?)d)?(?:t(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?)?$/;

/** `30d`, `12h`, `2 weeks`, `P1M`, `PT12H` -> days; undefined when unreadable or zero. */
export function parseDurationDays(value: string): number | undefined {
  const text = value.trim().toLowerCase();
  const simple = SIMPLE_RE.exec(text);
  if (simple) {
    const unit = UNIT_DAYS[simple[2]];
    const days = unit === undefined ? undefined : Number(simple[1]) * unit;
    return days && days > 0 ? days : undefined;
  }
  const iso = ISO_RE.exec(text);
  if (iso && text !== 'p' && text !== 'pt' && !text.endsWith('t')) {
    const n = (i: number) => (iso[i] ? Number(iso[i]) : 0);
    const days =
      n(1) * 365 +
      n(2) * 30 +
      n(3) * 7 +
      n(4) +
      n(5) / 24 +
      n(6) / 1_440 +
      n(7) / 86_400;
    return days > 0 ? days : undefined;
  }
  return undefined;
}

const CADENCE_DAYS: Record<string, number> = {
  daily: 1,
  weekly: 7,
  biweekly: 14,
  fortnightly: 14,
  monthly: 30,
  bimonthly: 61,
  quarterly: 91,
  'half-yearly': 182,
  semiannually: 182,
  'semi-annually': 182,
  yearly: 365,
  annually: 365,
};

/** A named cadence (`monthly`) or a duration (`30d`) -> days. */
export function parseCadenceDays(value: string): number | undefined {
  const named = CADENCE_DAYS[value.trim().toLowerCase()];
  return named ?? parseDurationDays(value);
}

export const CADENCE_NAMES = Object.keys(CADENCE_DAYS);
