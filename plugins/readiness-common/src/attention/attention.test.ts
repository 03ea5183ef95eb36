import { compileRubric } from '../engine/compileRubric';
import { evaluate } from '../engine/evaluate';
import { defaultRubric } from '../rubric/defaultRubric';
import { catalogRelated, component, daysFromNow, NOW } from '../__testUtils__/fixtures';
import { attentionFactsOf, whoActsOf } from './attentionFacts';
import { decisionStateAt } from './decisionDue';
import { findExpiringChecks } from './expiringChecks';
import { claimedTierOf, claimExceedsTier, DEFAULT_LIFECYCLE_CLAIMS, problemsOfLifecycleClaims } from './lifecycleClaims';
import { declaredPilotStartOf, PILOT_START_ANNOTATION } from './pilotStart';
import { describeTimeInTier, timeInTier } from './timeInTier';

const TIERS = ['pilot', 'beta', 'production'];
const compiled = compileRubric(defaultRubric);

describe('declaredPilotStartOf', () => {
  it('reads a past date, rejects malformed and future ones', () => {
    const at = (value: string) =>
      declaredPilotStartOf(component({ annotations: { [PILOT_START_ANNOTATION]: value } }), NOW);
    expect(at(daysFromNow(-200))).toEqual({ state: 'valid', date: daysFromNow(-200) });
    expect(at('last spring')).toMatchObject({ state: 'invalid', message: expect.stringContaining('expected a date YYYY-MM-DD') });
    expect(at(daysFromNow(3))).toMatchObject({ state: 'invalid', message: expect.stringContaining('in the future') });
    expect(declaredPilotStartOf(component(), NOW)).toEqual({ state: 'absent' });
  });
});

describe('timeInTier', () => {
  const tierSince = new Date(NOW.getTime() - 2 * 3_600_000);
  it('counts a declared pilot start while in the first tier or below', () => {
    for (const tier of ['pilot', null]) {
      expect(
        timeInTier({ tier, tiers: TIERS, tierSince, firstRecord: true, declaredPilotStart: daysFromNow(-120), now: NOW }),
      ).toMatchObject({ source: 'declared', days: 120, since: `${daysFromNow(-120)}T00:00:00.000Z` });
    }
  });
  it('ignores the declared start beyond the first tier', () => {
    expect(
      timeInTier({ tier: 'beta', tiers: TIERS, tierSince, firstRecord: false, declaredPilotStart: daysFromNow(-120), now: NOW }),
    ).toMatchObject({ source: 'recorded', days: 0 });
  });
  it('says "since at least <date> (first record)" for a tier held since the first record, never today', () => {
    const time = timeInTier({ tier: 'pilot', tiers: TIERS, tierSince, firstRecord: true, now: NOW });
    expect(time.source).toBe('first-record');
    const words = describeTimeInTier(time, 'Pilot');
    expect(words).toBe(`Pilot since at least ${NOW.toISOString().slice(0, 10)} (first record)`);
    expect(words).not.toMatch(/today|0 days/);
  });
});

describe('claimed versus earned', () => {
  it('maps lifecycles to claimed tiers and compares with the tier earned', () => {
    expect(claimedTierOf('Production', DEFAULT_LIFECYCLE_CLAIMS)).toBe('production');
    expect(claimedTierOf('experimental', DEFAULT_LIFECYCLE_CLAIMS)).toBeUndefined();
    expect(claimExceedsTier('production', 'beta', TIERS)).toBe(true);
    expect(claimExceedsTier('production', null, TIERS)).toBe(true);
    expect(claimExceedsTier('production', 'production', TIERS)).toBe(false);
    expect(claimExceedsTier('gold', 'pilot', TIERS)).toBe(false);
    expect(problemsOfLifecycleClaims({ production: 'gold' }, TIERS)).toEqual([
      'lifecycle "production" claims tier "gold", expected one of pilot, beta, production',
    ]);
  });
});

