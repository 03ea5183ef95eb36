import { runRule, withAnnotations, component } from '../__testUtils__/fixtures';

const rule = {
  type: 'annotation' as const,
  keys: ['pagerduty.com/service-id', 'opsgenie.com/team', 'readiness/on-call'],
};

describe('annotation rule', () => {
  it('passes when any of the keys is set, ecosystem ones included', () => {
    const outcome = runRule(
      rule,
      withAnnotations({ 'opsgenie.com/team': 'payments' }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toBe('opsgenie.com/team is set');
    expect(outcome.evidence).toEqual([
      {
        source: 'metadata.annotations["opsgenie.com/team"]',
        value: 'payments',
      },
    ]);
  });

  it('fails naming every key when none is set', () => {
    const outcome = runRule(rule, component());
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toBe(
      'none of pagerduty.com/service-id, opsgenie.com/team, readiness/on-call is set',
    );
  });

  it('is invalid when the only value is empty or not a string', () => {
    const empty = runRule(rule, withAnnotations({ 'readiness/on-call': '  ' }));
    expect(empty.status).toBe('invalid');
    expect(empty.message).toBe(
      'readiness/on-call is "  ", expected a non-empty string',
    );
    const entity = component();
    (entity.metadata as Record<string, unknown>).annotations = {
      'readiness/on-call': 42,
    };
    const numeric = runRule(rule, entity);
    expect(numeric.status).toBe('invalid');
    expect(numeric.message).toBe(
      'readiness/on-call is 42 (a number), expected a non-empty string',
    );
  });

  it('lists every key that is set', () => {
    const outcome = runRule(
      rule,
      withAnnotations({
        'pagerduty.com/service-id': 'P1',
        'readiness/on-call': 'x',
      }),
    );
    expect(outcome.message).toBe(
      'pagerduty.com/service-id, readiness/on-call are set',
    );
    expect(outcome.evidence).toHaveLength(2);
  });

  it('lets a good key win over a bad one', () => {
    const outcome = runRule(
      rule,
      withAnnotations({
        'readiness/on-call': '',
        'pagerduty.com/service-id': 'PABC',
      }),
    );
    expect(outcome.status).toBe('pass');
  });
});
