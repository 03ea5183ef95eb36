import { component, runRule } from '../__testUtils__/fixtures';
import type { CustomEvaluator } from '../model/evaluation';

describe('custom rule', () => {
  const rule = {
    type: 'custom' as const,
    evaluator: 'pagerduty-schedule',
    options: { minPeople: 2 },
  };

  it('calls the named evaluator with entity, options and check id', () => {
    const evaluator: CustomEvaluator = jest.fn(ctx => ({
      status: 'pass' as const,
      message: `${ctx.view.name} has ${String(
        ctx.options.minPeople,
      )} people on call`,
      evidence: [],
    }));
    const outcome = runRule(rule, component(), {
      customEvaluators: { 'pagerduty-schedule': evaluator },
    });
    expect(outcome.message).toBe('payments-api has 2 people on call');
    expect(evaluator).toHaveBeenCalledWith(
      expect.objectContaining({
        checkId: 'test-check',
        options: { minPeople: 2 },
      }),
    );
  });

  it('fails as unverifiable when the evaluator is missing, throws or misbehaves', () => {
    expect(runRule(rule, component())).toMatchObject({
      status: 'fail',
      unverifiable: true,
      message:
        'custom evaluator "pagerduty-schedule" is not registered; expected a module to provide it',
    });
    const throwing: CustomEvaluator = () => {
      throw new Error('boom');
    };
    expect(
      runRule(rule, component(), {
        customEvaluators: { 'pagerduty-schedule': throwing },
      }).message,
    ).toBe('custom evaluator "pagerduty-schedule" threw: boom');
    const asyncEvaluator = (async () => ({
      status: 'pass',
      message: '',
      evidence: [],
    })) as unknown as CustomEvaluator;
    expect(
      runRule(rule, component(), {
        customEvaluators: { 'pagerduty-schedule': asyncEvaluator },
      }).message,
    ).toContain('returned a promise; expected a RuleOutcome');
  });

  it('does not find evaluators on the prototype', () => {
    expect(
      runRule({ type: 'custom', evaluator: 'toString' }, component()).status,
    ).toBe('fail');
  });
});
