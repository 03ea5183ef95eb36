import { compareScorecards } from './compareScorecards';

const tiers = ['pilot', 'beta', 'production'];
const card = (tier: string | null, blockers: string[]) => ({ tier, blockers });

describe('compareScorecards', () => {
  it('sees a drop to a lower tier, including below the first tier', () => {
    expect(
      compareScorecards(card('production', []), card('beta', ['slo']), tiers),
    ).toEqual({
      tierDropped: true,
      tierRose: false,
      newBlockers: ['slo'],
    });
    expect(
      compareScorecards(
        card('pilot', ['runbook']),
        card(null, ['owner']),
        tiers,
      ),
    ).toMatchObject({
      tierDropped: true,
      newBlockers: ['owner'],
    });
  });

  it('sees a new blocker on the same tier, and not one that went away', () => {
    expect(
      compareScorecards(
        card('beta', ['slo']),
        card('beta', ['slo', 'security-review']),
        tiers,
      ),
    ).toEqual({
      tierDropped: false,
      tierRose: false,
      newBlockers: ['security-review'],
    });
    expect(
      compareScorecards(
        card('beta', ['slo', 'x']),
        card('beta', ['slo']),
        tiers,
      ),
    ).toEqual({
      tierDropped: false,
      tierRose: false,
      newBlockers: [],
    });
  });

  it("does not call the next tier's blockers new when the tier rose", () => {
    expect(
      compareScorecards(
        card('pilot', ['runbook']),
        card('beta', ['slo']),
        tiers,
      ),
    ).toEqual({
      tierDropped: false,
      tierRose: true,
      newBlockers: [],
    });
  });

  it('reports nothing for a new or removed result', () => {
    const nothing = { tierDropped: false, tierRose: false, newBlockers: [] };
    expect(compareScorecards(undefined, card('beta', ['slo']), tiers)).toEqual(
      nothing,
    );
    expect(compareScorecards(card('beta', ['slo']), undefined, tiers)).toEqual(
      nothing,
    );
  });
});
