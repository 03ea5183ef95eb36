import { compileRubric } from './compileRubric';
import { evaluate } from './evaluate';
import { scorecardFingerprint } from './fingerprint';
import { passing, testRubric } from '../__testUtils__/testRubric';
import {
  catalogRelated,
  component,
  daysFromNow,
  NOW,
} from '../__testUtils__/fixtures';

const compiled = compileRubric(testRubric);
const card = (annotations: Record<string, string>, now = NOW) =>
  evaluate(compiled, {
    entity: component({ annotations }),
    related: catalogRelated(),
    now,
  });

describe('scorecardFingerprint', () => {
  it('is a stable string of entity, tier, score, decision and check statuses', () => {
    expect(scorecardFingerprint(card(passing('b-blocker')))).toBe(
      'component:default/payments-api|tier=bronze|score=29.4|decision=undecided|b-blocker=pass|b-minor=fail|s-major=fail|s-blocker=fail|g-major=fail',
    );
  });

  it('ignores evaluation time and message wording', () => {
    const a = card(passing('b-blocker'));
    const b = card(passing('b-blocker'), new Date(NOW.getTime() + 3_600_000));
    b.checks[1].message = 'reworded';
    expect(scorecardFingerprint(a)).toBe(scorecardFingerprint(b));
  });

  it('changes when a status, the tier or a waiver state changes', () => {
    const base = scorecardFingerprint(card({}));
    expect(scorecardFingerprint(card(passing('b-minor')))).not.toBe(base);
    const waiver = (days: number) => ({
      'readiness/waiver.b-blocker': `until=${daysFromNow(
        days,
      )}; approver=user:default/cto; reason=x`,
    });
    const valid = scorecardFingerprint(card(waiver(30)));
    const expiring = scorecardFingerprint(card(waiver(10)));
    expect(valid).toContain('b-blocker=waived/valid');
    expect(expiring).toContain('b-blocker=waived/expiring');
  });

  it('is the same for the same results, whatever the entity ref case', () => {
    const a = card(passing('b-blocker'));
    const b = { ...a, entityRef: a.entityRef.toUpperCase() };
    expect(scorecardFingerprint(b)).toBe(scorecardFingerprint(a));
  });
});
