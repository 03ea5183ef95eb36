import { evaluate } from '@readiness-scorecards/plugin-readiness-common';
import { service, smallRubricInForce } from '../__testUtils__/smallRubric';
import { encodeStatuses, summarizeStoredResult } from '../store/compactResult';
import type { StoredEntityState } from '../store';
import { describeGaps } from './describeGaps';
import { storedScorecard } from './storedScorecard';

const tiers = ['pilot', 'beta', 'production'];
const now = new Date('2026-11-21T10:00:00Z');
const compiled = smallRubricInForce();

/** A live scorecard, and the state the store gives back after storing it. */
function scoredAndStored(
  evidence: string[],
  extra: Record<string, string> = {},
) {
  const card = evaluate(compiled, {
    entity: service('payments-api', evidence, extra),
    related: {},
    now,
  });
  const state: StoredEntityState = {
    entityRef: card.entityRef,
    kind: 'Component',
    owner: 'group:default/payments-team',
    tags: [],
    blockerCount: card.blockers.length,
    fingerprint: 'f',
    tierSince: now,
    changedAt: now,
    ...summarizeStoredResult(compiled, {
      tier: card.tier,
      score: card.score,
      result: {
        layout: card.checks.map(c => c.checkId),
        codes: encodeStatuses(card.checks.map(c => c.status)),
      },
    }),
  };
  return { card, state };
}

describe('storedScorecard', () => {
  it.each([
    [[]],
    [['owner']],
    [['owner', 'style', 'runbook']],
    [['owner', 'runbook', 'on-call', 'slo', 'style']],
  ])(
    'describes the gaps of a stored result as of the live one, messages aside (%j)',
    evidence => {
      const { card, state } = scoredAndStored(evidence);
      for (const targetTier of [undefined, 'production']) {
        const options = { targetTier, withMessages: false };
        expect(
          describeGaps(
            state.entityRef,
            storedScorecard(state, compiled),
            tiers,
            options,
          ),
        ).toEqual(describeGaps(card.entityRef, card, tiers, options));
      }
    },
  );

  it('keeps a waived check waived', () => {
    const { card, state } = scoredAndStored(['owner', 'on-call'], {
      'readiness/waiver.runbook':
        'until=2026-12-01; approver=user:default/compliance; reason=moving wiki',
    });
    expect(card.checks.find(c => c.checkId === 'runbook')!.status).toBe(
      'waived',
    );
    const stored = storedScorecard(state, compiled);
    expect(stored.checks.find(c => c.checkId === 'runbook')).toMatchObject({
      status: 'waived',
      title: 'Check runbook',
      fix: card.checks.find(c => c.checkId === 'runbook')!.fix,
    });
    expect(
      describeGaps(state.entityRef, stored, tiers, { withMessages: false }),
    ).toEqual(
      describeGaps(card.entityRef, card, tiers, { withMessages: false }),
    );
  });
});
