import type { Entity } from '@backstage/catalog-model';
import { dayOf, formatDay, parseDay } from '../parsing/dates';

/**
 * The annotation that declares when a pilot started (`YYYY-MM-DD`). History
 * begins when the backend was installed; this date lets time in pilot count
 * from the real start instead.
 */
export const PILOT_START_ANNOTATION = 'readiness/pilot-start';

/** What the annotation says, read against `now`. */
export type DeclaredPilotStart =
  | { state: 'absent' }
  | { state: 'valid'; date: string }
  | { state: 'invalid'; value: string; message: string };

/**
 * The declared pilot start of an entity: a real `YYYY-MM-DD` date not after
 * `now`. A malformed or future date is reported (it never counts).
 */
export function declaredPilotStartOf(entity: Entity, now: Date): DeclaredPilotStart {
  const raw = entity.metadata?.annotations?.[PILOT_START_ANNOTATION];
  if (raw === undefined) return { state: 'absent' };
  const value = typeof raw === 'string' ? raw : String(raw);
  const day = typeof raw === 'string' ? parseDay(raw) : undefined;
  if (day === undefined) {
    return {
      state: 'invalid',
      value,
      message: `${PILOT_START_ANNOTATION} is "${value.slice(0, 40)}", expected a date YYYY-MM-DD`,
    };
  }
  if (day > dayOf(now)) {
    return {
      state: 'invalid',
      value,
      message: `${PILOT_START_ANNOTATION} is ${formatDay(day)}, in the future; expected the day the pilot started`,
    };
  }
  return { state: 'valid', date: formatDay(day) };
}

/** The YAML that declares a pilot start, as every other fix: merge it into catalog-info.yaml. */
export function pilotStartFixYaml(date: string): string {
  return `metadata:\n  annotations:\n    ${PILOT_START_ANNOTATION}: "${date}"\n`;
}
