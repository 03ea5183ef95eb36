import { ConfigReader } from '@backstage/config';
import { readReadinessConfig } from './config';

describe('readReadinessConfig', () => {
  it('leaves notifications off unless enabled, with a week of waiver notice', () => {
    expect(readReadinessConfig(new ConfigReader({})).notifications).toEqual({
      enabled: false,
      waiverExpiryDaysAhead: 7,
    });
    expect(
      readReadinessConfig(
        new ConfigReader({
          readiness: {
            notifications: { enabled: true, waiverExpiryDaysAhead: 14 },
          },
        }),
      ).notifications,
    ).toEqual({ enabled: true, waiverExpiryDaysAhead: 14 });
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
  });
});
