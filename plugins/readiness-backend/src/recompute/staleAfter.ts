import { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';

/**
 * How old the last successful recompute may get before results count as
 * stale: one interval plus the longer of an interval and the run's timeout,
 * so a healthy run that starts late or runs long is not flagged. A cron or
 * manual schedule has no fixed interval: never stale by age.
 */
export function staleAfterMs(
  schedule: SchedulerServiceTaskScheduleDefinition,
): number | undefined {
  const frequency = toMs(schedule.frequency);
  if (frequency === undefined) return undefined;
  return frequency + Math.max(frequency, toMs(schedule.timeout) ?? 0);
}

function toMs(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if ('cron' in value || 'trigger' in value) return undefined;
  if ('toMillis' in value && typeof value.toMillis === 'function') {
    return value.toMillis(); // a luxon Duration
  }
  return durationToMilliseconds(value as HumanDuration);
}
