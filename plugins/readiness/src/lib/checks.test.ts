import {
  checkResult,
  newServiceEntity,
  newServiceResponse,
  paymentsApiEntity,
  paymentsApiScorecard,
} from '../__testUtils__/fixtures';
import {
  hasNoReadinessEvidence,
  isOutOfScope,
  partitionChecks,
} from './checks';

describe('partitionChecks', () => {
  it('puts the blockers first, in the scorecard order, and every other gap once', () => {
    const parts = partitionChecks(paymentsApiScorecard);

    expect(parts.blockers.map(c => c.checkId)).toEqual([
      'on-call',
      'runbook',
      'alerting',
      'rollout',
    ]);
    // Blocker severity before minor; fail before warn.
    expect(parts.otherGaps.map(c => c.checkId)).toEqual([
      'security-review',
      'scanning',
      'error-tracking',
    ]);
    expect(parts.passing.map(c => c.checkId)).toEqual([
      'owner-group',
      'system',
    ]);
    expect(parts.waived.map(c => c.checkId)).toEqual(['fallback']);
    expect(parts.notApplicable.map(c => c.checkId)).toEqual(['dependencies']);
  });

  it('reports blocker ids that have no check result', () => {
    const parts = partitionChecks({
      ...paymentsApiScorecard,
      blockers: ['on-call', 'removed-check'],
    });

    expect(parts.unknownBlockerIds).toEqual(['removed-check']);
  });
});

describe('hasNoReadinessEvidence', () => {
  it('is true when every applicable check fails and no readiness annotation exists', () => {
    expect(
      hasNoReadinessEvidence(newServiceResponse.scorecard, newServiceEntity),
    ).toBe(true);
  });

  it('is false once any readiness annotation is present', () => {
    const entity = {
      ...newServiceEntity,
      metadata: {
        ...newServiceEntity.metadata,
        annotations: { 'readiness/decision-due': '2027-01-01' },
      },
    };

    expect(hasNoReadinessEvidence(newServiceResponse.scorecard, entity)).toBe(
      false,
    );
  });

  it('is false when any applicable check passes', () => {
    const scorecard = {
      ...newServiceResponse.scorecard,
      checks: [
        ...newServiceResponse.scorecard.checks,
        checkResult({ checkId: 'owner-group', title: 'Owner', status: 'pass' }),
      ],
    };

    expect(hasNoReadinessEvidence(scorecard, newServiceEntity)).toBe(false);
    expect(
      hasNoReadinessEvidence(paymentsApiScorecard, paymentsApiEntity),
    ).toBe(false);
  });
});

describe('isOutOfScope', () => {
  it('follows the engine when it says', () => {
    expect(isOutOfScope({ ...paymentsApiScorecard, inScope: false })).toBe(
      true,
    );
    expect(isOutOfScope({ ...paymentsApiScorecard, inScope: true })).toBe(
      false,
    );
  });

  it('reads no tier and no next tier as out of scope when the engine is silent', () => {
    expect(
      isOutOfScope({ ...paymentsApiScorecard, tier: null, nextTier: null }),
    ).toBe(true);
    expect(
      isOutOfScope({ ...paymentsApiScorecard, tier: null, nextTier: 'pilot' }),
    ).toBe(false);
    expect(
      isOutOfScope({
        ...paymentsApiScorecard,
        tier: 'production',
        nextTier: null,
      }),
    ).toBe(false);
  });
});
