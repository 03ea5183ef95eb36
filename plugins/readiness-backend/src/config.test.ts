import { ConfigReader } from '@backstage/config';
import { readReadinessConfig } from './config';

describe('readReadinessConfig', () => {
  it('leaves notifications off unless enabled, with a week of waiver notice', () => {
    expect(readReadinessConfig(new ConfigReader({})).notifications).toEqual({
      enabled: false,
      waiverExpiryDaysAhead: 7,
      digest: { enabled: false, everyDays: 7 },
      initiatives: { reminderDaysBeforeDeadline: 14 },
    });
    expect(
      readReadinessConfig(
        new ConfigReader({
          readiness: {
            notifications: {
              enabled: true,
              waiverExpiryDaysAhead: 14,
              digest: { enabled: true, everyDays: 1 },
              initiatives: { reminderDaysBeforeDeadline: 30 },
            },
          },
        }),
      ).notifications,
    ).toEqual({
      enabled: true,
      waiverExpiryDaysAhead: 14,
      digest: { enabled: true, everyDays: 1 },
      initiatives: { reminderDaysBeforeDeadline: 30 },
    });
  });

  it('names the key of a wrong notifications value', () => {
    expect(() =>
      readReadinessConfig(
        new ConfigReader({
          readiness: { notifications: { waiverExpiryDaysAhead: 0 } },
        }),
      ),
    ).toThrow(
      'readiness.notifications.waiverExpiryDaysAhead: expected a positive whole number, got 0',
    );
    expect(() =>
      readReadinessConfig(
        new ConfigReader({
          readiness: { notifications: { enabled: 'sometimes' } },
        }),
      ),
    ).toThrow(/readiness\.notifications\.enabled/);
    expect(() =>
      readReadinessConfig(
        new ConfigReader({
          readiness: {
            notifications: { initiatives: { reminderDaysBeforeDeadline: 1.5 } },
          },
        }),
      ),
    ).toThrow(
      'readiness.notifications.initiatives.reminderDaysBeforeDeadline: expected a positive whole number, got 1.5',
    );
  });

  it('keeps a restricted caller’s visible entities for 30 s by default, for the configured time, or not at all', () => {
    const ttl = (readiness: object) =>
      readReadinessConfig(new ConfigReader({ readiness })).visibilityCacheTtlMs;
    expect(ttl({})).toBe(30_000);
    expect(ttl({ visibilityCacheTtl: { seconds: 5 } })).toBe(5_000);
    expect(ttl({ visibilityCacheTtl: 'PT0S' })).toBe(0);
    expect(() => ttl({ visibilityCacheTtl: 'soon' })).toThrow(
      /readiness\.visibilityCacheTtl: expected a duration/,
    );
  });

  it('paces the organisation-wide views at 500 per second after 50 by default, and names a wrong value', () => {
    expect(readReadinessConfig(new ConfigReader({})).orgViewRateLimit).toEqual({
      perSecond: 500,
      burst: 50,
    });
    expect(
      readReadinessConfig(
        new ConfigReader({ readiness: { orgViewRateLimit: { perSecond: 20 } } }),
      ).orgViewRateLimit,
    ).toEqual({ perSecond: 20, burst: 50 });
    expect(() =>
      readReadinessConfig(
        new ConfigReader({ readiness: { orgViewRateLimit: { burst: -1 } } }),
      ),
    ).toThrow(
      'readiness.orgViewRateLimit.burst: expected a positive whole number, got -1',
    );
  });
});
