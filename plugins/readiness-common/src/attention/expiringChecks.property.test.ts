/**
 * The look-ahead re-evaluates only checks that can change with time: it must
 * find exactly what evaluating the whole entity at each probe finds.
 */
import fc from 'fast-check';
import { compileRubric } from '../engine/compileRubric';
import { evaluate } from '../engine/evaluate';
import { statusesAt } from '../engine/statusesAt';
import { meetsTier } from '../engine/tiers';
import { defaultRubric } from '../rubric/defaultRubric';
import type { EvaluationInput } from '../model/evaluation';
import type { CheckStatus, Scorecard } from '../model/scorecard';
import { annotations, looseEntity } from '../__testUtils__/arbitraries';
import { catalogRelated, component } from '../__testUtils__/fixtures';
import { DAY_MS, dayOf, formatDay } from '../parsing/dates';
import { findExpiringChecks } from './expiringChecks';

const compiled = compileRubric(defaultRubric);
// Instants around 2026-03-01 (day 20513), where the generated dates lie.
const nearDates = fc
  .integer({ min: (20513 - 100) * DAY_MS, max: (20513 + 100) * DAY_MS })
  .map(ms => new Date(ms));
const related = fc.constantFrom(undefined, catalogRelated());
const dayAround = fc.integer({ min: -400, max: 200 }).map(offset => formatDay(20513 + offset));
/** Components with dated evidence, deadlines and waivers by a member of the owning group. */
const datedComponent = fc
  .record(
    {
      noise: annotations,
      reviewed: dayAround,
      lastReview: dayAround,
      decisionDue: dayAround,
      waived: fc.subarray(compiled.checks.map(c => c.id), { maxLength: 6 }),
      until: dayAround,
    },
    { requiredKeys: ['noise'] },
  )
  .map(({ noise, reviewed, lastReview, decisionDue, waived, until }) =>
    component({
      annotations: {
        ...Object.fromEntries(Object.entries(noise).filter(([, v]) => typeof v === 'string')),
        'readiness/runbook': 'https://wiki.example.com/runbook',
        ...(reviewed ? { 'readiness/runbook-reviewed': reviewed } : {}),
        ...(lastReview ? { 'readiness/last-review': lastReview } : {}),
        ...(decisionDue ? { 'readiness/decision-due': decisionDue } : {}),
        ...Object.fromEntries(
          (waived ?? []).map(id => [`readiness/waiver.${id}`, `until=${until}; approver=user:default/jane; reason=vendor`]),
        ),
      } as Record<string, string>,
    }),
  );
const entities = fc.oneof({ weight: 1, arbitrary: looseEntity }, { weight: 3, arbitrary: datedComponent });

const holds = (status: CheckStatus) => status !== 'not-applicable' && meetsTier(status);

/** Every check, every probe a whole evaluation: the definition of "drops". */
function expiringByFullEvaluation(input: EvaluationInput, current: Scorecard, withinDays: number) {
  const startDay = dayOf(input.now);
  const at = (day: number) => evaluate(compiled, { ...input, now: new Date(day * DAY_MS) });
  const future = at(startDay + withinDays);
  return current.checks.flatMap((check, i) => {
    if (!holds(check.status) || holds(future.checks[i].status)) return [];
    let low = startDay;
    let high = startDay + withinDays;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (holds(at(mid).checks[i].status)) low = mid;
      else high = mid;
    }
    return [{ checkId: check.checkId, dropsOn: formatDay(high) }];
  });
}

describe('findExpiringChecks', () => {
  it('finds what whole evaluations at every probe find', () => {
    let withDrops = 0;
    fc.assert(
      fc.property(entities, related, nearDates, fc.integer({ min: 1, max: 120 }), (entity, rel, now, withinDays) => {
        const input = { entity, related: rel, now };
        const current = evaluate(compiled, input);
        const found = findExpiringChecks(compiled, input, current, withinDays);
        if (found.checks.length > 0) withDrops++;
        expect(found.checks.map(c => ({ checkId: c.checkId, dropsOn: c.dropsOn }))).toEqual(
          expiringByFullEvaluation(input, current, withinDays),
        );
      }),
      { numRuns: 400 },
    );
    // The generator must reach the interesting case often enough to matter.
    expect(withDrops).toBeGreaterThan(20);
  });

  it('knows which default checks can change with time alone', () => {
    const timeless = compiled.checks.filter(c => !c.readsClock).map(c => c.id);
    expect(timeless).toEqual(expect.arrayContaining(['owner-group', 'runbook']));
    expect(compiled.checks.filter(c => c.readsClock).map(c => c.id)).toEqual(
      expect.arrayContaining(['runbook-fresh', 'decision']),
    );
  });
});

describe('statusesAt', () => {
  it('gives the statuses evaluate gives, for any subset of checks', () => {
    fc.assert(
      fc.property(
        entities,
        related,
        nearDates,
        fc.subarray(compiled.checks.map((_, i) => i)),
        (entity, rel, now, indexes) => {
          const input = { entity, related: rel, now };
          const all = evaluate(compiled, input).checks.map(c => c.status);
          expect(statusesAt(compiled, input, indexes)).toEqual(indexes.map(i => all[i]));
        },
      ),
      { numRuns: 300 },
    );
  });
});
