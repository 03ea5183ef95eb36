import { ConfigReader } from '@backstage/config';
import { assertClaimsMatchTiers, DEFAULT_ATTENTION_SETTINGS, readAttentionConfig } from './attentionConfig';

describe('readAttentionConfig', () => {
  it('defaults to production claiming production, 90-day-old pilots, a 30-day window', () => {
    expect(readAttentionConfig(new ConfigReader({}))).toEqual(DEFAULT_ATTENTION_SETTINGS);
  });

  it('reads the lifecycle mapping (lowercased) and the day counts', () => {
    const settings = readAttentionConfig(
      new ConfigReader({
        readiness: {
          attention: { lifecycleClaims: { Production: 'production', ga: 'production', beta: 'beta' }, oldPilotDays: 60, expiringWithinDays: 14 },
        },
      }),
    );
    expect(settings).toEqual({
      lifecycleClaims: { production: 'production', ga: 'production', beta: 'beta' },
      oldPilotDays: 60,
      expiringWithinDays: 14,
    });
  });

  it('names the key of a wrong value and a tier the rubric does not have', () => {
    expect(() => readAttentionConfig(new ConfigReader({ readiness: { attention: { oldPilotDays: 0 } } }))).toThrow(
      'readiness.attention.oldPilotDays: expected a whole number of days from 1 to 3650, got 0',
    );
    expect(() =>
      assertClaimsMatchTiers({ ...DEFAULT_ATTENTION_SETTINGS, lifecycleClaims: { production: 'gold' } }, ['pilot', 'production']),
    ).toThrow('readiness.attention.lifecycleClaims: lifecycle "production" claims tier "gold", expected one of pilot, production');
  });
});
