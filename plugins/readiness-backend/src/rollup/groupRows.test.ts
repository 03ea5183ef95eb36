import {
  compareRollupGroups,
  RollupGroup,
} from '@readiness-scorecards/plugin-readiness-common';
import { orderRows, pageOfRows } from './groupRows';

const TIERS = ['pilot', 'beta', 'production'];

function group(key: string, entityCount: number, parent?: string): RollupGroup {
  return {
    key,
    ...(parent ? { parent } : {}),
    entityCount,
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
  };
}

const bySize = compareRollupGroups('entityCount', undefined, TIERS);
const keys = (groups: RollupGroup[]) => groups.map(g => g.key);

describe('orderRows', () => {
  const tree = [
    group('a-team', 1, 'dept-b'),
    group('dept-a', 2),
    group('dept-b', 5),
    group('b-team', 4, 'dept-b'),
    group('squad', 3, 'b-team'),
    group('x-team', 2, 'dept-a'),
  ];

  it('sends each top-level group with its whole subtree, siblings sorted like the rows', () => {
    const rows = orderRows(tree, bySize, true);
    expect(keys(rows.groups)).toEqual([
      'dept-b',
      'b-team',
      'squad',
      'a-team',
      'dept-a',
      'x-team',
    ]);
    expect(rows.rowStarts).toEqual([0, 4]);
  });

  it('pages by top-level rows, never splitting a subtree', () => {
    const rows = orderRows(
      tree,
      compareRollupGroups('entityCount', 'asc', TIERS),
      true,
    );
    expect(keys(pageOfRows(rows, 0, 1))).toEqual(['dept-a', 'x-team']);
    expect(keys(pageOfRows(rows, 1, 1))).toEqual([
      'dept-b',
      'a-team',
      'b-team',
      'squad',
    ]);
    expect(pageOfRows(rows, 2, 1)).toEqual([]);
  });

  it('makes a group whose parent is not among the groups a top-level row', () => {
    const rows = orderRows(
      [group('team', 1, 'hidden-dept'), group('dept', 2)],
      bySize,
      true,
    );
    expect(keys(rows.groups)).toEqual(['dept', 'team']);
    expect(rows.rowStarts).toEqual([0, 1]);
  });

  it('still sends the groups of a parent cycle, once each', () => {
    const rows = orderRows(
      [group('a', 1, 'b'), group('b', 2, 'a')],
      bySize,
      true,
    );
    expect(keys(rows.groups)).toEqual(['b', 'a']);
    expect(rows.rowStarts).toEqual([0]);
  });

  it('treats every group as a row when the grouping is flat', () => {
    const rows = orderRows(tree, bySize, false);
    expect(keys(pageOfRows(rows, 1, 2))).toEqual(['b-team', 'squad']);
    expect(rows.rowStarts).toHaveLength(6);
  });
});
