import type { AttentionFacts } from '@readiness-scorecards/plugin-readiness-common';
import type { RollupRow } from '../store';
import { DEFAULT_ATTENTION_SETTINGS } from './attentionConfig';
import { attentionLists } from './attentionLists';
import { attentionOfRow } from './rowAttention';

const NOW = new Date('2026-11-21T10:00:00Z');
const TIERS = ['pilot', 'beta', 'production'];
const day = (offset: number) =>
  new Date(NOW.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

function row(name: string, overrides: Partial<RollupRow> = {}, facts?: Partial<AttentionFacts>): RollupRow {
  return {
    entityRef: `component:default/${name}`,
    kind: 'Component',
    lifecycle: 'experimental',
    owner: 'group:default/team',
    tags: [],
    tier: 'pilot',
    score: 40,
    blockerCount: 3,
    failingChecks: [],
    categoryScores: {},
    tierSince: new Date(NOW.getTime() - 3_600_000),
    tierFirstRecord: true,
    changedAt: NOW,
    attention: { decision: { state: 'undecided' }, expiring: [], ...facts },
    ...overrides,
  };
}

const context = { settings: DEFAULT_ATTENTION_SETTINGS, tiers: TIERS, now: NOW };

describe('attentionOfRow', () => {
  it('reads "since at least" the first record, and a declared pilot start as the start', () => {
    expect(attentionOfRow(row('a'), context).timeInTier).toMatchObject({ source: 'first-record', days: 0 });
    expect(attentionOfRow(row('a', {}, { pilotStart: day(-100) }), context).timeInTier).toMatchObject({
      source: 'declared',
      days: 100,
    });
  });

  it('turns a due date passed since the recompute into days overdue at now', () => {
    const a = attentionOfRow(row('a', {}, { decision: { state: 'undecided', due: day(-144) } }), context);
    expect(a).toMatchObject({ decisionState: 'overdue', daysOverdue: 144 });
  });

  it('lists an undecided pilot older than oldPilotDays, not a decided or overdue one', () => {
    const old = { pilotStart: day(-90) };
    expect(attentionOfRow(row('a', {}, old), context).oldPilotWithoutDecision).toBe(true);
    expect(attentionOfRow(row('a', {}, { pilotStart: day(-89) }), context).oldPilotWithoutDecision).toBe(false);
    expect(
      attentionOfRow(row('a', {}, { ...old, decision: { state: 'extend' } }), context).oldPilotWithoutDecision,
    ).toBe(false);
    expect(
      attentionOfRow(row('a', {}, { ...old, decision: { state: 'undecided', due: day(-1) } }), context)
        .oldPilotWithoutDecision,
    ).toBe(false);
    expect(attentionOfRow(row('a', { tier: 'beta' }, old), context).oldPilotWithoutDecision).toBe(false);
  });

  it('keeps what drops after today and within the window, soonest first', () => {
    const expiring = [
      { checkId: 'late', severity: 'major' as const, checkTier: 'beta', kind: 'evidence' as const, dropsOn: day(31) },
      { checkId: 'b', severity: 'major' as const, checkTier: 'beta', kind: 'evidence' as const, dropsOn: day(20) },
      { checkId: 'gone', severity: 'major' as const, checkTier: 'beta', kind: 'waiver' as const, dropsOn: day(0) },
      { checkId: 'a', severity: 'blocker' as const, checkTier: 'pilot', kind: 'waiver' as const, dropsOn: day(5) },
    ];
    const a = attentionOfRow(row('a', {}, { expiring, tierThen: null }), context);
    expect(a.expiring.map(c => c.checkId)).toEqual(['a', 'b']);
    expect(a.tierThen).toBeNull();
    expect(attentionOfRow(row('a', {}, { expiring }), { ...context, withinDays: 7 }).expiring.map(c => c.checkId)).toEqual(['a']);
  });

  it('says who acts, falling back to the owner group when the operational owner is not in the catalog', () => {
    expect(attentionOfRow(row('a', {}, { operationalOwner: 'user:default/jo', operationalOwnerFound: true }), context).whoActs).toBe(
      'user:default/jo',
    );
    expect(
      attentionOfRow(row('a', {}, { operationalOwner: 'user:default/gone', operationalOwnerFound: false }), context),
    ).toMatchObject({ whoActs: 'group:default/team', whoActsNote: expect.stringContaining('user:default/gone') });
  });

  it('compares the lifecycle claim with the tier earned', () => {
    expect(attentionOfRow(row('a', { lifecycle: 'production', tier: 'beta' }), context)).toMatchObject({
      claimedTier: 'production',
      claimAboveTier: true,
    });
    expect(attentionOfRow(row('a', { lifecycle: 'production', tier: 'production' }), context).claimAboveTier).toBe(false);
    expect(
      attentionOfRow(row('a', { lifecycle: 'experimental', tier: 'pilot' }), {
        ...context,
        settings: { ...context.settings, lifecycleClaims: { experimental: 'beta' } },
      }).claimAboveTier,
    ).toBe(true);
  });
});

describe('attentionLists', () => {
  const rows = [
    row('c', {}, { decision: { state: 'undecided', due: day(-10) } }),
    row('a', { blockerCount: 1 }, { decision: { state: 'undecided', due: day(-200) } }),
    row('b', { blockerCount: 7 }, { decision: { state: 'undecided', due: day(-10) } }),
    row('d', { lifecycle: 'production', tier: 'beta' }),
    row('e', { attention: undefined }),
  ];

  it('counts every list and pages one, most overdue first, ties by blockers then ref', () => {
    const first = attentionLists(rows, { list: 'overdue-decisions', sort: 'urgency', offset: 0, limit: 2 }, context);
    expect(first.counts).toEqual({ 'overdue-decisions': 3, 'old-pilots': 0, 'claimed-above-earned': 1, expiring: 0 });
    expect(first.total).toBe(3);
    expect(first.items.map(i => [i.entityRef.slice(-1), i.daysOverdue])).toEqual([
      ['a', 200],
      ['b', 10],
    ]);
    const second = attentionLists(rows, { list: 'overdue-decisions', sort: 'urgency', offset: 2, limit: 2 }, context);
    expect(second.items.map(i => i.entityRef.slice(-1))).toEqual(['c']);
  });

  it('sorts by any column, either way', () => {
    const names = (sort: 'entity' | 'daysOverdue' | 'blockers', order?: 'asc' | 'desc') =>
      attentionLists(rows, { list: 'overdue-decisions', sort, order, offset: 0, limit: 10 }, context).items.map(i =>
        i.entityRef.slice(-1),
      );
    expect(names('entity')).toEqual(['a', 'b', 'c']);
    expect(names('entity', 'desc')).toEqual(['c', 'b', 'a']);
    expect(names('daysOverdue', 'asc')).toEqual(['b', 'c', 'a']);
    expect(names('blockers')).toEqual(['b', 'c', 'a']);
  });

  it('names each entity by its title, and sorts by what the rows show', () => {
    const titled = [
      row('a', { title: 'Zeta service' }, { decision: { state: 'undecided', due: day(-10) } }),
      row('b', {}, { decision: { state: 'undecided', due: day(-10) } }),
      row('c', { title: 'Alpha service' }, { decision: { state: 'undecided', due: day(-10) } }),
    ];
    const { items } = attentionLists(titled, { list: 'overdue-decisions', sort: 'entity', offset: 0, limit: 10 }, context);
    expect(items.map(i => [i.entityRef.slice(-1), i.title])).toEqual([
      ['c', 'Alpha service'],
      ['b', undefined],
      ['a', 'Zeta service'],
    ]);
  });

  it('names the owner group by its title', () => {
    const { items } = attentionLists(rows, { list: 'claimed-above-earned', sort: 'urgency', offset: 0, limit: 10 }, {
      ...context,
      titleOf: ref => (ref === 'group:default/team' ? 'The Team' : undefined),
    });
    expect(items).toEqual([expect.objectContaining({ entityRef: 'component:default/d', ownerTitle: 'The Team', claimedTier: 'production' })]);
  });
});
