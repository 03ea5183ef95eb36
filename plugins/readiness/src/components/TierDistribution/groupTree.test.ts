import { initiallyExpanded, treeRows, TreeGroup } from './groupTree';

function group(key: string, overrides: Partial<TreeGroup> = {}): TreeGroup {
  return {
    key,
    title: key.split('/')[1],
    entityCount: 1,
    tiers: {},
    meanScore: 50,
    openBlockers: 0,
    stuckBelowTop: 0,
    overdueDecisions: 0,
    oldPilotsWithoutDecision: 0,
    claimedAboveEarned: 0,
    expiringSoon: 0,
    topFailingChecks: [],
    categoryScores: {},
    ...overrides,
  };
}

const groups = [
  group('group:default/acme', { openBlockers: 20, overdueDecisions: 3 }),
  group('group:default/engineering', { parent: 'group:default/acme', openBlockers: 15, overdueDecisions: 0 }),
  group('group:default/data-and-ai', { parent: 'group:default/acme', openBlockers: 5, overdueDecisions: 3 }),
  group('group:default/ml-team', { parent: 'group:default/data-and-ai', openBlockers: 4, overdueDecisions: 2 }),
  group('group:default/data-platform', { parent: 'group:default/data-and-ai', openBlockers: 1, overdueDecisions: 1 }),
  group('user:default/jane', { ownedByPerson: true, openBlockers: 2 }),
];

const keysOf = (rows: ReturnType<typeof treeRows>) => rows.map(r => `${'  '.repeat(r.depth)}${r.group.key.split('/')[1]}`);

describe('treeRows', () => {
  it('nests teams under departments, most overdue decisions first, then most blockers', () => {
    const rows = treeRows(groups, {
      sort: 'urgency',
      expanded: new Set(['group:default/acme', 'group:default/data-and-ai']),
    });
    expect(keysOf(rows)).toEqual(['acme', '  data-and-ai', '    ml-team', '    data-platform', '  engineering', 'jane']);
    expect(rows[0]).toMatchObject({ hasChildren: true, expanded: true });
    expect(rows[5].group.ownedByPerson).toBe(true);
  });

  it('opens the top of the tree at first: departments show, their teams wait', () => {
    const rows = treeRows(groups, { sort: 'urgency', expanded: initiallyExpanded(groups) });
    expect(keysOf(rows)).toEqual(['acme', '  data-and-ai', '  engineering', 'jane']);
  });

  it('sorts siblings by any column, either way', () => {
    const open = new Set(['group:default/acme']);
    expect(keysOf(treeRows(groups, { sort: 'openBlockers', expanded: open }))).toEqual([
      'acme',
      '  engineering',
      '  data-and-ai',
      'jane',
    ]);
    expect(keysOf(treeRows(groups, { sort: 'name', order: 'desc', expanded: open }))).toEqual([
      'jane',
      'acme',
      '  engineering',
      '  data-and-ai',
    ]);
  });
});
