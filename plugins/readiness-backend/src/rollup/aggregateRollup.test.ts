import type { RollupRow } from '../store';
import { aggregateRollup, NO_TIER, NO_VALUE } from './aggregateRollup';

const NOW = new Date('2026-11-21T00:00:00Z');
const TIERS = ['pilot', 'beta', 'production'];

function row(overrides: Partial<RollupRow>): RollupRow {
  return {
    entityRef: 'component:default/x',
    kind: 'Component',
    tags: [],
    tier: 'pilot',
    score: 50,
    blockerCount: 1,
    failingChecks: ['runbook'],
    categoryScores: { operations: 40 },
    tierSince: NOW,
    changedAt: NOW,
    ...overrides,
  };
}

const chains: Record<string, string[]> = {
  'group:default/payments-team': ['group:default/payments-team', 'group:default/engineering', 'group:default/acme'],
  'group:default/ml-team': ['group:default/ml-team', 'group:default/data-and-ai', 'group:default/acme'],
};

describe('aggregateRollup', () => {
  it('counts a team service in its department and organisation too', () => {
    const { groups, total } = aggregateRollup(
      [
        row({ entityRef: 'a', owner: 'group:default/payments-team', tier: 'production', score: 90, blockerCount: 0, failingChecks: [] }),
        row({ entityRef: 'b', owner: 'group:default/ml-team', tier: null, score: 10 }),
      ],
      { groupBy: 'owner', tiers: TIERS, stuckAfterDays: 90, now: NOW, ownerChain: ref => chains[ref] },
    );
    const byKey = Object.fromEntries(groups.map(g => [g.key, g]));
    expect(byKey['group:default/acme'].entityCount).toBe(2);
    expect(byKey['group:default/acme'].tiers).toEqual({ [NO_TIER]: 1, pilot: 0, beta: 0, production: 1 });
    expect(byKey['group:default/engineering'].entityCount).toBe(1);
    expect(byKey['group:default/engineering'].meanScore).toBe(90);
    expect(byKey['group:default/data-and-ai'].openBlockers).toBe(1);
    expect(total.entityCount).toBe(2);
    expect(total.meanScore).toBe(50);
  });

  it('places each owner group under its parent, and flags entities a person owns', () => {
    const { groups } = aggregateRollup(
      [
        row({ entityRef: 'a', owner: 'group:default/payments-team' }),
        row({ entityRef: 'b', owner: 'user:default/jane' }),
      ],
      {
        groupBy: 'owner',
        tiers: TIERS,
        stuckAfterDays: 90,
        now: NOW,
        ownerChain: ref => chains[ref] ?? [ref],
      },
    );
    expect(groups.map(g => [g.key, g.parent, g.ownedByPerson])).toEqual([
      ['group:default/acme', undefined, undefined],
      ['group:default/engineering', 'group:default/acme', undefined],
      ['group:default/payments-team', 'group:default/engineering', undefined],
      ['user:default/jane', undefined, true],
    ]);
  });

  it('counts overdue decisions and claims per group, and a declared pilot start as stuck', () => {
    const { groups, total } = aggregateRollup(
      [
        row({
          entityRef: 'a',
          owner: 'group:default/payments-team',
          attention: { decision: { state: 'undecided', due: '2026-06-30' }, pilotStart: '2026-02-02', expiring: [] },
        }),
        row({ entityRef: 'b', owner: 'group:default/payments-team', lifecycle: 'production', tier: 'beta' }),
      ],
      {
        groupBy: 'owner',
        tiers: TIERS,
        stuckAfterDays: 90,
        now: NOW,
        ownerChain: ref => chains[ref],
        attention: { lifecycleClaims: { production: 'production' }, oldPilotDays: 90, expiringWithinDays: 30 },
      },
    );
    const team = groups.find(g => g.key === 'group:default/payments-team')!;
    expect(team).toMatchObject({ overdueDecisions: 1, claimedAboveEarned: 1, stuckBelowTop: 1, expiringSoon: 0 });
    expect(total).toMatchObject({ overdueDecisions: 1, claimedAboveEarned: 1, stuckBelowTop: 1 });
  });

  it('counts entities stuck below the top tier longer than the limit', () => {
    const { total } = aggregateRollup(
      [
        row({ tier: 'pilot', tierSince: new Date('2026-05-01T00:00:00Z') }),
        row({ tier: 'pilot', tierSince: new Date('2026-11-01T00:00:00Z') }),
        row({ tier: 'production', tierSince: new Date('2025-01-01T00:00:00Z') }),
      ],
      { groupBy: 'lifecycle', tiers: TIERS, stuckAfterDays: 90, now: NOW },
    );
    expect(total.stuckBelowTop).toBe(1);
  });

  it('ranks the most common failing checks and averages category scores', () => {
    const { groups } = aggregateRollup(
      [
        row({ system: 'system:default/checkout', failingChecks: ['runbook', 'slo'], categoryScores: { operations: 20 } }),
        row({ system: 'system:default/checkout', failingChecks: ['slo'], categoryScores: { operations: 60, security: 100 } }),
        row({ system: undefined, failingChecks: ['cost'] }),
      ],
      { groupBy: 'system', tiers: TIERS, stuckAfterDays: 90, now: NOW },
    );
    const checkout = groups.find(g => g.key === 'system:default/checkout')!;
    expect(checkout.topFailingChecks).toEqual([
      { checkId: 'slo', count: 2 },
      { checkId: 'runbook', count: 1 },
    ]);
    expect(checkout.categoryScores).toEqual({ operations: 40, security: 100 });
    expect(groups.map(g => g.key)).toContain(NO_VALUE);
  });

  it('returns no groups and zero totals for no rows', () => {
    const { groups, total } = aggregateRollup([], { groupBy: 'type', tiers: TIERS, stuckAfterDays: 90, now: NOW });
    expect(groups).toEqual([]);
    expect(total).toMatchObject({ entityCount: 0, meanScore: 0, openBlockers: 0 });
  });
});
