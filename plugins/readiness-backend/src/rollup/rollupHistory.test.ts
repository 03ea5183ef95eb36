import type { RollupRow } from '../store';
import { rollupHistory } from './rollupHistory';

const TIERS = ['pilot', 'beta', 'production'];

function row(entityRef: string, system: string): RollupRow {
  return {
    entityRef,
    kind: 'Component',
    system,
    tags: [],
    tier: 'beta',
    score: 70,
    blockerCount: 0,
    failingChecks: [],
    categoryScores: {},
    tierSince: new Date('2026-11-01T00:00:00Z'),
    changedAt: new Date('2026-11-01T00:00:00Z'),
  };
}

const point = (entityRef: string, at: string, tier: string | null, score: number) => ({
  entityRef,
  recordedAt: new Date(at),
  tier,
  score,
  blockerCount: 0,
  failingChecks: [],
});

describe('rollupHistory', () => {
  it('shows each day as of its end, from the change rows', () => {
    const points = rollupHistory(
      [row('a', 'system:default/checkout'), row('b', 'system:default/search')],
      [
        point('a', '2026-11-18T10:00:00Z', 'pilot', 40),
        point('a', '2026-11-20T09:00:00Z', 'beta', 70),
        point('b', '2026-11-19T12:00:00Z', null, 10),
      ],
      { groupBy: 'system', tiers: TIERS, stuckAfterDays: 90, now: new Date('2026-11-21T08:00:00Z'), days: 4 },
    );
    expect(points.map(p => p.date)).toEqual(['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21']);
    expect(points.map(p => p.total.entityCount)).toEqual([1, 2, 2, 2]);
    expect(points[0].total.tiers).toMatchObject({ pilot: 1, beta: 0, none: 0 });
    expect(points[1].total.tiers).toMatchObject({ pilot: 1, none: 1 });
    expect(points[2].total.tiers).toMatchObject({ beta: 1, none: 1 });
    expect(points[3].groups.find(g => g.key === 'system:default/checkout')).toMatchObject({ meanScore: 70 });
  });

  it('leaves out entities that are not in the readable rows', () => {
    const points = rollupHistory(
      [row('a', 'system:default/checkout')],
      [point('a', '2026-11-20T09:00:00Z', 'beta', 70), point('hidden', '2026-11-20T09:00:00Z', 'pilot', 5)],
      { groupBy: 'system', tiers: TIERS, stuckAfterDays: 90, now: new Date('2026-11-21T08:00:00Z'), days: 2 },
    );
    expect(points.at(-1)!.total.entityCount).toBe(1);
    expect(JSON.stringify(points)).not.toContain('hidden');
  });
});
