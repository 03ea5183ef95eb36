import { runRule, withAnnotations } from '../__testUtils__/fixtures';

describe('annotation-pattern rule', () => {
  const rule = {
    type: 'annotation-pattern' as const,
    keys: ['readiness/ticket'],
    pattern: '^[A-Z]+-\\d+$',
  };

  it('matches the compiled regex', () => {
    expect(
      runRule(rule, withAnnotations({ 'readiness/ticket': 'OPS-12' })).status,
    ).toBe('pass');
    expect(
      runRule(rule, withAnnotations({ 'readiness/ticket': 'ops 12' })).message,
    ).toBe(
      'readiness/ticket is "ops 12", expected a value matching /^[A-Z]+-\\d+$/',
    );
  });

  it('uses flags and the human description of what is expected', () => {
    const withFlags = {
      ...rule,
      flags: 'i',
      expected: 'a ticket such as OPS-12',
    };
    expect(
      runRule(withFlags, withAnnotations({ 'readiness/ticket': 'ops-12' }))
        .status,
    ).toBe('pass');
    expect(
      runRule(withFlags, withAnnotations({ 'readiness/ticket': 'nope' }))
        .message,
    ).toBe('readiness/ticket is "nope", expected a ticket such as OPS-12');
  });

  it('is stateless across entities even with a global flag', () => {
    const global = { ...rule, flags: 'g' };
    for (let i = 0; i < 3; i++) {
      expect(
        runRule(global, withAnnotations({ 'readiness/ticket': 'OPS-1' }))
          .status,
      ).toBe('pass');
    }
  });
});
