import {
  evaluate,
  compileRubric,
} from '@readiness-scorecards/plugin-readiness-common';
import { service, smallRubric } from '../__testUtils__/smallRubric';
import { describeGaps } from './describeGaps';

const tiers = ['pilot', 'beta', 'production'];
const now = new Date('2026-11-21T00:00:00Z');
const compiled = compileRubric(smallRubric);
const score = (checks: string[], extra: Record<string, string> = {}) =>
  evaluate(compiled, {
    entity: service('payments-api', checks, extra),
    related: {},
    now,
  });

describe('describeGaps', () => {
  it('lists the unmet blocker and major checks up to the target tier, lowest tier first', () => {
    const card = score(['owner', 'style']);
    const gaps = describeGaps(card.entityRef, card, tiers, {
      targetTier: 'production',
      withMessages: true,
    });
    expect(gaps).toMatchObject({
      tier: 'pilot',
      nextTier: 'beta',
      targetTier: 'production',
      reachesTarget: false,
    });
    expect(gaps.blocking.map(g => g.checkId)).toEqual([
      'runbook',
      'on-call',
      'slo',
    ]);
    expect(gaps.blocking[0]).toMatchObject({
      title: 'Check runbook',
      severity: 'blocker',
      status: 'fail',
      message: expect.any(String),
      fixYaml: expect.stringContaining(
        't/runbook: https://x.example.com/payments-api',
      ),
    });
    expect(gaps.summary).toBe(
      `payments-api is at pilot (score ${card.score}); 3 checks block production: runbook, on-call, slo.`,
    );
  });

  it('defaults to the next tier, and to the top tier once reached', () => {
    const pilot = score(['owner']);
    expect(
      describeGaps(pilot.entityRef, pilot, tiers, {
        withMessages: true,
      }).blocking.map(g => g.checkId),
    ).toEqual(['runbook', 'on-call']);
    const top = score(['owner', 'runbook', 'on-call', 'slo']);
    const gaps = describeGaps(top.entityRef, top, tiers, {
      withMessages: true,
    });
    expect(gaps).toMatchObject({
      targetTier: 'production',
      reachesTarget: true,
      blocking: [],
    });
    expect(gaps.advisory).toEqual([
      { checkId: 'style', title: 'Check style', tier: 'pilot' },
    ]);
    expect(gaps.summary).toContain('nothing blocks production');
  });

  it('counts a validly waived check as met and leaves messages out when asked', () => {
    const card = score(['owner', 'on-call'], {
      'readiness/waiver.runbook':
        'until=2026-12-01; approver=user:default/compliance; reason=moving wiki',
    });
    const gaps = describeGaps(card.entityRef, card, tiers, {
      targetTier: 'beta',
      withMessages: false,
    });
    expect(gaps.reachesTarget).toBe(true);
    const below = describeGaps(card.entityRef, score([]), tiers, {
      withMessages: false,
    });
    expect(below.blocking.map(g => g.checkId)).toEqual(['owner']);
    expect(below.blocking[0].message).toBeUndefined();
    expect(below.summary).toContain('has not reached the first tier');
  });
});
