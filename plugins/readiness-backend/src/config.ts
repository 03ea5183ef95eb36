import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { VISIBLE_SET_TTL_MS } from './catalog/VisibleEntities';
import { DEFAULT_RETRY, RetryOptions } from './lib/retry';

export interface ReadinessBackendConfig {
  schedule: SchedulerServiceTaskScheduleDefinition;
  historyRetentionDays: number;
  recomputePageSize: number;
  /** Retries of each catalog read during a recompute. */
  catalogRetry: RetryOptions;
  /** Days below the top tier after which rollups count an entity as stuck. */
  stuckAfterDays: number;
  /** The raw `readiness.rubric` value, validated by the engine's loader. */
  rubric: unknown;
  /** How long a restricted caller's visible entities are kept (0: not at all). */
  visibilityCacheTtlMs: number;
  /** Pace of one caller's requests to the organisation-wide views. */
  orgViewRateLimit: { perSecond: number; burst: number };
  notifications: {
    /** Off unless `readiness.notifications.enabled` is true. */
    enabled: boolean;
    /** Days before a waiver in use ends that the owner group is told. */
    waiverExpiryDaysAhead: number;
    /** The attention digest to owner groups; off unless enabled (with notifications). */
    digest: { enabled: boolean; everyDays: number };
    /** Days before an initiative's deadline that teams with work left are reminded. */
    initiatives: { reminderDaysBeforeDeadline: number };
  };
}

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 15 },
};

/** Reads `readiness.*`; a wrong value stops start-up with the key in the message. */
export function readReadinessConfig(config: Config): ReadinessBackendConfig {
  const schedule = config.has('readiness.schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig('readiness.schedule'),
      )
    : DEFAULT_SCHEDULE;
  return {
    schedule,
    historyRetentionDays: readPositiveInteger(
      config,
      'readiness.historyRetentionDays',
      730,
    ),
    recomputePageSize: readPositiveInteger(
      config,
      'readiness.recomputePageSize',
      500,
    ),
    stuckAfterDays: readPositiveInteger(config, 'readiness.stuckAfterDays', 90),
    catalogRetry: readCatalogRetry(config),
    visibilityCacheTtlMs: readDurationMs(
      config,
      'readiness.visibilityCacheTtl',
      VISIBLE_SET_TTL_MS,
    ),
    orgViewRateLimit: {
      perSecond: readPositiveInteger(
        config,
        'readiness.orgViewRateLimit.perSecond',
        500,
      ),
      burst: readPositiveInteger(config, 'readiness.orgViewRateLimit.burst', 50),
    },
    rubric: config.getOptional('readiness.rubric'),
    notifications: {
      enabled:
        config.getOptionalBoolean('readiness.notifications.enabled') ?? false,
      waiverExpiryDaysAhead: readPositiveInteger(
        config,
        'readiness.notifications.waiverExpiryDaysAhead',
        7,
      ),
      digest: {
        enabled:
          config.getOptionalBoolean('readiness.notifications.digest.enabled') ??
          false,
        everyDays: readPositiveInteger(
          config,
          'readiness.notifications.digest.everyDays',
          7,
        ),
      },
      initiatives: {
        reminderDaysBeforeDeadline: readPositiveInteger(
          config,
          'readiness.notifications.initiatives.reminderDaysBeforeDeadline',
          14,
        ),
      },
    },
  };
}

function readCatalogRetry(config: Config): RetryOptions {
  const key = 'readiness.catalogRetry';
  return {
    attempts: readPositiveInteger(config, `${key}.attempts`, DEFAULT_RETRY.attempts),
    initialDelayMs: readDurationMs(config, `${key}.initialDelay`, DEFAULT_RETRY.initialDelayMs),
    attemptTimeoutMs: readDurationMs(
      config,
      `${key}.attemptTimeout`,
      DEFAULT_RETRY.attemptTimeoutMs,
    ),
  };
}

function readDurationMs(config: Config, key: string, fallback: number) {
  if (!config.has(key)) {
    return fallback;
  }
  try {
    return durationToMilliseconds(readDurationFromConfig(config, { key }));
  } catch (error) {
    throw new InputError(`${key}: expected a duration such as { seconds: 2 } or 'PT2S': ${error}`);
  }
}

function readPositiveInteger(config: Config, key: string, fallback: number) {
  const value = config.getOptionalNumber(key);
  if (value === undefined) {
    return fallback;
  }
  if (!Number.isInteger(value) || value < 1) {
    throw new InputError(
      `${key}: expected a positive whole number, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