describe('decisionStateAt', () => {
  it('turns an undecided decision overdue once its due date passed, with the days', () => {
    expect(decisionStateAt({ state: 'undecided', due: daysFromNow(-144) }, NOW)).toEqual({ state: 'overdue', daysOverdue: 144 });
    expect(decisionStateAt({ state: 'overdue', due: daysFromNow(-1) }, NOW)).toEqual({ state: 'overdue', daysOverdue: 1 });
    expect(decisionStateAt({ state: 'undecided', due: daysFromNow(0) }, NOW)).toEqual({ state: 'undecided' });
    expect(decisionStateAt({ state: 'ship', due: daysFromNow(-10) }, NOW)).toEqual({ state: 'ship' });
  });
});

describe('findExpiringChecks', () => {
  it('finds a waiver that runs out within the window and the day it drops', () => {
    const entity = component({
      annotations: {
        'readiness/waiver.runbook': `until=${daysFromNow(10)}; approver=user:default/sec; reason=vendor`,
      },
    });
    const input = { entity, related: catalogRelated(), now: NOW };
    const current = evaluate(compiled, input);
    expect(current.checks.find(c => c.checkId === 'runbook')?.status).toBe('waived');
    const within30 = findExpiringChecks(compiled, input, current, 30);
    expect(within30.checks).toContainEqual(
      expect.objectContaining({ checkId: 'runbook', kind: 'waiver', dropsOn: daysFromNow(11) }),
    );
    expect(findExpiringChecks(compiled, input, current, 5).checks.map(c => c.checkId)).not.toContain('runbook');
  });

  it('finds dated evidence that goes stale', () => {
    const entity = component({ annotations: { 'readiness/runbook': 'https://wiki/runbook', 'readiness/runbook-reviewed': daysFromNow(-175) } });
    const input = { entity, related: catalogRelated(), now: NOW };
    const current = evaluate(compiled, input);
    const fresh = current.checks.find(c => c.checkId === 'runbook-fresh')!;
    expect(['pass', 'warn']).toContain(fresh.status);
    const { checks } = findExpiringChecks(compiled, input, current, 30);
    const drop = checks.find(c => c.checkId === 'runbook-fresh');
    expect(drop).toMatchObject({ kind: 'evidence' });
    // The day it drops is the first day the evaluation says so.
    const dayBefore = new Date(Date.parse(`${drop!.dropsOn}T00:00:00Z`) - 86_400_000);
    expect(evaluate(compiled, { ...input, now: dayBefore }).checks.find(c => c.checkId === 'runbook-fresh')!.status).not.toBe('fail');
    expect(
      evaluate(compiled, { ...input, now: new Date(`${drop!.dropsOn}T00:00:00Z`) }).checks.find(c => c.checkId === 'runbook-fresh')!.status,
    ).toBe('fail');
  });
});

describe('who acts', () => {
  it('falls back to the owning team when the named operational owner is not in the catalog', () => {
    const entity = component({ annotations: { 'readiness/operational-owner': 'user:default/marcus-webb' } });
    const scorecard = evaluate(compiled, { entity, related: catalogRelated(), now: NOW });
    expect(scorecard.operationalOwnerFound).toBe(false);
    const onCall = scorecard.checks.find(c => c.checkId === 'runbook')!;
    expect(onCall.actor).toBe('group:default/payments');
    expect(onCall.actorNote).toContain('user:default/marcus-webb (named operational owner) was not found');
    const facts = attentionFactsOf(compiled, { entity, related: catalogRelated(), now: NOW }, scorecard, 30);
    expect(whoActsOf({ owner: scorecard.owner, ...facts })).toEqual({
      ref: 'group:default/payments',
      note: expect.stringContaining('was not found in the catalog'),
    });
  });

  it('is the operational owner when the catalog has them', () => {
    const entity = component({ annotations: { 'readiness/operational-owner': 'user:default/jane' } });
    const related = catalogRelated({ operationalOwner: 'jane' });
    const scorecard = evaluate(compiled, { entity, related, now: NOW });
    expect(scorecard.operationalOwnerFound).toBeUndefined();
    expect(scorecard.checks.find(c => c.checkId === 'runbook')!).toMatchObject({ actor: 'user:default/jane' });
    expect(scorecard.checks.find(c => c.checkId === 'runbook')!.actorNote).toBeUndefined();
    const facts = attentionFactsOf(compiled, { entity, related, now: NOW }, scorecard, 30);
    expect(whoActsOf({ owner: scorecard.owner, ...facts })).toEqual({ ref: 'user:default/jane' });
  });
});
