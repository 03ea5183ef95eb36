import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  DEFAULT_LIFECYCLE_CLAIMS,
  LifecycleClaims,
  problemsOfLifecycleClaims,
} from '@readiness-scorecards/plugin-readiness-common';

/** Settings of the "needs attention" views (`readiness.attention`). */
export interface AttentionSettings {
  /** Lifecycle value (lowercase) to the tier it claims. */
  lifecycleClaims: LifecycleClaims;
  /** Days in the first tier (or below) after which an undecided pilot is listed. */
  oldPilotDays: number;
  /** The window of "what expires next", in days. */
  expiringWithinDays: number;
}

export const DEFAULT_ATTENTION_SETTINGS: AttentionSettings = {
  lifecycleClaims: DEFAULT_LIFECYCLE_CLAIMS,
  oldPilotDays: 90,
  expiringWithinDays: 30,
};

const KEY = 'readiness.attention';

/** Reads `readiness.attention`; a wrong value stops start-up naming the key. */
export function readAttentionConfig(config: Config): AttentionSettings {
  const claimsKey = `${KEY}.lifecycleClaims`;
  let lifecycleClaims = DEFAULT_ATTENTION_SETTINGS.lifecycleClaims;
  if (config.has(claimsKey)) {
    const claims = config.getConfig(claimsKey);
    lifecycleClaims = Object.fromEntries(
      claims.keys().map(lifecycle => [
        lifecycle.trim().toLowerCase(),
        claims.getString(lifecycle),
      ]),
    );
  }
  return {
    lifecycleClaims,
    oldPilotDays: positiveInteger(config, `${KEY}.oldPilotDays`, DEFAULT_ATTENTION_SETTINGS.oldPilotDays),
    expiringWithinDays: positiveInteger(
      config,
      `${KEY}.expiringWithinDays`,
      DEFAULT_ATTENTION_SETTINGS.expiringWithinDays,
    ),
  };
}

/** Throws when a lifecycle claims a tier the rubric does not have. */
export function assertClaimsMatchTiers(
  settings: AttentionSettings,
  tiers: readonly string[],
): void {
  const problems = problemsOfLifecycleClaims(settings.lifecycleClaims, tiers);
  if (problems.length > 0) {
    throw new InputError(`${KEY}.lifecycleClaims: ${problems.join('; ')}`);
  }
}

function positiveInteger(config: Config, key: string, fallback: number): number {
  const value = config.getOptionalNumber(key);
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > 3650) {
    throw new InputError(
      `${key}: expected a whole number of days from 1 to 3650, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
