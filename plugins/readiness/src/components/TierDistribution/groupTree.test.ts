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
  it('nests teams under departments in the order the server sent them', () => {
    const rows = treeRows(groups, {
      expanded: new Set(['group:default/acme', 'group:default/data-and-ai']),
    });
    expect(keysOf(rows)).toEqual(['acme', '  engineering', '  data-and-ai', '    ml-team', '    data-platform', 'jane']);
    expect(rows[0]).toMatchObject({ hasChildren: true, expanded: true });
    expect(rows[5].group.ownedByPerson).toBe(true);
  });

  it('opens the top of the tree at first: departments show, their teams wait', () => {
    const rows = treeRows(groups, { expanded: initiallyExpanded(groups) });
    expect(keysOf(rows)).toEqual(['acme', '  engineering', '  data-and-ai', 'jane']);
  });

  it('keeps the server order of the rows and of each group’s children', () => {
    const reversed = [...groups].reverse();
    const open = new Set(['group:default/acme', 'group:default/data-and-ai']);
    expect(keysOf(treeRows(reversed, { expanded: open }))).toEqual([
      'jane',
      'acme',
      '  data-and-ai',
      '    data-platform',
      '    ml-team',
      '  engineering',
    ]);
  });

  it('makes a group whose parent is on no page a top-level row', () => {
    const rows = treeRows([groups[3], groups[5]], { expanded: new Set() });
    expect(keysOf(rows)).toEqual(['ml-team', 'jane']);
  });
});
