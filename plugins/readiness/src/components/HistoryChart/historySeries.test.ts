import { FALLBACK_TIERS } from '../../lib/tiers';
import { toSeries } from './historySeries';

describe('toSeries', () => {
  const now = new Date('2026-11-21T00:00:00.000Z');

  it('maps tiers to steps (0 = no tier) and carries the last state to now', () => {
    const series = toSeries(
      [
        {
          recordedAt: '2026-10-01T00:00:00.000Z',
          tier: 'pilot',
          score: 40,
          blockerCount: 2,
          failingChecks: [],
        },
        {
          recordedAt: '2026-09-01T00:00:00.000Z',
          tier: null,
          score: 10,
          blockerCount: 4,
          failingChecks: [],
        },
      ],
      FALLBACK_TIERS,
      now,
    );

    expect(series.map(p => [p.time, p.tierLevel, p.score])).toEqual([
      [Date.parse('2026-09-01T00:00:00.000Z'), 0, 10],
      [Date.parse('2026-10-01T00:00:00.000Z'), 1, 40],
      [now.getTime(), 1, 40],
    ]);
  });

  it('returns nothing for no history', () => {
    expect(toSeries([], FALLBACK_TIERS, now)).toEqual([]);
  });
});
