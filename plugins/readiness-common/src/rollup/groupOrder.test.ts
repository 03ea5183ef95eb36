import type { RollupGroup } from '../api/types';
import {
  compareRollupGroups,
  naturalRollupOrder,
  problemOfRollupSort,
} from './groupOrder';

const TIERS = ['pilot', 'beta', 'production'];

function group(key: string, counts: Partial<RollupGroup> = {}): RollupGroup {
  return {
    key,
    entityCount: 0,
    tiers: {},
    meanScore: 0,
    openBlockers: 0,
    stuckBelowTop: 0,
    overdueDecisions: 0,
    oldPilotsWithoutDecision: 0,
    claimedAboveEarned: 0,
    expiringSoon: 0,
    topFailingChecks: [],
    categoryScores: {},
    ...counts,
  };
}

const keys = (groups: RollupGroup[]) => groups.map(g => g.key);

describe('compareRollupGroups', () => {
  const groups = [
    group('b', {
      overdueDecisions: 1,
      openBlockers: 0,
      entityCount: 4,
      tiers: { production: 1, beta: 3 },
    }),
    group('a', {
      overdueDecisions: 1,
      openBlockers: 5,
      entityCount: 2,
      tiers: { production: 1, pilot: 1 },
    }),
    group('c', {
      overdueDecisions: 0,
      openBlockers: 9,
      entityCount: 9,
      tiers: { production: 0, beta: 9 },
      title: 'Zeta',
    }),
    group('d', {
      overdueDecisions: 0,
      openBlockers: 9,
      entityCount: 1,
      tiers: { pilot: 1 },
    }),
  ];
  const sorted = (...args: Parameters<typeof compareRollupGroups>) =>
    keys([...groups].sort(compareRollupGroups(...args)));

  it('puts overdue decisions first, then open blockers, then names A to Z', () => {
    expect(sorted('urgency', undefined, TIERS)).toEqual(['a', 'b', 'd', 'c']);
    // Reversed, both counts flip; names still read A to Z.
    expect(sorted('urgency', 'asc', TIERS)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('sorts names by title, else key, A to Z unless asked otherwise', () => {
    expect(naturalRollupOrder('name')).toBe('asc');
    expect(sorted('name', undefined, TIERS)).toEqual(['a', 'b', 'd', 'c']);
    expect(sorted('name', 'desc', TIERS)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('sorts by a count, largest first, ties by name', () => {
    expect(sorted('entityCount', undefined, TIERS)).toEqual([
      'c',
      'b',
      'a',
      'd',
    ]);
    expect(sorted('tier.beta', undefined, TIERS)).toEqual(['c', 'b', 'a', 'd']);
    expect(sorted('tier.pilot', 'asc', TIERS)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts the distribution by the share in the top tier, then the tiers below', () => {
    // a: half production; b: a quarter; c and d none, c has beta.
    expect(sorted('distribution', undefined, TIERS)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(sorted('distribution', 'asc', TIERS)).toEqual(['d', 'c', 'b', 'a']);
  });
});

describe('problemOfRollupSort', () => {
  it('accepts the keys and the tiers of the rubric, and says what is wrong otherwise', () => {
    expect(problemOfRollupSort('meanScore', TIERS)).toBeUndefined();
    expect(problemOfRollupSort('tier.beta', TIERS)).toBeUndefined();
    expect(problemOfRollupSort('tier.none', TIERS)).toBeUndefined();
    expect(problemOfRollupSort('tier.gold', TIERS)).toBe(
      'Unknown tier "gold" in sort "tier.gold": the tiers are none, pilot, beta, production',
    );
    expect(problemOfRollupSort('size', TIERS)).toMatch(
      /^Unknown sort "size": expected one of urgency, name/,
    );
  });
});
