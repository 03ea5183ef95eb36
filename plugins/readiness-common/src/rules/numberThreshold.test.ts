import { describeRule } from '../docs/describeRule';
import {
  ruleConfigIssues,
  ruleIssues,
  runRule,
  withAnnotations,
} from '../__testUtils__/fixtures';
import { annotationKeysOf } from './annotationKeysOf';

describe('number-threshold rule', () => {
  const rule = {
    type: 'number-threshold' as const,
    key: 'readiness/eval-score',
    operator: '>=' as const,
    value: 0.9,
  };
  const run = (value: string) =>
    runRule(rule, withAnnotations({ 'readiness/eval-score': value }));

  it('compares the number to the threshold', () => {
    expect(run('0.93').message).toBe(
      'readiness/eval-score is 0.93, meets >= 0.9',
    );
    expect(run('0.9').status).toBe('pass');
    const low = run('0.85');
    expect(low.status).toBe('fail');
    expect(low.message).toBe('readiness/eval-score is 0.85, expected >= 0.9');
  });

  it('is invalid when not a number', () => {
    expect(run('high').message).toBe(
      'readiness/eval-score is "high", expected a number such as 0.95, 95%, >= 99.9% or p99 < 2s',
    );
  });

  it.each([
    ['>', 1, '2', 'pass'],
    ['<', 1, '2', 'fail'],
    ['<=', 2, '2', 'pass'],
    ['==', 2, '2.0', 'pass'],
    ['!=', 2, '2', 'fail'],
  ] as const)('supports %s', (operator, value, text, status) => {
    const r = {
      type: 'number-threshold' as const,
      key: 'k/n',
      operator,
      value,
    };
    expect(runRule(r, withAnnotations({ 'k/n': text })).status).toBe(status);
  });

  it('reads a number from a key=value list', () => {
    const r = {
      type: 'number-threshold' as const,
      key: 'readiness/slo',
      field: 'availability',
      operator: '>=' as const,
      value: 99.5,
    };
    expect(
      runRule(
        r,
        withAnnotations({
          'readiness/slo': 'availability=99.9%; latency-p99=300ms',
        }),
      ).message,
    ).toBe('readiness/slo availability is 99.9, meets >= 99.5');
  });
});

describe('number-threshold rule type', () => {
  const rule = {
    type: 'number-threshold' as const,
    key: 'readiness/slo',
    field: 'availability',
    operator: '>=' as const,
    value: 99.5,
  };

  it('accepts a rule in app-config and names what is wrong', () => {
    expect(ruleConfigIssues(rule)).toEqual([]);
    expect(ruleConfigIssues({ ...rule, operator: '=>', treshold: 1 })).toEqual([
      'evidence.operator: expected one of >, >=, <, <=, ==, !=, got "=>"',
      'evidence: unknown key "treshold", expected only the keys type, key, field, operator, value',
    ]);
  });

  it('needs a finite threshold, also in rubrics written in TypeScript', () => {
    expect(ruleIssues(rule)).toEqual([]);
    expect(ruleIssues({ ...rule, value: NaN })).toEqual([
      'evidence.value: expected a finite number, got NaN',
    ]);
  });

  it('reads its key and says what it wants', () => {
    expect(annotationKeysOf(rule)).toEqual(['readiness/slo']);
    expect(describeRule(rule)).toBe(
      '`readiness/slo availability` is a number >= 99.5',
    );
  });
});
