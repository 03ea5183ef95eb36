import { staleAfterMs } from './staleAfter';

describe('staleAfterMs', () => {
  it('allows one interval plus the longer of an interval and the timeout', () => {
    expect(
      staleAfterMs({ frequency: { minutes: 30 }, timeout: { minutes: 15 } }),
    ).toBe(60 * 60_000);
    expect(
      staleAfterMs({ frequency: { minutes: 10 }, timeout: { minutes: 45 } }),
    ).toBe(55 * 60_000);
  });

  it('has no age limit for cron and manual schedules', () => {
    expect(
      staleAfterMs({
        frequency: { cron: '0 * * * *' },
        timeout: { minutes: 5 },
      }),
    ).toBeUndefined();
    expect(
      staleAfterMs({
        frequency: { trigger: 'manual' },
        timeout: { minutes: 5 },
      }),
    ).toBeUndefined();
  });
});
