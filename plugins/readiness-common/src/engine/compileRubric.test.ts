import { InputError } from '@backstage/errors';
import { compileRubric } from './compileRubric';
import { testRubric, presenceCheck } from '../__testUtils__/testRubric';
import type { Rubric } from '../model/rubric';

function errorOf(rubric: Rubric): Error {
  try {
    compileRubric(rubric);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected compileRubric to throw');
}

describe('compileRubric', () => {
  it('compiles a rubric, indexing checks and tiers', () => {
    const compiled = compileRubric(testRubric);
    expect(compiled.checks.map(c => [c.id, c.tierIndex, c.weight])).toEqual([
      ['b-blocker', 0, 5],
      ['b-minor', 0, 1],
      ['s-major', 1, 3],
      ['s-blocker', 1, 5],
      ['g-major', 2, 3],
    ]);
    expect(compiled.checksById.get('s-major')?.category).toBe('sec');
  });

  it('leaves out disabled checks', () => {
    const rubric = {
      ...testRubric,
      checks: testRubric.checks.map(c =>
        c.id === 'b-minor' ? { ...c, enabled: false } : c,
      ),
    };
    expect(compileRubric(rubric).checksById.has('b-minor')).toBe(false);
  });

  it('rejects unknown tiers and categories, duplicates and bad regexes, all at once', () => {
    const error = errorOf({
      ...testRubric,
      tiers: [...testRubric.tiers, { id: 'gold', title: 'Gold again' }],
      checks: [
        ...testRubric.checks,
        presenceCheck('b-blocker', 'bronze', 'blocker'),
        presenceCheck('x', 'platinum', 'major'),
        presenceCheck('y', 'gold', 'major', 'finance'),
        {
          ...presenceCheck('z', 'gold', 'major'),
          evidence: {
            type: 'any',
            rules: [
              { type: 'annotation-pattern', keys: ['a/b'], pattern: '([a-z' },
            ],
          },
        },
      ],
    });
    expect(error).toBeInstanceOf(InputError);
    expect(error.message.split('\n')).toEqual([
      'rubric.tiers: duplicate tier id "gold", expected unique ids',
      'rubric.checks: duplicate check id "b-blocker", expected unique ids',
      'rubric.checks[6].tier: unknown tier "platinum", expected one of bronze, silver, gold',
      'rubric.checks[7].category: unknown category "finance", expected one of ops, sec, empty',
      expect.stringMatching(
        /^rubric\.checks\[8\]\.evidence\.rules\[0\]\.pattern: invalid regular expression "\(\[a-z" \(.+\), expected a valid JavaScript regular expression$/,
      ),
    ]);
  });

  it('rejects a freshness rule without a window', () => {
    const error = errorOf({
      ...testRubric,
      checks: [
        {
          ...presenceCheck('f', 'gold', 'major'),
          evidence: { type: 'freshness', key: 'a/date' },
        },
      ],
    });
    expect(error.message).toBe(
      "rubric.checks[0].evidence.maxAgeDays: expected a window: maxAgeDays here, windowFrom, or the check's freshness.maxAgeDays",
    );
  });

  it('rejects bad ids, weights and waiver settings', () => {
    const error = errorOf({
      ...testRubric,
      weights: { blocker: -1, major: 3, minor: 1 },
      waivers: { maxDays: 0, expiringDays: 14 },
      checks: [presenceCheck('Bad_Id', 'gold', 'major')],
    });
    expect(error.message.split('\n')).toEqual([
      'rubric.weights.blocker: expected a number >= 0, got -1',
      'rubric.waivers.maxDays: expected a whole number of days >= 1, got 0',
      'rubric.checks[0].id: expected lowercase letters, digits and dashes (at most 50), got "Bad_Id"',
    ]);
  });

  it('takes the decision settings from the first decision gate, even nested in combinators', () => {
    expect(compileRubric(testRubric).decision).toEqual({
      decisionKey: 'readiness/decision',
      dueKey: 'readiness/decision-due',
      warnDays: 14,
    });
    const gate = (decisionKey: string) => ({
      type: 'decision-gate' as const,
      decisionKey,
    });
    const nested: Rubric = {
      ...testRubric,
      checks: [
        presenceCheck('b-blocker', 'bronze', 'blocker'),
        {
          ...presenceCheck('s-major', 'silver', 'major'),
          evidence: {
            type: 'any',
            rules: [
              { type: 'annotation', keys: ['a/waived'] },
              { type: 'not', rule: { type: 'all', rules: [gate('a/first')] } },
              gate('a/second'),
            ],
          },
        },
        {
          ...presenceCheck('g-major', 'gold', 'major'),
          evidence: gate('a/third'),
        },
      ],
    };
    expect(compileRubric(nested).decision).toEqual({
      decisionKey: 'a/first',
      dueKey: 'readiness/decision-due',
      warnDays: 14,
    });
  });
});
